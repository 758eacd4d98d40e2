/** Worker-thread entry for `extract --jobs N`: extracts the documents the pool sends, one message each. */
import { parentPort } from 'node:worker_threads';
import type { Document } from '../../core/types.js';
import { recordLine } from './record-line.js';

/** A job sent by the pool. */
export interface WorkerJob {
  readonly seq: number;
  readonly document: Document;
}

const port = parentPort;
if (!port) throw new Error('extract-worker: must run in a worker thread');
port.on('message', (job: WorkerJob) => {
  port.postMessage({ seq: job.seq, result: recordLine(job.document) });
});
