/** Per-period series of events by type and status and engagement, for any grouping of partners (each partner, each vector). */
import type { EventStatus, PloverType } from '../record/types.js';
import type { EventCountRow } from './event-counts.js';
import { engagementKind, eventWeight, type EngagementWeights } from './engagement-weights.js';

/** What one group did in one period. */
export interface GroupPeriod {
  readonly period: string;
  readonly events: number;
  readonly byType: Readonly<Partial<Record<PloverType, number>>>;
  readonly byStatus: Readonly<Partial<Record<EventStatus, number>>>;
  readonly engagement: number;
  readonly cooperation: number;
  readonly conflict: number;
}

/** One group's series over the listed periods (periods without events included, with zeros). */
export interface GroupSeries {
  readonly group: string;
  readonly periods: readonly GroupPeriod[];
}

/**
 * Splits event counts into one series per group, where `groupOf` maps a partner to its group: the identity
 * gives per-partner series, `grouping.vectorOf` per-vector ones. Groups are returned in name order.
 */
export function groupSeries(rows: readonly EventCountRow[], groupOf: (partner: string) => string, weights: EngagementWeights, periods: readonly string[]): GroupSeries[] {
  const index = new Map(periods.map((p, i) => [p, i]));
  const groups = new Map<string, { events: number; byType: Partial<Record<PloverType, number>>; byStatus: Partial<Record<EventStatus, number>>; engagement: number; cooperation: number; conflict: number }[]>();
  for (const row of rows) {
    const at = index.get(row.period);
    if (at === undefined) continue;
    const group = groupOf(row.partner);
    let series = groups.get(group);
    if (!series) {
      series = periods.map(() => ({ events: 0, byType: {}, byStatus: {}, engagement: 0, cooperation: 0, conflict: 0 }));
      groups.set(group, series);
    }
    const cell = series[at]!;
    const score = eventWeight(weights, row.type, row.mode, row.status) * row.count;
    cell.events += row.count;
    cell.byType[row.type] = (cell.byType[row.type] ?? 0) + row.count;
    cell.byStatus[row.status] = (cell.byStatus[row.status] ?? 0) + row.count;
    cell.engagement += score;
    cell[engagementKind(weights, row.type)] += score;
  }
  return [...groups.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([group, cells]) => ({ group, periods: cells.map((c, i) => ({ period: periods[i]!, ...c })) }));
}
