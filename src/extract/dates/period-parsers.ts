/**
 * Parsers for periods inside a year: months ("in November", "September 2019", "between March and May"),
 * seasons ("this fall", "spring 2025"), quarters, halves and partial years ("in 8 months of 2021").
 */
import { alternation } from '../../core/regex-words.js';
import type { DateInterval } from '../../core/types.js';
import { daysInMonth, isoDay, monthInterval, monthsInterval, type RefDate } from './calendar.js';
import { clauseTense, sentenceWindow, type DateCandidate, type ParseInput } from './date-candidate.js';
import { countValue, dateWords, monthNamePattern, monthNumber, partOfMonthBefore } from './date-words.js';
import { lazyPattern, type RegexDateParser } from './parser-runner.js';
import { anchorOf, placePeriod, relationOf, type Anchor, type PeriodMode } from './period-resolution.js';

/** A plausible written year. */
export const YEAR = '(?:19\\d\\d|20\\d\\d|2100)';
/** A year, or a year counted from the reference ("this year", "last year", "the previous year"). */
const YEAR_QUALIFIER = `(?:(?:of\\s+|in\\s+)?(${YEAR})(?![\\d%])|(?:of\\s+)?((?:the\\s+)?(?:this|last|next|previous|current|coming|past))\\s+year)`;

const NUMBER_WORDS = '\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';

/** A year given explicitly or relative to the reference. */
interface YearRef {
  readonly year: number;
  readonly stated: boolean;
  readonly anchor: Anchor;
}

/** Reads the two capture groups of YEAR_QUALIFIER; undefined when neither matched, null when unplaceable. */
function yearOf(explicit: string | undefined, relative: string | undefined, ref: RefDate | null): YearRef | null | undefined {
  if (explicit) return { year: Number(explicit), stated: true, anchor: undefined };
  if (!relative) return undefined;
  if (ref === null) return null;
  const anchor = anchorOf(relative);
  const shift = anchor === 'last' ? -1 : anchor === 'next' ? 1 : 0;
  return { year: ref.year + shift, stated: false, anchor };
}

/** Builds a candidate for a period placed in a known year, or left unplaced for later steps. */
function candidate(start: number, end: number, interval: DateInterval | null, grain: DateCandidate['grain'],
  inferred: boolean, rule: string, anchor: Anchor, extra: Partial<DateCandidate> = {}): DateCandidate {
  const relation = relationOf(anchor);
  return { start, end, interval, grain, inferredYear: inferred, rule, ...(relation ? { relation } : {}), ...extra };
}

/** Places a year-less period, or uses the given year; shared by quarters, halves and partial years. */
function periodCandidate(input: ParseInput, start: number, end: number, make: (y: number) => DateInterval,
  year: YearRef | null | undefined, grain: DateCandidate['grain'], rule: string, mode: PeriodMode,
  ownAnchor: Anchor = undefined): DateCandidate | null {
  if (year === null) return null;
  if (year) return candidate(start, end, make(year.year), grain, !year.stated, rule, year.anchor);
  const tense = clauseTense(input.text, start, end);
  const interval = placePeriod(make, input.ref, ownAnchor, tense, mode);
  if (!interval) return null;
  return candidate(start, end, interval, grain, true, rule, ownAnchor ?? tense, tense ? { tense } : {});
}

// The thirds of a month, and its halves ("the second half of May").
const THIRDS: Record<string, [number, number | null]> = { early: [1, 10], mid: [11, 20], late: [21, null], firsthalf: [1, 15], secondhalf: [16, null] };

/** "September 2019", "May 2023", "late November 2024", "November of 2023". */
const monthYear: RegexDateParser = {
  rule: 'month-year',
  pattern: lazyPattern(() => new RegExp(`\\b(${monthNamePattern()})(?:,?\\s+|\\s+of\\s+)(${YEAR})\\b(?![\\d%]|[.,]\\d)`, 'g')),
  extract(m, input, nameStart, end) {
    const month = monthNumber(m[1] ?? '');
    if (month === null) return null;
    const year = Number(m[2]);
    let interval = monthInterval(year, month);
    // The pattern starts at the month (fast to scan); "early"/"mid"/"late" is read from before it.
    const lead = /\b(early|mid|late)[\s-]+$/i.exec(input.text.slice(Math.max(0, nameStart - 8), nameStart));
    const start = lead ? nameStart - lead[0].length : nameStart;
    const named = lead?.[1]?.toLowerCase() ?? partOfMonthBefore(input.text.slice(Math.max(0, nameStart - 40), nameStart));
    const part = named ? THIRDS[named] : undefined;
    if (part) interval = { from: isoDay(year, month, part[0]), to: isoDay(year, month, part[1] ?? daysInMonth(year, month)) };
    return candidate(start, end, interval, 'month', false, this.rule, undefined);
  },
};

/** "this 14th day of December, 2023", the formula of treaties and declarations: one day. */
const ordinalDayOf: RegexDateParser = {
  rule: 'ordinal-day-of',
  trigger: /\bday\s+of\b/i,
  pattern: lazyPattern(() => new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+day\\s+of\\s+(${monthNamePattern()})(?:,?\\s+|\\s+in\\s+the\\s+year\\s+)(${YEAR})\\b`, 'g')),
  extract(m, _input, start, end) {
    const month = monthNumber(m[2] ?? '');
    const day = Number(m[1]);
    const year = Number(m[3]);
    if (month === null || day < 1 || day > daysInMonth(year, month)) return null;
    const iso = isoDay(year, month, day);
    return candidate(start, end, { from: iso, to: iso }, 'day', false, this.rule, undefined);
  },
};

/** "January–October 2023", "between March and May", "from June to August last year". */
const monthRange: RegexDateParser = {
  rule: 'month-range',
  pattern: lazyPattern(() => {
    const M = monthNamePattern();
    // Between two months joined by a dash, abbreviations may drop their dot ("Jan-Sept 2024").
    const D = monthNamePattern({ dotless: true });
    return new RegExp(`\\b(?:(${M})\\s*(to|through|until|till|and)\\s*(${M})|(${D})\\s*(-|–|—)\\s*(${D}))(?![\\w])(?:,?\\s+${YEAR_QUALIFIER})?(?!\\s*\\d)`, 'g');
  }),
  extract(m, input, nameStart, end) {
    const [, w1, wl, w2, d1, dl, d2, explicit, relative] = m;
    const first = w1 ?? d1;
    const link = wl ?? dl;
    const last = w2 ?? d2;
    const lead = /\b(from|between)\s+$/i.exec(input.text.slice(Math.max(0, nameStart - 10), nameStart));
    const intro = lead?.[1];
    const start = lead ? nameStart - lead[0].length : nameStart;
    const m1 = monthNumber(first ?? '');
    const m2 = monthNumber(last ?? '');
    if (m1 === null || m2 === null) return null;
    // "and"/"to" need "between"/"from" unless a year follows; a dash alone is enough.
    const dash = /^[-–—]$/.test(link ?? '');
    if (!dash && !intro && !explicit && !relative) return null;
    if (link === 'and' && intro && intro.toLowerCase() !== 'between') return null;
    const make = (y: number): DateInterval => {
      const y1 = m1 <= m2 ? y : y - 1;
      return { from: isoDay(y1, m1, 1), to: isoDay(y, m2, daysInMonth(y, m2)) };
    };
    return periodCandidate(input, start, end, make, yearOf(explicit, relative, input.ref), 'range', this.rule, 'started');
  },
};

// A year counted from the reference right after a month ("March last year"); "the previous year" counts from
// the last year told, which the anaphoric refiner reads, so it is not taken here.
const YEAR_AFTER_MONTH = /^,?\s+(?:of\s+)?(this|last|next|current|coming|past)\s+year\b(?!\s*['’]s)/i;

const MONTH_LEAD = /\b(in|last|next|this|since|until|till|by|during|of|from|through|throughout|before|after|for|coming|past)\s+(?:(early|mid|late)[\s-]+)?$/i;

/** "in November", "last September", "next March", "since May", "early December"; needs a leading word. */
const monthOnly: RegexDateParser = {
  rule: 'month',
  // The pattern starts at the month name (fast to scan); the leading word is read from the text before it.
  pattern: lazyPattern(() => new RegExp(`\\b(?:${monthNamePattern()})(?![\\w'’])(?!\\s*,?\\s*\\d)`, 'g')),
  extract(m, input, nameStart, end) {
    const month = monthNumber(m[0]);
    const lead = MONTH_LEAD.exec(input.text.slice(Math.max(0, nameStart - 24), nameStart));
    if (month === null) return null;
    if (!lead) return yearAfterBareMonth(input, nameStart, end, month, m[0], this.rule) ?? attributiveMonth(m, input, nameStart, end, month, this.rule);
    const leadWord = lead[1] as string;
    // A capitalised lead word must start a sentence ("In May"), not a name ("Last Man").
    if (/^[A-Z]/.test(leadWord) && leadWord !== leadWord.charAt(0) + leadWord.slice(1).toLowerCase()) return null;
    const part = lead[2] ?? (lead[1]!.toLowerCase() === 'of' ? partOfMonthBefore(input.text.slice(Math.max(0, nameStart - 40), nameStart)) ?? undefined : undefined);
    const start = nameStart - lead[0].length;
    const anchor = anchorOf(leadWord) ?? (/^coming$/i.test(leadWord) ? 'next' : undefined);
    // Prepositions are not part of the expression; modifiers are.
    const spanStart = anchor ? start : lead[2] ? start + lead[0].toLowerCase().lastIndexOf(lead[2].toLowerCase()) : nameStart;
    const third = part ? THIRDS[part.toLowerCase()] : undefined;
    const make = (y: number): DateInterval => third
      ? { from: isoDay(y, month, third[0]), to: isoDay(y, month, third[1] ?? daysInMonth(y, month)) }
      : monthInterval(y, month);
    // "in March last year", "in May this year": the year is told after the month, counted from the reference.
    const after = anchor ? null : YEAR_AFTER_MONTH.exec(input.text.slice(end, end + 32));
    const counted = after ? yearOf(undefined, after[1], input.ref) : undefined;
    if (after && counted === null) return null;
    if (after && counted) return candidate(spanStart, end + after[0].length, make(counted.year), 'month', true, this.rule, counted.anchor);
    const tense = clauseTense(input.text, start, end);
    const interval = placePeriod(make, input.ref, anchor, tense, 'started');
    const yearless = { month };
    if (!interval) return candidate(spanStart, end, null, 'month', true, this.rule, anchor, { yearless, ...(tense ? { tense } : {}) });
    return candidate(spanStart, end, interval, anchor === 'since' ? 'range' : 'month', true, this.rule, anchor ?? tense,
      { yearless, ...(tense ? { tense } : {}) });
  },
};

// "the visit of Putin to Kazakhstan November last year": a capitalised month with no leading word, the year
// counted from the reference right after it (no comma between; data/date-words.yaml bareYearAfterMonth).
const bareYearAfterMonth = lazyPattern(() => new RegExp(`^\\s+(${alternation(dateWords().bareYearAfterMonth)})\\s+year\\b(?!\\s*['’]s)`, 'i'));

/** A capitalised month named without a leading word but with its year counted from the reference ("November last year"). */
function yearAfterBareMonth(input: ParseInput, nameStart: number, end: number, month: number, name: string, rule: string): DateCandidate | null {
  if (!/^[A-Z][a-z]/.test(name)) return null;
  const after = bareYearAfterMonth().exec(input.text.slice(end, end + 24));
  const counted = after ? yearOf(undefined, after[1], input.ref) : null;
  if (!after || !counted) return null;
  return candidate(nameStart, end + after[0].length, monthInterval(counted.year, month), 'month', true, rule, counted.anchor);
}

// A determiner or possessive before a month name used as a modifier: "the March visit", "his April trip", "Putin's May visit".
const ATTRIBUTIVE_LEAD = /(?:\b(?:the|a|an|his|her|its|their|our)|\w['’]s?)\s+$/i;
let attributiveNounRe: RegExp | undefined;

/** "the March visit", "his April trip to Moscow": a capitalised month that modifies a noun of a happening (date-words.yaml). */
function attributiveMonth(m: RegExpExecArray, input: ParseInput, nameStart: number, end: number, month: number, rule: string): DateCandidate | null {
  const nouns = dateWords().attributiveMonthNouns;
  if (nouns.length === 0 || !/^[A-Z][a-z]/.test(m[0])) return null;
  attributiveNounRe ??= new RegExp(`^\\s+(?:${nouns.join('|')})\\b`, 'i');
  if (!ATTRIBUTIVE_LEAD.test(input.text.slice(Math.max(0, nameStart - 24), nameStart)) || !attributiveNounRe.test(input.text.slice(end, end + 24))) return null;
  const tense = clauseTense(input.text, nameStart, end);
  const interval = placePeriod((y) => monthInterval(y, month), input.ref, undefined, tense, 'started');
  const yearless = { month };
  if (!interval) return candidate(nameStart, end, null, 'month', true, rule, undefined, { yearless, ...(tense ? { tense } : {}) });
  return candidate(nameStart, end, interval, 'month', true, rule, tense, { yearless, ...(tense ? { tense } : {}) });
}

/** Months a season covers in year y (winter runs into the next year). */
function seasonInterval(name: string, y: number): DateInterval | null {
  const months = dateWords().seasons[name.toLowerCase()];
  if (!months) return null;
  const [first, last] = months;
  const count = last >= first ? last - first + 1 : 12 - first + last + 1;
  return monthsInterval(y, first, count);
}

/** "this fall", "last summer", "in spring 2025", "the summer of 2023", "in the winter". */
const season: RegexDateParser = {
  rule: 'season',
  trigger: /spring|summer|fall|autumn|winter/i,
  pattern: lazyPattern(() => new RegExp(`\\b((?:(?:in|during|over|by|since|until|through|the|this|last|next|past|coming|early|late|mid)[\\s-]+){0,3})(spring|summer|fall|autumn|winter)\\b(?:\\s+(?:of\\s+)?(${YEAR})\\b(?![\\d%]))?`, 'gi')),
  extract(m, input, start, end) {
    const [, prefix = '', name = '', yearText] = m;
    // The capitalised "Spring"/"Fall" mid-sentence is usually a name ("Arab Spring"); keep lower case.
    if (/^[A-Z]/.test(name) && !/^\s*$/.test(prefix) && !/^(?:In|This|Last|Next|During|The|By|Since|Until|Over|Early|Late|Mid)\b/.test(prefix)) return null;
    const words = prefix.toLowerCase().split(/[\s-]+/).filter(Boolean);
    const modifier = words.find((w) => ['this', 'last', 'next', 'past', 'coming'].includes(w));
    const anchor = anchorOf(modifier);
    const introduced = words.some((w) => ['in', 'during', 'over', 'by', 'since', 'until', 'through'].includes(w));
    if (!yearText && !modifier && !(introduced && name.toLowerCase() !== 'fall')) return null;
    const spanStart = modifier ? start + m[0].toLowerCase().indexOf(modifier) : start + m[0].indexOf(name);
    const make = (y: number): DateInterval => seasonInterval(name, y) as DateInterval;
    if (yearText) return candidate(spanStart, end, make(Number(yearText)), 'season', false, this.rule, undefined);
    const tense = clauseTense(input.text, start, end);
    const interval = placePeriod(make, input.ref, anchor, tense, 'started');
    if (!interval) return null;
    return candidate(spanStart, end, interval, 'season', true, this.rule, anchor ?? tense, tense ? { tense } : {});
  },
};

const QUARTER_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** "the first quarter of 2024", "in Q3", "Q4 2023", "the third quarter of last year". */
const quarter: RegexDateParser = {
  rule: 'quarter',
  trigger: /quarter|\bQ[1-4]\b/i,
  pattern: lazyPattern(() => new RegExp(`\\b(?:(?:the\\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)\\s+quarter|Q([1-4]))\\b(?:,?\\s+${YEAR_QUALIFIER})?`, 'gi')),
  extract(m, input, start, end) {
    const [, word, digit, explicit, relative] = m;
    const q = word ? QUARTER_WORDS[word.toLowerCase()] : Number(digit);
    if (!q) return null;
    if (digit && !/^Q/.test(m[0].replace(/^the\s+/i, ''))) return null;
    // "the first quarter of the century/match" is not a quarter of a year.
    if (!explicit && !relative && /^\s+of\s+(?!the\s+year\b)/i.test(input.text.slice(end, end + 20))) return null;
    const make = (y: number): DateInterval => monthsInterval(y, (q - 1) * 3 + 1, 3);
    return periodCandidate(input, start, end, make, yearOf(explicit, relative, input.ref), 'quarter', this.rule, 'completed');
  },
};

/** "the first half of 2024", "H2 2023", "the second half of this year", "the second half of the year". */
const half: RegexDateParser = {
  rule: 'half-year',
  trigger: /\bhalf\b|\bH[12]\b/,
  pattern: lazyPattern(() => new RegExp(`\\b(?:(?:the\\s+)?(first|second)\\s+half(?:\\s+of)?|(H[12]))\\b(?:,?\\s+${YEAR_QUALIFIER}|\\s+(the\\s+year)\\b)?`, 'g')),
  extract(m, input, start, end) {
    const [, word, code, explicit, relative, theYear] = m;
    const h = word ? (word === 'first' ? 1 : 2) : Number((code ?? '').slice(1));
    // "the second half of the year": "the first half" alone is too often not about a year ("the first half
    // of the meeting"); "the year before" is another year.
    const ofTheYear = !!(word && theYear) && !/^\s+(?:before|after|earlier|later|ago)\b/i.test(input.text.slice(end, end + 12));
    // "the year" is the one its sentence stated before ("In 2019, … in the second half of the year"), else it
    // is placed like a year-less quarter, by the clause's tense.
    const stated = ofTheYear ? [...input.text.slice(Math.max(input.from, sentenceWindow(input.text, start, end).start), start).matchAll(new RegExp(`\\b${YEAR}\\b`, 'g'))].pop()?.[0] : undefined;
    const year = ofTheYear ? yearOf(stated, undefined, input.ref) : yearOf(explicit, relative, input.ref);
    if (year === undefined && !ofTheYear) return null;
    const make = (y: number): DateInterval => monthsInterval(y, h === 1 ? 1 : 7, 6);
    return periodCandidate(input, start, end, make, year, 'range', this.rule, 'completed');
  },
};

/** "in 8 months of 2021", "in the first eight months of last year", "the first nine months", "the first half-year". */
const partialYear: RegexDateParser = {
  rule: 'partial-year',
  trigger: /\bmonths\b/i,
  pattern: lazyPattern(() => new RegExp(`\\b(?:the\\s+)?(first\\s+)?(${NUMBER_WORDS})\\s+months\\b(?:,?\\s+${YEAR_QUALIFIER})?`, 'gi')),
  extract(m, input, start, end) {
    const [, first, countText, explicit, relative] = m;
    const n = countValue(countText ?? '');
    if (n === null || n < 1 || n > 12) return null;
    const year = yearOf(explicit, relative, input.ref);
    // Without "first" or a year, "7 months" is a duration ("in 7 months we will …"), not a period.
    if (!first && year === undefined) return null;
    // "over the past 5 months of 2021" still means the year's first months; "last 3 months" does not.
    if (/\b(?:last|past|previous)\s+$/i.test(input.text.slice(Math.max(0, start - 12), start))) return null;
    const make = (y: number): DateInterval => monthsInterval(y, 1, n);
    return periodCandidate(input, start, end, make, year, 'range', this.rule, 'completed');
  },
};

/** "this month", "last month", "next month", "earlier this month", "later this month". */
const relativeMonth: RegexDateParser = {
  rule: 'relative-month',
  trigger: /\bmonth\b/i,
  pattern: lazyPattern(() => /\b(?:(early|mid|late)[\s-]+)?(?:(earlier|later)\s+)?(this|last|next|the previous|the coming|the past)\s+month\b/gi),
  extract(match, input, start, end) {
    const ref = input.ref;
    if (ref === null || ref.month === null) return null;
    const third = match[1]?.toLowerCase() ?? (match[2] ? null : partOfMonthBefore(input.text.slice(Math.max(0, start - 40), start)));
    const m = [match[0], match[2], match[3]];
    const anchor = anchorOf(m[2]);
    const shift = anchor === 'last' ? -1 : anchor === 'next' ? 1 : 0;
    const idx = ref.year * 12 + ref.month - 1 + shift;
    let interval = monthInterval(Math.floor(idx / 12), (idx % 12) + 1);
    // "late last month": its last third, as "late January" is.
    if (third) {
      const [first, last] = THIRDS[third]!;
      const y = Math.floor(idx / 12);
      const mo = (idx % 12) + 1;
      interval = { from: isoDay(y, mo, first), to: isoDay(y, mo, last ?? daysInMonth(y, mo)) };
    }
    if (m[1] && shift === 0 && ref.day !== null) {
      const today = isoDay(ref.year, ref.month, ref.day);
      interval = m[1].toLowerCase() === 'earlier' ? { from: interval.from, to: today } : { from: today, to: interval.to };
    }
    return candidate(start, end, interval, 'month', false, this.rule, m[1]?.toLowerCase() === 'earlier' ? 'last' : anchor,
      { relative: true });
  },
};

/** Every parser of periods within a year, in priority order (earlier wins ties of equal span). */
export const periodParsers: readonly RegexDateParser[] = [ordinalDayOf, monthRange, monthYear, partialYear, quarter, half, season, monthOnly, relativeMonth];

/** Shared with the year parsers. */
export { yearOf, candidate };
