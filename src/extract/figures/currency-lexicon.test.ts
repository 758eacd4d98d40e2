import { describe, expect, it } from 'vitest';
import { figureInput } from '../../test-support/figure-fixtures.js';
import { findAmounts } from './amount-finder.js';
import { currencyForParties, currencyLexicon } from './currency-lexicon.js';
import { findFigures } from './figure-extractor.js';

/** Money written every way a currency is: sign, code, name, plural, with the country's adjective. */
const MONEY: ReadonlyArray<readonly [phrase: string, value: number, unit: string]> = [
  ['SAR 4 billion', 4e9, 'SAR'], ['4 billion riyals', 4e9, 'SAR'], ['4 billion Saudi riyals', 4e9, 'SAR'],
  ['SR4 billion', 4e9, 'SAR'], ['90 million Qatari riyals', 9e7, 'QAR'],
  ['₹2,000 crore', 2e10, 'INR'], ['Rs 1.5 lakh crore', 1.5e12, 'INR'], ['INR 35 lakh', 3.5e6, 'INR'],
  ['600 crore rupees', 6e9, 'INR'], ['12 billion Pakistani rupees', 1.2e10, 'PKR'], ['30 million Sri Lankan rupees', 3e7, 'LKR'],
  ['80 billion yuan', 8e10, 'CNY'], ['CNY 5 billion', 5e9, 'CNY'], ['2 billion renminbi', 2e9, 'CNY'], ['RMB 7 billion', 7e9, 'CNY'],
  ['3 trillion tenge', 3e12, 'KZT'], ['₸40 billion', 4e10, 'KZT'],
  ['200 million rubles', 2e8, 'RUB'], ['200 million roubles', 2e8, 'RUB'], ['₽1 billion', 1e9, 'RUB'],
  ['5 trillion South Korean won', 5e12, 'KRW'], ['₩800 billion', 8e11, 'KRW'], ['KRW 3 trillion', 3e12, 'KRW'],
  ['9 billion lira', 9e9, 'TRY'], ['9 billion Turkish liras', 9e9, 'TRY'], ['₺150 million', 1.5e8, 'TRY'],
  ['7 billion dirhams', 7e9, 'AED'], ['7 billion UAE dirhams', 7e9, 'AED'], ['3 billion Moroccan dirhams', 3e9, 'MAD'],
  ['40 billion rand', 4e10, 'ZAR'], ['ZAR 2 billion', 2e9, 'ZAR'], ['60 billion naira', 6e10, 'NGN'], ['₦9 billion', 9e9, 'NGN'],
  ['15 billion reais', 1.5e10, 'BRL'], ['R$ 15 billion', 1.5e10, 'BRL'], ['4 billion Brazilian reais', 4e9, 'BRL'],
  ['50 billion pesos', 5e10, 'MXN'], ['50 billion Argentine pesos', 5e10, 'ARS'], ['₱10 billion', 1e10, 'PHP'],
  ['RM3 billion', 3e9, 'MYR'], ['3 billion ringgit', 3e9, 'MYR'], ['20 billion baht', 2e10, 'THB'], ['฿20 billion', 2e10, 'THB'],
  ['5 trillion dong', 5e12, 'VND'], ['5 trillion Vietnamese dong', 5e12, 'VND'], ['Rp 4 trillion', 4e12, 'IDR'],
  ['800 million Egyptian pounds', 8e8, 'EGP'], ['400 million Kenyan shillings', 4e8, 'KES'], ['2 billion Ethiopian birr', 2e9, 'ETB'],
  ['1 billion shekels', 1e9, 'ILS'], ['6.2 trillion zlotys', 6.2e12, 'PLN'], ['90 billion hryvnias', 9e10, 'UAH'],
  ['A$2 billion', 2e9, 'AUD'], ['C$2 billion', 2e9, 'CAD'], ['HK$2 billion', 2e9, 'HKD'], ['NT$2 billion', 2e9, 'TWD'],
  ['US$2 billion', 2e9, 'USD'], ['$2 billion', 2e9, 'USD'], ['2 billion dollars', 2e9, 'USD'], ['2 billion Canadian dollars', 2e9, 'CAD'],
  ['£2 billion', 2e9, 'GBP'], ['2 billion pounds sterling', 2e9, 'GBP'], ['¥2 billion', 2e9, 'JPY'], ['2 billion yen', 2e9, 'JPY'],
  ['2 billion Swiss francs', 2e9, 'CHF'], ['SDR 1.2 billion', 1.2e9, 'XDR'], ['3 billion Kuwaiti dinars', 3e9, 'KWD'],
]; // prettier-ignore

/** Sentences with a number next to a word that only looks like a currency: no money in them. */
const NOT_MONEY: readonly string[] = [
  'The party that in 2020 won the vote lost in 2024.',
  'Students got 5 marks for the essay.',
  'The summit ended in Q3 2023 with no deal.',
  'He scored 3 real goals.',
  'ALL 40 delegates left early.',
  'They hired 5,000 Afghani workers.',
  'Route R5 was closed for a week.',
  'Flight kr 5 was delayed.',
  // After a scale word only the data's afterScale names are currencies, not every word-like name.
  'Shipments between Peru and Bolivia passed the 4 billion mark last spring.',
  'The bank placed 3 billion convertible notes.',
  'The club paid a 6 million sum for the striker.',
];

describe('currencies by sign, code and name', () => {
  it.each(MONEY)('%s', (phrase, value, unit) => {
    const text = `The deal is worth ${phrase} in all.`;
    const found = findAmounts(text).filter((a) => a.amountKind === 'money');
    expect(found.map((a) => [text.slice(a.span.start, a.span.end), a.value, a.unit])).toEqual([[phrase, value, unit]]);
  });

  it.each(NOT_MONEY)('no money in "%s"', (sentence) => {
    expect(findAmounts(sentence).filter((a) => a.amountKind === 'money')).toEqual([]);
  });

  it('reads every ISO 4217 code of a state currency, except codes that are English words', () => {
    const lex = currencyLexicon();
    for (const code of ['KZT', 'UZS', 'NGN', 'GHS', 'XOF', 'XAF', 'BDT', 'MNT', 'GEL']) expect(lex.before.get(code.toLowerCase())?.code).toBe(code);
    for (const code of ['ALL', 'TOP', 'CUP']) expect(lex.before.has(code.toLowerCase())).toBe(false);
  });
});

describe('a word several currencies share', () => {
  it('takes the currency a party of the figure issues, else the default', () => {
    const rupees = currencyLexicon().after.get('rupees')!;
    expect(currencyForParties(rupees, ['PAK', 'CHN'])).toBe('PKR');
    expect(currencyForParties(rupees, ['NPL', null])).toBe('NPR');
    expect(currencyForParties(rupees, ['CHN', 'RUS'])).toBe('INR');
  });

  it('keeps dollars as US dollars whoever the parties are', () => {
    expect(currencyForParties(currencyLexicon().after.get('dollars')!, ['AUS', 'CHN'])).toBe('USD');
  });

  it('gives a figure between Argentina and China in pesos the Argentine peso', () => {
    const input = figureInput('Trade between Argentina and China reached 900 billion pesos in 2023.',
      { Argentina: 'ARG', China: 'CHN' }, { '2023': ['2023-01-01', '2023-12-31', 'year'] });
    expect(findFigures(input).figures.map((f) => [f.metric, f.unit])).toEqual([['trade_turnover', 'ARS']]);
  });

  it('gives rupees between Japan and Korea the default', () => {
    const input = figureInput('Trade between Japan and Korea reached 900 billion rupees in 2023.',
      { Japan: 'JPN', Korea: 'KOR' }, { '2023': ['2023-01-01', '2023-12-31', 'year'] });
    expect(findFigures(input).figures.map((f) => f.unit)).toEqual(['INR']);
  });
});
