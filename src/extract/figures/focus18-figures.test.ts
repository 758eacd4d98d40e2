import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.js';

/**
 * A goal told as a change "from $X to $Y" (focus18 audit of other focus countries' news): under a goal told just
 * before the starting point, the starting point is the level reached and the end point the goal; a change told
 * as done keeps only its end point. Own sentences.
 */
const figuresOf = (text: string) => extractDocument({ id: 'focus18-fig', text, meta: { published: '2019-03-02' } }).figures
  .map((f) => ({ metric: f.metric, a: f.a, b: f.b, value: f.value }));

describe('a change "from X to Y" under a goal', () => {
  it('reads the starting point as the level and the end point as the goal', () => {
    const figures = figuresOf('The Chilean president said they aim to lift the trade volume between Chile and Peru, raising it from 4 billion dollars to 7 billion dollars.');
    expect(figures).toContainEqual({ metric: 'trade_turnover', a: 'CHL', b: 'PER', value: 4e9 });
    expect(figures).toContainEqual({ metric: 'trade_target', a: 'CHL', b: 'PER', value: 7e9 });
  });

  it('reads the same in one clause', () => {
    const figures = figuresOf('Ghana and Togo plan to increase their bilateral trade from $900 million to $2 billion.');
    expect(figures).toContainEqual({ metric: 'trade_turnover', a: 'GHA', b: 'TGO', value: 9e8 });
    expect(figures).toContainEqual({ metric: 'trade_target', a: 'GHA', b: 'TGO', value: 2e9 });
  });

  it('keeps only the end point of a change already made', () => {
    const figures = figuresOf('Trade between Ghana and Togo rose from $900 million to $1.3 billion.');
    expect(figures).toEqual([{ metric: 'trade_turnover', a: 'GHA', b: 'TGO', value: 1.3e9 }]);
  });

  it('keeps a goal stated before a level reached "up from" as it was', () => {
    const figures = figuresOf('Trade between Ghana and Togo is expected to reach $2 billion by 2025, up from $900 million.');
    expect(figures).toContainEqual(expect.objectContaining({ metric: 'trade_target', value: 2e9 }));
    expect(figures).toContainEqual(expect.objectContaining({ metric: 'trade_turnover', value: 9e8 }));
  });
});

describe('the rand and the naira written as one capital letter', () => {
  it('reads "R" before a sum as the rand and "N" as the naira', () => {
    expect(figuresOf('Exports from South Africa to Zambia were worth R38 billion in 2018.').map((f) => [f.value, f.metric])).toEqual([[38e9, 'exports']]);
    const naira = extractDocument({ id: 'focus18-ngn', text: 'Trade between Nigeria and Ghana rose to N1.2 trillion in 2018.', meta: { published: '2019-03-02' } }).figures;
    expect(naira).toMatchObject([{ metric: 'trade_turnover', value: 1.2e12, unit: 'NGN' }]);
    const rand = extractDocument({ id: 'focus18-zar', text: 'Trade between South Africa and Zambia reached R 45bn last year.', meta: { published: '2019-03-02' } }).figures;
    expect(rand).toMatchObject([{ metric: 'trade_turnover', value: 45e9, unit: 'ZAR' }]);
  });

  it('does not read a letter glued to a small number as a sum (a mask, a road)', () => {
    const figures = extractDocument({ id: 'focus18-n95', text: 'Ghana donated N95 masks worth $3 million to Nigeria, and the R40 road was reopened.', meta: { published: '2019-03-02' } }).figures;
    expect(figures.map((f) => f.unit)).toEqual(['USD']);
  });
});

describe('an institution named by a metric word', () => {
  it('takes the metric and the investor from the sum\'s own words, not from the agency that told it', () => {
    const figures = figuresOf('Peru\'s trade and investment promotion agency said it helped attract around $9 billion of Chilean investment to Peru.');
    expect(figures).toEqual([{ metric: 'investment', a: 'CHL', b: 'PER', value: 9e9 }]);
  });

  it('still reads trade and investment told as flows', () => {
    expect(figuresOf('Chilean investment in Peru reached $2 billion in 2018.')).toEqual([{ metric: 'investment', a: 'CHL', b: 'PER', value: 2e9 }]);
  });
});
