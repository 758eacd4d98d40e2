import { describe, expect, it } from 'vitest';
import { nextPeriod, periodKey, periodRange, periodStart, withinBounds } from './periods.js';

describe('periodKey', () => {
  it.each([
    ['2023-05-17', 'month', '2023-05'],
    ['2023-05-17', 'quarter', '2023-Q2'],
    ['2023-12', 'quarter', '2023-Q4'],
    ['2023-01-01', 'year', '2023'],
    ['2023', 'year', '2023'],
  ] as const)('%s at %s grain is %s', (date, grain, key) => {
    expect(periodKey(date, grain)).toBe(key);
  });

  it.each([
    ['2023', 'month'],
    ['yesterday', 'year'],
    ['2023-13-01', 'month'],
  ] as const)('rejects %s at %s grain', (date, grain) => {
    expect(periodKey(date, grain)).toBeNull();
  });
});

describe('periodRange and neighbours', () => {
  it('lists quarters across a year boundary', () => {
    expect(periodRange('2022-11', '2023-04', 'quarter')).toEqual(['2022-Q4', '2023-Q1', '2023-Q2']);
  });
  it('treats bare years as whole years', () => {
    expect(periodRange('2022', '2023', 'month')).toHaveLength(24);
  });
  it('is empty when reversed', () => {
    expect(periodRange('2024', '2023', 'year')).toEqual([]);
  });
  it('steps months over December', () => {
    expect(nextPeriod('2023-12', 'month')).toBe('2024-01');
    expect(periodStart('2024-Q3')).toBe('2024-07-01');
  });
  it('compares prefixes inclusively', () => {
    expect(withinBounds('2025-12-31', '2022-01', '2025-12')).toBe(true);
    expect(withinBounds('2022-01-01', '2022-01', '2025-12')).toBe(true);
    expect(withinBounds('2021-12-31', '2022-01', '2025-12')).toBe(false);
    expect(withinBounds('2026-01-01', '2022-01', '2025-12')).toBe(false);
    expect(withinBounds('2022', '2022-01', null)).toBe(true);
  });
});
