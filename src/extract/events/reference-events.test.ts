/**
 * Events whose parties are referred to rather than named ("the two presidents", "the government"), or
 * told in reported speech ("Kyiv says Moscow has …") or a participial clause (", accusing X of …"),
 * through the whole pipeline on the team's probe paragraphs (fixtures/reference-probe.yaml).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractDocument } from '../pipeline.js';
import type { RecordEvent } from '../../record/types.js';

interface Probe {
  readonly group: string;
  readonly text: string;
  readonly expect?: string[];
  readonly absent?: string[];
  readonly exact?: boolean;
  readonly gap?: string;
}

interface Spec {
  readonly type: string;
  readonly a: string;
  readonly b: string;
  readonly ordered: boolean;
  readonly status: string | undefined;
  readonly label: string;
}

const probes = parse(readFileSync(new URL('./fixtures/reference-probe.yaml', import.meta.url), 'utf8')) as Probe[];

/** "TYPE SRC>TGT status" (ordered) or "TYPE A-B status" (either order); status optional. */
function spec(label: string): Spec {
  const [type, pair, status] = label.split(' ');
  const ordered = pair!.includes('>');
  const [a, b] = pair!.split(/[>-]/);
  return { type: type!, a: a!, b: b!, ordered, status, label };
}

function fits(e: RecordEvent, s: Spec): boolean {
  if (e.type !== s.type || (s.status !== undefined && e.status !== s.status)) return false;
  return (e.source === s.a && e.target === s.b) || (!s.ordered && e.source === s.b && e.target === s.a);
}

const show = (e: RecordEvent) => `${e.type} ${e.source}>${e.target} ${e.status}`;

describe('events of referred parties, reported speech and participial clauses', () => {
  it('has a probe set of at least sixty paragraphs with negatives', () => {
    expect(probes.length).toBeGreaterThanOrEqual(60);
    expect(probes.filter((p) => p.group.includes('negative')).length).toBeGreaterThanOrEqual(10);
  });

  probes.forEach((p, i) => {
    it(`#${i + 1} ${p.group}: ${p.text.slice(0, 70)}…`, () => {
      const events = extractDocument({ id: `probe-${i + 1}`, text: p.text, meta: { published: '2024-03-15' } }).events;
      const wanted = (p.expect ?? []).map(spec);
      for (const s of (p.absent ?? []).map(spec)) expect(events.filter((e) => fits(e, s)).map(show), `must not find ${s.label}`).toEqual([]);
      if (p.gap) return;
      for (const s of wanted) expect(events.some((e) => fits(e, s)), `expected ${s.label}; found ${events.map(show).join(', ') || 'nothing'}`).toBe(true);
      if (p.exact) expect(events.filter((e) => !wanted.some((s) => fits(e, s))).map(show)).toEqual([]);
    });
  });
});
