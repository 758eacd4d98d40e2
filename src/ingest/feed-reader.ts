/**
 * RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed to one article per item, through feedsmith (a maintained
 * parser of all four). Each item keeps its link, title, date and author; its text is the full content
 * (`content:encoded`, Atom `content`, JSON Feed `content_html`/`content_text`) where given, else the
 * summary, turned into paragraphs by the same HTML-to-text path as saved pages.
 */
import { parseFeed } from 'feedsmith';
import { htmlFragmentText } from './html-reader.js';
import type { SourceBlock } from '../core/types.js';

/** One feed item, ready to become a Document. */
export interface FeedItem {
  readonly text: string;
  readonly sourceMap: readonly SourceBlock[];
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly author: string | null;
  readonly id: string | null;
}

/** The parsed feed: its title and items (in feed order), or why it is not a feed. */
export type FeedResult =
  | { readonly ok: true; readonly format: string; readonly title: string | null; readonly items: readonly FeedItem[] }
  | { readonly ok: false; readonly error: string };

type Loose = Record<string, unknown>;

/** Parses a feed given as text (XML or JSON). */
export function readFeed(content: string): FeedResult {
  let parsed: { format: string; feed: unknown };
  try {
    const input: unknown = content.trimStart().startsWith('{') ? JSON.parse(content) : content;
    parsed = parseFeed(input as string) as { format: string; feed: unknown };
  } catch (error) {
    return { ok: false, error: `not a feed (${String((error as Error)?.message ?? error).split('\n')[0]})` };
  }
  const feed = (parsed.feed ?? {}) as Loose;
  const raw = (parsed.format === 'atom' ? feed.entries : feed.items) as unknown;
  const items = Array.isArray(raw) ? (raw as Loose[]).map((item) => toItem(parsed.format, item)) : [];
  return { ok: true, format: parsed.format, title: str(feed.title) ?? str((feed.title as Loose | undefined)?.value), items };
}

function toItem(format: string, item: Loose): FeedItem {
  let html: string | null;
  let url: string | null;
  let published: string | null;
  let author: string | null;
  let id: string | null;
  let title: string | null;
  if (format === 'atom') {
    const links = Array.isArray(item.links) ? (item.links as Loose[]) : [];
    const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
    url = str(link?.href);
    html = str((item.content as Loose | undefined)?.value) ?? str((item.summary as Loose | undefined)?.value);
    published = str(item.published) ?? str(item.updated);
    author = str((Array.isArray(item.authors) ? (item.authors as Loose[])[0] : undefined)?.name);
    id = str(item.id);
    title = str((item.title as Loose | undefined)?.value) ?? str(item.title);
  } else if (format === 'json') {
    url = str(item.url) ?? str(item.external_url);
    const textOnly = str(item.content_text);
    html = str(item.content_html) ?? (textOnly ? escapeText(textOnly) : null) ?? str(item.summary);
    published = str(item.date_published) ?? str(item.date_modified);
    const authors = Array.isArray(item.authors) ? (item.authors as Loose[]) : item.author ? [item.author as Loose] : [];
    author = str(authors[0]?.name);
    id = str(item.id);
    title = str(item.title);
  } else {
    // RSS 2.0 and RDF share their item shape in feedsmith; Dublin Core carries RDF's date and creator.
    const dc = (item.dc ?? {}) as Loose;
    url = str(item.link) ?? str((item.guid as Loose | undefined)?.value);
    html = str((item.content as Loose | undefined)?.encoded) ?? str(item.description);
    published = str(item.pubDate) ?? first(dc.dates) ?? str(dc.date);
    author = str(item.author) ?? first(dc.creators) ?? str(dc.creator);
    id = str((item.guid as Loose | undefined)?.value);
    title = str(item.title);
  }
  const { text, blocks } = html ? htmlFragmentText(html) : { text: '', blocks: [] };
  return { text, sourceMap: blocks, url, title: title ? title.replace(/\s+/g, ' ').trim() : null, published, author, id };
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function first(value: unknown): string | null {
  return Array.isArray(value) ? str(value[0]) : null;
}

/** content_text is plain text: its paragraphs (blank-line separated) become <p> blocks. */
function escapeText(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text.split(/\n\s*\n/).map((p) => `<p>${esc(p)}</p>`).join('');
}
