/** `multivector extract <files|folders|->`: one extraction record per document, JSON Lines on stdout. */
import type { Command } from 'commander';
import type { Diagnostic } from '../../core/types.js';
import type { RecordLine } from './record-line.js';
import { fieldsOption, INPUTS_HELP, positiveInt } from './store-options.js';
import type { FieldMap } from '../../ingest/field-map.js';
import { OutputError, StreamSink } from './stream-sink.js';
import { DEFAULT_MAX_BYTES, readDocuments, textLength, type ReadResult } from '../../ingest/read-documents.js';
import { runAhead, TEXT_AHEAD_CHARS } from '../../core/run-ahead.js';
import { isShortRun, skipRegExpOptimiser, tuneHeapForBatch } from './short-run.js';

/** Options of the extract command, as commander parses them. */
export interface ExtractCommandOptions {
  readonly maxBytes: number;
  readonly jobs: number;
  readonly verbose: boolean;
  readonly fields?: FieldMap;
}

/** Where the command writes; process streams unless a test passes its own. */
export interface ExtractIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  readonly env?: NodeJS.ProcessEnv;
}

/** Counts of what one run did; the exit status follows from them. */
export interface ExtractSummary {
  readonly documents: number;
  readonly errors: number;
}

/** Registers `extract` on the program. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .argument('<inputs...>', INPUTS_HELP)
    .description('extract one record per document as JSON Lines on stdout')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes', positiveInt, DEFAULT_MAX_BYTES)
    .option('--jobs <n>', 'worker threads (1 = extract on the main thread)', positiveInt, 1)
    .option('--verbose', 'report removed page furniture on stderr', false)
    .option('--fields <map>', 'dump columns holding our fields, e.g. text=body,url=link,published=date,title=headline', fieldsOption)
    // Usage errors (unknown option, missing input) exit 2; "nothing could be processed" is 1.
    .exitOverride((err) => {
      process.exit(err.exitCode === 0 ? 0 : 2);
    })
    .action(async (inputs: string[], options: ExtractCommandOptions) => {
      // Before any rule is compiled: a few articles pay less to compile than they gain from optimised rules.
      // Before any document is read: a long run keeps its heap bounded (short-run.ts).
      if (isShortRun(inputs)) skipRegExpOptimiser();
      else tuneHeapForBatch();
      try {
        const summary = await runExtract(inputs, options);
        process.exitCode = summary.documents > 0 ? 0 : 1;
      } catch (error) {
        if (!(error instanceof OutputError)) throw error;
        process.stderr.write(`multivector: ${error.message}\n`);
        process.exitCode = 1;
      }
    });
}

/** Reads every input, extracts each document and writes its record; errors go to stderr, one line each. */
export async function runExtract(
  inputs: readonly string[],
  options: ExtractCommandOptions,
  io: ExtractIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<ExtractSummary> {
  const env = io.env ?? process.env;
  const progress = io.stderr.isTTY === true && env.CI !== 'true' ? new ProgressLine(io.stderr) : undefined;
  const out = new Output(io.stdout);
  let documents = 0;
  let errors = 0;
  const fail = (file: string, error: string): void => {
    errors++;
    progress?.clear();
    io.stderr.write(`multivector: ${file}: ${error}\n`);
  };

  const reads = readDocuments(inputs, { maxBytes: options.maxBytes, ...(options.fields ? { fields: options.fields } : {}), ...(io.stdin ? { stdin: io.stdin } : {}) });
  for await (const r of extractResults(reads, options.jobs)) {
    if (!r.ok) {
      fail(r.file, r.error);
    } else {
      if (options.verbose) {
        progress?.clear();
        for (const d of r.diagnostics) {
          const where = d.span ? ` [${d.span.start}-${d.span.end}]` : '';
          io.stderr.write(`multivector: ${r.file}: ${d.severity} ${d.rule}${where}: ${d.reason}\n`);
        }
      }
      await out.write(r.line);
      documents++;
    }
    progress?.update(documents, errors);
  }
  progress?.clear();
  await out.flush();
  if (options.verbose) io.stderr.write(`multivector: ${documents} documents extracted, ${errors} inputs failed\n`);
  return { documents, errors };
}

/** One input's outcome: its JSON line, or its one-line error. */
export type ExtractResult =
  | { readonly ok: true; readonly file: string; readonly line: string; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly file: string; readonly error: string };

/** Extracts what was read, in input order: on the main thread, or in `jobs` worker threads (also used by eval). */
export function extractResults(reads: AsyncIterable<ReadResult>, jobs: number): AsyncIterable<ExtractResult> {
  return jobs > 1 ? extractInWorkers(reads, jobs) : extractHere(reads);
}

/** Extracts on the main thread, in input order; an exception in one document fails only that document. */
async function* extractHere(reads: AsyncIterable<ReadResult>): AsyncIterable<ExtractResult> {
  // Imported here: with worker threads, the main thread never loads the extraction data.
  const { recordLine } = await import('./record-line.js');
  for await (const r of reads) yield r.ok ? withLine(r, recordLine(r.document)) : r;
}

/** Extracts in a pool of worker threads, keeping input order; reading goes on while workers extract. */
async function* extractInWorkers(reads: AsyncIterable<ReadResult>, jobs: number): AsyncIterable<ExtractResult> {
  const { ExtractPool, DOCUMENTS_AHEAD_PER_WORKER } = await import('./extract-pool.js');
  const pool = new ExtractPool(jobs);
  const start = (r: ReadResult): Promise<ExtractResult> => (r.ok ? pool.extract(r.document).then((line) => withLine(r, line)) : Promise.resolve(r));
  try {
    for await (const result of runAhead(reads, start, { items: jobs * DOCUMENTS_AHEAD_PER_WORKER, weight: textLength, maxWeight: TEXT_AHEAD_CHARS })) yield await result;
  } finally {
    await pool.close();
  }
}

function withLine(r: Extract<ReadResult, { ok: true }>, result: RecordLine): ExtractResult {
  return result.ok
    ? { ok: true, file: r.file, line: result.line, diagnostics: r.diagnostics ?? [] }
    : { ok: false, file: r.file, error: result.error };
}

/**
 * Buffered stdout writer that respects back-pressure and exits quietly when the reader goes away; any
 * other stream error rejects the write or flush (an OutputError), never throws from a listener.
 */
class Output {
  private buffer = '';
  private readonly sink: StreamSink;

  constructor(stream: NodeJS.WritableStream) {
    this.sink = new StreamSink(stream, 'stdout');
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // `multivector extract … | head` closes the pipe early: that is not an error worth a stack trace.
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  }

  async write(line: string): Promise<void> {
    this.buffer += line;
    if (this.buffer.length >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.sink.error) throw this.sink.error;
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    await this.sink.write(chunk);
  }
}

/** A single self-overwriting status line for interactive terminals. */
class ProgressLine {
  private last = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  update(documents: number, errors: number): void {
    const now = performance.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.stream.write(`\rextract: ${documents} documents, ${errors} errors`);
  }

  clear(): void {
    if (this.last === 0) return;
    this.stream.write('\r\x1b[K');
    this.last = 0;
  }
}
