/** `multivector demo`: ingests the bundled example corpus into a fresh database and writes the brief (what `npm start` runs). */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { packageRoot } from '../../core/data-files.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read-documents.js';
import { writeBrief } from '../../report/write-brief.js';
import { publishedYears, settleDatabase } from '../../store/database-file.js';
import { openStore } from '../../store/sqlite-fact-store.js';
import { startServer } from '../../server/serve.js';
import { runIngest } from './ingest-command.js';
import { portNumber, stopOnSignals } from './serve-command.js';
import { reportErrors, usageExit } from './store-options.js';

/** Options of the demo command. */
export interface DemoCommandOptions {
  readonly outDir: string;
  readonly focus: string;
}

/** The command line's options: the demo's, plus whether to serve the dashboard afterwards. */
export interface DemoCliOptions extends DemoCommandOptions {
  /** False with --no-serve (tests, scripts): write the brief and exit. */
  readonly serve: boolean;
  readonly port: number;
  readonly host: string;
}

/** What the demo wrote, and the years its brief covers (null: all stored, no document had a date). */
export interface DemoResult {
  readonly db: string;
  readonly files: string[];
  readonly range: { readonly from: string; readonly to: string } | null;
}

/**
 * Runs the demo: fresh database in `outDir`, the examples ingested, brief.html and brief.md written for
 * the years the examples were published in; the database is left as one file, without -wal/-shm.
 */
export async function runDemo(options: DemoCommandOptions, stderr: NodeJS.WritableStream = process.stderr): Promise<DemoResult> {
  const outDir = path.resolve(options.outDir);
  const db = path.join(outDir, 'demo.db');
  // A fresh database every time, so the demo shows exactly what the examples say.
  for (const suffix of ['', '-wal', '-shm']) await rm(db + suffix, { force: true });
  await mkdir(outDir, { recursive: true });
  const examples = path.join(packageRoot, 'examples');
  // The articles only: the folder's README describes them and is not one.
  const articles = (await readdir(examples)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(examples, f));
  if (articles.length === 0) throw new Error(`${examples}: no example articles (*.txt) found`);
  const summary = await runIngest(articles, { db, maxBytes: DEFAULT_MAX_BYTES }, { stderr });
  if (summary.documents.new + summary.documents.replaced === 0) throw new Error(`${examples}: no example could be ingested`);
  // Before any read-only open: those would otherwise leave -wal/-shm files beside demo.db.
  settleDatabase(db);
  // The years the examples were published in: a stray old date in a text does not stretch the brief.
  const store = openStore(db, { readonly: true });
  let range: DemoResult['range'];
  try {
    range = publishedYears(store.connection);
  } finally {
    await store.close();
  }
  const files: string[] = [];
  for (const format of ['html', 'md'] as const) {
    const written = await writeBrief({
      db, out: path.join(outDir, `brief.${format}`), format, grain: 'year', focus: options.focus, from: range?.from, to: range?.to,
    });
    files.push(...written.files);
  }
  return { db, files, range };
}

/** Registers `demo` on the program. */
export function registerDemo(program: Command): void {
  const command = program
    .command('demo')
    .description('ingest the bundled examples into a fresh out/demo.db, write out/brief.html and out/brief.md, then serve the dashboard')
    .option('--out-dir <dir>', 'where to put the database and the brief', 'out')
    .option('--focus <code>', 'focus country of the brief', 'KAZ')
    .option('--no-serve', 'write the brief and exit instead of serving the dashboard')
    .option('--port <n>', 'TCP port of the dashboard (0: any free port)', portNumber, 8080)
    .option('--host <address>', 'address the dashboard listens on', '127.0.0.1');
  usageExit(command).action((options: DemoCliOptions) =>
    reportErrors('demo', async () => {
      const { db, files } = await runDemo(options);
      process.stdout.write(`database: ${db}\nbrief: ${files[0]}\nmarkdown: ${files.slice(1).join(', ')}\n`);
      if (!options.serve) return;
      const server = await startServer({ db, port: options.port, host: options.host });
      process.stdout.write(`dashboard: ${server.url}  (Ctrl-C stops)\n`);
      stopOnSignals(server);
    }),
  );
}
