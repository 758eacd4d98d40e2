import { describe, expect, it } from 'vitest';
import type { EventCountRow } from './event-counts.js';
import { balanceSeries } from './balance-series.js';
import { loadEngagementWeights } from './engagement-weights.js';
import { buildVectorGrouping } from './vector-grouping.js';

const g = buildVectorGrouping('KAZ');
const w = loadEngagementWeights();
const row = (period: string, partner: string, count: number, extra: Partial<EventCountRow> = {}): EventCountRow => ({
  period, partner, type: 'CONSULT', status: 'occurred', mode: 'visit', count, ...extra,
});

describe('balanceSeries', () => {
  const rows = [
    row('2023', 'RUS', 1),
    row('2023', 'CHN', 1),
    row('2023', 'USA', 1),
    row('2023', 'DEU', 1),
    row('2023', 'BRA', 3),
    row('2024', 'RUS', 2),
    row('2024', 'RUS', 1, { type: 'ACCUSE', mode: null }),
  ];
  const series = balanceSeries(rows, g, w, ['2022', '2023', '2024'], { rounds: 200 });

  it('gives a period without events nulls', () => {
    expect(series[0]).toMatchObject({ period: '2022', events: 0, index: null, interval: null, dominant: null });
  });
  it('is perfectly even across the four great powers, and Brazil counts as other', () => {
    const y = series[1]!;
    expect(y.greatPowerIndex).toBeCloseTo(1, 12);
    expect(y.index).toBeCloseTo(Math.log(4) / Math.log(9), 12);
    expect(y.byVector['other']?.events).toBe(3);
    expect(y.events).toBe(7);
  });
  it('is 0 with one vector, with conflict counted apart', () => {
    const y = series[2]!;
    expect(y.index).toBe(0);
    expect(y.dominant).toBe('russia');
    expect(y.dominantShare).toBe(1);
    expect(y.byVector['russia']).toEqual({ events: 3, engagement: 11, cooperation: 10, conflict: 1 });
  });
  it('is deterministic and puts the estimate inside its interval', () => {
    const again = balanceSeries(rows, g, w, ['2022', '2023', '2024'], { rounds: 200 });
    expect(again).toEqual(series);
    const y = series[1]!;
    expect(y.interval!.low).toBeLessThanOrEqual(y.index!);
    expect(y.interval!.high).toBeGreaterThanOrEqual(y.index! - 1e-9);
  });
});
