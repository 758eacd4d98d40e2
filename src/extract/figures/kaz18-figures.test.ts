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

  it('reads the first months of the year from "for eight months" without "the first"', () => {
    expect(extract('The volume of trade between Georgia and Armenia for eight months amounted to $369 million, he said.', '2022-10-26'))
      .toEqual([['trade_turnover', 'GEO', 'ARM', 3.69e8, 'exact', '2022-01-01..2022-08-31']]);
    // a span counted back from another time is no such period
    expect(extract('Trade between Georgia and Armenia reached $369 million in 2021 for the first time in eight months ago terms.', '2022-10-26').map((f) => f[5]))
      .toEqual(['2021-01-01..2021-12-31']);
  });

  it('gives each of "$X in exports and $Y in imports" the cue right after it', () => {
    expect(extract('Trade between Georgia and Armenia reached $6 billion in 2023, including $3.8 billion in exports and $2.2 billion in imports.', '2024-06-20').map((f) => [f[0], f[3]]))
      .toEqual([['trade_turnover', 6e9], ['exports', 3.8e9], ['imports', 2.2e9]]);
    // a cue before the second amount that is not the first one's own still names it
    expect(extract('Georgian exports to Armenia reached $3.8 billion and imports from Armenia $2.2 billion in 2023.', '2024-06-20').map((f) => [f[0], f[3]]))
      .toEqual([['exports', 3.8e9], ['imports', 2.2e9]]);
  });

  it('reads a decimal comma before "billion" when three precise digits follow it in a text of decimal commas', () => {
    expect(extract('In January-November 2024, trade between Georgia and Armenia reached $19,863 billion, up 4,5% on a year earlier.', '2025-02-04').map((f) => f[3]))
      .toEqual([19.863e9]);
    // a round number with a grouping comma keeps its thousands
    expect(extract('Trade between Georgia and Armenia reached $1,500 million in 2023.', '2024-02-04').map((f) => f[3])).toEqual([1.5e9]);
    expect(extract('Trade between Georgia and Armenia reached $1,500 billion in 2023.', '2024-02-04').map((f) => f[3])).toEqual([1.5e12]);
  });
});
