import { describe, expect, it } from 'vitest';
import { actorsFor } from '../../test-support/figure-fixtures.js';
import { splitSentences } from '../../text/sentences.js';
import { findFigures } from '../figures/figure-extractor.js';
import { findDates } from './date-extractor.js';
import { fiscalInterval } from './fiscal-years.js';

/** Periods a figure may be stated for, each in a sentence written for this test, with the interval read. */
const PERIODS: ReadonlyArray<readonly [sentence: string, phrase: string, from: string, to: string]> = [
  // Fiscal years under the default reading (no country known): a split label is April–March.
  ['Revenue rose in fiscal 2023/24 as planned.', 'fiscal 2023/24', '2023-04-01', '2024-03-31'],
  ['Revenue rose in the 2023-24 financial year.', '2023-24 financial year', '2023-04-01', '2024-03-31'],
  ['Revenue rose in FY 2023-24 overall.', 'FY 2023-24', '2023-04-01', '2024-03-31'],
  ['Revenue rose in financial year 2022–2023 too.', 'financial year 2022–2023', '2022-04-01', '2023-03-31'],
  ['Revenue rose in FY2024 overall.', 'FY2024', '2024-01-01', '2024-12-31'],
  ['Revenue rose in FY24 overall.', 'FY24', '2024-01-01', '2024-12-31'],
  ['Revenue rose in fiscal year 2021 overall.', 'fiscal year 2021', '2021-01-01', '2021-12-31'],
  // A bare split label after a preposition is such a year too.
  ['Revenue rose 4% in 2022/23 again.', '2022/23', '2022-04-01', '2023-03-31'],
  ['Revenue fell during 2021-22 overall.', '2021-22', '2021-04-01', '2022-03-31'],
  // Quarters, halves and month ranges.
  ['Sales grew in Q3 2023 again.', 'Q3 2023', '2023-07-01', '2023-09-30'],
  ['Sales grew in the third quarter of 2023 again.', 'the third quarter of 2023', '2023-07-01', '2023-09-30'],
  ['Sales grew in H1 2024 again.', 'H1 2024', '2024-01-01', '2024-06-30'],
  ['Sales grew in the first half of 2024 again.', 'the first half of 2024', '2024-01-01', '2024-06-30'],
  ['Sales grew in January–September 2024 again.', 'January–September 2024', '2024-01-01', '2024-09-30'],
  ['Sales grew in Jan-Sept 2024 again.', 'Jan-Sept 2024', '2024-01-01', '2024-09-30'],
]; // prettier-ignore

/** Years and numbers near fiscal words that are no fiscal-year label. */
const NOT_FISCAL: readonly string[] = [
  'The financial 2024 results were late.',
  'Debts from 2019-23 were rescheduled.',
  'The fiscal deficit widened sharply.',
  'A fy24 tag was on the file.',
  'The plan ran in 2022-2023 in two phases.',
  'Debts from 2019/23 were rescheduled.',
  'He led the club in the 2021-22 season.',
];

describe('periods of figures', () => {
  it.each(PERIODS)('%s', (sentence, phrase, from, to) => {
    const dates = findDates(sentence, { date: '2025-01-15' });
    const found = dates.find((d) => sentence.slice(d.span.start, d.span.end) === phrase);
    expect(found?.interval, JSON.stringify(dates.map((d) => sentence.slice(d.span.start, d.span.end)))).toEqual({ from, to });
  });

  it.each(NOT_FISCAL)('no fiscal year in "%s"', (sentence) => {
    expect(findDates(sentence, { date: '2025-01-15' }).filter((d) => d.fiscal)).toEqual([]);
  });
});

describe('fiscal years by country', () => {
  const single = { year: 2024, split: false };
  const split = { year: 2023, split: true };
  it.each([
    ['IND', single, '2023-04-01', '2024-03-31'], ['JPN', single, '2024-04-01', '2025-03-31'],
    ['USA', single, '2023-10-01', '2024-09-30'], ['AUS', single, '2023-07-01', '2024-06-30'],
    ['PAK', split, '2023-07-01', '2024-06-30'], ['EGY', split, '2023-07-01', '2024-06-30'],
    ['GBR', split, '2023-04-01', '2024-03-31'], ['KAZ', single, '2024-01-01', '2024-12-31'],
    ['KAZ', split, '2023-04-01', '2024-03-31'],
  ] as const)('%s %j', (country, label, from, to) => {
    expect(fiscalInterval(label, [country])).toEqual({ from, to });
  });

  it('takes the first party with a fiscal year of its own', () => {
    expect(fiscalInterval(single, ['CHN', 'IND'])).toEqual({ from: '2023-04-01', to: '2024-03-31' });
  });

  it('dates a figure by its reporting country\'s fiscal year', () => {
    const text = 'Pakistan’s exports to China reached $3 billion in fiscal 2022/23, officials said.';
    const input = { text, sentences: splitSentences(text), actors: actorsFor(text, { Pakistan: 'PAK', China: 'CHN' }),
      dates: findDates(text, { date: '2023-08-01' }), published: '2023-08-01' };
    expect(findFigures(input).figures.map((f) => [f.metric, f.a, f.period])).toEqual([
      ['exports', 'PAK', { from: '2022-07-01', to: '2023-06-30' }],
    ]);
  });
});
