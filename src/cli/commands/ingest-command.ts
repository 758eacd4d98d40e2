/** `multivector ingest <files|folders|-> [--db file]`: extracts and stores documents, one transaction each. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { DEFAULT_MAX_BYTES, readDocuments } from '../../ingest/read-documents.js';
import { formatSummary, ingestDocuments, type Extractor, type IngestSummary } from '../../store/ingest-documents.js';
import { openStore } from '../../store/sqlite-fact-store.js';
import type { ReextractSummary } from '../../store/reextract.js';
import { formatFeedOutcome, pollFeeds, readFeedList, type FeedOutcome, type PollOptions } from './feed-poll.js';
import { addDbOption, DEFAULT_JOBS, fieldsOption, INPUTS_HELP, positiveInt, reportErrors, usageExit } from './store-options.js';
import type { FieldMap } from '../../ingest/field-map.js';
import { isReadableName } from '../../ingest/input-format.js';

/** Options of the ingest command, as commander parses them. */
export interface IngestCommandOptions {
  readonly db: string;
  readonly maxBytes: number;
  readonly fields?: FieldMap;
  /** Worker threads for extraction (1: on the main thread). */
  readonly jobs?: number;
  /** Recompute the facts of stored documents whose extractor version differs. */
  readonly reextract?: boolean;
  /** A file of feed URLs to fetch (conditionally) and ingest. */
  readonly feeds?: string;
}

/** Where the command writes and what it runs; process streams and the real extractor unless a test passes its own. */
export interface IngestIo {
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  readonly env?: NodeJS.ProcessEnv;
  readonly extract?: Extractor;
}

/** Registers `ingest` on the program. */
export function registerIngest(program: Command): void {
  const command = program
    .command('ingest')
    .argument('[inputs...]', INPUTS_HELP)
    .description('extract documents and store them with their facts in a SQLite database (idempotent)')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes', positiveInt, DEFAULT_MAX_BYTES)
    .option('--feeds <file>', 'also fetch the feeds listed in FILE (one URL a line), with conditional requests')
    .option('--reextract', 'recompute the facts of stored documents extracted by another version (after an upgrade or a data-file change); resumable', false)
    .option('--jobs <n>', `worker threads for extraction (1 = on the main thread; default: the number of cores, ${DEFAULT_JOBS} here); the store is the same for any N`, positiveInt, DEFAULT_JOBS)
    .option('--fields <map>', 'dump columns holding our fields, e.g. text=body,url=link,published=date,title=headline', fieldsOption);
  addDbOption(command);
  usageExit(command).action((inputs: string[], options: IngestCommandOptions) =>
    reportErrors('ingest', async () => {
      if (inputs.length === 0 && !options.reextract && !options.feeds) throw new Error('no inputs (give files, folders, URLs or -, --feeds FILE or --reextract)');
      if (options.reextract) {
        const r = await runReextract(options);
        process.exitCode = r.failures.length > 0 && r.reextracted === 0 ? 1 : 0;
      }
      if (options.feeds) {
        const outcomes = await runIngestFeeds(options.feeds, options);
        if (outcomes.some((o) => o.status === 'error')) process.exitCode = 1;
      }
      if (inputs.length === 0) return;
      const summary = await runIngest(inputs, options);
      const stored = summary.documents.new + summary.documents.unchanged + summary.documents.replaced;
      // Like extract: a failing document is reported and skipped; only "nothing could be stored" fails the run.
      process.exitCode = summary.documents.failed > 0 && stored === 0 ? 1 : 0;
    }),
  );
}

/** Ingests every input into the database, with a progress bar on terminals and a closing summary on stderr. */
export async function runIngest(
  inputs: readonly string[],
  options: IngestCommandOptions,
  io: IngestIo = { stderr: process.stderr },
): Promise<IngestSummary> {
  const env = io.env ?? process.env;
  const interactive = io.stderr.isTTY === true && !env.CI;
  const store = openStore(options.db);
  let bar: cliProgress.SingleBar | undefined;
  let pool: import('./extract-pool.js').ExtractPool | undefined;
  try {
    if (interactive) {
      bar = new cliProgress.SingleBar(
        { stream: io.stderr as NodeJS.WriteStream, format: 'ingest [{bar}] {value}/{total} documents | {new} new, {unchanged} unchanged, {failed} failed', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(await countInputFiles(inputs), 0, { new: 0, unchanged: 0, failed: 0 });
    }
    const tally = { new: 0, unchanged: 0, replaced: 0, failed: 0 };
    const reads = readDocuments(inputs, { maxBytes: options.maxBytes, ...(options.fields ? { fields: options.fields } : {}), ...(io.stdin ? { stdin: io.stdin } : {}) });
    const jobs = options.jobs ?? 1;
    const poolModule = jobs > 1 && !io.extract ? await import('./extract-pool.js') : undefined;
    pool = poolModule ? new poolModule.ExtractPool(jobs) : undefined;
    const summary = await ingestDocuments(store, reads, {
      ...(io.extract ? { extract: io.extract } : {}),
      ...(poolModule && pool ? poolModule.poolIngestOptions(pool, jobs) : {}),
      onProgress: (p) => {
        tally[p.outcome]++;
        if (bar) {
          if (p.done > bar.getTotal()) bar.setTotal(p.done);
          bar.update(p.done, { new: tally.new + tally.replaced, unchanged: tally.unchanged, failed: tally.failed });
        }
      },
    });
    bar?.stop();
    bar = undefined;
    io.stderr.write(formatSummary(summary).replace(/^/gm, 'multivector ingest: ') + '\n');
    return summary;
  } finally {
    bar?.stop();
    await pool?.close();
    await store.close();
  }
}

/** `ingest --reextract`: recomputes stale documents' facts, one transaction each, and prints a summary. */
export async function runReextract(options: Pick<IngestCommandOptions, 'db'>, io: Pick<IngestIo, 'stderr' | 'extract'> = { stderr: process.stderr }): Promise<ReextractSummary> {
  // Imported here: re-extraction loads the extraction data, which a plain (parallel) ingest leaves to its workers.
  const { reextractStore } = await import('../../store/reextract.js');
  const store = openStore(options.db);
  try {
    const summary = reextractStore(store, io.extract ? { extract: io.extract } : {});
    const lines = [`re-extracted ${summary.reextracted} documents, ${summary.failures.length} failed, ${summary.remaining} still stale`];
    for (const f of summary.failures) lines.push(`failed: ${f.file}: ${f.reason}`);
    io.stderr.write(lines.map((l) => `multivector ingest: ${l}\n`).join(''));
    return summary;
  } finally {
    await store.close();
  }
}

/** `ingest --feeds FILE`: one conditional fetch per feed, its new items stored; one line per feed on stderr. */
export async function runIngestFeeds(
  file: string,
  options: Pick<IngestCommandOptions, 'db' | 'maxBytes' | 'fields'>,
  io: Pick<IngestIo, 'stderr' | 'extract'> & { fetch?: PollOptions['fetch'] } = { stderr: process.stderr },
): Promise<FeedOutcome[]> {
  const urls = await readFeedList(file);
  const store = openStore(options.db);
  try {
    const outcomes = await pollFeeds(store, urls, {
      read: { maxBytes: options.maxBytes, ...(options.fields ? { fields: options.fields } : {}) },
      ...(io.fetch ? { fetch: io.fetch } : {}),
      ...(io.extract ? { extract: io.extract } : {}),
    });
    for (const o of outcomes) io.stderr.write(`multivector ingest: ${formatFeedOutcome(o)}\n`);
    return outcomes;
  } finally {
    await store.close();
  }
}

/** A quick estimate of how many files the reader will yield, for the progress bar's total. */
async function countInputFiles(inputs: readonly string[]): Promise<number> {
  let n = 0;
  const walk = async (p: string): Promise<void> => {
    const s = await stat(p).catch(() => undefined);
    if (!s) return void n++;
    if (!s.isDirectory()) return void n++;
    for (const entry of await readdir(p, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(p, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && isReadableName(entry.name)) n++;
    }
  };
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input)) n++;
    else await walk(input);
  }
  return Math.max(n, 1);
}
