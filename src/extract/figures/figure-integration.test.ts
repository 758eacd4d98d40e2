import { describe, expect, it } from 'vitest';
import { figuresOverRealLayers as extract } from '../../test-support/figure-layers.js';

describe('figures over the real actor and date layers', () => {
  it('takes a total told at the end of a year as the year\'s, and a currency named after a state as no party', () => {
    const text = 'At the end of 2023, trade between Mongolia and Japan came to 2.1 billion US dollars.';
    expect(extract(text, '2024-05-02')).toEqual([['trade_turnover', 'MNG', 'JPN', 2.1e9, 'exact', '2023-01-01..2023-12-31']]);
  });

  it('does not read "US$" as the United States', () => {
    const text = 'Brazil has been Paraguay\'s largest partner for a decade, with total trade reaching US$5.3 billion in 2022.';
    expect(extract(text, '2023-04-02')).toEqual([['trade_turnover', 'BRA', 'PRY', 5.3e9, 'exact', '2022-01-01..2022-12-31']]);
  });

  it('takes "increasing by N% to reach" as the level reached, and "aims to reach" as a goal', () => {
    const reached = extract('The ministers noted that trade between Ghana and Morocco grew by 30% to reach $400 million.', '2023-04-02');
    expect(reached.map((f) => f[0])).toEqual(['growth_rate', 'trade_turnover']);
    const goal = extract('Ghana and Morocco aim to reach $1 billion in trade.', '2023-04-02');
    expect(goal.map((f) => f[0])).toEqual(['trade_target']);
  });

  it('gives a second clause\'s trade the side the first clause is told of, not its partner', () => {
    const text = 'Bolivia\'s trade with Brazil reached $5 billion in 2021, while trade with Chile totalled about $1 billion over the same period.';
    expect(extract(text, '2022-04-02').map((f) => [f[1], f[2], f[3]])).toEqual([['BOL', 'BRA', 5e9], ['BOL', 'CHL', 1e9]]);
  });

  it('does not take the source a figure is quoted from as a side of it', () => {
    const text = 'In 2020 Senegal\'s exports to Spain came to €1.2 billion, while imports topped €1.9 billion, according to the United Nations database.';
    expect(extract(text, '2021-04-02')).toEqual([
      ['exports', 'SEN', 'ESP', 1.2e9, 'exact', '2020-01-01..2020-12-31'],
      ['imports', 'SEN', 'ESP', 1.9e9, 'over', '2020-01-01..2020-12-31'],
    ]);
    const cited = extract('Peru\'s exports to Japan totalled $3 billion last year, citing data from the World Bank.', '2021-04-02');
    expect(cited.map((f) => [f[0], f[1], f[2]])).toEqual([['exports', 'PER', 'JPN']]);
  });

  it('reads a run of trade sentences and a quoted visit count', () => {
    const text = [
      'ANKARA – Turkish President Recep Tayyip Erdogan received Azerbaijani President Ilham Aliyev on March 18.',
      'In 2023 Turkey and Azerbaijan did $7.6 billion of trade, the leaders said. Turkey\'s exports to Azerbaijan, up 12%, came to more than $4 billion. Imports totalled $3.6 billion.',
      '“Erdogan has been to Azerbaijan 14 times as president,” Aliyev said. Since independence the two countries have signed more than 200 agreements.',
    ].join('\n');
    const year = '2023-01-01..2023-12-31';
    expect(extract(text, '2024-03-20')).toEqual([
      ['trade_turnover', 'TUR', 'AZE', 7.6e9, 'exact', year],
      ['growth_rate', 'TUR', 'AZE', 12, 'exact', year],
      ['exports', 'TUR', 'AZE', 4e9, 'over', year],
      ['imports', 'TUR', 'AZE', 3.6e9, 'exact', year],
      ['visits_count', 'TUR', 'AZE', 14, 'exact', null],
      ['agreements_count', 'AZE', 'TUR', 200, 'over', null],
    ]);
  });

  it('reads investment and a target with relative dates', () => {
    const text = 'Japanese investment in Mongolia totaled nearly $1.5 billion last year. The sides aim to raise bilateral trade to $5 billion by 2030.';
    expect(extract(text, '2024-03-20')).toEqual([
      ['investment', 'JPN', 'MNG', 1.5e9, 'approx', '2023-01-01..2023-12-31'],
      ['trade_target', 'JPN', 'MNG', 5e9, 'exact', '2030-01-01..2030-12-31'],
    ]);
  });
});
