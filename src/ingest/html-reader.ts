/**
 * A saved web page to article text and metadata. The page is parsed with linkedom; furniture that
 * Mozilla's Readability sometimes keeps (navigation, cookie and consent banners, newsletter prompts,
 * share bars, related lists, footers, asides) is removed first by element and class; Readability then
 * picks the main article, and html-text turns it into paragraphs with a map back to the page's elements.
 * The published time comes from, in order: the `article:published_time` meta tag, JSON-LD
 * `datePublished`, a `<time datetime>` element, else nothing here (the date resolver reads the URL).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blocksToText, ORDINAL_ATTRIBUTE, type SourceBlock } from './html-text.js';

/** Where the published time came from (recorded as the document's `publishedFrom`). */
export type PublishedFrom = 'meta' | 'json-ld' | 'time' | 'feed' | 'field';

/** What a page says about itself and its article text. */
export interface HtmlArticle {
  readonly text: string;
  readonly blocks: readonly SourceBlock[];
  readonly title: string | null;
  readonly url: string | null;
  readonly author: string | null;
  readonly siteName: string | null;
  /** The language the page declares (`<html lang>`), ISO 639-1 part only. */
  readonly declaredLanguage: string | null;
  readonly published: string | null;
  readonly publishedFrom: PublishedFrom | null;
}

// Class or id words of page furniture; matched against whole hyphen/underscore-separated words.
const FURNITURE_WORDS =
  /(^|[-_\s])(cookies?|consent|gdpr|newsletters?|subscribe|subscription|signup|sign-up|related|recommended|share|sharing|social|promo|advert|advertisement|ads?|breadcrumbs?|paywall|popup|modal|comments?|most-read|mostread|trending|read-more|readmore|outbrain|taboola|footer|navbar|nav|menu|sidebar|widget|byline|bylines|author|authors|timestamp|article-meta)($|[-_\s])/i;
const FURNITURE_SELECTOR =
  'nav, footer, aside, form, dialog, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"], [role="alertdialog"], [aria-hidden="true"], [hidden]';

/** Beyond these, Readability is too slow to be worth it (real article pages stay far below). */
const MAX_READABILITY_ELEMENTS = 30_000;
const MAX_READABILITY_DEPTH = 120;

/** The deepest element nesting under `root`, walked iteratively. */
function maxDepth(root: Element | null | undefined): number {
  if (!root) return 0;
  let deepest = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_READABILITY_DEPTH) return deepest;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Parses an HTML page (already decoded) and extracts its article; `pageUrl` is where it was fetched from. */
export function readHtml(html: string, pageUrl?: string): HtmlArticle {
  const { document } = parseHTML(html);
  const all = document.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) all[i]!.setAttribute(ORDINAL_ATTRIBUTE, String(i));

  const meta = (names: string[]): string | null => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const value = el?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(['og:url']) || pageUrl || null;
  const jsonLd = readJsonLd(document);
  const published = pickPublished(meta(['article:published_time', 'og:article:published_time', 'datePublished']), jsonLd.datePublished, firstTime(document));
  const declared = (document.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0] || null;
  const body = document.body;
  const bodyText = body?.textContent?.length ?? 0;
  removeFurniture(document, bodyText);

  // Readability mutates the document; it is run after the metadata above has been read. Its scoring
  // walks ancestors for every node, which is quadratic on hostile nesting: such pages, and huge ones,
  // fall back to the furniture-stripped body.
  let article: ReturnType<Readability<unknown>['parse']> = null;
  if (all.length <= MAX_READABILITY_ELEMENTS && maxDepth(document.body) <= MAX_READABILITY_DEPTH) {
    try {
      article = new Readability(document as unknown as Document, { serializer: (el: unknown) => el, charThreshold: 200 }).parse();
    } catch {
      article = null;
    }
  }
  const root = (article?.content as unknown as Parameters<typeof blocksToText>[0] | undefined) ?? document.body ?? document;
  const { text, blocks } = blocksToText(root as Parameters<typeof blocksToText>[0]);
  const title = clean(meta(['og:title'])) ?? clean(article?.title) ?? clean(document.querySelector('title')?.textContent) ?? null;
  return {
    text,
    blocks,
    title,
    url: absolute(canonical, pageUrl),
    author: clean(article?.byline) ?? clean(meta(['author'])) ?? jsonLd.author,
    siteName: clean(article?.siteName) ?? clean(meta(['og:site_name'])) ?? null,
    declaredLanguage: declared && /^[a-z]{2}$/.test(declared) ? declared : null,
    published: published?.value ?? null,
    publishedFrom: published?.from ?? null,
  };
}

function pickPublished(metaTag: string | null, jsonLd: string | null, time: string | null): { value: string; from: PublishedFrom } | null {
  if (metaTag) return { value: metaTag, from: 'meta' };
  if (jsonLd) return { value: jsonLd, from: 'json-ld' };
  if (time) return { value: time, from: 'time' };
  return null;
}

/** `datePublished` and author of the first JSON-LD object that has one (objects, arrays and @graph). */
function readJsonLd(document: ParentNode): { datePublished: string | null; author: string | null } {
  const out = { datePublished: null as string | null, author: null as string | null };
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const obj = value as Record<string, unknown>;
    if (!out.datePublished && typeof obj.datePublished === 'string') out.datePublished = obj.datePublished;
    if (!out.author && obj.author) {
      const a = Array.isArray(obj.author) ? obj.author[0] : obj.author;
      const name = typeof a === 'string' ? a : typeof (a as { name?: unknown })?.name === 'string' ? (a as { name: string }).name : null;
      if (name) out.author = name.trim() || null;
    }
    if (Array.isArray(obj['@graph'])) visit(obj['@graph'], depth + 1);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block is common on real pages and says nothing about the article.
    }
  }
  return out;
}

/** The first `<time datetime>` inside the article (or anywhere, when the page has no `<article>`). */
function firstTime(document: ParentNode): string | null {
  const el = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  return el?.getAttribute('datetime')?.trim() || null;
}

/** Removes furniture elements, but never one that holds most of the page's text (a layout wrapper). */
function removeFurniture(document: ParentNode, bodyText: number): void {
  const remove = (el: Element): void => {
    if ((el.textContent?.length ?? 0) > bodyText * 0.5 && bodyText > 0) return;
    el.remove();
  };
  for (const el of Array.from(document.querySelectorAll(FURNITURE_SELECTOR))) remove(el);
  // A site header holds the logo and menus; an article's own header its title, byline and date, which
  // were read above as metadata and are not part of the story's text.
  for (const el of Array.from(document.querySelectorAll('header'))) remove(el);
  // A date standing alone in its block is a stamp, not a sentence.
  for (const el of Array.from(document.querySelectorAll('time'))) {
    if (el.parentElement && el.parentElement.textContent?.trim() === el.textContent?.trim()) remove(el.parentElement);
  }
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    if (el.matches('html, body, article, main')) continue;
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (FURNITURE_WORDS.test(words) && el.isConnected) remove(el);
  }
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

function absolute(url: string | null, base: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).href;
  } catch {
    return /^https?:\/\//i.test(url) ? url : null;
  }
}

/** The text of an HTML fragment (a feed item's content): furniture removed, no article picking. */
export function htmlFragmentText(html: string): { text: string; blocks: SourceBlock[] } {
  // Plain text in a feed's HTML field is common; parsing it as HTML still gives its text.
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const all = document.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) all[i]!.setAttribute(ORDINAL_ATTRIBUTE, String(i));
  removeFurniture(document, document.body?.textContent?.length ?? 0);
  return blocksToText((document.body ?? document) as unknown as Parameters<typeof blocksToText>[0]);
}
