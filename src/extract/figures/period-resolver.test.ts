import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../core/types.js';
import { narrowYear } from './period-resolver.js';

function yearMention(text: string, year: string): DateMention {
  const at = text.indexOf(year);
  return {
    kind: 'date', span: { start: at, end: at + year.length }, interval: { from: `${year}-01-01`, to: `${year}-12-31` },
    grain: 'year', inferredYear: false, rule: 'test',
  };
}

describe('narrowYear', () => {
  it.each([
    ['in 8 months of 2023 trade grew', '2023', '2023-01-01..2023-08-31'],
    ['in the first nine months of 2021', '2021', '2021-01-01..2021-09-30'],
    ['over eleven months of 2020', '2020', '2020-01-01..2020-11-30'],
    ['in 2 months of 2024', '2024', '2024-01-01..2024-02-29'],
    ['in the first quarter of 2022', '2022', '2022-01-01..2022-03-31'],
    ['in the third quarter of 2022', '2022', '2022-07-01..2022-09-30'],
    ['in the first half of 2019', '2019', '2019-01-01..2019-06-30'],
    ['in the second half of 2019', '2019', '2019-07-01..2019-12-31'],
    ['in 2018', '2018', '2018-01-01..2018-12-31'],
    ['for 30 months of 2018', '2018', '2018-01-01..2018-12-31'],
  ])('%s', (text, year, expected) => {
    const { interval } = narrowYear(text, yearMention(text, year));
    expect(`${interval.from}..${interval.to}`).toBe(expected);
  });
});
