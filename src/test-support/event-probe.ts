import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractDocument } from '../extract/pipeline.js';
import type { RecordEvent } from '../record/types.js';

/**
 * The harness of the event probes (*.cases.yaml beside the probe tests): each text is extracted as a
 * document published 2024-03-15 and its events are compared with the expected ones, "TYPE SRC>TGT
 * status" (a side may carry a sector, COL/REB; a type may list alternatives, RETREAT|CONCEDE; status
 * `*` accepts either; AGREE, CONSULT and COOPERATE compare as unordered pairs), optionally followed by a date,
 * "2024-03-12" or "2024-03-01..2024-03-31", inside which the event's date must lie ("null" for none).
 * A type may name the mode the event must have: "PROTEST:hunger".
 */
export interface ProbeCase {
  readonly t: string;
  readonly e: string[];
  readonly also?: string[];
  readonly open?: boolean;
}

interface Expected {
  readonly types: string[];
  readonly mode?: string;
  readonly source: string;
  readonly target: string;
  readonly status: string;
  readonly date?: string;
}

const SYMMETRIC = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

export function expectedEvent(line: string): Expected {
  const [typed, pair, status, date] = line.split(' ');
  const [types, mode] = typed!.split(':');
  const [source, target] = pair!.split('>');
  return { types: types!.split('|'), ...(mode ? { mode } : {}), source: source!, target: target!, status: status!, ...(date ? { date } : {}) };
}

/** A side as the expectation writes it: "COL/REB" compares the sector too, "COL" the code only. */
function sideOf(want: string, code: string, sector: string | undefined): string {
  return want.includes('/') ? `${code}/${sector ?? '-'}` : code;
}

/** Whether the event's date lies inside the expected one ("null": the event has none). */
function dateFits(want: string | undefined, e: RecordEvent): boolean {
  if (want === undefined) return true;
  if (want === 'null') return e.date === null;
  const [from, to = from] = want.split('..');
  return !!e.date && e.date.from >= from! && e.date.to <= to!;
}

function matches(x: Expected, e: RecordEvent): boolean {
  if (!x.types.includes(e.type) || x.mode !== undefined && x.mode !== e.mode || x.status !== '*' && x.status !== e.status || !dateFits(x.date, e)) return false;
  if (sideOf(x.source, e.source, e.sourceSector) === x.source && sideOf(x.target, e.target, e.targetSector) === x.target) return true;
  return SYMMETRIC.has(e.type) && sideOf(x.target, e.source, e.sourceSector) === x.target && sideOf(x.source, e.target, e.targetSector) === x.source;
}

/** What is missing and what is extra in the events of one probe text. */
export function compareProbe(c: ProbeCase): { missing: string[]; extra: string[] } {
  const events = extractDocument({ id: 'probe', text: c.t, meta: { published: '2024-03-15' } }).events;
  const used = new Set<number>();
  const missing: string[] = [];
  for (const line of c.e) {
    const x = expectedEvent(line);
    const k = events.findIndex((e, i) => !used.has(i) && matches(x, e));
    if (k < 0) missing.push(line);
    else used.add(k);
  }
  const also = (c.also ?? []).map(expectedEvent);
  const extra = events
    .filter((e, i) => !used.has(i) && !also.some((x) => matches(x, e)))
    .map((e) => `${e.type} ${e.source}${e.sourceSector ? `/${e.sourceSector}` : ''}>${e.target}${e.targetSector ? `/${e.targetSector}` : ''} ${e.status}`);
  return { missing, extra };
}

export function readProbeCases(url: URL): ProbeCase[] {
  return parse(readFileSync(url, 'utf8')) as ProbeCase[];
}

/**
 * One test per probe item, named by its expected events and text: its events must be exactly those expected
 * (plus any under `also`). Items the extractor does not read right yet (`open`, each with its cause) are kept
 * with their answer and expected to fail, so a fix shows as a failure to unmark.
 */
export function probeItems(cases: readonly ProbeCase[]): void {
  for (const c of cases) {
    const name = `${c.e.length ? c.e.join('; ') : 'no event'}: ${c.t}`;
    (c.open ? it.fails : it)(name, () => {
      expect(compareProbe(c)).toEqual({ missing: [], extra: [] });
    });
  }
}
