/**
 * Fiscal years: "fiscal 2023/24", "FY2024", "FY24", "the 2023-24 financial year". The text names a
 * year; which months it covers depends on the country whose accounts it is (data/fiscal-years.yaml), and
 * that is only known once a figure's parties are: the parser dates the label with the default rule, and
 * `fiscalInterval` re-dates it for the figure's country.
 */
import { z } from 'zod';
import type { DateInterval } from '../../core/types.js';
import { loadValidated } from '../../core/data-files.js';
import { addMonths, monthsInterval } from './calendar.js';
import { monthNamePattern, monthNumber } from './date-words.js';
import type { DateCandidate } from './date-candidate.js';
import { lazyPattern, type RegexDateParser } from './parser-runner.js';

/** What a fiscal-year label says: the year it names and whether it names two ("2023/24"). */
export interface FiscalLabel {
  /** For a split label, its first year; otherwise the year written (for a relative label, the calendar year meant). */
  readonly year: number;
  readonly split: boolean;
  /** "the current fiscal year" (offset 0), "the previous fiscal year" (-1): the fiscal year holding `month` (YYYY-MM), moved. */
  readonly relative?: { readonly month: string; readonly offset: number };
  /** "the first five months of the fiscal year": the label's first months only. */
  readonly months?: number;
  /** "the second half of the fiscal year": the `months` start after this many of its first months. */
  readonly skipMonths?: number;
}

const rule = z.object({ startMonth: z.number().int().min(1).max(12), named: z.enum(['start', 'end']) });
type FiscalRule = z.infer<typeof rule>;
const schema = z.object({ default: rule, splitDefault: rule, countries: z.record(z.string().regex(/^[A-Z]{3}$/), rule) });

let data: z.infer<typeof schema> | undefined;
const fiscalData = (): z.infer<typeof schema> => (data ??= loadValidated('fiscal-years.yaml', schema));

/** The twelve months of a label under one country's rule. */
function intervalUnder(label: FiscalLabel, r: FiscalRule): DateInterval {
  if (r.startMonth === 1) return monthsInterval(label.year, 1, 12);
  // A split label "2023/24" starts in its first year; a single label in the year it is named after, or the year before.
  const startYear = label.split || r.named === 'start' ? label.year : label.year - 1;
  return monthsInterval(startYear, r.startMonth, 12);
}

/**
 * The interval a fiscal-year label covers for the first of `countries` with a fiscal year of its own;
 * a split label with none takes the split default, a single label the calendar year.
 */
export function fiscalInterval(label: FiscalLabel, countries: ReadonlyArray<string | null>): DateInterval {
  const d = fiscalData();
  let r: FiscalRule = label.split ? d.splitDefault : d.default;
  for (const c of countries) {
    const own = c ? d.countries[c] : undefined;
    if (own && own.startMonth !== 1) {
      r = own;
      break;
    }
  }
  const whole = label.relative ? relativeUnder(label.relative, r) : intervalUnder(label, r);
  if (!label.months) return whole;
  const first = addMonths(Number(whole.from.slice(0, 4)), Number(whole.from.slice(5, 7)), label.skipMonths ?? 0);
  return monthsInterval(first.year, first.month, label.months);
}

/** The fiscal year holding a month, under one country's rule, moved by whole years. */
function relativeUnder(rel: { readonly month: string; readonly offset: number }, r: FiscalRule): DateInterval {
  const year = Number(rel.month.slice(0, 4));
  const month = Number(rel.month.slice(5, 7));
  const startYear = (month >= r.startMonth ? year : year - 1) + rel.offset;
  return monthsInterval(startYear, r.startMonth, 12);
}

const RELATIVE_OFFSETS: Record<string, number> = { current: 0, this: 0, previous: -1, last: -1, past: -1, preceding: -1 };

/**
 * "the current fiscal year", "the previous financial year", "last fiscal year": the fiscal year holding the
 * document's month (or the one before), re-dated per country like the labelled forms.
 */
export const relativeFiscalYear: RegexDateParser = {
  rule: 'fiscal-year-relative',
  trigger: /fiscal|financial\s+year/i,
  pattern: lazyPattern(() => /\b(?:the\s+)?(current|this|previous|last|past|preceding)\s+(?:fiscal|financial)(?:\s+year)?\b(?!\s+(?:19|20)\d\d)/gi),
  extract(m, input, start, end) {
    const ref = input.ref;
    if (!ref || ref.month === null) return null;
    const offset = RELATIVE_OFFSETS[m[1]!.toLowerCase()]!;
    const label: FiscalLabel = { year: ref.year + offset, split: false, relative: { month: `${ref.year}-${String(ref.month).padStart(2, '0')}`, offset } };
    return { start, end, interval: fiscalInterval(label, []), grain: 'range', inferredYear: true, rule: this.rule, fiscal: label };
  },
};

const FULL_YEAR = '(?:19|20)\\d\\d';
/** "2023/24", "2023-24", "2023–2024", "2023/2024": a split label; group 1 the first year, group 2 the second. */
const SPLIT = `(${FULL_YEAR})\\s?[/–—-]\\s?(\\d{2}|${FULL_YEAR})`;

/** Reads a label's years; a split label must name consecutive years ("2023/24", not "2019-23"). */
function labelOf(first: string, second: string | undefined): FiscalLabel | null {
  const year = Number(first.length === 2 ? `20${first}` : first);
  if (second === undefined) return { year, split: false };
  const next = Number(second.length === 2 ? `${first.slice(0, 2)}${second}` : second);
  return next === year + 1 ? { year, split: true } : null;
}

/** "fiscal 2023/24", "fiscal year 2024", "FY2024", "FY 2023-24", "FY24", "the 2023-24 financial year". */
export const fiscalYear: RegexDateParser = {
  rule: 'fiscal-year',
  trigger: /fiscal|financial\s+year|\bFY\s?\d/i,
  pattern: lazyPattern(() => new RegExp(
    // Label after the words: "fiscal (year) 2023/24", "financial year 2024", "FY2024", "FY24".
    `\\b(?:(?:fiscal|financial)(?:\\s+year)?\\s+(?:${SPLIT}|(${FULL_YEAR}))(?![\\d/–—-])` +
      `|FY\\s?(?:${SPLIT}|(${FULL_YEAR})|(\\d{2}))(?![\\d/–—-])` +
      // Label before the words: "the 2023-24 financial year", "2024 fiscal year", "2023/24 fiscal".
      `|(?:${SPLIT}|(${FULL_YEAR}))\\s+(?:fiscal|financial)(?:\\s+year)?\\b)`,
    'gi')),
  extract(m, _input, start, end) {
    const [, s1, s2, y1, f1, f2, fy, fy2, b1, b2, by] = m;
    if (/^FY/i.test(m[0]) && !/^FY/.test(m[0])) return null; // "fy" in lower case is no label
    // "financial" alone before a year is an adjective ("financial 2024 results"): it needs "year".
    if (/^financial\s+\d/i.test(m[0]) || /\d\s+financial$/i.test(m[0])) return null;
    const label = s1 ? labelOf(s1, s2) : y1 ? labelOf(y1, undefined) : f1 ? labelOf(f1, f2) : fy ? labelOf(fy, undefined)
      : fy2 ? labelOf(fy2, undefined) : b1 ? labelOf(b1, b2) : by ? labelOf(by, undefined) : null;
    if (!label) return null;
    const c: DateCandidate = {
      start, end, interval: fiscalInterval(label, []), grain: 'range', inferredYear: false, rule: this.rule, fiscal: label,
    };
    return c;
  },
};

/**
 * A bare split label after a preposition, "in 2023/24", "during 2022-23": two consecutive years written
 * as one label name a year that does not start in January (a fiscal or marketing year), re-dated per
 * country like the labelled forms. "2022-2023" in full is left alone: it is as often two calendar years.
 */
export const splitYearLabel: RegexDateParser = {
  rule: 'fiscal-year',
  trigger: /(?:19|20)\d\d\s?[/–—-]\s?\d\d/,
  pattern: lazyPattern(() => new RegExp(
    `\\b(?:in|during|for|of|over)\\s+(?:the\\s+)?(${FULL_YEAR})(?:/(\\d{2}|${FULL_YEAR})|[–—-](\\d{2}))(?![\\d/–—-])(?!\\s+(?:fiscal|financial|season|academic|school))`,
    'gi')),
  extract(m, _input, start, end) {
    const label = labelOf(m[1]!, m[2] ?? m[3]);
    if (!label?.split) return null;
    const at = start + m[0].indexOf(m[1]!);
    return { start: at, end, interval: fiscalInterval(label, []), grain: 'range', inferredYear: false, rule: this.rule, fiscal: label };
  },
};

/**
 * "the fiscal year that ended in March", "the financial year ending June 30, 2023", "the 12 months to
 * September", "the year to March": the twelve months up to the end of the month named, in the year given,
 * else the last such month before the document's date (an ending told as past has happened).
 */
export const yearEndingIn: RegexDateParser = {
  rule: 'year-ending',
  trigger: /\b(?:year|months)\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to|through)\b/i,
  pattern: lazyPattern(() => new RegExp(
    `\\b(?:the\\s+)?(?:(?:fiscal|financial)\\s+year\\s+(?:that\\s+|which\\s+)?(?:ended|ending|ends|to|through)|(?:12|twelve)\\s+months\\s+(?:that\\s+|which\\s+)?(?:ended|ending|to|through)|year\\s+(?:that\\s+|which\\s+)?(?:ended|ending|to))` +
      `\\s+(?:in\\s+|on\\s+)?(?:(?:\\d{1,2})\\s+)?(${monthNamePattern()})(?:\\s+\\d{1,2}(?!\\d))?(?:,?\\s+((?:19|20)\\d\\d)(?!\\d))?`,
    'g')),
  extract(m, input, start, end) {
    const month = monthNumber(m[1] ?? '');
    if (month === null) return null;
    const ref = input.ref;
    let year: number;
    if (m[2]) year = Number(m[2]);
    else if (ref && ref.month !== null) year = month < ref.month ? ref.year : ref.year - 1;
    else return null;
    const interval = month === 12 ? monthsInterval(year, 1, 12) : monthsInterval(year - 1, month + 1, 12);
    return { start, end, interval, grain: 'range', inferredYear: !m[2], rule: this.rule };
  },
};
