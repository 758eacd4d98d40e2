/**
 * The matcher shared by the one-sentence probe tables (issue 6): an expectation reads
 * `TYPE[|TYPE] SRC[/SECTOR]>TGT[/SECTOR][ planned]` (`~` for either direction, `|` for alternatives).
 * An item passes when each expectation is met by one event and every other event is `allow`ed.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/pipeline.js';

export interface ProbeItem {
  readonly text: string;
  readonly expect: readonly string[];
  /** Further events that are acceptable readings, in the same notation. */
  readonly allow?: readonly string[];
  /** A known gap, with its cause: the item is kept (skipped) until the cause is fixed. */
  readonly gap?: string;
}

interface Ev { type: string; source: string; target: string; status: string; sourceSector?: string; targetSector?: string }

function side(s: string): Array<{ code: string; sector: string | null }> {
  return s.split('|').map((x) => {
    const [code, sector] = x.split('/');
    return { code: code!, sector: sector ?? null };
  });
}

/** Whether event `e` meets expectation `spec`. */
export function meets(e: Ev, spec: string): boolean {
  const [types, pair, status] = spec.split(' ');
  if (!types!.split('|').includes(e.type)) return false;
  if ((status ?? 'occurred') !== e.status) return false;
  const symmetric = pair!.includes('~');
  const [a, b] = pair!.split(/[>~]/);
  const fits = (code: string, sector: string | undefined, want: ReturnType<typeof side>) =>
    want.some((w) => w.code === code && (w.sector === null || w.sector === (sector ?? null)));
  const forward = fits(e.source, e.sourceSector, side(a!)) && fits(e.target, e.targetSector, side(b!));
  const backward = fits(e.target, e.targetSector, side(a!)) && fits(e.source, e.sourceSector, side(b!));
  return forward || (symmetric && backward);
}

function show(e: Ev): string {
  const s = (code: string, sector?: string) => (sector ? `${code}/${sector}` : code);
  return `${e.type} ${s(e.source, e.sourceSector)}>${s(e.target, e.targetSector)}${e.status === 'planned' ? ' planned' : ''}`;
}

/** What is wrong with the extraction of one item: missing expectations and events nobody allowed. */
export function probeFaults(item: ProbeItem, published = '2024-03-15'): { missing: string[]; extra: string[]; got: string[] } {
  const events: readonly Ev[] = extractDocument({ id: 'probe', text: item.text, meta: { published } }).events;
  const used = new Set<number>();
  const missing: string[] = [];
  for (const spec of item.expect) {
    const k = events.findIndex((e, i) => !used.has(i) && meets(e, spec));
    if (k < 0) missing.push(spec);
    else used.add(k);
  }
  const extra = events.filter((e, i) => !used.has(i) && !(item.allow ?? []).some((a) => meets(e, a)) && !item.expect.some((x) => meets(e, x))).map(show);
  return { missing, extra, got: events.map(show) };
}

/** One vitest block per group of items: each item a test, each known gap a skipped test naming its cause. */
export function describeProbeGroups(title: string, groups: Record<string, readonly ProbeItem[]>): void {
  describe(title, () => {
    for (const [group, items] of Object.entries(groups)) {
      describe(group, () => {
        for (const item of items) {
          if (item.gap) {
            it.skip(`${item.text} [known gap: ${item.gap}]`, () => {});
            continue;
          }
          it(item.text, () => {
            const { missing, extra, got } = probeFaults(item);
            expect({ missing, extra }, `got: ${got.join('; ') || 'nothing'}`).toEqual({ missing: [], extra: [] });
          });
        }
      });
    }
  });
}
