/**
 * Extraction as a pure function from a Document to an extraction record: no I/O, no clock, no global
 * mutable state, so it can run in worker threads now and on many machines later.
 */
import type { Document } from '../core/types.js';
import type { ExtractionRecord } from '../record/types.js';

/** Options that change what is extracted; all optional. */
export interface ExtractOptions {
  /** Fallback reference date when the document has none (never the clock). */
  readonly referenceDate?: string;
}

/** Runs every extractor over one document and assembles its record. */
export function extractDocument(doc: Document, _options: ExtractOptions = {}): ExtractionRecord {
  return {
    document: {
      id: doc.id,
      ...(doc.meta.path !== undefined ? { path: doc.meta.path } : {}),
      url: doc.meta.url ?? null,
      title: doc.meta.title ?? null,
      source: doc.meta.source ?? null,
      published: null,
      publishedBasis: null,
      ...(doc.bodyOffset !== undefined ? { bodyOffset: doc.bodyOffset } : {}),
      length: doc.text.length,
    },
    events: [],
    relations: [],
    figures: [],
    quotes: [],
    diagnostics: [],
  };
}
