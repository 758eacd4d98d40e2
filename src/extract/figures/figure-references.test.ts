import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { unwrapHardBreaks } from '../../text/unwrap.js';
import { analyseActors } from '../actors/index.js';
import { findDates } from '../dates/index.js';
import { findFigures } from './index.js';

/** Real sentence, actor and date layers, then figures, as the pipeline runs them (hard wraps undone first). */
function extract(raw: string, published: string): string[] {
  const text = unwrapHardBreaks(raw);
  const sentences = splitSentences(text);
  const actors = analyseActors(text, sentences, published).mentions;
  const dates = findDates(text, { date: published });
  // Trade and agreements are symmetric: their pair is compared in alphabetical order.
  const pair = (m: string, a: string | null, b: string | null) => (/^(?:trade|agreements)/.test(m) ? [a, b].sort() : [a, b]).join('-');
  return findFigures({ text, sentences, actors, dates, published }).figures.map((f) =>
    `${f.metric} ${pair(f.metric, f.a, f.b)} ${f.value} ${f.period ? `${f.period.from}..${f.period.to}` : 'null'}`);
}

describe('figures that refer back or sideways', () => {
  it('reads a sum whose scale word is on the next line of a hard-wrapped text', () => {
    const text = 'Trade between Chile and Peru\nreached $4.2\nbillion in 2022, the ministry\nsaid, and the two sides\nagreed to meet again.';
    expect(extract(text, '2023-03-01')).toEqual(['trade_turnover CHL-PER 4200000000 2022-01-01..2022-12-31']);
  });

  it('gives "It reached …" the metric and period of the sentence before', () => {
    const text = 'Bilateral trade between Chile and Peru grew sharply in 2021. It reached $4 billion, officials said.';
    expect(extract(text, '2022-05-01')).toEqual(['trade_turnover CHL-PER 4000000000 2021-01-01..2021-12-31']);
  });

  it('reads "In January–June this year it reached" as the metric named before, with its own period', () => {
    const text = 'Trade between Chile and Peru keeps growing. In January–June this year it reached $700 million.';
    expect(extract(text, '2023-09-01')).toEqual(['trade_turnover CHL-PER 700000000 2023-01-01..2023-06-30']);
  });

  it('reads "the same indicator amounted to" as the metric named before', () => {
    const text = 'Trade between Ghana and Togo rose in 2022. In the first half of 2023, the same indicator amounted to $300 million.';
    expect(extract(text, '2023-09-01')).toEqual(['trade_turnover GHA-TGO 300000000 2023-01-01..2023-06-30']);
  });

  it('does not carry a metric to a sentence that does not refer back with a level verb', () => {
    const text = 'Trade between Chile and Peru grew in 2021. It also announced $4 billion for new roads.';
    expect(extract(text, '2022-05-01')).toEqual([]);
  });

  it('reads a sum set off by dashes after its cue', () => {
    const text = 'In 2022 the volume of bilateral trade between Chile and Peru – USD 4.1 billion – set a record.';
    expect(extract(text, '2023-03-01')).toEqual(['trade_turnover CHL-PER 4100000000 2022-01-01..2022-12-31']);
  });

  it('does not take the size of a change for a level', () => {
    expect(extract('Chile hopes for a $2 billion increase in trade with Peru.', '2023-03-01')).toEqual([]);
  });

  it('does not count a multiplier as visits, and takes a "since" date as a baseline, not the period', () => {
    const text = 'In 2022 trade between Chile and Peru was worth $6 billion. The trade has grown 12 times since the first visit of a Chilean president to Peru in 1995.';
    expect(extract(text, '2023-03-01')).toEqual(['trade_turnover CHL-PER 6000000000 2022-01-01..2022-12-31']);
  });

  it('reads agreements that are expected to be signed as planned, not as a count', () => {
    const out = extract('About 12 agreements between Chile and Peru are expected to be signed during the visit.', '2023-03-01');
    expect(out.map((f) => f.split(' ')[0])).toEqual(['agreements_planned']);
    const signed = extract('Chile and Peru signed 12 agreements during the visit.', '2023-03-01');
    expect(signed.map((f) => f.split(' ')[0])).toEqual(['agreements_count']);
  });

  it('gives a second flow with no actor of its own the reporting side of the first, and "the same period" its period', () => {
    const text = 'Exports from Ghana to Togo between January-June 2023 came to $200 million and imports from there rose to $90 million in the same period.';
    expect(extract(text, '2023-09-01')).toEqual([
      'exports GHA-TGO 200000000 2023-01-01..2023-06-30',
      'imports GHA-TGO 90000000 2023-01-01..2023-06-30',
    ]);
  });

  it('reads "the corresponding period of 2022" as the same months a year before', () => {
    const text = 'Between January and May of 2023, trade between Chile and Peru reached $2 billion, against $1.5 billion in the corresponding period of 2022.';
    expect(extract(text, '2023-07-01')).toEqual([
      'trade_turnover CHL-PER 2000000000 2023-01-01..2023-05-31',
      'trade_turnover CHL-PER 1500000000 2022-01-01..2022-05-31',
    ]);
  });

  it('reads the value of a portfolio of joint projects as no investment', () => {
    const out = extract('Chile and Peru now run 40 joint projects with investments exceeding $3 billion.', '2023-03-01');
    expect(out.some((f) => f.startsWith('investment '))).toBe(false);
    expect(extract('Chilean companies invested $3 billion in Peru in 2022.', '2023-03-01')).toEqual(['investment CHL-PER 3000000000 2022-01-01..2022-12-31']);
  });

  it('reads an intention to invest as a target, not an investment made', () => {
    const out = extract('Chile announced its intention to invest $2 billion in Peru.', '2023-03-01');
    expect(out.map((f) => f.split(' ')[0])).toEqual(['investment_target']);
  });

  it('gives a sum cut off at the end of an excerpt the scale of the sum before it', () => {
    const text = 'In 2022 exports from Chile to Peru reached $3.1 billion, while imports totaled $1.2';
    expect(extract(text, '2023-03-01')).toEqual([
      'exports CHL-PER 3100000000 2022-01-01..2022-12-31',
      'imports CHL-PER 1200000000 2022-01-01..2022-12-31',
    ]);
    // Not when more text follows: a small sum written in full stays as written.
    const whole = extract('In 2022 Chile gave Peru aid worth $3.1 billion and a grant of $5 for each pupil. The end.', '2023-03-01');
    expect(whole.some((f) => f.includes(' 5000000000 '))).toBe(false);
  });

  it('dates a month range without a year to the last such range that is over', () => {
    expect(extract('Trade between Chile and Peru totaled $2.5 billion in January-October, officials said.', '2024-05-02'))
      .toEqual(['trade_turnover CHL-PER 2500000000 2023-01-01..2023-10-31']);
    expect(extract('Trade between Chile and Peru totaled $900 million in January-March, officials said.', '2024-05-02'))
      .toEqual(['trade_turnover CHL-PER 900000000 2024-01-01..2024-03-31']);
  });

  it('keeps a period named "of this year" in the document\'s year even before it is over', () => {
    expect(extract('Trade between Chile and Peru totaled $700 million in the first quarter of this year, officials said.', '2024-03-12'))
      .toEqual(['trade_turnover CHL-PER 700000000 2024-01-01..2024-03-31']);
    expect(extract('Trade between Chile and Peru totaled $700 million in the first quarter, officials said.', '2024-03-12'))
      .toEqual(['trade_turnover CHL-PER 700000000 2023-01-01..2023-03-31']);
  });

  it('reads bare "Korea" as South Korea', () => {
    expect(extract('Bilateral trade between Chile and Korea stood at $6.4 billion in 2023.', '2024-03-12'))
      .toEqual(['trade_turnover CHL-KOR 6400000000 2023-01-01..2023-12-31']);
  });

  it('gives "trade with X" the side every recent figure shares, not the partner named last', () => {
    const text = 'Trade between Chile and Peru reached $2 billion in 2022. Trade between Chile and Bolivia reached $1 billion in 2022. Trade with Ecuador amounted to $500 million in 2022.';
    expect(extract(text, '2023-03-12').at(-1)).toBe('trade_turnover CHL-ECU 500000000 2022-01-01..2022-12-31');
  });

  it('reads "to reach" after a change told a few words before as the level reached, not a goal', () => {
    expect(extract('Trade between Chile and Peru increased 1.5 times over 2023 to reach $3 billion.', '2024-03-12'))
      .toEqual(['trade_turnover CHL-PER 3000000000 2023-01-01..2023-12-31']);
    expect(extract('Chile and Peru plan to increase trade to reach $9 billion by 2030.', '2024-03-12')[0]).toMatch(/^trade_target /);
  });

  it('keeps the roles of two opposite flows in one clause apart', () => {
    const text = "In 2023 Chile's exports to Peru reached $3.2 billion, and Peru's exports to Chile were $1.2 billion.";
    expect(extract(text, '2024-05-02')).toEqual([
      'exports CHL-PER 3200000000 2023-01-01..2023-12-31',
      'exports PER-CHL 1200000000 2023-01-01..2023-12-31',
    ]);
  });

  it('gives a coordinated second flow the subject of the first', () => {
    const text = 'Chile exported goods worth $3.2 billion to Peru in 2023 and imported goods worth $1.2 billion.';
    expect(extract(text, '2024-05-02')).toEqual([
      'exports CHL-PER 3200000000 2023-01-01..2023-12-31',
      'imports CHL-PER 1200000000 2023-01-01..2023-12-31',
    ]);
  });

  it('reads a sum still under discussion as no investment made', () => {
    const out = extract('Chile and Peru are in talks about an investment of $1 billion from Chile.', '2023-03-01');
    expect(out.some((f) => f.startsWith('investment '))).toBe(false);
  });
});

describe('levels told as a change, in words, or against a base period (written for these tests)', () => {
  it('keeps the starting level of "from … in <year> to …" when it has a period of its own', () => {
    const text = 'Trade between Ghana and Togo almost doubled from $1.2 billion in 2016 to $2.3 billion in 2019.';
    expect(extract(text, '2020-04-01')).toEqual([
      'trade_turnover GHA-TGO 1200000000 2016-01-01..2016-12-31', 'trade_turnover GHA-TGO 2300000000 2019-01-01..2019-12-31']);
  });

  it('still drops a starting level with no period of its own', () => {
    const text = 'Trade between Ghana and Togo rose from $1.2 billion to $2.3 billion in 2019.';
    expect(extract(text, '2020-04-01')).toEqual(['trade_turnover GHA-TGO 2300000000 2019-01-01..2019-12-31']);
  });

  it('gives a year that follows one sum to that sum, not to the next one', () => {
    const text = 'Trade between Ghana and Togo went from $1.2 billion in 2016 to $2.3 billion, as reported, in 2019.';
    expect(extract(text, '2020-04-01')).toContain('trade_turnover GHA-TGO 2300000000 2019-01-01..2019-12-31');
  });

  it('reads "the figure fell to …" as the metric of the sentence before', () => {
    const text = 'Trade between Ghana and Togo reached $2.3 billion in 2019. Hit by the pandemic, the figure dropped to $1.9 billion in 2020.';
    expect(extract(text, '2021-04-01')).toContain('trade_turnover GHA-TGO 1900000000 2020-01-01..2020-12-31');
  });

  it('reads a sum written in words with a scale word and a currency', () => {
    const text = 'Officials said Ghana and Togo had a trade volume of about two billion dollars last year.';
    expect(extract(text, '2021-04-01')).toEqual(['trade_turnover GHA-TGO 2000000000 2020-01-01..2020-12-31']);
    // A number word alone before a currency is no sum ("one dollar coins" names no trade).
    expect(extract('Ghana and Togo trade in one dollar coins, officials said.', '2021-04-01')).toEqual([]);
  });

  it('does not take the base of a comparison for the period', () => {
    const text = 'Trade between Ghana and Togo rose 9% in the first half of this year compared with the same period of 2022, totalling $800 million.';
    expect(extract(text, '2023-09-01')).toContain('trade_turnover GHA-TGO 800000000 2023-01-01..2023-06-30');
  });
});
