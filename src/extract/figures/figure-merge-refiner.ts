/**
 * Merges repeated statements of one figure (a headline and the body, a quote and its paraphrase):
 * same metric, unit and value, with parties that agree where both are known and no conflicting periods.
 * The most complete statement is kept and the evidence of all is joined.
 */
import type { RecordFigure } from '../../record/types.js';

function codes(f: RecordFigure): string[] {
  return [f.a, f.b].filter((c): c is string => c !== null);
}

function sameValue(x: number, y: number): boolean {
  return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

/** Whether two figures state the same fact, as far as each of them is known. */
export function sameFigure(x: RecordFigure, y: RecordFigure): boolean {
  if (x.metric !== y.metric || x.unit !== y.unit || !sameValue(x.value, y.value)) return false;
  if (x.period && y.period && (x.period.from !== y.period.from || x.period.to !== y.period.to)) return false;
  const cx = codes(x);
  const cy = codes(y);
  const [small, large] = cx.length <= cy.length ? [cx, cy] : [cy, cx];
  if (small.length === 2) return (small[0] === large[0] && small[1] === large[1]) || (small[0] === large[1] && small[1] === large[0]);
  return small.every((c) => large.includes(c));
}

function completeness(f: RecordFigure): number {
  return codes(f).length * 2 + (f.period ? 1 : 0);
}

interface Group {
  best: RecordFigure;
  period: RecordFigure['period'];
  readonly members: RecordFigure[];
}

/** One figure per fact, in order of first statement, with every statement's evidence. */
export function mergeFigures(figures: readonly RecordFigure[]): RecordFigure[] {
  const groups: Group[] = [];
  // Only figures of one metric, unit and value can merge: bucket by them so a long document stays linear.
  const buckets = new Map<string, Group[]>();
  for (const f of figures) {
    const key = `${f.metric}|${f.unit}|${f.value}`;
    const bucket = buckets.get(key) ?? [];
    if (!buckets.has(key)) buckets.set(key, bucket);
    const g = bucket.find((x) => sameFigure(x.best, f) && sameFigure({ ...x.best, period: x.period }, f));
    if (g) {
      g.members.push(f);
      if (completeness(f) > completeness(g.best)) g.best = f;
      g.period ??= f.period;
    } else {
      const created: Group = { best: f, period: f.period, members: [f] };
      bucket.push(created);
      groups.push(created);
    }
  }
  return groups.map(({ best, period, members }) => {
    if (members.length === 1) return best;
    const evidence = members.flatMap((f) => f.evidence).sort((p, q) => p.start - q.start || p.end - q.end);
    return { ...best, period: best.period ?? period, evidence };
  });
}
