/** Trade turnover by partner and period, and the balance index computed over it where figures allow. */
import type { StoredFigure } from '../store/types.js';
import { normalisedEntropy } from './balance-index.js';
import { periodKey, type Grain } from './periods.js';
import { isState, type VectorGrouping } from './vector-grouping.js';

/** The metric the trade index is computed over. */
export const TRADE_METRIC = 'trade_turnover';

/** The trade balance of one period. */
export interface TradePoint {
  readonly period: string;
  /** Turnover per partner used for the period (one figure each). */
  readonly byPartner: Readonly<Record<string, number>>;
  readonly byVector: Readonly<Record<string, number>>;
  readonly unit: string;
  /** Null unless at least two partners have a figure for the period. */
  readonly index: number | null;
}

function days(f: StoredFigure): number {
  if (!f.period) return 0;
  return (Date.parse(f.period.to) - Date.parse(f.period.from)) / 86_400_000;
}

/** The focus's partner in a figure, or null when the figure is not between the focus and one partner. */
export function figurePartner(f: Pick<StoredFigure, 'a' | 'b'>, focus: string): string | null {
  if (f.a === focus && f.b !== null && f.b !== focus) return f.b;
  if (f.b === focus && f.a !== null && f.a !== focus) return f.a;
  return null;
}

/**
 * Trade turnover per period: each figure counts in the period its coverage ends in; a partner with several
 * figures for one period keeps the one covering the longest span (then the latest stated). Figures without a
 * period (running totals) and in other units than the most common one are left out. Per vector, states are
 * summed, and a bloc's own figure (EU) replaces the sum of its members when it is larger, so nothing counts twice.
 */
export function tradeBalanceSeries(figures: readonly StoredFigure[], focus: string, grouping: VectorGrouping, grain: Grain, periods: readonly string[]): TradePoint[] {
  const trade = figures.filter((f) => f.metric === TRADE_METRIC && f.period && figurePartner(f, focus) !== null);
  const unitCounts = new Map<string, number>();
  for (const f of trade) unitCounts.set(f.unit, (unitCounts.get(f.unit) ?? 0) + 1);
  const unit = [...unitCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'USD';

  const chosen = new Map<string, Map<string, StoredFigure>>();
  for (const f of trade) {
    if (f.unit !== unit) continue;
    const period = periodKey(f.period!.to, grain);
    if (period === null) continue;
    const partner = figurePartner(f, focus)!;
    const perPartner = chosen.get(period) ?? new Map<string, StoredFigure>();
    chosen.set(period, perPartner);
    const old = perPartner.get(partner);
    if (!old || days(f) > days(old) || (days(f) === days(old) && (f.statedOn ?? '') > (old.statedOn ?? ''))) perPartner.set(partner, f);
  }

  const vectors = grouping.vectors.map((v) => v.id);
  return periods.map((period) => {
    const perPartner = chosen.get(period) ?? new Map<string, StoredFigure>();
    const byPartner: Record<string, number> = {};
    const states = new Map<string, number>();
    const blocs = new Map<string, number>();
    for (const [partner, f] of [...perPartner.entries()].sort()) {
      byPartner[partner] = f.value;
      const vector = grouping.vectorOf(partner);
      const into = isState(partner) ? states : blocs;
      into.set(vector, isState(partner) ? (into.get(vector) ?? 0) + f.value : Math.max(into.get(vector) ?? 0, f.value));
    }
    const byVector: Record<string, number> = {};
    for (const v of new Set([...states.keys(), ...blocs.keys()])) byVector[v] = Math.max(states.get(v) ?? 0, blocs.get(v) ?? 0);
    const index = perPartner.size >= 2 ? normalisedEntropy(vectors.map((v) => byVector[v] ?? 0), vectors.length) : null;
    return { period, byPartner, byVector, unit, index };
  });
}
