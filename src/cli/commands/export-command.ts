/** `multivector export --what events|relations|figures --format csv|jsonl`: flat rows for analysis tools. */
import { createWriteStream } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import type { EventStatus, PloverType } from '../../record/types.js';
import { csvHeader, csvLine, eventRow, EXPORT_COLUMNS, figureRow, relationRow, type ExportKind, type ExportRow } from '../../store/export-rows.js';
import { openStore } from '../../store/sqlite-fact-store.js';
import { filterOf } from './events-command.js';
import { actorCode, addDbOption, eventStatus, isoPrefix, ploverType, reportErrors, usageExit } from './store-options.js';

/** Options of the export command. */
export interface ExportCommandOptions {
  readonly db: string;
  readonly what: ExportKind;
  readonly format: 'csv' | 'jsonl';
  readonly out?: string;
  readonly partner?: string;
  readonly involving?: string;
  readonly type?: PloverType;
  readonly status?: EventStatus;
  readonly since?: string;
  readonly until?: string;
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
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--partner <code>', 'facts with this actor on one side', actorCode)
    .option('--involving <code>', 'facts with this actor on one side', actorCode)
    .option('--type <type>', 'PLOVER type (events only)', ploverType)
    .option('--status <status>', 'occurred or planned (events only)', eventStatus)
    .option('--since <date>', 'YYYY[-MM[-DD]]', isoPrefix)
    .option('--until <date>', 'YYYY[-MM[-DD]]', isoPrefix);
  addDbOption(command);
  usageExit(command).action((options: ExportCommandOptions) =>
    reportErrors('export', async () => {
      const out = options.out ? createWriteStream(options.out) : process.stdout;
      await runExport(options, out);
      if (options.out) await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    }),
  );
}

/** Writes the export to `out`, a page of facts at a time; returns the number of rows. */
export async function runExport(options: ExportCommandOptions, out: NodeJS.WritableStream): Promise<number> {
  const store = openStore(options.db, { readonly: true });
  const columns = EXPORT_COLUMNS[options.what];
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  let count = 0;
  try {
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
      count++;
      if (buffer.length > 1 << 16) {
        await write(buffer);
        buffer = '';
      }
    }
    if (buffer) await write(buffer);
  } finally {
    await store.close();
  }
  return count;
}

async function* mapAsync<T, U>(items: AsyncIterable<T>, f: (x: T) => U): AsyncIterable<U> {
  for await (const x of items) yield f(x);
}
