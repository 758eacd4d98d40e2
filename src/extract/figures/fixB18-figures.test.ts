import { describe, expect, it } from 'vitest';
import { figuresOverRealLayers as extract } from '../../test-support/figure-layers.js';

/** Review fixes of session 18 (fixB18): number style, one-letter signs, goals over "from … to", periods. Own sentences. */
const values = (text: string) => extract(text, '2024-05-10').map((f) => [f[0], f[3]]);

describe('a comma before "billion"', () => {
  it('groups thousands in a text that writes decimals with a point', () => {
    expect(values('Trade between India and Brazil stood at $1,250 billion in 2023, up 3.5% on the year before.'))
      .toEqual([['trade_turnover', 1.25e12], ['growth_rate', 3.5]]);
    expect(values('China\'s investment in Peru reached 6,410 billion yuan in 2023.')).toEqual([['investment', 6.41e12]]);
  });

  it('reads a decimal comma only in a text that shows that style elsewhere', () => {
    expect(values('Trade between India and Brazil stood at $1,250 billion in 2023, up 3,5% on the year before.'))
      .toContainEqual(['trade_turnover', 1.25e9]);
    expect(values('Trade between India and Brazil stood at $1,250 billion in 2023; Brazil has 1.234.567 registered exporters.').map((f) => f[1]))
      .toEqual([1.25e9]);
  });
});

describe('a sign of one capital letter', () => {
  it('is money glued to its number or spaced before a scale word', () => {
    expect(values('China\'s investment in South Africa reached R250bn in 2023.')).toEqual([['investment', 2.5e11]]);
    expect(values('Chinese investment in South Africa reached R 45 billion last year.')).toEqual([['investment', 4.5e10]]);
  });

  it('is a name\'s letter after a capitalised word or spaced before a bare number', () => {
    expect(extract('South Africa enrolled Grade R 2 million learners with help from China in 2023.', '2024-05-10')).toEqual([]);
    expect(extract('China funded Phase N 3 billion of the road in Nigeria, officials said in 2023.', '2024-05-10').filter((f) => f[0] === 'investment')).toEqual([]);
  });

  it('reads "N$" as the Namibian dollar, the longest sign winning over "N" and "$"', () => {
    expect(extract('Trade between Namibia and South Africa reached N$5 billion in 2023.', '2024-05-10'))
      .toEqual([['trade_turnover', 'NAM', 'ZAF', 5e9, 'exact', '2023-01-01..2023-12-31']]);
  });
});

describe('a goal before "from $X to $Y"', () => {
  it('does not make the end point a goal across a concessive clause or a change told as done', () => {
    expect(values('Despite the goal of $10 billion set by the two leaders, trade between Kazakhstan and China fell from $6 billion to $5 billion last year.'))
      .toEqual([['trade_target', 1e10], ['trade_turnover', 5e9]]);
  });

  it('still makes it a goal when the goal governs the change', () => {
    expect(values('Kazakhstan and China aim to raise their trade from $6 billion to $10 billion.'))
      .toContainEqual(['trade_target', 1e10]);
  });
});

describe('periods of months and of "the last year"', () => {
  it('gives no past months to a sum "in two months" ahead', () => {
    expect(extract('Kazakhstan\'s exports to China will reach $5 billion in two months, the minister predicted.', '2024-05-10').map((f) => f[5]))
      .toEqual([null]);
    expect(extract('Kazakhstan and China plan to raise trade to $5 billion over six months.', '2024-05-10').map((f) => f[5])).toEqual([null]);
  });

  it('still reads the year\'s first months from "for eight months" told as done', () => {
    expect(extract('Trade between Kazakhstan and China for four months amounted to $5 billion.', '2024-05-10').map((f) => f[5]))
      .toEqual(['2024-01-01..2024-04-30']);
  });

  it('does not read "the last year of" something as the last calendar year', () => {
    expect(extract('Trade between Kazakhstan and China was $2 billion over the last year of the old agreement, which expired in 2019.', '2024-03-10').map((f) => f[5]))
      .toEqual([null]);
    expect(extract('Over the last year, trade between Kazakhstan and China reached $2 billion.', '2024-03-10').map((f) => f[5]))
      .toEqual(['2023-01-01..2023-12-31']);
  });
});
