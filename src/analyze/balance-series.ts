/** Engagement per vector and the balance index (with its bootstrap interval) for each period. */
import type { EventCountRow } from './event-counts.js';
import { engagementKind, eventWeight, type EngagementWeights } from './engagement-weights.js';
import { balanceOf } from './balance-index.js';
import { bootstrapBalances, seedFrom, type BootstrapInterval, type WeightedUnit } from './bootstrap.js';
import type { VectorGrouping } from './vector-grouping.js';

/** Engagement with one vector in one period, cooperation and conflict apart. */
export interface VectorEngagement {
  readonly events: number;
  readonly engagement: number;
  readonly cooperation: number;
  readonly conflict: number;
}

/** The balance of one period. */
export interface PeriodBalance {
  readonly period: string;
  readonly events: number;
  readonly engagement: number;
  /** Per vector id (including "other" when present). */
  readonly byVector: Readonly<Record<string, VectorEngagement>>;
  /** Normalised entropy across all vectors of the grouping (K = their number, "other" excluded). */
  readonly index: number | null;
  readonly interval: BootstrapInterval | null;
  /** The same across the great-power vectors only. */
  readonly greatPowerIndex: number | null;
  readonly greatPowerInterval: BootstrapInterval | null;
  readonly dominant: string | null;
  readonly dominantShare: number | null;
}

/** Bootstrap settings; the defaults give the documented B = 500 and a fixed seed. */
export interface BalanceOptions {
  readonly rounds?: number;
  readonly seed?: number;
}

/** Default number of bootstrap rounds. */
export const DEFAULT_ROUNDS = 500;
/** Default base seed of the bootstrap PRNG. */
export const DEFAULT_SEED = 1991;

/** Computes the balance of every listed period from event counts (periods without events get nulls). */
export function balanceSeries(
  rows: readonly EventCountRow[],
  grouping: VectorGrouping,
  weights: EngagementWeights,
  periods: readonly string[],
  options: BalanceOptions = {},
): PeriodBalance[] {
  const rounds = options.rounds ?? DEFAULT_ROUNDS;
  const seed = options.seed ?? DEFAULT_SEED;
  const all = grouping.vectors.map((v) => v.id);
  const great = grouping.vectors.filter((v) => v.greatPower).map((v) => v.id);
  const byPeriod = new Map<string, EventCountRow[]>();
  for (const row of rows) {
    const list = byPeriod.get(row.period);
    if (list) list.push(row);
    else byPeriod.set(row.period, [row]);
  }

  return periods.map((period) => {
    const vectors: Record<string, { events: number; engagement: number; cooperation: number; conflict: number }> = {};
    const units = new Map<string, { vector: string; weight: number; count: number }>();
    let events = 0;
    let engagement = 0;
    for (const row of byPeriod.get(period) ?? []) {
      const vector = grouping.vectorOf(row.partner);
      const weight = eventWeight(weights, row.type, row.mode, row.status);
      const score = weight * row.count;
      const v = (vectors[vector] ??= { events: 0, engagement: 0, cooperation: 0, conflict: 0 });
      v.events += row.count;
      v.engagement += score;
      v[engagementKind(weights, row.type)] += score;
      events += row.count;
      engagement += score;
      const key = `${vector}\u0000${weight}`;
      const u = units.get(key);
      if (u) u.count += row.count;
      else units.set(key, { vector, weight, count: row.count });
    }
    const scores = new Map(Object.entries(vectors).map(([k, v]) => [k, v.engagement]));
    const overall = balanceOf(scores, all);
    const gp = balanceOf(scores, great);
    // Sorted units keep the resampling independent of row order.
    const unitList: WeightedUnit[] = [...units.values()].sort((a, b) => (a.vector < b.vector ? -1 : a.vector > b.vector ? 1 : a.weight - b.weight));
    const [interval, greatPowerInterval] = overall.index === null && gp.index === null
      ? [null, null]
      : bootstrapBalances(unitList, [all, great], rounds, seedFrom(period, seed));
    return {
      period,
      events,
      engagement,
      byVector: vectors,
      index: overall.index,
      interval: overall.index === null ? null : interval ?? null,
      greatPowerIndex: gp.index,
      greatPowerInterval: gp.index === null ? null : greatPowerInterval ?? null,
      dominant: overall.dominant,
      dominantShare: overall.dominantShare,
    };
  });
}
