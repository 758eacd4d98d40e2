import { describe, expect, it } from 'vitest';
import { findAmounts, parseNumber } from './amount-finder.js';

type Row = readonly [written: string, value: number, unit: string, qualifier?: string];

/** Each sentence states exactly the amounts listed, in order. */
const CASES: ReadonlyArray<readonly [sentence: string, amounts: readonly Row[]]> = [
  ['Turnover hit $8.7 billion last year.', [['$8.7 billion', 8.7e9, 'USD']]],
  ['Trade stood at $3,4 billion in the period.', [['$3,4 billion', 3.4e9, 'USD']]],
  ['The fund holds $2.25bn in assets.', [['$2.25bn', 2.25e9, 'USD']]],
  ['A $40m grant and a US$12 million loan.', [['$40m', 4e7, 'USD'], ['US$12 million', 1.2e7, 'USD']]],
  ['Bids reached USD 6 billion.', [['USD 6 billion', 6e9, 'USD']]],
  ['Chile lent 2 billion US dollars.', [['2 billion US dollars', 2e9, 'USD']]],
  ['Grants of €750 million and EUR 15 mln.', [['€750 million', 7.5e8, 'EUR'], ['EUR 15 mln', 1.5e7, 'EUR']]],
  ['A £4.5bn deal.', [['£4.5bn', 4.5e9, 'GBP']]],
  ['Swaps of 35 billion yuan and 10 billion renminbi.', [['35 billion yuan', 3.5e10, 'CNY'], ['10 billion renminbi', 1e10, 'CNY']]],
  ['Budget: 900 million tenge.', [['900 million tenge', 9e8, 'KZT']]],
  ['Fees of 75 billion rubles.', [['75 billion rubles', 7.5e10, 'RUB']]],
  ['A ¥3 trillion package.', [['¥3 trillion', 3e12, 'JPY']]],
  ['The prize was $480,000 in total.', [['$480,000', 4.8e5, 'USD']]],
  ['The ship carried 48,000 tonnes of grain.', [['48,000 tonnes', 4.8e4, 't']]],
  ['Pipelines moved 10 billion cubic meters of gas.', [['10 billion cubic meters', 1e10, 'm3']]],
  ['Macron has been to Algeria 4 times.', [['4 times', 4, 'count']]],
  ['They have signed over 150 treaties and agreements.', [['150 treaties', 150, 'count', 'over']]],
  ['More than 35 intergovernmental documents were signed.', [['35 intergovernmental documents', 35, 'count', 'over']]],
  ['The sides inked seven new agreements.', [['seven new agreements', 7, 'count']]],
  ['They concluded 12 deals worth $3 billion.', [['12 deals', 12, 'count'], ['$3 billion', 3e9, 'USD']]],
  ['Prices rose 4.2% while wages grew 7 percent.', [['4.2%', 4.2, '%'], ['7 percent', 7, '%']]],
  ['The share fell to 18 per cent.', [['18 per cent', 18, '%']]],
  ['The plant will cost $3-4 billion.', [['$3-4 billion', 3.5e9, 'USD', 'approx']]],
  ['They signed 12 Kazakh-Chinese agreements.', [['12 Kazakh-Chinese agreements', 12, 'count']]],
  // An ordinal visit tells of one visit: no count.
  ['It was the prime minister’s sixth visit to Oman.', []],
  ['She paid her 21st official visit to Malta.', []],
  // East African shillings: before the number, and the "/-" sign after it.
  ['Revenue rose to KSh 12.5 billion and Sh3bn more came in.', [['KSh 12.5 billion', 1.25e10, 'KES'], ['Sh3bn', 3e9, 'KES']]],
  ['The levy brought in 4.6bn/- and a further 250,000/- in fees.', [['4.6bn/-', 4.6e9, 'KES'], ['250,000/-', 2.5e5, 'KES']]],
  ['Fees were TSh 900m, and USh 1.1trn was paid.', [['TSh 900m', 9e8, 'TZS'], ['USh 1.1trn', 1.1e12, 'UGX']]],
]; // prettier-ignore

const QUALIFIERS: ReadonlyArray<readonly [phrase: string, qualifier: string]> = [
  ['nearly $5 billion', 'approx'], ['almost $5 billion', 'approx'], ['about $5 billion', 'approx'],
  ['around $5 billion', 'approx'], ['approximately $5 billion', 'approx'], ['some $5 billion', 'approx'],
  ['roughly $5 billion', 'approx'], ['close to $5 billion', 'approx'],
  ['over $5 billion', 'over'], ['more than $5 billion', 'over'], ['exceeding $5 billion', 'over'],
  ['above $5 billion', 'over'], ['in excess of $5 billion', 'over'], ['upwards of $5 billion', 'over'],
  ['under $5 billion', 'under'], ['less than $5 billion', 'under'], ['below $5 billion', 'under'],
  ['up to $5 billion', 'under'], ['no more than $5 billion', 'under'], ['not less than $5 billion', 'over'],
  ['reached $5 billion', 'exact'],
];

describe('findAmounts', () => {
  it.each(CASES)('%s', (sentence, rows) => {
    const found = findAmounts(sentence);
    expect(found.map((a) => [sentence.slice(a.span.start, a.span.end), a.value, a.unit, a.qualifier])).toEqual(
      rows.map(([w, v, u, q]) => [w, v, u, q ?? 'exact']),
    );
  });

  it.each(QUALIFIERS)('qualifier of "%s" is %s', (phrase, qualifier) => {
    const [a] = findAmounts(`Trade was ${phrase} in the year.`);
    expect(a?.qualifier).toBe(qualifier);
  });

  it('keeps offsets absolute when given a range', () => {
    const text = 'Intro $1 billion. Then exports of €2 billion followed.';
    const range = { start: 18, end: text.length };
    const found = findAmounts(text, range);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.span.start, found[0]!.span.end)).toBe('€2 billion');
  });

  it('records the count noun group and where the qualifier starts', () => {
    const text = 'They signed more than 20 protocols.';
    const [a] = findAmounts(text);
    expect(a?.noun).toBe('agreement');
    expect(text.slice(a!.qualifierStart!, a!.span.end)).toBe('more than 20 protocols');
  });

  it.each([
    ['17.8', 17.8], ['350,000', 350000], ['1,250,000.5', 1250000.5], ['2,1', 2.1],
  ] as const)('parseNumber(%s) = %d', (s, v) => {
    expect(parseNumber(s)).toBe(v);
  });
});
