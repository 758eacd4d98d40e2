/**
 * Parsers for years and longer spans: "in 2025", "2024 was", "since 2019", "from 2019 to 2022",
 * "the 1990s", "last year", "two years ago", "in the past four decades", and for weeks and weekdays
 * ("last week", "on Monday", "Thursday (14 March)").
 */
import type { DateInterval } from '../../core/types.js';
import {
  addDays, addMonths, dayInterval, dayNumber, daysInMonth, fromDayNumber, isoDay, isValidDay, monthInterval,
  refEnd, refStart, weekdayOf, yearsInterval, type RefDate,
} from './calendar.js';
import { clauseTense, yearForDay, type DateCandidate } from './date-candidate.js';
import { countValue, dateWords, monthNamePattern, monthNumber } from './date-words.js';
import { lazyPattern, type RegexDateParser } from './parser-runner.js';
import { anchorOf, relationOf } from './period-resolution.js';
import { YEAR, candidate } from './period-parsers.js';

const COUNT = '\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|couple of';

interface YearContextSets {
  before: Set<string>;
  weak: Set<string>;
  after: Set<string>;
  followOk: Set<string>;
  units: Set<string>;
}
let contextSets: YearContextSets | undefined;
function sets(): YearContextSets {
  if (!contextSets) {
    const c = dateWords().yearContext;
    const lower = (l: string[]): Set<string> => new Set(l.map((w) => w.toLowerCase()));
    contextSets = { before: lower(c.before), weak: lower(c.weakBefore), after: lower(c.after), followOk: lower(c.followOk), units: lower(c.units) };
  }
  return contextSets;
}

const PREV_WORDS = /([A-Za-z'’]+)(?:\s+([A-Za-z'’]+))?[\s-]*$/;
const NEXT_WORD = /^\s*([A-Za-z]+)/;

/**
 * Whether the number at [start, end) is used as a year: a year-introducing word before it ("in", "since",
 * "the"), or a verb after it ("2024 was"), and never a currency sign, a decimal, a percentage or a unit.
 */
export function isYearUse(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 30);
  if (/[$€£¥#№]\s*$/.test(before) || /\d[./:,-]$/.test(before)) return false;
  if (/^(?:[.,]\d|\s*%|\s*per\s?cent|-\d|\/\d|\d)/.test(after)) return false;
  const s = sets();
  const nextWord = NEXT_WORD.exec(after)?.[1];
  const next = nextWord?.toLowerCase();
  if (next && s.units.has(next)) return false;
  const prev = PREV_WORDS.exec(before);
  const w1 = prev?.[2]?.toLowerCase() ?? prev?.[1]?.toLowerCase();
  const w2 = prev?.[2] ? `${prev[1]?.toLowerCase()} ${prev[2].toLowerCase()}` : undefined;
  const directlyBefore = prev !== null && prev.index + prev[0].length === before.length && !/[,;:]\s*$/.test(before);
  if (directlyBefore && ((w1 && s.before.has(w1)) || (w2 && s.before.has(w2)))) return true;
  const followsWell = next === undefined ? /^\s*[,.;:)!?'’]|^\s*$/.test(after) : (s.after.has(next) || s.followOk.has(next));
  if (directlyBefore && ((w1 && (s.weak.has(w1) || /['’]s$/.test(w1))) || (w2 && s.weak.has(w2)))) {
    return followsWell && !(nextWord && /^[a-z]/.test(nextWord) && !s.after.has(next as string) && !s.followOk.has(next as string));
  }
  // Sentence-initial or after punctuation: a year subject needs a verb ("2024 was", "2025 will").
  if (next && s.after.has(next)) return true;
  // "…, 2024" closing an appositive or a list of years ("2019, 2021 and 2024") is left to ranges/months.
  return false;
}

const YEAR_PART = /(?:\b(early|mid|late)[\s-]+|\b(?:the\s+)?(end|beginning|start|middle|close|turn)\s+of\s+)$/i;

/** "in 2025", "2024 was", "the 2024 election", "early 2024", "the end of 2023". */
const year: RegexDateParser = {
  rule: 'year',
  // The pattern starts at the digits (fast to scan); modifiers are read from the text before them.
  pattern: lazyPattern(() => new RegExp(`\\b${YEAR}\\b(?:['’]s)?`, 'g')),
  extract(m, input, yearStart, end) {
    const y = Number(m[0].slice(0, 4));
    const lead = YEAR_PART.exec(input.text.slice(Math.max(0, yearStart - 24), yearStart));
    const part = lead?.[1];
    const edge = lead?.[2];
    // "Early"/"Late" capitalised starts a sentence; anything else capitalised is not a modifier here.
    if (!part && !edge && !isYearUse(input.text, yearStart, yearStart + 4)) return null;
    const start = lead ? yearStart - lead[0].length : yearStart;
    let interval: DateInterval = yearsInterval(y, y);
    let grain: DateCandidate['grain'] = 'year';
    // Parts of a year: "early"/"late" and "beginning"/"end" a quarter, mid-year May–August (what
    // readers take these words to mean; the half-years they were once read as are wider than written).
    const p = (part ?? edge ?? '').toLowerCase();
    if (p === 'early') interval = { from: isoDay(y, 1, 1), to: isoDay(y, 3, 31) };
    else if (p === 'late') interval = { from: isoDay(y, 10, 1), to: isoDay(y, 12, 31) };
    else if (p === 'mid' || p === 'middle') interval = { from: isoDay(y, 5, 1), to: isoDay(y, 8, 31) };
    else if (p === 'beginning' || p === 'start') interval = { from: isoDay(y, 1, 1), to: isoDay(y, 3, 31) };
    else if (p === 'end' || p === 'close') interval = { from: isoDay(y, 10, 1), to: isoDay(y, 12, 31) };
    else if (p === 'turn') interval = { from: isoDay(y - 1, 12, 1), to: isoDay(y, 1, 31) };
    if (p) grain = 'range';
    const ref = input.ref;
    const relation = ref === null ? undefined : y < ref.year ? 'past' : y > ref.year ? 'future' : 'present';
    return { start, end, interval, grain, inferredYear: false, rule: p ? 'year-part' : this.rule,
      ...(relation ? { relation } : {}) };
  },
};

/** "from 2019 to 2022", "between 2015 and 2020", "2023–2024", "2023-24". */
const yearRange: RegexDateParser = {
  rule: 'year-range',
  // Starts at the first year (fast to scan); "from"/"between" is read from the text before it.
  pattern: lazyPattern(() => new RegExp(`\\b(${YEAR})\\s*(-|–|—|to|through|until|till|and)\\s*(${YEAR}|\\d\\d)\\b(?![\\d%]|[.,]\\d)`, 'g')),
  extract(m, input, yearStart, end) {
    const [, a, link, b] = m;
    const lead = /\b(from|between)\s+$/i.exec(input.text.slice(Math.max(0, yearStart - 10), yearStart));
    const intro = lead?.[1];
    const start = lead ? yearStart - lead[0].length : yearStart;
    const y1 = Number(a);
    let y2 = Number(b);
    if ((b ?? '').length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
    if (y2 <= y1 || y2 - y1 > 100) return null;
    const dash = /^[-–—]$/.test(link ?? '');
    if (!dash && !intro) {
      // "2019 to 2022" without "from" still needs to read as years.
      if (!isYearUse(input.text, start, start + 4)) return null;
    }
    if (link === 'and' && intro?.toLowerCase() !== 'between') return null;
    const after = input.text.slice(end, end + 20);
    const next = /^\s*([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
    if (next && sets().units.has(next)) return null;
    return { start, end, interval: yearsInterval(y1, y2), grain: 'range', inferredYear: false, rule: this.rule };
  },
};

/** "since 2019" (to the reference date), "since the start of 2022". */
const sinceYear: RegexDateParser = {
  rule: 'since-year',
  pattern: lazyPattern(() => new RegExp(`\\b[Ss]ince\\s+(?:the\\s+(?:beginning|start)\\s+of\\s+)?(${YEAR})\\b(?![\\d%]|[.,]\\d)`, 'g')),
  extract(m, input, start, end) {
    const y = Number(m[1]);
    const ref = input.ref;
    if (ref === null) return { start, end, interval: null, grain: 'range', inferredYear: false, rule: this.rule, floor: isoDay(y, 1, 1) };
    const to = refEnd(ref);
    if (to < isoDay(y, 1, 1)) return null;
    return { start, end, interval: { from: isoDay(y, 1, 1), to }, grain: 'range', inferredYear: false, rule: this.rule, relation: 'past' };
  },
};

/** "the 1990s", "the mid-1990s", "the early 2000s": the whole decade. */
const decade: RegexDateParser = {
  rule: 'decade',
  trigger: /\d0['’]?s\b/,
  pattern: lazyPattern(() => /\b(?:(?:the\s+)?(?:early|mid|late)[\s-]+)?((?:1[89]|20)\d0)['’]?s\b/gi),
  extract(m, _input, start, end) {
    const y = Number(m[1]);
    return { start, end, interval: yearsInterval(y, y + 9), grain: 'range', inferredYear: false, rule: this.rule };
  },
};

/** "this year", "last year", "the previous year", "earlier this year", "by the end of the year". */
const relativeYear: RegexDateParser = {
  rule: 'relative-year',
  trigger: /\byear\b/i,
  pattern: lazyPattern(() => /\b(?:(?:the\s+)?(end|beginning|start|middle)\s+of\s+|(early|mid|late)[\s-]+)?(?:(earlier|later)\s+)?(this|last|next|the coming|the current|the)\s+year\b(?!['’]s\s+first)/gi),
  extract(m, input, start, end) {
    const ref = input.ref;
    if (ref === null) return null;
    // "late last year" is its end, "early next year" its beginning.
    const edge = m[1]?.toLowerCase() ?? { early: 'beginning', mid: 'middle', late: 'end' }[m[2]?.toLowerCase() ?? ''];
    const word = (m[4] ?? '').toLowerCase();
    // "the previous/following year" counts from the last year mentioned (the anaphoric refiner's
    // business); a bare "the year" is a year only as "the end/beginning of the year".
    if (word === 'the' && !edge) return null;
    const anchor = word === 'the' ? 'this' : anchorOf(word);
    const y = ref.year + (anchor === 'last' ? -1 : anchor === 'next' ? 1 : 0);
    let interval = yearsInterval(y, y);
    if (edge === 'beginning' || edge === 'start') interval = { from: isoDay(y, 1, 1), to: isoDay(y, 3, 31) };
    else if (edge === 'middle') interval = { from: isoDay(y, 4, 1), to: isoDay(y, 9, 30) };
    else if (edge === 'end') interval = { from: isoDay(y, 10, 1), to: isoDay(y, 12, 31) };
    else if (m[3] && anchor === 'this' && ref.month !== null) {
      interval = m[3].toLowerCase() === 'earlier' ? { from: interval.from, to: refEnd(ref) } : { from: isoDay(ref.year, ref.month, ref.day ?? 1), to: interval.to };
    }
    return candidate(start, end, interval, edge ? 'range' : 'year', false, this.rule, m[3]?.toLowerCase() === 'earlier' ? 'last' : anchor, { relative: true });
  },
};

/** "two years ago", "a week ago", "three months ago", "10 days ago". */
const ago: RegexDateParser = {
  rule: 'ago',
  trigger: /\bago\b/i,
  pattern: lazyPattern(() => new RegExp(`\\b(${COUNT})\\s+(day|week|month|year|decade)s?\\s+ago\\b`, 'gi')),
  extract(m, input, start, end) {
    const ref = input.ref;
    const n = countValue((m[1] ?? '').replace(/\s+of$/i, ''));
    if (ref === null || n === null) return null;
    const unit = (m[2] ?? '').toLowerCase();
    if (unit === 'year' || unit === 'decade') {
      const y = ref.year - n * (unit === 'decade' ? 10 : 1);
      return { start, end, interval: yearsInterval(y, y), grain: 'year', inferredYear: false, rule: this.rule, relation: 'past', relative: true };
    }
    if (ref.month === null) return null;
    if (unit === 'month') {
      const p = addMonths(ref.year, ref.month, -n);
      return { start, end, interval: monthInterval(p.year, p.month), grain: 'month', inferredYear: false, rule: this.rule, relation: 'past', relative: true };
    }
    if (ref.day === null) return null;
    const day = addDays(isoDay(ref.year, ref.month, ref.day), -n * (unit === 'week' ? 7 : 1));
    return { start, end, interval: { from: day, to: day }, grain: 'day', inferredYear: false, rule: this.rule, relation: 'past', relative: true };
  },
};

/** "in the past four decades", "over the last five years", "in recent months" is not placed. */
const pastSpan: RegexDateParser = {
  rule: 'past-span',
  trigger: /\bthe\s+(?:past|last|previous|next|coming)\b/i,
  pattern: lazyPattern(() => new RegExp(`\\b(?:in|over|during|for|within|throughout)\\s+the\\s+(past|last|previous|next|coming)\\s+(?:(${COUNT})\\s+)?(year|decade|month|week)s?\\b`, 'gi')),
  extract(m, input, start, end) {
    const ref = input.ref;
    if (ref === null) return null;
    const n = m[2] ? countValue(m[2]) : 1;
    if (n === null) return null;
    // "over the previous year" compares with the year before one just named (anaphoric), not a span.
    if (!m[2] && /^previous$/i.test(m[1] ?? '')) return null;
    const unit = (m[3] ?? '').toLowerCase();
    const future = /^(?:next|coming)$/i.test(m[1] ?? '');
    const anchorDay = future ? isoDay(ref.year, ref.month ?? 1, ref.day ?? 1) : refEnd(ref);
    const y = Number(anchorDay.slice(0, 4));
    const mo = Number(anchorDay.slice(5, 7));
    const d = Number(anchorDay.slice(8, 10));
    const sign = future ? 1 : -1;
    let other: string;
    if (unit === 'year' || unit === 'decade') {
      const oy = y + sign * n * (unit === 'decade' ? 10 : 1);
      other = isoDay(oy, mo, Math.min(d, daysInMonth(oy, mo)));
    } else if (unit === 'month') {
      const p = addMonths(y, mo, sign * n);
      other = isoDay(p.year, p.month, Math.min(d, daysInMonth(p.year, p.month)));
    } else {
      other = addDays(anchorDay, sign * 7 * n);
    }
    const interval = future ? { from: anchorDay, to: other } : { from: other, to: anchorDay };
    return { start, end, interval, grain: 'range', inferredYear: false, rule: this.rule, relation: future ? 'future' : 'past', relative: true };
  },
};

/** Monday of the week holding a day number. */
function mondayOf(n: number): number {
  const wd = new Date(n * 86_400_000).getUTCDay();
  return n - ((wd + 6) % 7);
}

/** "last week", "this week", "next week", "earlier this week". */
const relativeWeek: RegexDateParser = {
  rule: 'relative-week',
  trigger: /\bweek\b/i,
  pattern: lazyPattern(() => /\b(?:(earlier|later)\s+(in\s+(?=the\s))?)?(this|last|next|the previous|the coming|the past|the)\s+week\b(?!end)/gi),
  extract(match, input, start, end) {
    const ref = input.ref;
    if (ref === null || ref.month === null || ref.day === null) return null;
    // "earlier in the week", "later in the week": this week, before or after the news day; a bare
    // "the week" or "earlier in last week" is none.
    const within = !!match[2];
    if (within !== (match[3]!.toLowerCase() === 'the')) return null;
    const m = [match[0], match[1], within ? 'this' : match[3]];
    const anchor = anchorOf(m[2]);
    const today = dayNumber(ref.year, ref.month, ref.day);
    const monday = mondayOf(today) + (anchor === 'last' ? -7 : anchor === 'next' ? 7 : 0);
    let from = monday;
    let to = monday + 6;
    if (m[1] && anchor === 'this') {
      if (m[1].toLowerCase() === 'earlier') to = today;
      else from = today;
    }
    return { start, end, interval: { from: fromDayNumber(from), to: fromDayNumber(to) }, grain: 'range', inferredYear: false,
      rule: this.rule, relative: true, ...(relationOf(m[1]?.toLowerCase() === 'earlier' ? 'last' : anchor) ? { relation: relationOf(m[1]?.toLowerCase() === 'earlier' ? 'last' : anchor) } : {}) };
  },
};

/**
 * "over the weekend", "at the weekend", "last weekend", "this weekend", "next weekend": a Saturday and
 * Sunday. "Last" is the weekend before this week (Monday to Sunday); a bare or "this" weekend is the one
 * just past in a clause told in the past (the most recent Saturday and Sunday) and the coming one
 * otherwise ("will meet this weekend").
 */
const relativeWeekend: RegexDateParser = {
  rule: 'relative-weekend',
  trigger: /\bweekend\b/i,
  // A bare "the weekend" only after a preposition of time ("over the weekend"), not "the weekend edition".
  pattern: lazyPattern(() => /\b(this|last|next|the previous|the coming|the past|(?<=\b(?:over|at|during|on|in|through)\s+)the)\s+weekend\b(?!['’]s)(?!\s+(?:edition|paper|newspaper|magazine|show|programme|program|shift|market)\b)/gi),
  extract(m, input, start, end) {
    const ref = input.ref;
    if (ref === null || ref.month === null || ref.day === null) return null;
    const word = (m[1] ?? '').toLowerCase();
    const today = dayNumber(ref.year, ref.month, ref.day);
    const monday = mondayOf(today);
    let saturday: number;
    let past: boolean;
    if (word === 'the' || word === 'this') {
      past = clauseTense(input.text, start, end) === 'past';
      // The weekend just past: this week's when today is Saturday or Sunday, else last week's.
      saturday = past ? (today >= monday + 5 ? monday + 5 : monday - 2) : monday + 5;
    } else {
      const anchor = anchorOf(word);
      past = anchor === 'last';
      saturday = anchor === 'last' ? monday - 2 : anchor === 'next' ? (today >= monday + 5 ? monday + 12 : monday + 5) : monday + 5;
    }
    return { start, end, interval: { from: fromDayNumber(saturday), to: fromDayNumber(saturday + 1) }, grain: 'range', inferredYear: false,
      rule: this.rule, relative: true, relation: past ? 'past' : 'future' };
  },
};

/** "earlier today", "later today", "earlier on Tuesday" are left to chrono's "today" and the weekday parser. */
const relativeToday: RegexDateParser = {
  rule: 'relative-today',
  pattern: lazyPattern(() => /\b(earlier|later)\s+today\b/gi),
  extract(m, input, start, end) {
    const ref = input.ref;
    if (ref === null || ref.month === null || ref.day === null) return null;
    return { start, end, interval: dayInterval(ref.year, ref.month, ref.day), grain: 'day', inferredYear: false,
      rule: this.rule, relative: true, relation: m[1]?.toLowerCase() === 'earlier' ? 'past' : 'future' };
  },
};

/**
 * The year of a weekday + day + month without a written year: within ±6 years of the reference year,
 * the closest year where that day falls on that weekday; with no reference, the latest such year in
 * 2000–2030. Null when no year fits.
 */
export function yearFromWeekday(month: number, day: number, weekday: number, ref: RefDate | null): number | null {
  if (ref === null) {
    for (let y = 2030; y >= 2000; y--) if (isValidDay(y, month, day) && weekdayOf(y, month, day) === weekday) return y;
    return null;
  }
  const refN = dayNumber(ref.year, ref.month ?? 7, ref.day ?? (ref.month === null ? 1 : 15));
  let best: number | null = null;
  let bestDistance = Infinity;
  for (let y = ref.year - 6; y <= ref.year + 6; y++) {
    if (!isValidDay(y, month, day) || weekdayOf(y, month, day) !== weekday) continue;
    const distance = Math.abs(dayNumber(y, month, day) - refN);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = y;
    }
  }
  return best;
}

/** A day and month ending right before a weekday ("14 March (", "March 14, "). */
const dayMonthBefore = lazyPattern(() => new RegExp(`(?:\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${monthNamePattern()})|\\b(${monthNamePattern()})\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\s*[,(]\\s*$`));

/**
 * "on Monday", "last Friday", "Thursday (14 March)", "Thursday, March 14": a weekday alone is
 * placed from the reference day by tense; with a day and month it fixes a year the text did not write.
 */
const weekday: RegexDateParser = {
  rule: 'weekday',
  pattern: lazyPattern(() => {
    const names = Object.keys(dateWords().weekdays).filter((w) => w.length > 4);
    const W = names.flatMap((w) => [w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]).join('|');
    const M = monthNamePattern();
    const dayMonth = `(?:\\s*[,(]\\s*|\\s+)(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${M})|(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)(?:,?\\s+(${YEAR})\\b)?\\)?`;
    return new RegExp(`\\b(${W})\\b(?:['’]s)?(?:${dayMonth})?`, 'g');
  }),
  extract(m, input, nameStart, end) {
    const [, wdName, d1, m1, m2, d2, yearText] = m;
    // The pattern starts at the weekday (fast to scan); "last"/"next"/"this" is read from before it.
    const lead = /\b(last|next|this|coming|past)\s+$/i.exec(input.text.slice(Math.max(0, nameStart - 8), nameStart));
    const mod = lead?.[1];
    const start = lead ? nameStart - lead[0].length : nameStart;
    const wd = dateWords().weekdays[(wdName ?? '').toLowerCase()];
    if (wd === undefined) return null;
    const ref = input.ref;
    let monthText = m1 ?? m2;
    let dayText = d1 ?? d2;
    let first = start;
    let last = end;
    if (!monthText) {
      // "14 March (Thursday)", "March 14, Thursday": the day and month come first.
      const before = input.text.slice(Math.max(0, start - 30), start);
      const dm = dayMonthBefore().exec(before);
      if (dm) {
        monthText = dm[2] ?? dm[3];
        dayText = dm[1] ?? dm[4];
        first = start - (before.length - dm.index);
        if (input.text.charAt(end) === ')') last = end + 1;
      }
    }
    if (monthText) {
      const start = first;
      const end = last;
      const month = monthNumber(monthText);
      const day = Number(dayText);
      if (month === null || !(day >= 1 && day <= 31)) return null;
      if (yearText) {
        const y = Number(yearText);
        if (!isValidDay(y, month, day)) return null;
        return { start, end, interval: dayInterval(y, month, day), grain: 'day', inferredYear: false, rule: 'weekday-date' };
      }
      const tense = clauseTense(input.text, start, end);
      const yearless = { month, day, weekday: wd };
      let y = yearFromWeekday(month, day, wd, ref);
      if (y === null && ref !== null) y = yearForDay(month, day, ref, tense);
      if (y === null) return { start, end, interval: null, grain: 'day', inferredYear: true, rule: 'weekday-date', yearless };
      return { start, end, interval: dayInterval(y, month, day), grain: 'day', inferredYear: true, rule: 'weekday-date', yearless,
        ...(tense ? { tense } : {}) };
    }
    if (ref === null || ref.month === null || ref.day === null) return null;
    // "Thursday last week", "on Monday of next week": the weekday of that Monday-to-Sunday week.
    const week = mod ? null : WEEK_AFTER.exec(input.text.slice(end, end + 24));
    const weekShift = week ? ({ last: -7, previous: -7, next: 7, this: 0 }[week[1]!.toLowerCase()] ?? 0) : 0;
    const weekToday = dayNumber(ref.year, ref.month, ref.day);
    // "met on Friday this week" told on a Wednesday: a past deed's day of this week is not still to come;
    // the plain weekday reading below takes the Friday before.
    const pastLater = week && weekShift === 0 && mondayOf(weekToday) + ((wd + 6) % 7) > weekToday && clauseTense(input.text, start, end) === 'past';
    if (week && !pastLater) {
      const shift = weekShift;
      const today = weekToday;
      const n = mondayOf(today) + shift + ((wd + 6) % 7);
      const iso = fromDayNumber(n);
      const relation = n < today ? 'past' : n > today ? 'future' : 'present';
      return { start, end: end + week[0].length, interval: { from: iso, to: iso }, grain: 'day', inferredYear: false, rule: this.rule, relation, relative: true };
    }
    const anchor = anchorOf(mod);
    const tense = clauseTense(input.text, start, end);
    const today = dayNumber(ref.year, ref.month, ref.day);
    const todayWd = weekdayOf(ref.year, ref.month, ref.day);
    const back = (todayWd - wd + 7) % 7;
    const forward = (wd - todayWd + 7) % 7;
    let n: number;
    if (anchor === 'last') n = today - (back === 0 ? 7 : back);
    else if (anchor === 'next') n = today + (forward === 0 ? 7 : forward);
    else if (anchor === 'this' || tense === 'future') n = today + forward;
    else n = today - back;
    const iso = fromDayNumber(n);
    const relation = n < today ? 'past' : n > today ? 'future' : 'present';
    return { start, end, interval: { from: iso, to: iso }, grain: 'day', inferredYear: false, rule: this.rule, relation, relative: true };
  },
};

// The week a bare weekday is placed in ("Thursday last week", "Monday of next week", "Friday this week").
const WEEK_AFTER = /^\s+(?:of\s+)?(last|previous|next|this)\s+week\b(?!end)/i;

/** Every parser of years, spans, weeks and weekdays, in priority order. */
/**
 * "14.12.2022": day, month and year with dots, the European order (the dotted form is not used
 * month-first, unlike slashes, which stay ambiguous and are not read).
 */
const dottedDay: RegexDateParser = {
  rule: 'dotted-day',
  trigger: /\d\.\d/,
  pattern: lazyPattern(() => new RegExp(`(?<![\\d.])(?<!(?:[Vv]ersion|[Rr]elease|v)\\s?)(\\d{1,2})\\.(\\d{1,2})\\.(${YEAR})(?![\\d.]\\d)`, 'g')),
  extract(m, input, start, end) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const y = Number(m[3]);
    if (!isValidDay(y, month, day)) return null;
    const ref = input.ref;
    const iso = isoDay(y, month, day);
    const relation = ref === null ? undefined : iso < refStart(ref) ? 'past' : iso > refEnd(ref) ? 'future' : 'present';
    return { start, end, interval: { from: iso, to: iso }, grain: 'day', inferredYear: false, rule: this.rule,
      ...(relation ? { relation } : {}) };
  },
};

export const yearParsers: readonly RegexDateParser[] = [yearRange, sinceYear, decade, year, relativeYear, ago, pastSpan,
  relativeWeek, relativeWeekend, relativeToday, weekday, dottedDay];
