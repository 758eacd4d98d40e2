/** Every result of readDocuments over some inputs, in order, for reader tests. */
import { readDocuments, type ReadOptions, type ReadResult } from '../ingest/read-documents.js';

export async function readAll(inputs: string[], options?: ReadOptions): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readDocuments(inputs, options)) out.push(r);
  return out;
}
