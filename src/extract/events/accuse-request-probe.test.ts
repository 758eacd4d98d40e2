import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RecordEvent } from '../../record/types.js';
import { extractDocument } from '../pipeline.js';

/**
 * The probe of accusations and requests (accuse-request-probe.cases.yaml): each text's events
 * must be exactly those expected (plus any listed under `also`).
 */
interface ProbeCase {
  readonly t: string;
  readonly e: string[];
  readonly also?: string[];
  readonly open?: boolean;
}

interface Expected {
  readonly types: string[];
  readonly source: string;
  readonly target: string;
  readonly status: string;
}

const SYMMETRIC = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

function expected(line: string): Expected {
  const [types, pair, status] = line.split(' ');
  const [source, target] = pair!.split('>');
  return { types: types!.split('|'), source: source!, target: target!, status: status! };
}

/** A side as the expectation writes it: "COL/REB" compares the sector too, "COL" the code only. */
function sideOf(want: string, code: string, sector: string | undefined): string {
  return want.includes('/') ? `${code}/${sector ?? '-'}` : code;
}

function matches(x: Expected, e: RecordEvent): boolean {
  if (!x.types.includes(e.type) || x.status !== '*' && x.status !== e.status) return false;
  if (sideOf(x.source, e.source, e.sourceSector) === x.source && sideOf(x.target, e.target, e.targetSector) === x.target) return true;
  return SYMMETRIC.has(e.type) && sideOf(x.target, e.source, e.sourceSector) === x.target && sideOf(x.source, e.target, e.targetSector) === x.source;
}

/** What is missing and what is extra in the events of one probe text. */
function compare(c: ProbeCase): { missing: string[]; extra: string[] } {
  const events = extractDocument({ id: 'probe', text: c.t, meta: { published: '2024-03-15' } }).events;
  const used = new Set<number>();
  const missing: string[] = [];
  for (const line of c.e) {
    const x = expected(line);
    const k = events.findIndex((e, i) => !used.has(i) && matches(x, e));
    if (k < 0) missing.push(line);
    else used.add(k);
  }
  const also = (c.also ?? []).map(expected);
  const extra = events
    .filter((e, i) => !used.has(i) && !also.some((x) => matches(x, e)))
    .map((e) => `${e.type} ${e.source}${e.sourceSector ? `/${e.sourceSector}` : ''}>${e.target}${e.targetSector ? `/${e.targetSector}` : ''} ${e.status}`);
  return { missing, extra };
}

const cases = parse(readFileSync(new URL('./accuse-request-probe.cases.yaml', import.meta.url), 'utf8')) as ProbeCase[];

describe('accusations and requests in wire phrasings (probe)', () => {
  it('the probe covers both types and has negatives', () => {
    const first = (c: ProbeCase) => (c.e[0] ? expected(c.e[0]).types[0] : 'none');
    const types = new Set(cases.map(first));
    for (const t of ['ACCUSE', 'REQUEST', 'none']) expect(types).toContain(t);
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  for (const c of cases) {
    const name = `${c.e.length ? c.e.join('; ') : 'no event'}: ${c.t}`;
    // Items the extractor does not read right yet are kept with their answer and expected to fail.
    (c.open ? it.fails : it)(name, () => {
      expect(compare(c)).toEqual({ missing: [], extra: [] });
    });
  }
});
