/** `multivector export --what events|relations|figures --format csv|jsonl`: flat rows for analysis tools. */
import { createWriteStream, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { csvHeader, csvLine, eventRow, EXPORT_COLUMNS, figureRow, relationRow, type ExportKind, type ExportRow } from '../../store/export-rows.js';
import { openStore, type SqliteFactStore } from '../../store/sqlite-fact-store.js';
import { filterOf } from './events-command.js';
import { OutputError, StreamSink, ioReason } from './stream-sink.js';
import { addDbOption, addFilterOptions, reportErrors, usageExit, type FilterOptions } from './store-options.js';

/** Options of the export command. */
export interface ExportCommandOptions extends FilterOptions {
  readonly db: string;
  readonly what: ExportKind;
  readonly format: 'csv' | 'jsonl';
  readonly out?: string;
}

function oneOf<T extends string>(values: readonly T[]): (v: string) => T {
  return (v) => {
    if (!(values as readonly string[]).includes(v)) throw new InvalidArgumentError(`expected ${values.join(' or ')}`);
    return v as T;
  };
}

/** Registers `export` on the program. */
export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description('write stored events, relations or figures as CSV or JSON Lines')
    .option('--what <kind>', 'events, relations or figures', oneOf<ExportKind>(['events', 'relations', 'figures']), 'events')
    .option('--format <format>', 'csv or jsonl', oneOf(['csv', 'jsonl'] as const), 'csv')
    .option('--out <file>', 'write to a file instead of stdout');
  addFilterOptions(command, { eventsOnly: true });
  addDbOption(command);
  usageExit(command).action((options: ExportCommandOptions) =>
    reportErrors('export', async () => {
      if (options.out) await exportToFile({ ...options, out: options.out });
      else await runExport(options, process.stdout, 'stdout').catch(quietOnClosedPipe);
    }),
  );
}

/** `multivector export | head` closes the pipe early: not an error worth reporting. */
function quietOnClosedPipe(error: unknown): void {
  if (error instanceof OutputError && error.code === 'EPIPE') return;
  throw error;
}

/** Writes the export to `out`, a page of facts at a time; returns the number of rows. */
export async function runExport(options: ExportCommandOptions, out: NodeJS.WritableStream, where = 'output'): Promise<number> {
  const store = openStore(options.db, { readonly: true });
  const sink = new StreamSink(out, where);
  const counter = { rows: 0 };
  try {
    for await (const chunk of exportChunks(store, options, counter)) await sink.write(chunk);
  } finally {
    await store.close();
  }
  return counter.rows;
}

/**
 * Writes the export to the file `options.out`: the store is opened first, so a bad database leaves no
 * empty file behind; a file that cannot be written, or fails part way, is an OutputError naming it.
 */
export async function exportToFile(options: ExportCommandOptions & { readonly out: string }): Promise<number> {
  const store = openStore(options.db, { readonly: true });
  const counter = { rows: 0 };
  let opened = false;
  try {
    const file = createWriteStream(options.out).once('open', () => (opened = true));
    await pipeline(Readable.from(exportChunks(store, options, counter)), file);
  } catch (error) {
    // A half-written export looks like a complete one: remove it.
    if (opened) rmSync(options.out, { force: true });
    throw error instanceof OutputError ? error : new OutputError(options.out, ioReason(error));
  } finally {
    await store.close();
  }
  return counter.rows;
}

/** The export as text chunks of about 64 KB, counting rows into `counter`. */
async function* exportChunks(store: SqliteFactStore, options: ExportCommandOptions, counter: { rows: number }): AsyncIterable<string> {
  const columns = EXPORT_COLUMNS[options.what];
  const filter = filterOf(options);
  const rows: AsyncIterable<ExportRow> =
    options.what === 'events'
      ? mapAsync(store.iterateEvents(filter), eventRow)
      : options.what === 'relations'
        ? mapAsync(store.iterateRelations(filter), relationRow)
        : mapAsync(store.iterateFigures(filter), figureRow);
  let buffer = options.format === 'csv' ? csvHeader(columns) : '';
  for await (const row of rows) {
    buffer += options.format === 'csv' ? csvLine(columns, row) : JSON.stringify(row) + '\n';
    counter.rows++;
    if (buffer.length > 1 << 16) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

async function* mapAsync<T, U>(items: AsyncIterable<T>, f: (x: T) => U): AsyncIterable<U> {
  for await (const x of items) yield f(x);
}
