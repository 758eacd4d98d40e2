import { describe, expect, it } from 'vitest';
import { findAmounts } from './amount-finder.js';
import { figureInput } from '../../test-support/figure-fixtures.js';
import { findFigures } from './figure-extractor.js';

/** Numbers that are not amounts at all. */
const NOT_AMOUNTS: readonly string[] = [
  'The embassy can be reached at +7 (7172) 74-58-00 on weekdays.',
  'Call 8-800-555-35-35 for details.',
  'The treaty was signed in 1994 and ratified in 1995.',
  'The festival celebrates its 25th anniversary next spring.',
  'See page 12 and paragraph 4 of the report.',
  'Estonia is one of the largest exporters of shale oil.',
  'The 2030 agenda was adopted by 193 states.',
  'He was born on 12 March 1961 in Tbilisi.',
  'Flight KC 924 landed at 14:35.',
  'In 2022 agreements on transit were discussed.',
  'Rule 5.2 applies; see section 3.1.4.',
  'Try 5 minutes of silence.',
  'Bicycle lanes grew to 120 km.',
  'Only 30 of the agreements were ratified.',
  'Five days later the talks resumed.',
  'This was her first visit to Malta.',
  'The third round of talks opened on the 2nd floor.',
];

/** Sentences with amounts that are not figures of any metric (with the actors the layers would give). */
const NOT_FIGURES: ReadonlyArray<readonly [sentence: string, actors: Record<string, string>]> = [
  ['About 40% of the population of Peru lives in the capital.', { Peru: 'PER' }],
  ['Turnout in Georgia reached 67 percent.', { Georgia: 'GEO' }],
  ['Some 35 foreign ministers gathered at the Lisbon conference.', { Lisbon: 'PRT' }],
  ['Canada is one of the 10 largest economies.', { Canada: 'CAN' }],
  ['The new stadium in Qatar seats 40,000 people.', { Qatar: 'QAT' }],
  ['Norway’s sovereign fund lost $50 billion on stocks.', { Norway: 'NOR' }],
  ['The price of the Brazilian apartment was $350,000.', { Brazilian: 'BRA' }],
  ['Egypt’s economy grew by 4.1% last year.', { Egypt: 'EGY' }],
  ['The two presidents met three times in Vienna.', { Vienna: 'AUT' }],
  ['Police in Chile seized 30 documents.', { Chile: 'CHL' }],
  ['Chile’s Trade Minister opened the $300 million stadium.', { Chile: 'CHL' }],
  ['The World Trade Organization fined Chile $20 million.', { Chile: 'CHL' }],
];

describe('not amounts', () => {
  it.each(NOT_AMOUNTS)('%s', (sentence) => {
    expect(findAmounts(sentence)).toEqual([]);
  });
});

describe('not figures', () => {
  it.each(NOT_FIGURES)('%s', (sentence, actors) => {
    expect(findFigures(figureInput(sentence, actors)).figures).toEqual([]);
  });
});

describe('targets are not levels', () => {
  it.each([
    'Vietnam and Laos aim to raise bilateral trade to $5 billion.',
    'Bilateral trade between Vietnam and Laos is expected to reach $5 billion by 2030.',
    'The goal is to bring trade between Vietnam and Laos to $5 billion.',
    'Vietnam and Laos set a target of $5 billion in bilateral trade.',
    'Trade between Vietnam and Laos could reach $5 billion.',
  ])('%s', (sentence) => {
    const { figures } = findFigures(figureInput(sentence, { Vietnam: 'VNM', Laos: 'LAO' }));
    expect(figures.map((f) => f.metric)).toEqual(['trade_target']);
  });
});

describe('relative changes are not level figures', () => {
  it('keeps the level and turns the percentage into a growth rate', () => {
    const text = 'Exports from Peru to Chile rose by 14% to $2 billion.';
    const { figures } = findFigures(figureInput(text, { Peru: 'PER', Chile: 'CHL' }));
    expect(figures.filter((f) => f.metric === 'exports').map((f) => f.value)).toEqual([2e9]);
    expect(figures.filter((f) => f.unit === '%').map((f) => f.metric)).toEqual(['growth_rate']);
  });

  it('does not read "by a third" as an amount', () => {
    const text = 'Exports from Peru to Chile grew by a third.';
    expect(findFigures(figureInput(text, { Peru: 'PER', Chile: 'CHL' })).figures).toEqual([]);
  });

  it('skips the starting value of "from … to …"', () => {
    const text = 'Trade between Peru and Chile rose from $3 billion to $4 billion.';
    const { figures, diagnostics } = findFigures(figureInput(text, { Peru: 'PER', Chile: 'CHL' }));
    expect(figures.map((f) => f.value)).toEqual([4e9]);
    expect(diagnostics.map((d) => d.rule)).toContain('figures/from-value');
  });

  it('does not count a part of a count already given', () => {
    const text = 'Peru and Chile signed 18 documents, including 6 agreements.';
    const { figures } = findFigures(figureInput(text, { Peru: 'PER', Chile: 'CHL' }));
    expect(figures.map((f) => [f.metric, f.value])).toEqual([['agreements_count', 18]]);
  });
});

describe('inputs that must not break extraction', () => {
  it.each([
    ['empty', ''],
    ['white space', ' \n\n \t'],
    ['emoji and CJK', '🚀 中国和哈萨克斯坦 贸易额 $5 billion 📈 %%% 💰'],
    ['binary noise', '\u0000\u0001$\u0002 billion \uFFFD 12\u0000%'],
    ['digits only', '1234567890'.repeat(500)],
  ])('%s', (_name, text) => {
    const input = figureInput(text);
    const run = (): unknown => findFigures(input);
    expect(run).not.toThrow();
    for (const f of findFigures(input).figures) {
      for (const e of f.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
      }
    }
  });
});
