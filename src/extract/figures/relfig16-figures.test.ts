import { describe, expect, it } from 'vitest';
import { figuresOverRealLayers as extract } from '../../test-support/figure-layers.js';

describe('session 16 figure shapes (relfig16)', () => {
  it('takes a sum after "increased their trade turnover by" as the size of a change, not a level', () => {
    expect(extract('Georgia and Armenia increased their trade turnover by $120.5 million in January-March, the statistics office said.', '2024-05-10')).toEqual([]);
    expect(extract('Chile boosted exports to Peru by $40 million last year.', '2024-05-10')).toEqual([]);
    // a level after "to" is still read
    expect(extract('Trade between Georgia and Armenia increased by 12% to $900 million in 2023.', '2024-05-10').filter((f) => f[0] === 'trade_turnover'))
      .toEqual([['trade_turnover', 'GEO', 'ARM', 9e8, 'exact', '2023-01-01..2023-12-31']]);
  });

  it('does not read a part of a sum ("of which") as a second figure of the same metric', () => {
    expect(extract('Japanese investments in Vietnam are put at $70 billion, about $20 billion of which went into manufacturing.', '2024-05-10'))
      .toEqual([['investment', 'JPN', 'VNM', 7e10, 'exact', null]]);
    expect(extract('Korea has invested $9 billion in Uzbekistan, of which $4 billion went into the gas sector.', '2024-05-10').map((f) => f[3]))
      .toEqual([9e9]);
    // a part with a period of its own is a figure
    expect(extract('Trade between Peru and Chile reached $4 billion in 2023, including $1.5 billion in the first quarter of 2023.', '2024-05-10').map((f) => f[3]))
      .toEqual([4e9, 1.5e9]);
  });

  it('keeps the clause of a dash that stands for a left-out verb ("and imports from B – to $X")', () => {
    expect(extract('In the first quarter, Georgia\'s exports to Armenia amounted to $80 million, and imports from Armenia – to $45.2 million.', '2024-05-10')).toEqual([
      ['exports', 'GEO', 'ARM', 8e7, 'exact', '2024-01-01..2024-03-31'],
      ['imports', 'GEO', 'ARM', 4.52e7, 'exact', '2024-01-01..2024-03-31'],
    ]);
    // any qualifier of an amount may stand after such a dash (review B: the list is built from `qualifiers`)
    expect(extract('Chile\'s exports to Peru went up in 2023 – to roughly $420 million.', '2024-05-10').map((f) => [f[0], f[3], f[4]]))
      .toEqual([['exports', 4.2e8, 'approx']]);
  });

  it('dates "the corresponding period of 2023" in a sentence of its own by the months of the figure before', () => {
    const text = 'The turnover between Latvia and Lithuania came to $2.1 billion in January-April. It should be noted that the turnover stood at $1.8 billion during the corresponding period of 2023.\n\nOf the total turnover, exports amounted to $1.2 billion.';
    const got = extract(text, '2024-05-10');
    expect(got.slice(0, 2)).toEqual([
      ['trade_turnover', 'LVA', 'LTU', 2.1e9, 'exact', '2024-01-01..2024-04-30'],
      ['trade_turnover', 'LVA', 'LTU', 1.8e9, 'exact', '2023-01-01..2023-04-30'],
    ]);
    // the next paragraph's flow goes on from the figure reported, not from the base compared with
    expect(got[2]?.[5]).toBe('2024-01-01..2024-04-30');
  });

  it('reads the first half of a fiscal year, also when "the fiscal year" refers back to a label', () => {
    expect(extract('Qatari investments in Egypt rose to $2.3 billion in the first half of the 2022-2023 fiscal year.', '2023-05-10'))
      .toEqual([['investment', 'QAT', 'EGY', 2.3e9, 'exact', '2022-07-01..2022-12-31']]);
    const text = 'Kuwait doubled its investments in Pakistan during the 2022-2023 fiscal year. Kuwaiti investments in Pakistan rose to $700 million in the first six months of the fiscal year, up from $500m in the same period a year ago.';
    expect(extract(text, '2023-09-10').filter((f) => f[0] === 'investment')).toEqual([
      ['investment', 'KWT', 'PAK', 7e8, 'exact', '2022-07-01..2022-12-31'],
      ['investment', 'KWT', 'PAK', 5e8, 'exact', '2021-07-01..2021-12-31'],
    ]);
  });

  it('gives "our bilateral trade" in a quote the speaker and the state, not a region named by its group', () => {
    const text = 'Hanoi: Japanese Foreign Minister Taro Kono on Friday said that Japanese industries will find new partners.\n\n"Vietnam is Japan\'s largest trade partner in goods in the ASEAN region. Our bilateral trade crossed USD 30 billion last year," he said.';
    expect(extract(text, '2019-05-10')).toEqual([['trade_turnover', 'JPN', 'VNM', 3e10, 'over', '2018-01-01..2018-12-31']]);
  });

  it('does not read the trade of one kind of goods as the pair\'s turnover', () => {
    expect(extract('Bilateral trade in farm products between Brazil and China reached $40 billion in 2023.', '2024-05-10')).toEqual([]);
    expect(extract('Bilateral trade in goods between Brazil and China reached $150 billion in 2023.', '2024-05-10'))
      .toEqual([['trade_turnover', 'BRA', 'CHN', 1.5e11, 'exact', '2023-01-01..2023-12-31']]);
  });

  it('reads a currency name that is also a word ("won", "real") right after a scale word only', () => {
    expect(extract('South Korea\'s exports to Vietnam reached 80 trillion won last year.', '2024-05-10'))
      .toEqual([['exports', 'KOR', 'VNM', 8e13, 'exact', '2023-01-01..2023-12-31']]);
    expect(extract('The trade turnover between Brazil and Chile reached 20 billion reais in 2023.', '2024-05-10').map((f) => f[3])).toEqual([2e10]);
    expect(extract('Trade between Korea and Peru grew in 2023, and the exporters won 3 awards.', '2024-05-10')).toEqual([]);
  });

  it('counts the documents of a treaty and legal basis as agreements, a total so far', () => {
    expect(extract('Over these years, a solid treaty and legal basis has been formed between Georgia and Armenia, numbering more than 90 documents.', '2024-05-10'))
      .toEqual([['agreements_count', 'GEO', 'ARM', 90, 'over', null]]);
  });

  it('reads a demonym\'s flow right after that country\'s total with the world as its own total, not as the earlier pair\'s', () => {
    const text = 'Chile\'s exports to Peru amounted to $300 million in May.\n\nOverall, Chile\'s foreign trade reached $15 billion in May. Chilean exports fell by 4 percent and totaled $8 billion.';
    const got = extract(text, '2024-06-20');
    expect(got.filter((f) => f[0] === 'exports')).toEqual([['exports', 'CHL', 'PER', 3e8, 'exact', '2024-05-01..2024-05-31']]);
    expect(got.some((f) => f[3] === 8e9 && f[2] === 'PER')).toBe(false);
  });
});

describe('review fixes to the session 16 figure shapes (fixb16)', () => {
  it('reads a part after "of which" as no figure also when the whole has a year of its own', () => {
    expect(extract('China invested $6 billion in Pakistan in 2022, of which $2 billion went into ports.', '2024-05-10').map((f) => f[3]))
      .toEqual([6e9]);
  });

  it('reads a country\'s adjective before "products" as no kind of goods', () => {
    expect(extract('Exports of Brazilian products to Chile reached $900 million in 2023.', '2024-05-10'))
      .toEqual([['exports', 'BRA', 'CHL', 9e8, 'exact', '2023-01-01..2023-12-31']]);
  });

  it('counts documents as agreements by a legal basis only when the basis comes right before the count', () => {
    expect(extract('The regulatory framework between Latvia and Lithuania was reviewed, and 8 documents must be filed by each firm.', '2024-05-10')
      .filter((f) => f[0] === 'agreements_count')).toEqual([]);
  });

  it('takes a sum after "by" as a change also when a year stands between the verb and "by"', () => {
    expect(extract('Georgia raised exports to Armenia in 2022 by $25 million.', '2024-05-10')).toEqual([]);
  });

  it('reads a level after "it should also be noted that"', () => {
    expect(extract('It should also be noted that trade between Latvia and Lithuania stood at $3 billion in 2023.', '2024-05-10'))
      .toEqual([['trade_turnover', 'LVA', 'LTU', 3e9, 'exact', '2023-01-01..2023-12-31']]);
  });

  it('reads the second half of a fiscal year as its last six months, not the whole year', () => {
    expect(extract('Qatari investments in Egypt rose to $1.1 billion in the second half of the 2021-2022 fiscal year.', '2023-05-10'))
      .toEqual([['investment', 'QAT', 'EGY', 1.1e9, 'exact', '2022-01-01..2022-06-30']]);
  });
});
