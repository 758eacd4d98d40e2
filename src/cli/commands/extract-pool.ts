/**
 * A pool of worker threads for `extract --jobs N`. Documents are read on the main thread and extracted
 * in the workers; results come back in input order, so the output is the same as with one job.
 */
import { Worker } from 'node:worker_threads';
import type { Document } from '../../core/types.js';
import type { ExtractionRecord } from '../../record/types.js';
import type { RecordLine } from './record-line.js';
import type { AsyncExtractor } from '../../store/ingest-documents.js';

/** Documents queued per worker: enough to keep it busy while the main thread reads and writes. */
export const DOCUMENTS_AHEAD_PER_WORKER = 8;

/** What a worker sends back for a `want: 'record'` job. */
export type RecordResult = { readonly ok: true; readonly record: ExtractionRecord } | { readonly ok: false; readonly error: string };

interface PoolWorker {
  readonly worker: Worker;
  readonly pending: Map<number, (result: RecordLine & RecordResult) => void>;
}

// From dist/ the worker is plain .js. Under tsx (development) it is .ts, and Node 20 passes no loader
// hooks on to worker threads, so a small bootstrap loads it through tsx's own API (a dev dependency).
const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(fromSource ? './extract-worker.ts' : './extract-worker.js', import.meta.url);

function newWorker(): Worker {
  if (!fromSource) return new Worker(workerUrl);
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(workerUrl.href);
  return new Worker(`import(${api}).then(({ tsImport }) => tsImport(${entry}, ${entry}))`, { eval: true });
}

/**
 * Worker threads that turn Documents into record lines. Workers start as work arrives, up to `size`:
 * each one loads the extraction data (about a second), so a run of one document starts only one.
 */
export class ExtractPool {
  private readonly workers: PoolWorker[] = [];
  private seq = 0;

  constructor(private readonly size: number) {}

  /** Extracts one document in the least busy worker; resolves to its JSON line. */
  extract(document: Document): Promise<RecordLine> {
    return this.send(document, 'line') as Promise<RecordLine>;
  }

  /** Extracts one document in the least busy worker; resolves to its record (for ingest). */
  extractRecord(document: Document): Promise<RecordResult> {
    return this.send(document, 'record') as Promise<RecordResult>;
  }

  private send(document: Document, want: 'line' | 'record'): Promise<RecordLine | RecordResult> {
    const target = this.pick();
    const seq = this.seq++;
    return new Promise((resolve) => {
      target.pending.set(seq, resolve as (result: RecordLine & RecordResult) => void);
      target.worker.postMessage({ seq, document, want });
    });
  }

  /** An idle worker, else a new one while fewer than `size` run, else the least busy. */
  private pick(): PoolWorker {
    const leastBusy = this.workers.reduce<PoolWorker | undefined>((a, b) => (a && a.pending.size <= b.pending.size ? a : b), undefined);
    if (leastBusy && (leastBusy.pending.size === 0 || this.workers.length >= this.size)) return leastBusy;
    const fresh = this.start();
    this.workers.push(fresh);
    return fresh;
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private start(): PoolWorker {
    const worker = newWorker();
    const entry: PoolWorker = { worker, pending: new Map() };
    worker.on('message', (msg: { seq: number; result: RecordLine & RecordResult }) => {
      const resolve = entry.pending.get(msg.seq);
      entry.pending.delete(msg.seq);
      resolve?.(msg.result);
    });
    // A crashed worker fails only the documents it held; a fresh one takes its place.
    const fail = (reason: string): void => {
      for (const resolve of entry.pending.values()) resolve({ ok: false, error: `extraction failed: ${reason}` } as RecordLine & RecordResult);
      entry.pending.clear();
      const i = this.workers.indexOf(entry);
      if (i >= 0) this.workers[i] = this.start();
    };
    worker.on('error', (error) => fail(`worker crashed: ${String(error.message).split('\n')[0]}`));
    worker.on('exit', (code) => {
      if (entry.pending.size > 0) fail(`worker exited with code ${code}`);
    });
    return entry;
  }
}

/** What ingest needs from a pool: an extractor whose promise rejects for a failed document, and how far to run ahead. */
export function poolIngestOptions(pool: ExtractPool, jobs: number): { readonly extract: AsyncExtractor; readonly window: number } {
  return {
    extract: (doc) => pool.extractRecord(doc).then((r) => {
      if (!r.ok) throw new Error(r.error);
      return r.record;
    }),
    window: jobs * DOCUMENTS_AHEAD_PER_WORKER,
  };
}
