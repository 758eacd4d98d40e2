/**
 * Loads data/figure-amounts.yaml (currencies, scale words, count nouns, qualifiers) and compiles the
 * amount patterns once, so that scanning a document never builds a RegExp.
 */
import { z } from 'zod';
import { loadValidated } from '../../core/data-files.js';
import { alternation, escapeRegExp, wordPattern } from '../../core/regex-words.js';
import type { Qualifier } from '../../record/types.js';
import { currencyLexicon, type CurrencyChoice } from './currency-lexicon.js';

const FILE = 'figure-amounts.yaml';
const words = z.array(z.string().min(1));

const schema = z.object({
  scales: z.object({
    spaced: z.record(z.string(), z.number().positive()),
    attached: z.record(z.string(), z.number().positive()),
  }),
  numberWords: z.record(z.string(), z.number().int().positive()),
  ordinalWords: z.record(z.string(), z.number().int().min(2)),
  ordinalNouns: words,
  countNouns: z.record(z.string(), words),
  countModifiers: words,
  quantityUnits: z.record(z.string(), words),
  percentWords: words,
  qualifiers: z.object({ approx: words, over: words, under: words }),
  dashQualifiers: words.default([]),
});

type AmountWords = z.infer<typeof schema>;

/** The compiled amount patterns and the lookup tables their matches are read with. */
export interface AmountLexicon {
  /** Qualifiers a spaced dash standing for a left-out verb may stand before with its amount (clause-splitter.ts). */
  readonly dashQualifiers: readonly string[];
  // Every amount pattern is sticky: amount-finder tries it only where a number starts (or, for a
  // currency before the number, a few characters earlier), never across the whole text.
  /** Currency written before the number: "$5 billion", "USD 3 bn", "€500m", "$3-4 billion". */
  readonly moneyBefore: RegExp;
  /** Currency written after the number: "3 billion US dollars", "500 million tenge". */
  readonly moneyAfter: RegExp;
  /** A currency sign right after the number: "8.4bn/-"; null when the data lists none. */
  readonly moneyAfterSign: RegExp | null;
  /** A number, a scale word, then a name that is also an English word ("80 trillion won"). */
  readonly moneyAfterScale: RegExp | null;
  /** The first words of those names, lower case. */
  readonly currencyAfterScaleFirstWords: ReadonlySet<string>;
  /**
   * A number, its scale and the first word after it: moneyAfter's hundreds of currency names are tried
   * only where that word can start one (a cheap check that keeps amount scanning fast).
   */
  readonly moneyAfterGate: RegExp;
  readonly moneyInWords: RegExp;
  /** First words of the currency names written after the number, in lower case. */
  readonly currencyAfterFirstWords: ReadonlySet<string>;
  /** Characters a currency written before the number can start with (as written). */
  readonly currencyBeforeFirstChars: ReadonlySet<string>;
  readonly percent: RegExp;
  readonly quantity: RegExp;
  readonly count: RegExp;
  /** A running total told as an ordinal: "ninth visit", "33rd official visit". */
  readonly ordinal: RegExp;
  /** Global pattern for the ordinal words and digit ordinals: where such a count may start. */
  readonly ordinalStart: RegExp;
  readonly ordinalWords: ReadonlyMap<string, number>;
  /** Qualifier words anchored at the end of the text before an amount. */
  readonly qualifier: RegExp;
  /** Currency words (figure-currencies.yaml and the ISO list) → what they mean. */
  readonly currencyBefore: ReadonlyMap<string, CurrencyChoice>;
  readonly currencyAfter: ReadonlyMap<string, CurrencyChoice>;
  readonly spacedScale: ReadonlyMap<string, number>;
  readonly attachedScale: ReadonlyMap<string, number>;
  readonly numberWords: ReadonlyMap<string, number>;
  /** Global pattern for the number words: where a count written in words may start. */
  readonly numberWord: RegExp;
  /** Count noun (lower case) → its group ("treaties" → "agreement"). */
  readonly countNoun: ReadonlyMap<string, string>;
  /** Words that may stand between a number and its count noun (lower case); capitalised words may too. */
  readonly countModifiers: ReadonlySet<string>;
  /** Quantity word (lower case) → unit ("tonnes" → "t"). */
  readonly quantityUnit: ReadonlyMap<string, string>;
  readonly qualifierOf: ReadonlyMap<string, Qualifier>;
}

/**
 * Like `alternation`, but for a pattern compiled without the `i` flag: words written in lower case match
 * in any case ("Billion", "DOLLARS"), words with a capital match only as written, so that the codes
 * "TRY" or "Rs" are not read in "try" or "rs".
 */
export function caseAlternation(list: Iterable<string>): string {
  const one = (w: string): string =>
    w === w.toLowerCase()
      ? [...w].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c}${c.toUpperCase()}]` : c === ' ' ? '\\s+' : escapeRegExp(c))).join('')
      : wordPattern(w);
  return [...new Set(list)].sort((a, b) => b.length - a.length).map(one).join('|');
}

/** Lower-cases and folds white space so a matched phrase can be looked up in a table. */
export function lookupKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

function compile(data: AmountWords): AmountLexicon {
  const currencies = currencyLexicon();
  const currencyBefore = currencies.before;
  const currencyAfter = currencies.after;
  const beforeWords = currencies.beforeWords;
  const afterWords = currencies.afterWords;
  const spacedScale = new Map(Object.entries(data.scales.spaced).map(([k, v]) => [lookupKey(k), v]));
  const attachedScale = new Map(Object.entries(data.scales.attached).map(([k, v]) => [lookupKey(k), v]));
  const numberWords = new Map(Object.entries(data.numberWords).map(([k, v]) => [lookupKey(k), v]));
  const countNoun = new Map<string, string>();
  for (const [group, nouns] of Object.entries(data.countNouns)) for (const n of nouns) countNoun.set(lookupKey(n), group);
  const quantityUnit = new Map<string, string>();
  for (const [unit, ws] of Object.entries(data.quantityUnits)) for (const w of ws) quantityUnit.set(lookupKey(w), unit);
  const qualifierOf = new Map<string, Qualifier>();
  for (const q of ['approx', 'over', 'under'] as const) for (const w of data.qualifiers[q]) qualifierOf.set(lookupKey(w), q);

  const spaced = caseAlternation(spacedScale.keys());
  const attached = caseAlternation(attachedScale.keys());
  // A comma is a decimal mark only before one or two digits and a scale word ("$2,1 billion").
  const num = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d|,\\d)|\\d+(?:\\.\\d+)?(?:,\\d{1,2}(?=\\s?(?:${spaced}|${attached})\\b))?(?!\\d|,\\d)`;
  const scale = `(?:(?<att>${attached})\\b|\\s*(?<sp>${spaced})\\b)?`;
  // Letter codes ("USD") need a word edge on both sides; signs ("$") need none.
  const before = caseAlternation(beforeWords);
  const after = caseAlternation(afterWords);
  const numWords = alternation(numberWords.keys());
  const nouns = alternation(countNoun.keys());
  const ordinalWords = new Map(Object.entries(data.ordinalWords).map(([k, v]) => [lookupKey(k), v]));
  const ordinals = `\\d+(?:st|nd|rd|th)|${alternation(ordinalWords.keys())}`;
  // No ordinal nouns: a pattern that never matches.
  const ordinalNouns = alternation(data.ordinalNouns.flatMap((g) => data.countNouns[g] ?? [])) || '(?!)';
  const quantities = alternation(quantityUnit.keys());
  const percents = alternation(data.percentWords);
  const qualifiers = alternation(qualifierOf.keys());
  return {
    moneyBefore: new RegExp(
      `(?<![\\p{L}\\p{N}])(?<cur>${before})\\s?(?<num>${num})(?:\\s?[-–—]\\s?(?:${before})?(?<num2>${num}))?${scale}(?:\\s+(?<cur2>${after})(?![\\p{L}]))?`, 'yu'),
    moneyAfter: new RegExp(
      `(?<![\\p{L}\\p{N}.,$€£¥])(?<num>${num})${scale}\\s*(?:of\\s+)?(?<cur>${after})(?![\\p{L}])`, 'yu'),
    moneyAfterSign: currencies.afterSigns.length
      ? new RegExp(`(?<![\\p{L}\\p{N}.,$€£¥])(?<num>${num})${scale}\\s?(?<cur>${alternation(currencies.afterSigns)})`, 'yu') : null,
    moneyAfterScale: currencies.afterScaleWords.length
      ? new RegExp(`(?<![\\p{L}\\p{N}.,$€£¥])(?<num>${num})(?:(?<att>${attached})\\b|\\s*(?<sp>${spaced})\\b)\\s*(?<cur>${caseAlternation(currencies.afterScaleWords)})(?![\\p{L}])`, 'yu') : null,
    currencyAfterScaleFirstWords: new Set(currencies.afterScaleWords.map((w) => lookupKey(w).split(' ')[0]!)),
    moneyAfterGate: new RegExp(`(?:${num})${scale}\\s*(?:of\\s+)?(?<w>\\p{L}[\\p{L}.'’]*)`, 'yu'),
    // "one billion dollars", "three million euros": a number word needs a scale word and a currency
    moneyInWords: new RegExp(`(?<![\\p{L}])(?<word>${numWords})\\s+(?<sp>${spaced})\\b\\s*(?:of\\s+)?(?<cur>${after})(?![\\p{L}])`, 'yiu'),
    currencyAfterFirstWords: new Set(afterWords.map((w) => lookupKey(w).split(' ')[0]!)),
    currencyBeforeFirstChars: new Set(beforeWords.flatMap((w) => {
      const c = String.fromCodePoint(w.codePointAt(0)!);
      return c === c.toLowerCase() ? [c, c.toUpperCase()] : [c];
    })),
    percent: new RegExp(`(?<![\\p{L}\\p{N}.,])(?<num>${num})\\s?(?<pc>${percents})(?![\\p{L}])`, 'yiu'),
    quantity: new RegExp(
      `(?<![\\p{L}\\p{N}.,$€£¥])(?<num>${num})(?:\\s*(?<sp>${spaced})\\b)?\\s*(?<unit>${quantities})(?![\\p{L}])`, 'yiu'),
    count: new RegExp(
      `(?<![\\p{L}\\p{N}.,$€£¥#+\\-/])(?:(?<num>${num})|(?<word>\\b(?:${numWords})))(?:\\s+(?<sp>thousand|million|billion)\\b)?` +
        `\\s+(?<mods>(?:[\\p{L}][\\p{L}-]*\\s+){0,3}?)(?<noun>${nouns})(?![\\p{L}])`, 'yiu'),
    ordinal: new RegExp(
      `(?<![\\p{L}\\p{N}])(?<ord>${ordinals})\\s+(?<mods>(?:[\\p{L}][\\p{L}-]*\\s+){0,2}?)(?<noun>${ordinalNouns})(?![\\p{L}])`, 'yiu'),
    ordinalStart: new RegExp(`\\b(?:${ordinals})\\b`, 'gi'),
    ordinalWords,
    qualifier: new RegExp(`(?<![\\p{L}])(?<q>${qualifiers})\\s*$`, 'iu'),
    numberWord: new RegExp(`\\b(?:${numWords})\\b`, 'gi'),
    countModifiers: new Set(data.countModifiers.map(lookupKey)),
    currencyBefore, currencyAfter, spacedScale, attachedScale, numberWords, countNoun, quantityUnit, qualifierOf,
    // Every qualifier of an amount (approx ∪ over ∪ under), plus any listed for the dash alone.
    dashQualifiers: [...new Set([...data.qualifiers.approx, ...data.qualifiers.over, ...data.qualifiers.under, ...data.dashQualifiers])],
  };
}

let cached: AmountLexicon | undefined;

/** Returns the compiled amount lexicon, loading and validating data/figure-amounts.yaml on first use. */
export function amountLexicon(): AmountLexicon {
  if (cached === undefined) {
    cached = compile(loadValidated(FILE, schema));
  }
  return cached;
}
