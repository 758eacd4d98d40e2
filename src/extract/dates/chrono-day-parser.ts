/**
 * Day-level dates through one pass of a trimmed chrono instance: written dates ("12 March 2024",
 * "March 12, 2024", "Feb. 9", "June 4-5, 2026", ISO days) and casual days ("yesterday", "today").
 * Years chrono implied are re-placed by our own rule (yearForDay) so that tense is taken into account.
 */
// The English locale alone: the package's main entry also loads fifteen other locales (0.1 s at start-up).
import * as chrono from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node/en';
import { addDays, dayInterval, isValidDay, isoDay, type RefDate } from './calendar.js';
import { clauseTense, yearForDay, type DateCandidate, type ParseInput } from './date-candidate.js';
import { alternation } from '../../core/regex-words.js';
import { dateWords } from './date-words.js';

/**
 * chrono's parser classes are not exported, so the instance is trimmed by class name; time-of-day,
 * month-only and relative-unit parsers are left out (our own parsers cover those with finer rules).
 */
const KEEP_PARSERS = new Set([
  'ISOFormatParser',
  'ENYearMonthDayParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENCasualDateParser',
]);
const DROP_REFINERS = new Set(['ENMergeDateTimeRefiner', 'ForwardDateRefiner', 'ENMergeRelativeAfterDateRefiner',
  'ENMergeRelativeFollowByDateRefiner']);

let instance: chrono.Chrono | undefined;

function dayChrono(): chrono.Chrono {
  if (!instance) {
    const c = chrono.casual.clone();
    c.parsers = c.parsers.filter((p) => KEEP_PARSERS.has(p.constructor.name));
    c.refiners = c.refiners.filter((r) => !DROP_REFINERS.has(r.constructor.name));
    const found = new Set(c.parsers.map((p) => p.constructor.name));
    const missing = [...KEEP_PARSERS].filter((n) => !found.has(n));
    if (missing.length > 0) throw new Error(`chrono-day-parser: chrono-node no longer has parsers ${missing.join(', ')}`);
    instance = c;
  }
  return instance;
}

/** chrono resolves relative days against a Date; local noon keeps the calendar day stable in any zone. */
function chronoRef(ref: RefDate | null): Date {
  if (ref === null) return new Date(2000, 0, 1, 12);
  return new Date(ref.year, (ref.month ?? 7) - 1, ref.day ?? 15, 12);
}

const MONTH_WORD = /[A-Za-z]{3,}/;
// "the day before" right before "yesterday" ("the day after" before "tomorrow"), with or without "the".
const FURTHER_DAY = /(?:\bthe\s+)?\bday\s+(?:before|after)\s+$/i;
const CASUAL_OK = /^(?:today|yesterday|tomorrow|earlier today|later today)$/i;

/** Words without which chrono cannot find a day: month names, casual days and numeric dates. */
let triggerRe: RegExp | undefined;
function triggers(): RegExp {
  triggerRe ??= new RegExp(`\\b(?:${alternation(Object.keys(dateWords().months))}|today|yesterday|tomorrow)\\b|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}`, 'gi');
  return triggerRe;
}
/** Characters kept on each side of a trigger: enough for "12th of", ", 2024", "-12, 2025 to 3 May". */
const MARGIN = 32;

/**
 * The pieces of text worth showing chrono, each [start, end) in document offsets: windows around
 * triggers, widened to white space and merged when they touch. chrono is slow on long text (it
 * re-slices the remaining text after every match), so it runs once over these pieces joined.
 */
function windows(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = triggers();
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let s = Math.max(from, m.index - MARGIN);
    let e = Math.min(to, m.index + m[0].length + MARGIN);
    while (s > from && !/\s/.test(text.charAt(s - 1))) s--;
    while (e < to && !/\s/.test(text.charAt(e))) e++;
    const last = out[out.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Runs chrono once over the trigger windows of input.text[from, to) and converts what it finds. */
export function parseChronoDays(input: ParseInput): DateCandidate[] {
  const pieces = windows(input.text, input.from, input.to);
  if (pieces.length === 0) return [];
  // Join the windows with a blank line (no chrono pattern crosses it) and map offsets back.
  const SEP = '\n\n';
  let joined = '';
  const starts: number[] = [];
  for (const [s, e] of pieces) {
    starts.push(joined.length);
    joined += input.text.slice(s, e) + SEP;
  }
  const results = dayChrono().parse(joined, chronoRef(input.ref));
  const out: DateCandidate[] = [];
  let k = 0;
  for (const r of results) {
    while (k + 1 < starts.length && (starts[k + 1] as number) <= r.index) k++;
    const offset = (pieces[k] as [number, number])[0] - (starts[k] as number);
    const c = convert(r, input, offset);
    if (c) out.push(c);
  }
  return out;
}

function convert(r: ParsedResult, input: ParseInput, offset: number): DateCandidate | null {
  // chrono keeps a leading "on" in its match; the expression itself starts after it.
  const lead = /^(?:on|On|ON)\s+/.exec(r.text)?.[0].length ?? 0;
  const start = offset + r.index + lead;
  const end = offset + r.index + r.text.replace(/\s+$/, '').length;
  const tags = r.tags();
  const s = r.start;
  const written = r.text.trim();
  const isRelative = tags.has('parser/ENCasualDateParser') || tags.has('result/relativeDate') || !s.isCertain('month');
  if (isRelative) {
    // Only whole days are kept ("now", "tonight" are times); offsets like "a week ago" are ours.
    if (!tags.has('parser/ENCasualDateParser') || !CASUAL_OK.test(written)) return null;
    if (input.ref === null || input.ref.day === null) return null;
    const y = s.get('year');
    const m = s.get('month');
    const d = s.get('day');
    if (y === null || m === null || d === null) return null;
    // "the day before yesterday", "the day after tomorrow": one more day away, the phrase in the mention.
    const further = /^(?:yesterday|tomorrow)$/i.test(written) ? FURTHER_DAY.exec(input.text.slice(Math.max(0, start - 20), start)) : null;
    if (further) {
      const day = addDays(isoDay(y, m, d), /yesterday/i.test(written) ? -1 : 1);
      return {
        start: start - further[0].length, end, interval: { from: day, to: day }, grain: 'day', inferredYear: false, relative: true,
        relation: /yesterday/i.test(written) ? 'past' : 'future', rule: 'chrono/casual-day',
      };
    }
    return {
      start, end, interval: dayInterval(y, m, d), grain: 'day', inferredYear: false, relative: true,
      relation: /yesterday|earlier/i.test(written) ? 'past' : /tomorrow/i.test(written) ? 'future' : 'present',
      rule: 'chrono/casual-day',
    };
  }
  // A month name written in lower case is a verb or a noun ("they may meet", "a march"), never a month.
  const monthWord = MONTH_WORD.exec(written);
  if (monthWord && !/^[A-Z]/.test(monthWord[0])) return null;
  const month = s.get('month');
  const day = s.get('day');
  if (month === null || day === null || !s.isCertain('day')) return null;
  const endDay = r.end && r.end.isCertain('day') ? r.end.get('day') : null;
  const endMonth = r.end ? r.end.get('month') : null;
  const rule = tags.has('parser/ENMonthNameMiddleEndianParser') || tags.has('parser/ENMonthNameLittleEndianParser')
    ? 'chrono/month-name-day' : 'chrono/numeric-day';
  // "3 March to 7 April 2019": the written year of the end completes the start.
  const endYear = r.end && r.end.isCertain('year') ? r.end.get('year') : null;
  if (s.isCertain('year') || endYear !== null) {
    let year = s.isCertain('year') ? (s.get('year') as number) : (endYear as number);
    if (!s.isCertain('year') && endMonth !== null && (month > endMonth || (month === endMonth && day > (endDay ?? day)))) year--;
    if (!isValidDay(year, month, day)) return null;
    let to = isoDay(year, month, day);
    if (r.end && endDay !== null && endMonth !== null) {
      const y2 = r.end.get('year') ?? year;
      if (isValidDay(y2, endMonth, endDay)) to = isoDay(y2, endMonth, endDay);
    }
    const from = isoDay(year, month, day);
    return { start, end, interval: { from, to: to < from ? from : to }, grain: to > from ? 'range' : 'day',
      inferredYear: !s.isCertain('year') && endYear === null, rule };
  }
  const tense = clauseTense(input.text, start, end);
  const yearless = { month, day, ...(endDay !== null && endMonth === month ? { dayTo: endDay } : {}) };
  const year = input.ref ? yearForDay(month, day, input.ref, tense) : null;
  if (year === null) {
    return { start, end, interval: null, grain: 'day', inferredYear: true, rule, yearless, ...(tense ? { tense } : {}) };
  }
  const dayTo = yearless.dayTo;
  const to = dayTo !== undefined && isValidDay(year, month, dayTo) && dayTo > day ? isoDay(year, month, dayTo) : isoDay(year, month, day);
  return {
    start, end, interval: { from: isoDay(year, month, day), to }, grain: to !== isoDay(year, month, day) ? 'range' : 'day',
    inferredYear: true, rule, yearless, ...(tense ? { tense } : {}),
  };
}
