/** Options and helpers shared by the commands that work on the fact store (ingest, search, events, export). */
import { availableParallelism } from 'node:os';
import { parseFieldsOption, type FieldMap } from '../../ingest/field-map.js';
import { InvalidArgumentError, type Command } from 'commander';
import { PLOVER_TYPES, type EventStatus, type PloverType } from '../../record/types.js';
import type { FactFilter } from '../../store/types.js';
import { OutputError } from './stream-sink.js';

/** The database file: --db, else $MULTIVECTOR_DB, else multivector.db in the working directory. */
export function addDbOption(command: Command): Command {
  return command.option('--db <file>', 'SQLite database file', process.env.MULTIVECTOR_DB ?? 'multivector.db');
}

/** The filter options a command over stored facts takes: the same fields as the store's FactFilter. */
export type FilterOptions = FactFilter;

/**
 * Adds --partner, --involving, --type, --status, --since and --until; `eventsOnly` marks --type and
 * --status as applying to events only, for commands that also list relations or figures.
 */
export function addFilterOptions(command: Command, { eventsOnly = false }: { eventsOnly?: boolean } = {}): Command {
  const onlyEvents = eventsOnly ? ' (events only)' : '';
  return command
    .option('--partner <code>', 'facts with this actor on one side (with --involving: between the two)', actorCode)
    .option('--involving <code>', 'facts with this actor on one side', actorCode)
    .option('--type <type>', `PLOVER type, e.g. CONSULT${onlyEvents}`, ploverType)
    .option('--status <status>', `occurred or planned${onlyEvents}`, eventStatus)
    .option('--since <date>', 'facts ending on or after YYYY[-MM[-DD]]', isoPrefix)
    .option('--until <date>', 'facts starting on or before YYYY[-MM[-DD]]', isoPrefix);
}

/** Usage errors exit 2, like the other commands. */
export function usageExit(command: Command): Command {
  return command.exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });
}

/** Parses a PLOVER type, upper-casing it. */
export function ploverType(value: string): PloverType {
  const t = value.toUpperCase();
  if (!(PLOVER_TYPES as readonly string[]).includes(t)) throw new InvalidArgumentError(`expected one of ${PLOVER_TYPES.join(', ')}`);
  return t as PloverType;
}

/** Parses an event status. */
export function eventStatus(value: string): EventStatus {
  if (value !== 'occurred' && value !== 'planned') throw new InvalidArgumentError('expected occurred or planned');
  return value;
}

/** Parses an ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isoPrefix(value: string): string {
  if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(value)) throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

/** Parses an actor code (ISO alpha-3 or organisation code), upper-casing it. */
export function actorCode(value: string): string {
  const v = value.toUpperCase();
  if (!/^[A-Z][A-Z0-9]{1,9}$/.test(v)) throw new InvalidArgumentError('expected an actor code such as CHN or EU');
  return v;
}

/** Worker threads when --jobs is not given: one per core this process may use. */
export const DEFAULT_JOBS = availableParallelism();

/** Parses a positive whole number. */
export function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a positive whole number');
  return Number(value);
}

/** Parses `--fields text=body,url=link,…` (the dump columns that hold our fields). */
export function fieldsOption(value: string): FieldMap {
  try {
    return parseFieldsOption(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** What every reading command says its inputs are. */
export const INPUTS_HELP =
  'files, folders (readable files inside, recursively) or - for stdin: text, HTML, RSS/RDF/Atom/JSON feeds, JSON, JSON Lines, CSV, any of them .gz';

/**
 * Runs a command body, turning any error into one line on stderr and exit status 1; an output file or
 * stream that failed is named first (`multivector: out.csv: permission denied`), like input errors.
 */
export async function reportErrors(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const line = String((error as Error)?.message ?? error).split('\n')[0];
    process.stderr.write(error instanceof OutputError ? `multivector: ${line}\n` : `multivector ${name}: ${line}\n`);
    process.exitCode = 1;
  }
}
