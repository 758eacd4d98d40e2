/**
 * Turns command-line inputs (files, folders, `-` for stdin) into Documents, one result per input file,
 * with a clear error for each file that cannot be read. (Interface fixed; implementation in progress.)
 */
import type { Document } from '../core/types.js';

export interface ReadOptions {
  /** Largest file accepted, in bytes. */
  readonly maxBytes?: number;
}

export type ReadResult =
  | { readonly ok: true; readonly file: string; readonly document: Document }
  | { readonly ok: false; readonly file: string; readonly error: string };

/** Yields one result per input file, in a stable order (folders sorted by name). */
export async function* readDocuments(_inputs: readonly string[], _options: ReadOptions = {}): AsyncIterable<ReadResult> {
  throw new Error('readDocuments: not implemented yet');
}
