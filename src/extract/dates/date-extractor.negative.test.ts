import { describe, expect, it } from 'vitest';
import { findDates } from './date-extractor.js';

const REF = { date: '2023-06-15' };

/** Texts in which nothing is a date. */
const noDates: string[] = [
  'The fund pledged $17.8 billion for the corridor.',
  'Tariffs were cut 41 times over the period.',
  'More than 120 agreements are in force between them.',
  'Inflation reached 27.5% in the capital.',
  'The company paid $2023 per tonne.',
  'The port handled 2023 tonnes of grain.',
  'Over 2000 troops took part in the drill.',
  'They may meet again if the talks go well.',
  'Protesters may march on the embassy.',
  'The crowd began to march towards the square.',
  'The Vision 2040 plan sets long-term goals.',
  'The index stood at 1950 points.',
  'Flight 2024 landed safely.',
  'About 1,2023 visitors came.',
  'Call 2025 for details.',
  'In 7 months we will know more.',
  'He scored in the first half of the match.',
  'The fall of the empire changed the region.',
  'Theresa May spoke with the envoy.',
  'The May government fell.',
  'He arrived at 10:30 am and left at 5 pm.',
  'He scored twice in the first quarter of the game.',
  'The year ahead looks difficult.',
  'The weekend edition sold out.',
  "The weekend's talks are a fixture of the calendar.",
  'Tariffs were cut after Expo 2017 closed.',
  'Install version 4.6.2021 of the tool.',
  'The index read 31.02.2023 on the screen.',
];

describe('findDates rejects what is not a date', () => {
  it.each(noDates)('%s', (text) => {
    const found = findDates(text, REF);
    expect(found.map((d) => text.slice(d.span.start, d.span.end))).toEqual([]);
  });

  it('finds the year but not the amount in the same sentence', () => {
    const text = 'Trade reached $12.7 billion in 2022, up 14%.';
    const found = findDates(text, REF).map((d) => text.slice(d.span.start, d.span.end));
    expect(found).toEqual(['2022']);
  });

  it('ignores times of day next to a date', () => {
    const text = 'The talks began at 9 a.m. on 4 May 2023.';
    const found = findDates(text, REF);
    expect(found).toHaveLength(1);
    expect(found[0]?.interval).toEqual({ from: '2023-05-04', to: '2023-05-04' });
  });
});

describe('findDates contract', () => {
  const inputs = ['', '🙂🙂 国际关系 2023年', 'x'.repeat(200_000), '\u0000\u0001binary\uFFFD in 2021', 'Ключевые переговоры в 2022'];
  it.each(inputs.map((t) => [t.slice(0, 20), t]))('does not throw and keeps spans in bounds: %s', (_label, text) => {
    const a = findDates(text, REF);
    const b = findDates(text, REF);
    expect(b).toEqual(a);
    for (const d of a) {
      expect(d.span.start).toBeGreaterThanOrEqual(0);
      expect(d.span.end).toBeLessThanOrEqual(text.length);
      expect(d.span.end).toBeGreaterThan(d.span.start);
      expect(d.interval.from <= d.interval.to).toBe(true);
    }
  });

  it('every span slices to the text of the expression', () => {
    const text = 'On 2 May 2021 and in June, and since 2019, last week and in Q3 2020 they met.';
    for (const d of findDates(text, { date: '2021-07-20' })) {
      expect(text.slice(d.span.start, d.span.end)).toMatch(/\d|May|June|week|Q3/);
    }
  });

  it('rejects an invalid reference as if it were null', () => {
    expect(findDates('Talks resumed in June.', { date: 'not a date' })).toEqual([]);
  });
});
