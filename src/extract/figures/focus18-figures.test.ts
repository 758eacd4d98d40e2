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
