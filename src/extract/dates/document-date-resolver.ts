/**
 * The document's own date and what it rests on, in order of trust:
 *  1. metadata: doc.meta.published, then a date in doc.meta.url's path (basis 'metadata' for both,
 *     since the spec counts the URL as metadata and lists no 'url' basis);
 *  2. the dateline or lead: the first day the opening lines report ("TBILISI, March 12 (Reuters)",
 *     "in a statement issued on Feb. 9"); a written year gives basis 'dateline'; a year fixed by the
 *     weekday ("Thursday (14 March)") or by the rest of the text gives basis 'inferred';
 *  3. otherwise null: years alone never give the record a date, because a wrong date is worse than none.
 */
import type { Document, Span } from '../../core/types.js';
import type { PublishedBasis } from '../../record/types.js';
import { addDays, isValidDay, isoDay, isoToDayNumber, weekdayOf } from './calendar.js';
import { clauseTense, sentenceWindow, type DateCandidate } from './date-candidate.js';
import { scanDates } from './date-extractor.js';
import { alternation } from '../../core/regex-words.js';
import { dateWords } from './date-words.js';
import { parsePublishedString, parseUrlDate } from './published-date-parser.js';

/** The resolved document date: YYYY-MM-DD, YYYY-MM or null, its basis and the text it rests on. */
export interface DocumentDate {
  readonly published: string | null;
  readonly basis: PublishedBasis;
  readonly span?: Span;
}

/** Rules whose periods are reported only after they end (statistics for part of a year). */
const PERIOD_RULES = new Set(['partial-year', 'quarter', 'half-year']);
/** How far into the body the dateline/lead may sit: the first lines, not the whole story. */
const LEAD_LINES = 4;
const LEAD_CHARS = 1200;
/** A lead day placed by text bounds must follow the latest firm past date within this many days. */
const MAX_GAP_DAYS = 400;
/** Years tried when a weekday fixes the year (brief: no reference → latest fitting year in 2000–2030). */
const WEEKDAY_YEARS = { first: 2000, last: 2030 } as const;

/** Options for resolveDocumentDate; all optional. */
export interface DocumentDateOptions {
  /** Latest day the document can date from (e.g. the run's reference date); default 2030-12-31. */
  readonly notAfter?: string;
}

/** The document's own date and what it rests on. */
export function resolveDocumentDate(doc: Document, options: DocumentDateOptions = {}): DocumentDate {
  const fromMeta = parsePublishedString(doc.meta.published);
  if (fromMeta) return { published: fromMeta, basis: 'metadata' };
  const fromUrl = parseUrlDate(doc.meta.url);
  if (fromUrl) return { published: fromUrl, basis: 'metadata' };
  return resolveFromText(doc.text, options.notAfter);
}

/** Lower and upper bounds the text puts on its own date, from dates it narrates as past or future. */
export interface TextBounds {
  /** Latest day the text firmly narrates as past (a past month or day, a completed year). */
  readonly firm: string | null;
  /** Latest start of any year or period the text mentions without future tense. */
  readonly weak: string | null;
  /** Earliest end of a period the text speaks of in the future tense. */
  readonly upper: string | null;
}

let completedRe: { before: RegExp; after: RegExp } | undefined;
function completed(): { before: RegExp; after: RegExp } {
  if (!completedRe) {
    const c = dateWords().completedYearCues;
    completedRe = {
      before: new RegExp(`(?:^|[^\\w])(?:${alternation(c.before)})\\s+$`, 'i'),
      after: new RegExp(`^\\s+(?:${alternation(c.after)})\\b`, 'i'),
    };
  }
  return completedRe;
}

const maxOf = (a: string | null, b: string): string => (a === null || b > a ? b : a);
const minOf = (a: string | null, b: string): string => (a === null || b < a ? b : a);

/** Computes the bounds from every stated date in the text (scanned with no reference). */
export function textBounds(text: string, candidates: readonly DateCandidate[]): TextBounds {
  let firm: string | null = null;
  let weak: string | null = null;
  let upper: string | null = null as string | null;
  const stated = candidates.filter((c) => c.interval && !c.inferredYear && !c.relative);
  let latestPastYear = 0;
  const futureEnds: string[] = [];
  for (const c of stated) {
    const interval = c.interval as NonNullable<DateCandidate['interval']>;
    const tense = clauseTense(text, c.start, c.end);
    if (tense === 'future') {
      futureEnds.push(interval.to);
      continue;
    }
    weak = maxOf(weak, interval.from);
    if (PERIOD_RULES.has(c.rule)) {
      // Figures for "8 months of 2021" or "the third quarter" exist only once the period is over.
      firm = maxOf(firm, addDays(interval.to, 1));
    } else if (c.grain === 'year') {
      const isCompleted = completed().before.test(text.slice(Math.max(0, c.start - 40), c.start))
        || completed().after.test(text.slice(c.end, c.end + 20));
      // "2024 was …", "throughout 2024": the year is over, so the text dates from after it.
      if (isCompleted) firm = maxOf(firm, addDays(interval.to, 1));
      if (tense === 'past' || isCompleted) latestPastYear = Math.max(latestPastYear, Number(interval.from.slice(0, 4)));
    } else if (tense === 'past' && c.grain !== 'range') {
      firm = maxOf(firm, interval.from);
    }
  }
  // A year-less month narrated in the past in a sentence whose only stated year is a past one
  // ("In October, the envoy wrote to her after she took office in 2021") is that month of that year.
  for (const c of candidates) {
    if (c.interval || !c.yearless || c.yearless.day !== undefined || c.tense !== 'past') continue;
    const win = sentenceWindow(text, c.start, c.end);
    const years = new Set(stated.filter((s) => s.start >= win.start && s.end <= win.end && s.grain === 'year')
      .map((s) => Number((s.interval as NonNullable<DateCandidate['interval']>).from.slice(0, 4))));
    if (years.size !== 1) continue;
    const y = [...years][0] as number;
    if (y <= latestPastYear) firm = maxOf(firm, isoDay(y, c.yearless.month, 1));
  }
  // A "future" period that ends before what the text firmly narrates as past was a misread tense.
  const floor = firm !== null && weak !== null ? maxOf(firm, weak) : (firm ?? weak);
  for (const end of futureEnds) if (floor === null || end >= floor) upper = minOf(upper, end);
  return { firm, weak, upper };
}

/** The non-empty lines at the top of the body, as one range. */
function leadRange(text: string): Span {
  let lines = 0;
  let end = 0;
  const re = /[^\n]*\n?/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    end = m.index + m[0].length;
    if (m[0].trim()) lines++;
    if (lines >= LEAD_LINES || end >= LEAD_CHARS) break;
  }
  return { start: 0, end: Math.min(end, LEAD_CHARS, text.length) };
}

function fits(day: string, bounds: TextBounds): boolean {
  if (bounds.firm && day < bounds.firm) return false;
  if (bounds.weak && day < bounds.weak) return false;
  if (bounds.upper && day > bounds.upper) return false;
  return true;
}

/** Steps 2 and 3: the first reported day of the lead, its year written, fixed by weekday or by bounds. */
export function resolveFromText(text: string, notAfter = `${WEEKDAY_YEARS.last}-12-31`): DocumentDate {
  const all = scanDates(text, null);
  const lead = leadRange(text);
  const leadDays = all.filter((c) => c.start < lead.end && c.grain === 'day' && !c.relative
    && (c.tense ?? clauseTense(text, c.start, c.end)) !== 'future');
  if (leadDays.length === 0) return { published: null, basis: null };
  const bounds = textBounds(text, all);
  for (const c of leadDays) {
    const span = { start: c.start, end: c.end };
    if (!c.inferredYear && c.interval) {
      // A written date the rest of the text has clearly moved past is background, not the news date.
      if (bounds.firm && isoToDayNumber(bounds.firm) - isoToDayNumber(c.interval.from) > 31) continue;
      if (bounds.weak && isoToDayNumber(bounds.weak) - isoToDayNumber(c.interval.to) > 31) continue;
      const firstLine = text.indexOf('\n') < 0 || c.start < text.indexOf('\n') || c.start < 300;
      return { published: c.interval.from, basis: firstLine ? 'dateline' : 'text', span };
    }
    const p = c.yearless;
    if (!p || p.day === undefined) continue;
    const d = p.day;
    if (p.weekday !== undefined) {
      const years: number[] = [];
      const lastYear = Math.min(WEEKDAY_YEARS.last, Number(notAfter.slice(0, 4)));
      for (let y = lastYear; y >= WEEKDAY_YEARS.first; y--) {
        if (isValidDay(y, p.month, d) && weekdayOf(y, p.month, d) === p.weekday && isoDay(y, p.month, d) <= notAfter) years.push(y);
      }
      // With bounds from the text, the earliest fitting year (a text dates from soon after what it
      // narrates); without, the latest year. Bounds may come from stray later text and the weekday is
      // the stronger evidence, so when no year fits them the latest year stands.
      const hasBounds = bounds.firm !== null || bounds.weak !== null;
      const fitting = years.filter((yy) => fits(isoDay(yy, p.month, d), bounds));
      const y = (hasBounds ? fitting[fitting.length - 1] : undefined) ?? years[0];
      if (y !== undefined) return { published: isoDay(y, p.month, p.day), basis: 'inferred', span };
      continue;
    }
    // No weekday: only a firm past date can place the year (the earliest occurrence after it), and only
    // when that occurrence follows it closely; otherwise the text does not support a date.
    if (!bounds.firm) continue;
    const floorYear = Number(bounds.firm.slice(0, 4));
    for (const y of [floorYear, floorYear + 1]) {
      if (!isValidDay(y, p.month, p.day)) continue;
      const day = isoDay(y, p.month, p.day);
      if (!fits(day, bounds) || day > notAfter) continue;
      if (isoToDayNumber(day) - isoToDayNumber(bounds.firm) > MAX_GAP_DAYS) break;
      return { published: day, basis: 'inferred', span };
    }
  }
  return { published: null, basis: null };
}
