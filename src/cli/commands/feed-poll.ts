/**
 * One pass over a list of feed URLs (`ingest --feeds FILE`, and each round of `watch`): each feed is
 * fetched with the validators saved from its last fetch, so an unchanged feed answers 304 and costs
 * nothing; a changed one is read item by item and ingested (items already stored are recognised by their
 * text or URL and skipped without extraction); its new validators are saved only after its items are.
 */
import { readFile } from 'node:fs/promises';
import { fetchUrl, type FetchOptions } from '../../ingest/http-fetch.js';
import { readFetched, type ReadOptions } from '../../ingest/read-documents.js';
import { ingestDocuments, type Extractor, type IngestSummary } from '../../store/ingest-documents.js';
import type { SqliteFactStore } from '../../store/sqlite-fact-store.js';

/** What happened to one feed. */
export type FeedOutcome =
  | { readonly url: string; readonly status: 'not-modified' }
  | { readonly url: string; readonly status: 'error'; readonly error: string }
  | { readonly url: string; readonly status: 'ingested'; readonly summary: IngestSummary };

/** The feed URLs of a list file: one per line; blank lines and `#` comments skipped. */
export async function readFeedList(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  const urls: string[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    if (!/^https?:\/\/\S+$/i.test(line)) throw new Error(`${file}:${i + 1}: not an http(s) URL: ${line.slice(0, 80)}`);
    urls.push(line);
  }
  return urls;
}

/** Options of one polling pass. */
export interface PollOptions {
  readonly read: ReadOptions & { readonly maxBytes: number };
  readonly fetch?: Omit<FetchOptions, 'maxBytes' | 'etag' | 'lastModified'>;
  readonly extract?: Extractor;
  readonly now?: () => Date;
}

/** Fetches and ingests every feed of `urls` once, in order; one feed's failure does not stop the others. */
export async function pollFeeds(store: SqliteFactStore, urls: readonly string[], options: PollOptions): Promise<FeedOutcome[]> {
  const out: FeedOutcome[] = [];
  for (const url of urls) {
    const state = store.feedState(url);
    const got = await fetchUrl(url, { ...options.fetch, maxBytes: options.read.maxBytes, etag: state?.etag ?? null, lastModified: state?.lastModified ?? null });
    if (got.status === 'not-modified') {
      out.push({ url, status: 'not-modified' });
      continue;
    }
    if (got.status === 'error') {
      out.push({ url, status: 'error', error: got.error });
      continue;
    }
    const summary = await ingestDocuments(store, readFetched(url, got.bytes, got.contentType, got.url, options.read), options.extract ? { extract: options.extract } : {});
    store.saveFeedState(url, got.etag, got.lastModified, (options.now?.() ?? new Date()).toISOString());
    out.push({ url, status: 'ingested', summary });
  }
  return out;
}

/** One line per feed, as the CLI prints them. */
export function formatFeedOutcome(o: FeedOutcome): string {
  if (o.status === 'not-modified') return `${o.url}: not modified (304)`;
  if (o.status === 'error') return `${o.url}: ${o.error}`;
  const d = o.summary.documents;
  const failures = o.summary.failures.map((f) => `\n  failed: ${f.file}: ${f.reason}`).join('');
  return `${o.url}: ${d.new} new, ${d.unchanged} unchanged, ${d.replaced} replaced, ${d.failed} failed${failures}`;
}
