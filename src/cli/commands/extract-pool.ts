/**
 * A pool of worker threads for `extract --jobs N`. Documents are read on the main thread and extracted
 * in the workers; results come back in input order, so the output is the same as with one job.
 */
import { Worker } from 'node:worker_threads';
import type { Document } from '../../core/types.js';
import type { ExtractionRecord } from '../../record/types.js';
import type { RecordLine } from './record-line.js';
import type { AsyncExtractor } from '../../store/ingest-documents.js';

/**
 * Documents read ahead of the one being written, per worker: enough that the other workers go on while
 * one is held up (by the system, or by a long article); the character bound of run-ahead.ts caps memory.
 */
export const DOCUMENTS_AHEAD_PER_WORKER = 32;

/** Documents a worker holds at once: the one it extracts and the next, so it never waits for a message. */
const HELD_PER_WORKER = 2;

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

/** A document waiting for a worker, and who wants its result. */
interface Job {
  readonly seq: number;
  readonly document: Document;
  readonly want: 'line' | 'record';
  readonly resolve: (result: RecordLine & RecordResult) => void;
}

/**
 * Worker threads that turn Documents into record lines. Documents wait here and each worker holds at most
 * two (one being extracted, one ready for when it is done), so a worker that the system holds up delays
 * only those two: the others go on taking the next documents. Workers start as work arrives, up to
 * `size`: each one loads the extraction data (about a second), so a run of one document starts only one.
 */
export class ExtractPool {
  private readonly workers: PoolWorker[] = [];
  private readonly waiting: Job[] = [];
  private seq = 0;

  constructor(private readonly size: number) {}

  /** Extracts one document in the next free worker; resolves to its JSON line. */
  extract(document: Document): Promise<RecordLine> {
    return this.send(document, 'line') as Promise<RecordLine>;
  }

  /** Extracts one document in the next free worker; resolves to its record (for ingest). */
  extractRecord(document: Document): Promise<RecordResult> {
    return this.send(document, 'record') as Promise<RecordResult>;
  }

  private send(document: Document, want: 'line' | 'record'): Promise<RecordLine | RecordResult> {
    return new Promise((resolve) => {
      this.waiting.push({ seq: this.seq++, document, want, resolve: resolve as Job['resolve'] });
      this.dispatch();
    });
  }

  /** Hands waiting documents to workers with room, starting a worker while all are busy and fewer than `size` run. */
  private dispatch(): void {
    while (this.waiting.length > 0) {
      const free = this.workers.reduce<PoolWorker | undefined>((a, b) => (a && a.pending.size <= b.pending.size ? a : b), undefined);
      let target = free && free.pending.size < HELD_PER_WORKER ? free : undefined;
      if ((!target || target.pending.size > 0) && this.workers.length < this.size) {
        target = this.start();
        this.workers.push(target);
      }
      if (!target) return;
      const job = this.waiting.shift()!;
      target.pending.set(job.seq, job.resolve);
      target.worker.postMessage({ seq: job.seq, document: job.document, want: job.want });
    }
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
      this.dispatch();
    });
    // A crashed worker fails only the documents it held; a fresh one takes its place.
    const fail = (reason: string): void => {
      for (const resolve of entry.pending.values()) resolve({ ok: false, error: `extraction failed: ${reason}` } as RecordLine & RecordResult);
      entry.pending.clear();
      const i = this.workers.indexOf(entry);
      if (i >= 0) this.workers[i] = this.start();
      this.dispatch();
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
