/** One document's extraction record as a JSON line, or a one-line reason why extraction failed. */
import type { Document } from '../../core/types.js';
import { extractDocument } from '../../extract/pipeline.js';

/** The outcome of extracting one document, ready to write (shared by the main thread and the workers). */
export type RecordLine = { readonly ok: true; readonly line: string } | { readonly ok: false; readonly error: string };

/** Extracts one document and serialises its record; an exception becomes an error for this document only. */
export function recordLine(document: Document): RecordLine {
  try {
    return { ok: true, line: JSON.stringify(extractDocument(document)) + '\n' };
  } catch (error) {
    const message = String((error as Error | undefined)?.message ?? error).split('\n')[0];
    return { ok: false, error: `extraction failed: ${message}` };
  }
}
