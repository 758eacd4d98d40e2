/** Worker-thread entry for `extract --jobs N`: extracts the documents the pool sends, one message each. */
import { parentPort } from 'node:worker_threads';
import type { Document } from '../../core/types.js';
import { extractDocument } from '../../extract/pipeline.js';
import { recordLine } from './record-line.js';

/** A job sent by the pool. */
export interface WorkerJob {
  readonly seq: number;
  readonly document: Document;
  /** 'record' sends the record object back (ingest stores it); 'line' its JSON line (extract prints it). */
  readonly want?: 'line' | 'record';
}

const port = parentPort;
if (!port) throw new Error('extract-worker: must run in a worker thread');
port.on('message', (job: WorkerJob) => {
  if (job.want !== 'record') return port.postMessage({ seq: job.seq, result: recordLine(job.document) });
  try {
    port.postMessage({ seq: job.seq, result: { ok: true, record: extractDocument(job.document) } });
  } catch (error) {
    port.postMessage({ seq: job.seq, result: { ok: false, error: `extraction failed: ${String((error as Error)?.message ?? error).split('\n')[0]}` } });
  }
});
