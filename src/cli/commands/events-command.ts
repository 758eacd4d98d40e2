/** `multivector events [--partner X] [--type T] [--since D] [--status S]`: lists stored events with sources. */
import type { Command } from 'commander';
import { openStore } from '../../store/sqlite-fact-store.js';
import type { FactFilter, StoredEvent } from '../../store/types.js';
import { addDbOption, addFilterOptions, reportErrors, usageExit, type FilterOptions } from './store-options.js';

/** Options of the events command. */
export interface EventsCommandOptions extends FilterOptions {
  readonly db: string;
  readonly json: boolean;
}

/** Registers `events` on the program. */
export function registerEvents(program: Command): void {
  const command = program
    .command('events')
    .description('list stored events, one per line, with their number of sources and first evidence')
    .option('--json', 'one JSON object per event, with all evidence', false);
  addFilterOptions(command);
  addDbOption(command);
  usageExit(command).action((options: EventsCommandOptions) =>
    reportErrors('events', async () => {
      process.stdout.write(await runEvents(options));
    }),
  );
}

/** The filter the options describe. */
export function filterOf(o: FilterOptions): FactFilter {
  return {
    ...(o.partner ? { partner: o.partner } : {}),
    ...(o.involving ? { involving: o.involving } : {}),
    ...(o.type ? { type: o.type } : {}),
    ...(o.status ? { status: o.status } : {}),
    ...(o.since ? { since: o.since } : {}),
    ...(o.until ? { until: o.until } : {}),
  };
}

/** One readable line per event. */
export function formatEvent(e: StoredEvent): string {
  const date = e.date ? (e.date.from === e.date.to ? e.date.from : `${e.date.from}..${e.date.to}`) : 'undated';
  const type = e.mode ? `${e.type}/${e.mode}` : e.type;
  const sources = `${e.sourceCount} source${e.sourceCount === 1 ? '' : 's'}`;
  const fulfils = e.fulfils !== null ? ` fulfils #${e.fulfils}` : '';
  const sentence = e.evidence[0]?.sentence.replace(/\s+/g, ' ') ?? '';
  const cut = sentence.length > 140 ? `${sentence.slice(0, 139)}…` : sentence;
  return `#${e.id}\t${date}\t${e.source}→${e.target}\t${type}\t${e.status}${fulfils}\t${sources}\t${cut}`;
}

/** Runs the query and returns what the command prints. */
export async function runEvents(options: EventsCommandOptions): Promise<string> {
  const store = openStore(options.db, { readonly: true });
  try {
    const events = await store.listEvents(filterOf(options));
    return events.map((e) => (options.json ? JSON.stringify(e) : formatEvent(e)) + '\n').join('');
  } finally {
    await store.close();
  }
}
