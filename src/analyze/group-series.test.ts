import { describe, expect, it } from 'vitest';
import type { EventCountRow } from './event-counts.js';
import { loadEngagementWeights } from './engagement-weights.js';
import { groupSeries } from './group-series.js';
import { buildVectorGrouping } from './vector-grouping.js';

const w = loadEngagementWeights();
const rows: EventCountRow[] = [
  { period: '2023-Q1', partner: 'DEU', type: 'CONSULT', status: 'occurred', mode: 'phone', count: 2 },
  { period: '2023-Q1', partner: 'FRA', type: 'AGREE', status: 'planned', mode: null, count: 1 },
  { period: '2023-Q3', partner: 'DEU', type: 'ACCUSE', status: 'occurred', mode: null, count: 1 },
  { period: '2019-Q1', partner: 'DEU', type: 'AGREE', status: 'occurred', mode: null, count: 9 },
];
const periods = ['2023-Q1', '2023-Q2', '2023-Q3'];

describe('groupSeries', () => {
  it('gives per-partner series by type and status, with empty periods and nothing outside them', () => {
    const [deu, fra] = groupSeries(rows, (p) => p, w, periods);
    expect(deu!.group).toBe('DEU');
    expect(deu!.periods.map((p) => p.events)).toEqual([2, 0, 1]);
    expect(deu!.periods[0]).toMatchObject({ byType: { CONSULT: 2 }, byStatus: { occurred: 2 }, engagement: 4, cooperation: 4, conflict: 0 });
    expect(deu!.periods[2]).toMatchObject({ byType: { ACCUSE: 1 }, conflict: 1, cooperation: 0 });
    expect(fra!.periods[0]).toMatchObject({ byStatus: { planned: 1 }, engagement: 2 });
  });
  it('gives per-vector series through the grouping', () => {
    const series = groupSeries(rows, buildVectorGrouping('KAZ').vectorOf, w, periods);
    expect(series.map((s) => s.group)).toEqual(['europe']);
    expect(series[0]!.periods[0]).toMatchObject({ events: 3, byType: { CONSULT: 2, AGREE: 1 }, engagement: 6 });
  });
  it('is empty without rows', () => {
    expect(groupSeries([], (p) => p, w, periods)).toEqual([]);
  });
});
