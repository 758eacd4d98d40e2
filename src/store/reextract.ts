/**
 * Re-extraction: recomputes the facts of every stored document whose extractor version differs from the
 * running one (a rule or data file changed since it was stored). One transaction per document, oldest
 * first; a killed run leaves each document either fully old or fully new, and the next run picks up the
 * documents still marked with another version.
 */
import type { Document } from '../core/types.js';
import { extractDocument } from '../extract/pipeline.js';
import { detectLanguage } from '../ingest/detect-language.js';
import type { StaleDocument } from './document-writer.js';
import type { Extractor, IngestFailure } from './ingest-documents.js';
import type { SqliteFactStore } from './sqlite-fact-store.js';

/** What one re-extraction run did. */
export interface ReextractSummary {
  readonly reextracted: number;
  readonly failures: readonly IngestFailure[];
  /** Documents still stale afterwards (failures, or those past `limit`). */
  readonly remaining: number;
}

/** Options of {@link reextractStore}. */
export interface ReextractOptions {
  readonly extract?: Extractor;
  /** Stop after this many documents (tests use it to stand for an interrupted run). */
  readonly limit?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Recomputes the facts of every stale document of `store`. */
export function reextractStore(store: SqliteFactStore, options: ReextractOptions = {}): ReextractSummary {
  const writer = store.documentWriter();
  const extract = options.extract ?? ((doc: Document) => extractDocument(doc));
  const total = writer.countStale();
  const failures: IngestFailure[] = [];
  let reextracted = 0;
  // Failed documents keep their old version; skipping past them keeps the loop from meeting them again.
  let skip = 0;
  for (;;) {
    if (options.limit !== undefined && reextracted + failures.length >= options.limit) break;
    const row = writer.staleDocument(skip);
    if (!row) break;
    const doc = storedDocument(row);
    try {
      writer.replaceFacts(row.id, doc, extract(doc));
      reextracted++;
    } catch (error) {
      failures.push({ file: row.path ?? row.url ?? row.doc_id, reason: String((error as Error)?.message ?? error).split('\n')[0]! });
      skip++;
    }
    options.onProgress?.(reextracted + failures.length, total);
  }
  return { reextracted, failures, remaining: writer.countStale() };
}

/**
 * The Document as the reader gave it, rebuilt from its row. The written publication string is not
 * stored, so a date that came from metadata is passed back as metadata; one the resolver found in the
 * text or URL is left for it to find again under the new rules.
 */
export function storedDocument(row: StaleDocument): Document {
  return {
    id: row.doc_id,
    text: row.text,
    meta: {
      ...(row.path !== null ? { path: row.path } : {}),
      url: row.url,
      title: row.title,
      source: row.source,
      published: row.published_basis === 'metadata' ? row.published : null,
      language: row.language ?? detectLanguage(row.text),
    },
  };
}
