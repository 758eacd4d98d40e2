/**
 * Finds stated amounts (money, counts of things, physical quantities, percentages) in text, with the
 * qualifier written before them ("nearly", "over", "up to"). Bare numbers — years, page numbers,
 * phone numbers, ordinals — are never amounts: a count needs a count noun, money a currency.
 */
import type { AmountMention, Span } from '../../core/types.js';
import type { Qualifier } from '../../record/types.js';
import { amountLexicon, lookupKey, type AmountLexicon } from './amount-lexicon.js';

/** What kind of thing an amount measures. */
export type AmountKind = 'money' | 'count' | 'quantity' | 'percent';

/** An amount as found, with what the figure extractor needs beyond the public mention. */
export interface Amount extends AmountMention {
  readonly amountKind: AmountKind;
  /** For counts: the noun group from figure-amounts.yaml ("agreement", "visit", "time" …). */
  readonly noun?: string;
  /** For counts: where the count noun is written. */
  readonly nounSpan?: Span;
  /** Where the qualifier word starts, when there is one (evidence starts there at the latest). */
  readonly qualifierStart?: number;
  /** For money in a word several currencies share ("rupees"): the currencies the figure's parties may pick from. */
  readonly currencyChoices?: readonly string[];
}

const KIND_RANK: Record<AmountKind, number> = { money: 0, quantity: 1, percent: 2, count: 3 };
const QUALIFIER_LOOKBACK = 32;

/** Digit runs: every numeric amount starts at one. */
const DIGIT_RUN = /\d[\d.,]*/g;
/** How far before its number a currency may start ("U.S.$ 5", "USD 3"). */
const CURRENCY_REACH = 7;

/** Amounts (money, counts, quantities, percentages) in text[range], in text order, without overlaps. */
export function findAmounts(text: string, range?: Span): Amount[] {
  const lex = amountLexicon();
  const start = Math.max(0, range?.start ?? 0);
  const end = Math.min(text.length, range?.end ?? text.length);
  if (end <= start) return [];
  const found: Amount[] = [];
  // Read the page's number style only when a sum could be a decimal comma before billions (rare).
  let commaStyle: boolean | undefined;
  const decimalComma = (): boolean => (commaStyle ??= writesDecimalComma(text));
  const at = (re: RegExp, pos: number, make: (m: RegExpExecArray) => Amount | null): void => {
    if (pos < start) return;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m && m.index + m[0].length <= end) {
      const a = make(m);
      if (a) found.push(a);
    }
  };
  DIGIT_RUN.lastIndex = start;
  for (let r = DIGIT_RUN.exec(text); r && r.index < end; r = DIGIT_RUN.exec(text)) {
    const p = r.index;
    for (let q = Math.max(start, p - CURRENCY_REACH); q < p; q++) {
      if (!lex.currencyBeforeFirstChars.has(String.fromCodePoint(text.codePointAt(q)!))) continue;
      at(lex.moneyBefore, q, (m) => money(lex, text, m, 'amount:money-before', decimalComma));
    }
    lex.moneyAfterGate.lastIndex = p;
    const next = lex.moneyAfterGate.exec(text)?.groups?.w?.toLowerCase();
    // The word may end a sentence ("900 million tenge."), or be dotted initials ("U.S. dollars").
    if (next && (lex.currencyAfterFirstWords.has(next) || lex.currencyAfterFirstWords.has(next.replace(/[.'’]+$/, '')))) {
      at(lex.moneyAfter, p, (m) => money(lex, text, m, 'amount:money-after', decimalComma));
    }
    if (next && lex.moneyAfterScale && lex.currencyAfterScaleFirstWords.has(next)) at(lex.moneyAfterScale, p, (m) => money(lex, text, m, 'amount:money-after-scale', decimalComma));
    if (lex.moneyAfterSign) at(lex.moneyAfterSign, p, (m) => money(lex, text, m, 'amount:money-after-sign', decimalComma));
    at(lex.percent, p, (m) => percent(lex, text, m));
    at(lex.quantity, p, (m) => quantity(lex, text, m));
    at(lex.count, p, (m) => count(lex, text, m));
  }
  lex.numberWord.lastIndex = start;
  for (let w = lex.numberWord.exec(text); w && w.index < end; w = lex.numberWord.exec(text)) {
    at(lex.count, w.index, (m) => count(lex, text, m));
    at(lex.moneyInWords, w.index, (m) => moneyInWords(lex, text, m));
  }
  lex.ordinalStart.lastIndex = start;
  for (let w = lex.ordinalStart.exec(text); w && w.index < end; w = lex.ordinalStart.exec(text)) {
    at(lex.ordinal, w.index, (m) => ordinalCount(lex, text, m));
  }
  return removeOverlaps(found);
}

/** Keeps, of overlapping amounts, money over quantities over percentages over counts, then the longer. */
function removeOverlaps(found: Amount[]): Amount[] {
  const byStart = [...found].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  const out: Amount[] = [];
  // Overlaps are local: settle each cluster of mutually reachable spans on its own.
  for (let i = 0; i < byStart.length;) {
    let end = byStart[i]!.span.end;
    let j = i + 1;
    while (j < byStart.length && byStart[j]!.span.start < end) end = Math.max(end, byStart[j++]!.span.end);
    out.push(...settle(byStart.slice(i, j)));
    i = j;
  }
  return out;
}

function settle(cluster: Amount[]): Amount[] {
  if (cluster.length === 1) return cluster;
  const ranked = [...cluster].sort(
    (x, y) => KIND_RANK[x.amountKind] - KIND_RANK[y.amountKind] ||
      (y.span.end - y.span.start) - (x.span.end - x.span.start) || x.span.start - y.span.start);
  const kept: Amount[] = [];
  for (const a of ranked) {
    if (kept.some((k) => a.span.start < k.span.end && k.span.start < a.span.end)) continue;
    kept.push(a);
  }
  return kept.sort((x, y) => x.span.start - y.span.start);
}

/** Reads "17.8", "350,000" and the decimal comma of "2,1 billion" (the pattern only allows it there). */
export function parseNumber(s: string): number {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  return Number(s.replace(',', '.'));
}

/**
 * A number before a scale of billions or more: "$19,863 billion" (translated news) writes a decimal comma before three
 * precise digits, but only in a document that writes its decimals with a comma elsewhere too; otherwise the comma
 * groups thousands ("$1,250 billion" is 1.25 trillion).
 */
function scaledNumber(s: string, scale: number, decimalComma: () => boolean): number {
  if (scale >= 1e9 && /^\d{1,2},\d{3}$/.test(s) && !/0{2}$/.test(s) && decimalComma()) return Number(s.replace(',', '.'));
  return parseNumber(s);
}

/**
 * Whether a text writes numbers in decimal-comma style: a comma before one or two final digits ("3,5 %") or
 * thousands grouped with dots ("1.234.567", "1.234,5").
 */
function writesDecimalComma(text: string): boolean {
  return /(?<![\d.,])\d+,\d{1,2}(?![\d,])/.test(text) ||
    /(?<![\d.,])\d{1,3}(?:\.\d{3}(?:\.\d{3})+(?![\d])|\.\d{3},\d)/.test(text);
}

/** Removes binary floating-point noise (17.8 × 1e9) without losing a stated decimal. */
function tidy(v: number): number {
  return Math.abs(v) >= 1000 ? Math.round(v) : Math.round(v * 1e6) / 1e6;
}

function qualifierBefore(lex: AmountLexicon, text: string, at: number): { q: Qualifier; start?: number } {
  const from = Math.max(0, at - QUALIFIER_LOOKBACK);
  const m = lex.qualifier.exec(text.slice(from, at));
  if (!m?.groups?.q) return { q: 'exact' };
  const q = lex.qualifierOf.get(lookupKey(m.groups.q));
  return q ? { q, start: from + m.index } : { q: 'exact' };
}

function scaleOf(lex: AmountLexicon, g: Record<string, string | undefined>): number {
  if (g.att) return lex.attachedScale.get(lookupKey(g.att)) ?? 1;
  if (g.sp) return lex.spacedScale.get(lookupKey(g.sp)) ?? 1;
  return 1;
}

function build(
  lex: AmountLexicon, text: string, start: number, end: number, kind: AmountKind, value: number, unit: string, rule: string,
  extra: { noun?: string; nounSpan?: Span } = {},
): Amount {
  const { q, start: qualifierStart } = qualifierBefore(lex, text, start);
  return {
    kind: 'amount', span: { start, end }, value: tidy(value), unit, qualifier: q, rule, amountKind: kind,
    ...extra, ...(qualifierStart !== undefined ? { qualifierStart } : {}),
  };
}

function money(lex: AmountLexicon, text: string, m: RegExpExecArray, rule: string, decimalComma: () => boolean): Amount | null {
  const g = m.groups ?? {};
  const choice = lex.currencyBefore.get(lookupKey(g.cur ?? '')) ?? lex.currencyAfter.get(lookupKey(g.cur ?? ''));
  if (!choice || !g.num) return null;
  // A range ("$3-4 billion") is read as its middle, approximately.
  const scale = scaleOf(lex, g);
  const low = scaledNumber(g.num, scale, decimalComma);
  // "N95 masks", "the R40 road": a sign of one capital letter ("R250bn" rand, "N11.6 trillion" naira) glued to a
  // small number with no scale word is a name, not a sum.
  if (/^\p{Lu}$/u.test(g.cur ?? '') && (scale === 1 && low < 1000 || !letterSignAllowed(text, m, scale))) return null;
  const value = (g.num2 ? (low + scaledNumber(g.num2, scale, decimalComma)) / 2 : low) * scale;
  if (!Number.isFinite(value) || value <= 0) return null;
  const start = m.index;
  const a = withChoices(build(lex, text, start, start + m[0].length, 'money', value, choice.code, rule), choice.choices);
  return g.num2 ? { ...a, qualifier: 'approx', rule: `${rule}-range` } : a;
}

/**
 * A one-letter sign is money glued to its number ("R250bn"), or spaced before a scale word ("R 45bn"), but never
 * after a capitalised word inside a sentence, where it is a name's letter ("Grade R 2 million learners", "Phase N 3").
 */
function letterSignAllowed(text: string, m: RegExpExecArray, scale: number): boolean {
  if (!/\d/.test(text.charAt(m.index + 1)) && scale === 1) return false;
  const before = /(?<=^|[^\p{L}\p{N}])(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
  if (!before) return true;
  const wordAt = m.index - before[0].length;
  // a capitalised word that opens a sentence ("The R250bn deal") is no name
  return /(?:^|[.!?:]["'’”)]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, wordAt - 5), wordAt));
}

/** A sum in a currency word several currencies share ("rupees") keeps the currencies its parties may pick from. */
function withChoices(amount: Amount, choices: readonly string[] | undefined): Amount {
  return choices ? { ...amount, currencyChoices: choices } : amount;
}

/** "one billion dollars": a sum written with a number word and a scale word. */
function moneyInWords(lex: AmountLexicon, text: string, m: RegExpExecArray): Amount | null {
  const g = m.groups ?? {};
  const choice = lex.currencyAfter.get(lookupKey(g.cur ?? ''));
  const value = (lex.numberWords.get(lookupKey(g.word ?? '')) ?? NaN) * scaleOf(lex, g);
  if (!choice || !Number.isFinite(value) || value <= 0) return null;
  return withChoices(build(lex, text, m.index, m.index + m[0].length, 'money', value, choice.code, 'amount:money-words'), choice.choices);
}

function percent(lex: AmountLexicon, text: string, m: RegExpExecArray): Amount | null {
  const value = parseNumber(m.groups?.num ?? '');
  if (!Number.isFinite(value)) return null;
  const start = m.index;
  return build(lex, text, start, start + m[0].length, 'percent', value, '%', 'amount:percent');
}

function quantity(lex: AmountLexicon, text: string, m: RegExpExecArray): Amount | null {
  const g = m.groups ?? {};
  const unit = lex.quantityUnit.get(lookupKey(g.unit ?? ''));
  const value = parseNumber(g.num ?? '') * scaleOf(lex, g);
  if (!unit || !Number.isFinite(value) || value <= 0) return null;
  const start = m.index;
  return build(lex, text, start, start + m[0].length, 'quantity', value, unit, 'amount:quantity');
}

function count(lex: AmountLexicon, text: string, m: RegExpExecArray): Amount | null {
  const g = m.groups ?? {};
  const noun = g.noun ? lex.countNoun.get(lookupKey(g.noun)) : undefined;
  if (!noun) return null;
  // Between number and noun only known modifiers ("new", "intergovernmental") and names or demonyms
  // ("Kazakh-Chinese"): "30 of the agreements" or "5 minutes later" are not counts.
  for (const w of (g.mods ?? '').split(/\s+/)) {
    if (w && !lex.countModifiers.has(w.toLowerCase()) && w[0] === w[0]!.toLowerCase()) return null;
  }
  let value: number;
  if (g.num) {
    // A four-digit whole number before a noun is nearly always a year ("in 2022 agreements were …").
    if (/^(?:1[89]|20)\d\d$/.test(g.num)) return null;
    value = parseNumber(g.num);
  } else {
    value = lex.numberWords.get(lookupKey(g.word ?? '')) ?? NaN;
  }
  value *= scaleOf(lex, g);
  if (!Number.isFinite(value) || value <= 0) return null;
  const start = m.index;
  const nounStart = start + m[0].length - g.noun!.length;
  return build(lex, text, start, start + m[0].length, 'count', value, 'count', 'amount:count', {
    noun, nounSpan: { start: nounStart, end: start + m[0].length },
  });
}

/** "his ninth visit": a running total of nine, read like the count "nine visits". */
function ordinalCount(lex: AmountLexicon, text: string, m: RegExpExecArray): Amount | null {
  const g = m.groups ?? {};
  const noun = g.noun ? lex.countNoun.get(lookupKey(g.noun)) : undefined;
  const ord = (g.ord ?? '').toLowerCase();
  const value = /^\d/.test(ord) ? parseInt(ord, 10) : lex.ordinalWords.get(ord) ?? NaN;
  if (!noun || !(value >= 2)) return null;
  for (const w of (g.mods ?? '').split(/\s+/)) {
    if (w && !lex.countModifiers.has(w.toLowerCase()) && w[0] === w[0]!.toLowerCase()) return null;
  }
  const start = m.index;
  return build(lex, text, start, start + m[0].length, 'count', value, 'count', 'amount:ordinal-count', {
    noun, nounSpan: { start: start + m[0].length - g.noun!.length, end: start + m[0].length },
  });
}
