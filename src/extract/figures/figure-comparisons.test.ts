import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { unwrapHardBreaks } from '../../text/unwrap.js';
import { analyseActors } from '../actors/index.js';
import { findDates } from '../dates/index.js';
import { findFigures } from './index.js';

/** Real sentence, actor and date layers, then figures, as the pipeline runs them. */
function extract(raw: string, published: string): string[] {
  const text = unwrapHardBreaks(raw);
  const sentences = splitSentences(text);
  const actors = analyseActors(text, sentences, published).mentions;
  const dates = findDates(text, { date: published });
  const pair = (m: string, a: string | null, b: string | null) => (/^(?:trade|agreements)/.test(m) ? [a, b].sort() : [a, b]).join('-');
  return findFigures({ text, sentences, actors, dates, published }).figures
    .filter((f) => f.metric !== 'growth_rate')
    .map((f) => `${f.metric} ${pair(f.metric, f.a, f.b)} ${f.value} ${f.period ? `${f.period.from}..${f.period.to}` : 'null'}`);
}

describe('earlier levels in brackets and periods referred to', () => {
  it('reads a bracketed sum after a year-on-year comparison as the earlier level of the figure before', () => {
    const text = 'Kenya\'s trade turnover with Egypt amounted to $2.1 billion from January through June 2021.\n\n'
      + 'This is 12 percent more than a year earlier ($1.9 billion in January–June 2020).';
    expect(extract(text, '2021-08-15')).toEqual([
      'trade_turnover EGY-KEN 2100000000 2021-01-01..2021-06-30',
      'trade_turnover EGY-KEN 1900000000 2020-01-01..2020-06-30',
    ]);
  });

  it('takes no bracketed sum for an earlier level when nothing was compared', () => {
    const text = 'Kenya\'s trade turnover with Egypt amounted to $2.1 billion in 2021.\n\nThe port fees ($3 million in 2020) were cut.';
    expect(extract(text, '2022-03-01')).toEqual(['trade_turnover EGY-KEN 2100000000 2021-01-01..2021-12-31']);
  });

  it('dates a flow compared with "the same period last year (…)" one year after the bracket', () => {
    const text = 'Ghana\'s exports to Spain amounted to $400 million, which is 8 percent more compared to the same period last year ($370 million in January–June 2020).';
    expect(extract(text, '2021-08-15')).toEqual([
      'exports GHA-ESP 400000000 2021-01-01..2021-06-30',
      'exports GHA-ESP 370000000 2020-01-01..2020-06-30',
    ]);
  });

  it('keeps a flow\'s own period written before the comparison', () => {
    const text = 'In January–March 2021, Ghana\'s exports to Spain reached $200 million, up from the same period last year ($150 million in January–March 2020).';
    expect(extract(text, '2021-05-01')).toEqual([
      'exports GHA-ESP 200000000 2021-01-01..2021-03-31',
      'exports GHA-ESP 150000000 2020-01-01..2020-03-31',
    ]);
  });

  it('gives "during this period" the period of the latest flow a few paragraphs back, to every flow of the sentence', () => {
    const text = 'Ghana\'s trade turnover with Spain reached $1.5 billion in January-July 2021.\n\nSpain is Ghana\'s fifth-largest partner.\n\n'
      + 'Ghana\'s exports to Spain totaled $600 million, while imports from Spain reached $900.5 million during this period.';
    expect(extract(text, '2021-09-10')).toEqual([
      'trade_turnover ESP-GHA 1500000000 2021-01-01..2021-07-31',
      'exports GHA-ESP 600000000 2021-01-01..2021-07-31',
      'imports GHA-ESP 900500000 2021-01-01..2021-07-31',
    ]);
  });

  it('narrows "this year" by "in seven months" after the sum', () => {
    const text = 'Growth went on this year as well, as trade between Chile and Peru amounted to $4.2 billion in seven months.';
    expect(extract(text, '2023-10-05')).toEqual(['trade_turnover CHL-PER 4200000000 2023-01-01..2023-07-31']);
  });
});

describe('a country\'s own totals with the world', () => {
  it('reads "A\'s exports reached …, while imports …" with no partner in the clause as totals, not a pair', () => {
    const text = 'Kenya\'s trade turnover with Egypt amounted to $2.1 billion in 2021.\n\n'
      + 'Meanwhile, Kenya\'s exports reached $3.2 billion in 2021, while imports amounted to $9.1 billion.';
    expect(extract(text, '2022-03-01')).toEqual([
      'trade_turnover EGY-KEN 2100000000 2021-01-01..2021-12-31',
      'total_exports KEN- 3200000000 2021-01-01..2021-12-31',
      'total_imports KEN- 9100000000 2021-01-01..2021-12-31',
    ]);
  });

  it('keeps a possessed flow with a partner in its clause as the pair\'s', () => {
    expect(extract('Kenya\'s exports to Egypt reached $300 million in 2021.', '2022-03-01'))
      .toEqual(['exports KEN-EGY 300000000 2021-01-01..2021-12-31']);
  });
});

describe('changes, plans and sales', () => {
  it('takes sums that rank the largest rises for changes, not levels', () => {
    const text = 'Peru was the market where Chile\'s exports rose the most in 2023, ahead of Bolivia with over $300 million and Ecuador with $200 million.';
    expect(extract(text, '2024-02-01')).toEqual([]);
  });

  it('takes "soared by $X" for the size of a change', () => {
    expect(extract('Chile\'s exports to Peru soared by almost $500 million in 2023.', '2024-02-01')).toEqual([]);
  });

  it('reads "sales to" a country as exports, from the country whose exports the text told just before', () => {
    const text = 'Chile\'s exports grew in 2023.\n\nBolivia ranked third.\n\nSales to Peru amounted to $2.5 billion last year.';
    expect(extract(text, '2024-02-01')).toEqual(['exports CHL-PER 2500000000 2023-01-01..2023-12-31']);
  });

  it('does not read arms sales as exports', () => {
    expect(extract('Arms sales to Peru amounted to $2.5 billion last year, Chile said.', '2024-02-01')).toEqual([]);
  });

  it('reads a headline "A to lead investments worth …" as a plan', () => {
    expect(extract('Qatar to lead investments worth $5B in Pakistan\n\nThe fund said so on Monday.', '2022-06-01'))
      .toEqual(['investment_target QAT-PAK 5000000000 null']);
  });

  it('reads "The figure was recorded at …" as the metric of the sentence before', () => {
    const text = 'Two-way trade between Chile and Peru reached $5.1 billion in 2021. The figure was recorded at $4.4 billion in January-October 2022.';
    expect(extract(text, '2023-01-10')).toEqual([
      'trade_turnover CHL-PER 5100000000 2021-01-01..2021-12-31',
      'trade_turnover CHL-PER 4400000000 2022-01-01..2022-10-31',
    ]);
  });
});

describe('fiscal years told relative to the document', () => {
  it('reads "the current fiscal year" and "the previous fiscal year" as the reporting country\'s fiscal years', () => {
    const text = 'Trade between India and Oman reached USD 5.2 billion in the five months of the current fiscal year. '
      + 'Bilateral trade between India and Oman was 9 billion USD in the previous fiscal year.';
    expect(extract(text, '2022-11-20')).toEqual([
      'trade_turnover IND-OMN 5200000000 2022-04-01..2022-08-31',
      'trade_turnover IND-OMN 9000000000 2021-04-01..2022-03-31',
    ]);
  });

  it('keeps the calendar year for a country whose fiscal year is the calendar year', () => {
    expect(extract('Trade between Chile and Peru was $6 billion in the previous fiscal year.', '2022-11-20'))
      .toEqual(['trade_turnover CHL-PER 6000000000 2021-01-01..2021-12-31']);
  });
});

describe('levels inside clauses with a goal, and Korea written "RoK"', () => {
  it('reads "a trade relationship which reached £X" as a level even after "seeks to build on"', () => {
    expect(extract('The deal seeks to build on the thriving trade relationship between Chile and Peru which reached £7 billion last year.', '2024-02-16'))
      .toEqual(['trade_turnover CHL-PER 7000000000 2023-01-01..2023-12-31']);
  });

  it('still reads a goal to reach a sum as a goal', () => {
    expect(extract('The deal seeks to raise trade between Chile and Peru to £9 billion.', '2024-02-16'))
      .toEqual(['trade_target CHL-PER 9000000000 null']);
  });

  it('reads "the RoK" as South Korea, so "the two nations" after it name the pair', () => {
    const text = 'The RoK is the second biggest donor to Vietnam. Trade value between the two nations reached US$43.2 billion in 2016.';
    expect(extract(text, '2017-04-24')).toEqual(['trade_turnover KOR-VNM 43200000000 2016-01-01..2016-12-31']);
  });
});

describe('sums shared out over a list of countries', () => {
  it('gives each listed destination its own sum, from the country whose exports the text told before', () => {
    const text = 'Chile\'s exports rose in the first quarter of 2024.\n\n'
      + 'The data showed sales to Peru and the Netherlands reached $1.9 billion and more than $2 billion, respectively, in the first three months of 2024.\n\n'
      + 'Exports to Italy and the U.S. totaled $3.1 billion and $3.2 billion.';
    expect(extract(text, '2024-04-10')).toEqual([
      'exports CHL-PER 1900000000 2024-01-01..2024-03-31',
      'exports CHL-NLD 2000000000 2024-01-01..2024-03-31',
      'exports CHL-ITA 3100000000 2024-01-01..2024-03-31',
      'exports CHL-USA 3200000000 2024-01-01..2024-03-31',
    ]);
  });

  it('shares out nothing when the countries and the sums do not pair up', () => {
    expect(extract('Chile\'s exports to Peru and Bolivia reached $5 billion in 2023.', '2024-04-10'))
      .not.toContain('exports CHL-BOL 5000000000 2023-01-01..2023-12-31');
  });
});

describe('levels of the period compared with', () => {
  it('reads a bracketed sum right after the year compared with as that year\'s level', () => {
    const text = 'Trade turnover between Chile and Peru in 2023 amounted to $6 billion, marking a 5.3 percent decrease compared to 2022 ($6.3 billion).';
    expect(extract(text, '2024-05-20')).toEqual([
      'trade_turnover CHL-PER 6000000000 2023-01-01..2023-12-31',
      'trade_turnover CHL-PER 6300000000 2022-01-01..2022-12-31',
    ]);
  });

  it('does not give a level the date of the base it is compared with', () => {
    const text = 'In the first half of 2021, Chile\'s exports to Peru amounted to 18.6 billion dollars. '
      + 'Meanwhile, imports from Peru amounted to 13.5 billion dollars, an increase of 36 percent compared to 9.8 billion dollars in the first half of 2020.';
    expect(extract(text, '2021-08-06')).toEqual([
      'exports CHL-PER 18600000000 2021-01-01..2021-06-30',
      'imports CHL-PER 13500000000 2021-01-01..2021-06-30',
      'imports CHL-PER 9800000000 2020-01-01..2020-06-30',
    ]);
  });

  it('reads "a commercial exchange of" as trade', () => {
    expect(extract('Chile and Peru accumulated a commercial exchange of 32 billion dollars in 2022.', '2023-02-01'))
      .toEqual(['trade_turnover CHL-PER 32000000000 2022-01-01..2022-12-31']);
  });
});
