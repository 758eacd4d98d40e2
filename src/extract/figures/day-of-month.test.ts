import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.js';

/** dense18: a number right after a month's name is a day of a date, never a count of visits or agreements. */
describe('a day of the month is no count', () => {
  const figures = (text: string) => extractDocument({ id: 'f', text, meta: { published: '2024-03-15' } }).figures;

  it('reads no visit count in "the April 9 visit"', () => {
    expect(figures('The foreign ministry said the April 9 visit of the Kenyan president to Japan will deepen ties.')).toEqual([]);
  });

  it('still counts visits told with a number', () => {
    const f = figures('Kenyan presidents have paid 9 visits to Japan since 1990.');
    expect(f.map((x) => [x.metric, x.value])).toEqual([['visits_count', 9]]);
  });
});
