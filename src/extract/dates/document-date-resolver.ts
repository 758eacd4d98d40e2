/**
 * The document's own date and what it rests on, in order of trust:
 *  1. metadata: a day in doc.meta.published (basis 'metadata'), then a day in doc.meta.url (basis 'url',
 *     an added value: the spec counts the URL as metadata, the record says which part it was);
 *  2. the page's own stamp: a leading `date 2024-07-06` token (scraped metadata printed into the page,
 *     basis 'metadata'), a "Published: …" line or a line that is only a date (basis 'dateline');
 *  3. the wire dateline ("ASTANA, July 5 (Xinhua) --", "MOSCOW, November 28. /TASS/."): a written year
 *     gives basis 'dateline'; a missing year comes from the URL (still 'dateline'), else from a weekday
 *     in the story's first sentence, the text's "Nth anniversary" of a stated year, or its latest stated
 *     year (basis 'inferred');
 *  4. the lead: the first day the opening lines report ("in a statement issued on Feb. 9"), its year
 *     written, fixed by the weekday ("Thursday (14 March)"), by the URL, or by the rest of the text; else
 *     a weekday the lead reports ("returned on Wednesday") counted from the latest full date the text
 *     states ("October 29, 2019" in a quoted post) — basis 'inferred';
 *  5. a month alone from metadata or the URL, when the text gives no day inside it;
 *  6. the capture date of an archived page (meta.captured, a WARC-Date), as metadata from 'crawl': when
 *     the page was archived, which the page's own date can only precede, so it is the last resort;
 *  7. otherwise null: years alone never give the record a date, because a wrong date is worse than none.
 * Nothing found in the text may lie after options.notAfter, the capture date, or outside a month the
 * metadata gives.
 */
import type { Document, Span } from '../../core/types.js';
import type { PublishedBasis } from '../../record/types.js';
import { addDays, daysInMonth, isValidDay, isoDay, isoToDayNumber, weekdayOf } from './calendar.js';
import { clauseTense, sentenceWindow, type DateCandidate } from './date-candidate.js';
import { scanDates } from './date-extractor.js';
import { alternation } from '../../core/regex-words.js';
import { dateWords } from './date-words.js';
import { findDateline, findPageStamp, type Dateline } from './dateline-reader.js';
import { isLimitDate } from './limit-dates.js';
import { parsePublishedString, parseUrlDate, parseUrlSixDigitDays, parseUrlYear } from './published-date-parser.js';

/** The resolved document date: YYYY-MM-DD, YYYY-MM or null, its basis and the text it rests on. */
export interface DocumentDate {
  readonly published: string | null;
  readonly basis: PublishedBasis;
  readonly span?: Span;
  /** Set when the date is the page's capture date rather than one the page gives. */
  readonly from?: 'crawl';
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
/** A weekday-fitting year this many years after the latest stated year is still "soon after" it. */
const WEEKDAY_YEAR_REACH = 7;

/** Options for resolveDocumentDate; all optional. */
export interface DocumentDateOptions {
  /** Latest day the document can date from (e.g. the run's reference date); default 2030-12-31. */
  readonly notAfter?: string;
  /** When the people the document names held their offices: places a year-less day nothing else places. */
  readonly officeWindow?: { readonly from: string; readonly to: string } | null;
  /**
   * Latest day a year chosen from a weekday alone may give (nothing written marks the year): the present
   * as the bundled data knows it, so a weekday never sends a page into the future. Default: notAfter.
   */
  readonly guessNotAfter?: string;
}

/** What the text-side steps may use from the metadata: a year and a latest possible day. */
interface PageHints {
  readonly notAfter: string;
  /** The year of a month or year the metadata or URL gives. */
  readonly year: number | null;
  /** True when the year comes with a month (so a day must fall inside it). */
  readonly month: string | null;
  /** See DocumentDateOptions.officeWindow. */
  readonly window: { readonly from: string; readonly to: string } | null;
  /** See DocumentDateOptions.guessNotAfter (never after notAfter). */
  readonly guessNotAfter: string;
}

/** The document's own date and what it rests on. */
export function resolveDocumentDate(doc: Document, options: DocumentDateOptions = {}): DocumentDate {
  const limit = options.notAfter ?? `${WEEKDAY_YEARS.last}-12-31`;
  const captured = parsePublishedString(doc.meta.captured);
  const capturedDay = captured && captured.length === 10 ? captured : null;
  // A page cannot have been written after it was archived.
  const notAfter = capturedDay && capturedDay < limit ? capturedDay : limit;
  const guess = options.guessNotAfter && options.guessNotAfter < notAfter ? options.guessNotAfter : notAfter;
  const own = resolveOwnDate(doc, notAfter, options.officeWindow ?? null, guess);
  if (own.published === null && capturedDay) return { published: capturedDay, basis: 'metadata', from: 'crawl' };
  return own;
}

/** Steps 1–5: the date the metadata, the URL or the text gives, none later than `notAfter`. */
function resolveOwnDate(doc: Document, notAfter: string, window: PageHints['window'], guessNotAfter: string): DocumentDate {
  const fromMeta = parsePublishedString(doc.meta.published);
  if (fromMeta && fromMeta.length === 10) return { published: fromMeta, basis: 'metadata' };
  const fromUrl = parseUrlDate(doc.meta.url);
  if (fromUrl && fromUrl.length === 10) return { published: fromUrl, basis: 'url' };
  if (!fromMeta && !fromUrl) {
    const confirmed = confirmedUrlDay(doc.text, parseUrlSixDigitDays(doc.meta.url), notAfter);
    if (confirmed) return { published: confirmed, basis: 'url' };
  }
  // A month alone (metadata "2024-07", URL "/2024/07/") is refined by a day the page states inside it.
  const coarse = fromMeta ? { date: fromMeta, basis: 'metadata' as const } : fromUrl ? { date: fromUrl, basis: 'url' as const } : null;
  const year = coarse ? Number(coarse.date.slice(0, 4)) : parseUrlYear(doc.meta.url);
  let limit = notAfter;
  if (coarse) {
    const y = Number(coarse.date.slice(0, 4));
    const m = Number(coarse.date.slice(5, 7));
    const monthEnd = isoDay(y, m, daysInMonth(y, m));
    if (monthEnd < limit) limit = monthEnd;
  }
  const fromPage = resolveFromPage(doc.text, { notAfter: limit, year, month: coarse?.date ?? null, window, guessNotAfter: guessNotAfter < limit ? guessNotAfter : limit });
  if (fromPage.published && (!coarse || fromPage.published.startsWith(coarse.date))) return fromPage;
  if (coarse) return { published: coarse.date, basis: coarse.basis };
  return fromPage;
}

/** How many days before a URL's day a day of its month the text reports may lie and still confirm it. */
const URL_CONFIRM_DAYS = 7;

/**
 * The one reading of an ambiguous URL day ("/261016/") that the text confirms: the text reports a day of the
 * same month (of the same year where the text writes it) in the week up to that day ("on 25-26 October").
 * Null when no reading, or more than one, is confirmed.
 */
function confirmedUrlDay(text: string, readings: readonly string[], notAfter: string): string | null {
  if (readings.length === 0) return null;
  const days = scanDates(text, null).flatMap((c) => {
    if (c.yearless?.day !== undefined) return [{ year: null, month: c.yearless.month, day: c.yearless.day }];
    if (c.grain === 'day' && c.interval && c.interval.from === c.interval.to && !c.inferredYear) {
      const [y, m, d] = c.interval.from.split('-').map(Number);
      return [{ year: y ?? null, month: m ?? 0, day: d ?? 0 }];
    }
    return [];
  });
  const confirmed = readings.filter((r) => {
    if (r > notAfter) return false;
    const [y, m, d] = r.split('-').map(Number);
    return days.some((x) => x.month === m && (x.year === null || x.year === y) && x.day <= (d ?? 0) && x.day >= (d ?? 0) - URL_CONFIRM_DAYS);
  });
  return confirmed.length === 1 ? confirmed[0]! : null;
}

/** Steps 2–4: the page's stamp, its dateline, then its lead. */
function resolveFromPage(text: string, hints: PageHints): DocumentDate {
  const stamp = findPageStamp(text);
  if (stamp && stamp.date.length === 10 && stamp.date <= hints.notAfter) {
    return { published: stamp.date, basis: stamp.kind === 'token' ? 'metadata' : 'dateline', span: stamp.span };
  }
  const dateline = findDateline(text);
  if (dateline) {
    const placed = placeDateline(text, dateline, hints);
    if (placed) return placed;
  }
  return resolveFromText(text, hints.notAfter, hints.year, hints.window, hints.guessNotAfter);
}

let weekdayRe: RegExp | undefined;
/** Full weekday names ("Monday", "Thurs"), capitalised, as a global pattern. */
function weekdayPattern(): RegExp {
  if (!weekdayRe) {
    const names = Object.keys(dateWords().weekdays).filter((w) => w.length > 4);
    weekdayRe = new RegExp(`\\b(?:${names.map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`).join('|')})\\b`, 'g');
  }
  return weekdayRe;
}

let newsDayRe: { verb: RegExp; earlier: RegExp } | undefined;
/**
 * True when the weekday at `at` names the news day rather than an earlier deed: read back to the last
 * reporting verb, comma or `from`, no relative pronoun, past perfect or "after"-type word intervenes
 * ("said on Tuesday" yes; "said troops who had crossed on Tuesday", "after talks on Tuesday" no).
 */
export function namesNewsDay(text: string, from: number, at: number): boolean {
  if (!newsDayRe) {
    const w = dateWords().newsDay;
    newsDayRe = {
      verb: new RegExp(`\\b(?:${alternation(w.verbs)})\\b`, 'gi'),
      earlier: new RegExp(`\\b(?:${alternation(w.earlierDeedCues)})\\b`, 'i'),
    };
  }
  const before = text.slice(from, at);
  let tail = before;
  newsDayRe.verb.lastIndex = 0;
  for (let m = newsDayRe.verb.exec(before); m; m = newsDayRe.verb.exec(before)) tail = before.slice(m.index + m[0].length);
  // A fronted phrase ends at its comma ("After talks on Monday, the two signed … on Friday").
  const comma = tail.lastIndexOf(',');
  if (comma >= 0) tail = tail.slice(comma + 1);
  return !newsDayRe.earlier.test(tail);
}

/**
 * The first weekday text[from, to) reports as the time of a deed (not "next Monday", not future), or null.
 * With `newsDayOnly`, a weekday of an earlier deed (see namesNewsDay) is skipped.
 */
export function reportedWeekday(text: string, from: number, to: number, newsDayOnly = false): { weekday: number; span: Span } | null {
  const re = weekdayPattern();
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (newsDayOnly && !namesNewsDay(text, from, m.index)) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/\b(?:next|this|coming|last|past|every|on\s+a)\s+$/i.test(before)) continue;
    // "Thursday, March 14" is a written date; the lead-day step reads those.
    if (/^,?\s*(?:\(|\d|[A-Z][a-z]+\.?\s+\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    if (clauseTense(text, m.index, m.index + m[0].length) === 'future') continue;
    const wd = dateWords().weekdays[m[0].toLowerCase()];
    if (wd !== undefined) return { weekday: wd, span: { start: m.index, end: m.index + m[0].length } };
  }
  return null;
}

/** Years the text states outright (not inferred, not relative, not future), newest first. */
function statedYears(text: string, all: readonly DateCandidate[], notAfterYear: number): number[] {
  const years = new Set<number>();
  for (const c of all) {
    if (!c.interval || c.inferredYear || c.relative) continue;
    if (clauseTense(text, c.start, c.end) === 'future') continue;
    const y = Number(c.interval.from.slice(0, 4));
    if (y <= notAfterYear) years.add(y);
  }
  return [...years].sort((a, b) => b - a);
}

const ANNIVERSARY = /\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b/gi;

/** "the 30th anniversary" with 1992 stated in the text: 2022 is a year the text may date from. */
function anniversaryYears(text: string, years: readonly number[]): Set<number> {
  const out = new Set<number>();
  ANNIVERSARY.lastIndex = 0;
  for (let m = ANNIVERSARY.exec(text); m; m = ANNIVERSARY.exec(text)) {
    const n = Number(m[1]);
    for (const y of years) out.add(y + n);
  }
  return out;
}

/** A year-less dateline completed from the URL, a weekday in its sentence, an anniversary or the latest stated year. */
function placeDateline(text: string, d: Dateline, hints: PageHints): DocumentDate | null {
  const notAfterYear = Number(hints.notAfter.slice(0, 4));
  const span = d.span;
  if (d.year !== null) {
    const day = isoDay(d.year, d.month, d.day);
    return day <= hints.notAfter ? { published: day, basis: 'dateline', span } : null;
  }
  if (hints.year !== null) {
    // The URL's year, or the year before for a late-December dateline on a January page.
    for (const y of [hints.year, hints.year - 1]) {
      if (isValidDay(y, d.month, d.day) && isoDay(y, d.month, d.day) <= hints.notAfter) {
        return { published: isoDay(y, d.month, d.day), basis: 'dateline', span };
      }
    }
    return null;
  }
  const all = scanDates(text, null);
  const years = statedYears(text, all, notAfterYear);
  const bounds = textBounds(text, all);
  // Only the news day's weekday is the dateline's: an earlier deed's may lie days before it.
  const wd = reportedWeekday(text, d.span.end, d.sentence.end, true);
  if (wd) {
    const fitting: number[] = [];
    // A year the weekday alone suggests is never after the present the data knows (hints.guessNotAfter).
    for (let y = Math.min(WEEKDAY_YEARS.last, Number(hints.guessNotAfter.slice(0, 4))); y >= WEEKDAY_YEARS.first; y--) {
      if (isValidDay(y, d.month, d.day) && weekdayOf(y, d.month, d.day) === wd.weekday && isoDay(y, d.month, d.day) <= hints.guessNotAfter) fitting.push(y);
    }
    if (fitting.length === 0) return null;
    const anniversaries = anniversaryYears(text, years);
    const latest = years[0];
    const byAnniversary = fitting.find((y) => anniversaries.has(y));
    // Soon after the latest stated year (a text dates from after what it narrates), else the latest year.
    const soonAfter = latest === undefined ? undefined
      : [...fitting].reverse().find((y) => y >= latest && y - latest <= WEEKDAY_YEAR_REACH && fits(isoDay(y, d.month, d.day), bounds));
    // Else the latest fitting year the text's own bounds allow (a future "in July 2023" caps it).
    const y = byAnniversary ?? soonAfter ?? fitting.find((f) => fits(isoDay(f, d.month, d.day), bounds)) ?? fitting[0] as number;
    return { published: isoDay(y, d.month, d.day), basis: 'inferred', span };
  }
  const latest = years[0];
  if (latest === undefined) return inWindow(text, d.month, d.day, hints.notAfter, hints.window, span);
  for (const y of [latest, latest + 1]) {
    if (!isValidDay(y, d.month, d.day)) continue;
    const day = isoDay(y, d.month, d.day);
    // The year is inferred: never past the present the data knows.
    if (day > hints.guessNotAfter || !fits(day, bounds)) continue;
    return { published: day, basis: 'inferred', span };
  }
  return null;
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
    // A deadline or target ("raise trade to $3 billion by 2030") tells nothing of when the text was written.
    if (isLimitDate(text, { start: c.start, end: c.end })) continue;
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
function leadRange(text: string, maxLines = LEAD_LINES): Span {
  let lines = 0;
  let end = 0;
  const re = /[^\n]*\n?/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    end = m.index + m[0].length;
    if (m[0].trim()) lines++;
    if (lines >= maxLines || end >= LEAD_CHARS) break;
  }
  return { start: 0, end: Math.min(end, LEAD_CHARS, text.length) };
}

function fits(day: string, bounds: TextBounds): boolean {
  if (bounds.firm && day < bounds.firm) return false;
  if (bounds.weak && day < bounds.weak) return false;
  if (bounds.upper && day > bounds.upper) return false;
  return true;
}

/**
 * Step 4: the first reported day of the lead, its year written, fixed by weekday, by the URL's year or by
 * bounds; else a weekday the lead reports, counted from the latest full date the text states.
 */
export function resolveFromText(
  text: string, notAfter = `${WEEKDAY_YEARS.last}-12-31`, urlYear: number | null = null, window: PageHints['window'] = null,
  guessNotAfter = notAfter,
): DocumentDate {
  const all = scanDates(text, null);
  const lead = leadRange(text);
  // A deadline ("valid until 31 December 2030") is no day anything was reported on.
  const leadDays = all.filter((c) => c.start < lead.end && c.grain === 'day' && !c.relative
    && (c.tense ?? clauseTense(text, c.start, c.end)) !== 'future' && !isLimitDate(text, { start: c.start, end: c.end }));
  const bounds = textBounds(text, all);
  // A day without a year the lead reported first, which nothing placed (see below).
  let unplaced: { month: number; day: number; span: Span } | null = null;
  for (const c of leadDays) {
    const span = { start: c.start, end: c.end };
    if (!c.inferredYear && c.interval) {
      if (c.interval.from > notAfter) continue;
      // "X met Y on September 17, the agency reported" over a stray "17.01.2024" (a related link, a
      // caption) further down the lead: the day the story opens with, in the written date's year, is the
      // news when it falls well after that date; the written date is then page furniture, not the news.
      const later = unplaced ? laterOpeningDay(text, unplaced, c.interval.from, notAfter, guessNotAfter, bounds) : null;
      if (later) return later;
      // A written date the rest of the text has clearly moved past is background, not the news date.
      if (bounds.firm && isoToDayNumber(bounds.firm) - isoToDayNumber(c.interval.from) > 31) continue;
      if (bounds.weak && isoToDayNumber(bounds.weak) - isoToDayNumber(c.interval.to) > 31) continue;
      // "X met Y on Thursday. The talks, the first since their meeting on October 2, 2023, …": a written day
      // told after the story's first sentence, measured from ("since") or on another weekday than the one
      // that sentence gives its news, is background, not the news date.
      if (backgroundLeadDay(text, c)) continue;
      const firstLine = text.indexOf('\n') < 0 || c.start < text.indexOf('\n') || c.start < 300;
      return { published: c.interval.from, basis: firstLine ? 'dateline' : 'text', span };
    }
    const p = c.yearless;
    if (!p || p.day === undefined) continue;
    const d = p.day;
    if (urlYear !== null) {
      // The URL names the year ("/2019/…"): the day in it, or in the year before when that would be later than allowed.
      const y = [urlYear, urlYear - 1].find((yy) => isValidDay(yy, p.month, d) && isoDay(yy, p.month, d) <= notAfter
        && (p.weekday === undefined || weekdayOf(yy, p.month, d) === p.weekday));
      if (y !== undefined) return { published: isoDay(y, p.month, d), basis: 'inferred', span };
      continue;
    }
    if (p.weekday !== undefined) {
      const years: number[] = [];
      // Only a present the data knows may bound a year the weekday alone suggests (guessNotAfter).
      const lastYear = Math.min(WEEKDAY_YEARS.last, Number(guessNotAfter.slice(0, 4)));
      for (let y = lastYear; y >= WEEKDAY_YEARS.first; y--) {
        if (isValidDay(y, p.month, d) && weekdayOf(y, p.month, d) === p.weekday && isoDay(y, p.month, d) <= guessNotAfter) years.push(y);
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
    // when that occurrence follows it closely; otherwise the text does not support a date, unless the
    // terms of office of the people it names do.
    if (!bounds.firm) {
      const placed = inWindow(text, p.month, d, notAfter, window, span);
      if (placed) return placed;
      if (!unplaced && c.tense === 'past') unplaced = { month: p.month, day: d, span };
      continue;
    }
    const floorYear = Number(bounds.firm.slice(0, 4));
    for (const y of [floorYear, floorYear + 1]) {
      if (!isValidDay(y, p.month, p.day)) continue;
      const day = isoDay(y, p.month, p.day);
      if (!fits(day, bounds) || day > guessNotAfter) continue;
      if (isoToDayNumber(day) - isoToDayNumber(bounds.firm) > MAX_GAP_DAYS) break;
      return { published: day, basis: 'inferred', span };
    }
  }
  return weekdayFromLatestDay(text, all, notAfter);
}

/** The end of the story's first sentence of prose (a title line above it is skipped). */
function firstSentenceEnd(text: string): number {
  const re = /[^\n]*\n?/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const line = m[0].trim();
    if (!/[.!?"”]$/.test(line) && !/[.!?]\s/.test(line)) continue;
    const stop = /[.!?](?=\s|$)/.exec(m[0]);
    return m.index + (stop ? stop.index + 1 : m[0].length);
  }
  return 0;
}

/** See resolveFromText: a written lead day after the first sentence that is background to its news. */
function backgroundLeadDay(text: string, c: DateCandidate): boolean {
  const first = firstSentenceEnd(text);
  if (first === 0 || c.start < first || !c.interval) return false;
  const sentence = sentenceWindow(text, c.start, c.end);
  if (/\bsince\b/i.test(text.slice(sentence.start, c.start))) return true;
  const wd = reportedWeekday(text, 0, first, true);
  if (!wd) return false;
  const [y, m, d] = c.interval.from.split('-').map(Number) as [number, number, number];
  return weekdayOf(y, m, d) !== wd.weekday && c.interval.from === c.interval.to;
}

/** How far (days) a year-less opening day must lie after a later-written lead date to outweigh it. */
const OPENING_DAY_MIN_GAP = 31;

/**
 * The lead's first, year-less past day placed in the year of a date written further down the lead, when
 * it falls more than a month after that date (within MAX_GAP_DAYS) and the text's bounds allow it; the
 * news is then the weekday a reporting verb of the lead names within a week after it ("the report said
 * on Thursday"), else that day itself. Null when the written date may be the news (the opening day lies
 * before it or close after it).
 */
function laterOpeningDay(
  text: string, opening: { month: number; day: number; span: Span }, written: string, notAfter: string, guessNotAfter: string, bounds: TextBounds,
): DocumentDate | null {
  const y = Number(written.slice(0, 4));
  if (!isValidDay(y, opening.month, opening.day)) return null;
  const day = isoDay(y, opening.month, opening.day);
  const gap = isoToDayNumber(day) - isoToDayNumber(written);
  if (gap <= OPENING_DAY_MIN_GAP || gap > MAX_GAP_DAYS || day > notAfter || day > guessNotAfter || !fits(day, { ...bounds, weak: null })) return null;
  const lead = leadRange(text);
  const wd = reportedWeekday(text, opening.span.end, lead.end, true);
  if (wd) {
    const shift = (wd.weekday - weekdayOf(y, opening.month, opening.day) + 7) % 7;
    const news = addDays(day, shift);
    if (shift <= WEEKDAY_ANCHOR_DAYS && news <= notAfter) return { published: news, basis: 'inferred', span: wd.span };
  }
  return { published: day, basis: 'inferred', span: opening.span };
}

/** How many days a lead weekday may lie after the latest full date the text states. */
const WEEKDAY_ANCHOR_DAYS = 6;
/** Lines searched for the lead's weekday: the story may start below a title, a caption and share links. */
const WEEKDAY_LEAD_LINES = 8;

/**
 * "Modi on Wednesday returned …" with "October 29, 2019" stated later (in a quoted post, a caption): the
 * lead's weekday is the first such day on or after the latest full date the text states, when no stated
 * date or period starts after that date (else the full date is background, not the news).
 */
function weekdayFromLatestDay(text: string, all: readonly DateCandidate[], notAfter: string): DocumentDate {
  // Page furniture (title, caption, share links) may push the story's first sentence down a few lines.
  const lead = leadRange(text, WEEKDAY_LEAD_LINES);
  const wd = reportedWeekday(text, lead.start, lead.end);
  if (!wd) return { published: null, basis: null };
  let latest: string | null = null;
  let latestStart = Infinity;
  for (const c of all) {
    if (!c.interval || c.inferredYear || c.relative) continue;
    if (clauseTense(text, c.start, c.end) === 'future') continue;
    if (c.grain === 'day' && (latest === null || c.interval.from > latest)) {
      latest = c.interval.from;
      latestStart = c.start;
    }
  }
  if (latest === null || latest > notAfter) return { published: null, basis: null };
  // "the first since their meeting on October 2, 2023": a day measured from is background, no anchor of the news.
  const latestSentence = sentenceWindow(text, latestStart, latestStart + 1);
  if (/\bsince\b/i.test(text.slice(latestSentence.start, latestStart))) return { published: null, basis: null };
  for (const c of all) {
    if (!c.interval || c.inferredYear || c.relative || c.start === latestStart) continue;
    if (clauseTense(text, c.start, c.end) === 'future') continue;
    // "the 2024 budget", "the 2026 World Cup": a year naming a thing, often set ahead, is no later news.
    if (c.grain === 'year' && attributiveYear(text, c.start, c.end)) continue;
    if (c.interval.from > latest) return { published: null, basis: null };
  }
  const base = isoToDayNumber(latest);
  const y = Number(latest.slice(0, 4));
  const m = Number(latest.slice(5, 7));
  const dd = Number(latest.slice(8, 10));
  const shift = (wd.weekday - weekdayOf(y, m, dd) + 7) % 7;
  if (shift > WEEKDAY_ANCHOR_DAYS) return { published: null, basis: null };
  const day = addDays(latest, shift);
  if (day > notAfter || isoToDayNumber(day) - base > WEEKDAY_ANCHOR_DAYS) return { published: null, basis: null };
  return { published: day, basis: 'inferred', span: wd.span };
}

/** A year written between "the" and a capitalised or lower-case noun ("the 2024 National Budget"). */
function attributiveYear(text: string, start: number, end: number): boolean {
  return /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && /^\s+[A-Za-z]{3,}/.test(text.slice(end, end + 12))
    && !/^\s+(?:and|or|to|was|were|is|will|had|has)\b/i.test(text.slice(end, end + 12));
}

const MAX_WINDOW_YEARS = 3;
const YEAR_WORD = /\b(?:19[5-9]\d|20[0-4]\d)\b/g;

/**
 * A year-less day placed by the terms of office of the people the text names: the earliest year of their
 * common term from the latest year the text writes on (a report follows what it tells), else the latest
 * year of the term; null when the term is long (long-serving leaders place nothing).
 */
function inWindow(text: string, month: number, day: number, notAfter: string, window: PageHints['window'], span: Span): DocumentDate | null {
  if (!window) return null;
  const first = Number(window.from.slice(0, 4));
  const last = Number(window.to.slice(0, 4));
  const written = Math.max(0, ...(text.match(YEAR_WORD) ?? []).map(Number));
  const years: number[] = [];
  if (written > 0) for (let y = Math.max(first, written); y <= last; y++) years.push(y);
  else for (let y = last; y >= first; y--) years.push(y);
  if (written === 0 && last - first > MAX_WINDOW_YEARS) return null;
  if (written > 0 && written < first && last - first > MAX_WINDOW_YEARS) return null;
  for (const y of years) {
    if (!isValidDay(y, month, day)) continue;
    const iso = isoDay(y, month, day);
    if (iso >= window.from && iso <= window.to && iso <= notAfter) return { published: iso, basis: 'inferred', span };
  }
  return null;
}
