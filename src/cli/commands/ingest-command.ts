/** `multivector ingest <files|folders|-> [--db file]`: extracts and stores documents, one transaction each. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { DEFAULT_MAX_BYTES, readDocuments } from '../../ingest/read-documents.js';
import { formatSummary, ingestDocuments, type Extractor, type IngestSummary } from '../../store/ingest-documents.js';
import { openStore } from '../../store/sqlite-fact-store.js';
import { addDbOption, fieldsOption, INPUTS_HELP, positiveInt, reportErrors, usageExit } from './store-options.js';
import type { FieldMap } from '../../ingest/field-map.js';
import { isReadableName } from '../../ingest/input-format.js';

/** Options of the ingest command, as commander parses them. */
export interface IngestCommandOptions {
  readonly db: string;
  readonly maxBytes: number;
  readonly fields?: FieldMap;
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
    .argument('<inputs...>', INPUTS_HELP)
    .description('extract documents and store them with their facts in a SQLite database (idempotent)')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes', positiveInt, DEFAULT_MAX_BYTES)
    .option('--fields <map>', 'dump columns holding our fields, e.g. text=body,url=link,published=date,title=headline', fieldsOption);
  addDbOption(command);
  usageExit(command).action((inputs: string[], options: IngestCommandOptions) =>
    reportErrors('ingest', async () => {
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
    const summary = await ingestDocuments(store, reads, {
      ...(io.extract ? { extract: io.extract } : {}),
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
    if (input === '-') n++;
    else await walk(input);
  }
  return Math.max(n, 1);
}
