import { describe, expect, it } from 'vitest';
import { figuresOverRealLayers as extract } from '../../test-support/figure-layers.js';

describe('kaz18 figure shapes (own sentences)', () => {
  it('counts documents "reached" at a meeting as agreements, not documents that reached a place', () => {
    expect(extract('Kazakhstan and Japan hailed the six intergovernmental documents reached during the talks in Tokyo.', '2024-03-15').map((f) => [f[0], f[3]]))
      .toEqual([['agreements_count', 6]]);
    expect(extract('Kazakhstan and Japan welcomed the eight documents reached, officials said.', '2024-03-15').map((f) => [f[0], f[3]]))
      .toEqual([['agreements_count', 8]]);
    expect(extract('Some 40 documents from Japan reached the parliament of Kazakhstan this year.', '2024-03-15')).toEqual([]);
  });

  it('dates a flow "over the past year" told in the first half-year by the last calendar year', () => {
    expect(extract('Over the past year, trade between Kazakhstan and Japan grew by 12%, reaching $2.1 billion.', '2024-03-20').filter((f) => f[0] === 'trade_turnover'))
      .toEqual([['trade_turnover', 'KAZ', 'JPN', 2.1e9, 'exact', '2023-01-01..2023-12-31']]);
    // later in the year the twelve months up to the text's day stay
    expect(extract('Over the past year, trade between Kazakhstan and Japan grew by 12%, reaching $2.1 billion.', '2024-10-20').filter((f) => f[0] === 'trade_turnover'))
      .toEqual([['trade_turnover', 'KAZ', 'JPN', 2.1e9, 'exact', '2023-10-20..2024-10-20']]);
    // a count of years is a span, not one year
    expect(extract('Over the past three years, trade between Kazakhstan and Japan reached $5 billion.', '2024-03-20').map((f) => f[5]))
      .toEqual([null]);
  });
});
