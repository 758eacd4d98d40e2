import { describe, expect, it } from 'vitest';
import type { RecordFigure } from '../../record/types.js';
import { mergeFigures, sameFigure } from './figure-merge-refiner.js';

const fig = (over: Partial<RecordFigure>): RecordFigure => ({
  metric: 'trade_turnover', a: 'PER', b: 'CHL', value: 5e9, unit: 'USD', qualifier: 'exact', period: null,
  evidence: [{ start: 0, end: 1 }], rule: 'test', ...over,
});

describe('sameFigure', () => {
  it.each([
    ['same pair reversed', fig({}), fig({ a: 'CHL', b: 'PER' }), true],
    ['one side unknown', fig({}), fig({ b: null }), true],
    ['other metric', fig({}), fig({ metric: 'exports' }), false],
    ['other value', fig({}), fig({ value: 5.1e9 }), false],
    ['other unit', fig({}), fig({ unit: 'EUR' }), false],
    ['other pair', fig({}), fig({ b: 'BOL' }), false],
    ['conflicting periods', fig({ period: { from: '2022-01-01', to: '2022-12-31' } }), fig({ period: { from: '2023-01-01', to: '2023-12-31' } }), false],
    ['one period unknown', fig({ period: { from: '2022-01-01', to: '2022-12-31' } }), fig({}), true],
  ] as const)('%s', (_name, x, y, same) => {
    expect(sameFigure(x, y)).toBe(same);
  });
});

describe('mergeFigures', () => {
  it('keeps the most complete statement and joins the evidence', () => {
    const merged = mergeFigures([
      fig({ b: null, evidence: [{ start: 50, end: 60 }] }),
      fig({ period: { from: '2022-01-01', to: '2022-12-31' }, evidence: [{ start: 10, end: 20 }] }),
      fig({ metric: 'exports', evidence: [{ start: 70, end: 80 }] }),
    ]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ a: 'PER', b: 'CHL', period: { from: '2022-01-01', to: '2022-12-31' } });
    expect(merged[0]!.evidence).toEqual([{ start: 10, end: 20 }, { start: 50, end: 60 }]);
    expect(merged[1]!.metric).toBe('exports');
  });
});
