/**
 * Reads the period of a figure: the date of its own sentence nearest the amount (its clause first),
 * narrowed by "in 8 months of", "first quarter of", "first half of"; null for running totals
 * ("over the past 25 years", "since 1992") and for totals so far ("has toured the region 14 times"). Flows
 * (trade, exports, investment …) ignore single days, which date the speaking, not the flow.
 */
import type { DateInterval, DateMention, Sentence, Span } from '../../core/types.js';
import type { MetricLexicon } from './metric-lexicon.js';
import { gap, within } from './span-index.js';
import { dateWords } from '../dates/date-words.js';
import { escapeRegExp } from '../../core/regex-words.js';

/** The period of a figure and how it was found. */
export interface Period {
  readonly period: DateInterval | null;
  /** stated | narrowed | months-of-published | running-total | so-far | none */
  readonly how: string;
  /** Set when the period is a fiscal-year label, which the figure's country re-dates. */
  readonly fiscal?: DateMention['fiscal'];
}

/** What the period resolver needs to know about one figure. */
export interface PeriodQuery {
  readonly text: string;
  readonly sentence: Sentence;
  readonly clause: Span;
  readonly amount: Span;
  readonly evidence: Span;
  /** Flows (money, quantities, changes) skip day dates; event counts take them. */
  readonly flow: boolean;
  readonly dates: readonly DateMention[];
  readonly published: string | null;
  /** The other amounts of the sentence: a date beyond one of them belongs to that one. */
  readonly others: readonly Span[];
  /** A goal or forecast: its period is a date after the amount or a "by 2030", never a date of the level before it. */
  readonly target?: boolean;
  /** Running-total phrases of the clause, when the caller has them already (one clause, many amounts). */
  readonly totals?: readonly Span[];
}

const MONTH_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
/** "(in the first) 8 months (of)" just before a year. */
const MONTHS_BEFORE = /\b(?:first\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months\s+(?:of\s+)?(?:the\s+year\s+)?$/iu;
/** "(the) first quarter/half (of)" just before a year. */
const PART_BEFORE = /\b(first|1st|second|2nd|third|3rd|fourth|4th)\s+(quarter|half)\s+(?:of\s+)?$/iu;

const BY_BEFORE = /\bby\s+$/iu;
/** A date inside a "since …" phrase ("grown 21 times since his first visit in 2004") is a baseline, not the period. */
const SINCE_BEFORE = /\bsince\s+[^,;.()–—]{0,70}$/iu;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The last day of a month, as YYYY-MM-DD. */
function monthEnd(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

function wholeYear(i: DateInterval): number | null {
  const m = /^(\d{4})-01-01$/.exec(i.from);
  return m && i.to === `${m[1]}-12-31` ? Number(m[1]) : null;
}

function monthCount(word: string): number | null {
  const n = /^\d+$/.test(word) ? Number(word) : MONTH_WORDS[word.toLowerCase()] ?? NaN;
  return n >= 1 && n <= 12 ? n : null;
}

/** Right after "the first six months": "of the fiscal year" with no year of its own. */
const BARE_FISCAL_AFTER = /^\s+of\s+(?:the|this|that)\s+(?:fiscal|financial)\s+year\b(?!\s+(?:19|20)\d\d)/iu;

const YEAR_END_BEFORE = /\b(?:the\s+)?(?:end|close)\s+of\s+(?:19|20)\d\d$/i;

/** Narrows a whole-year interval by the "8 months of" / "first quarter of" words written before it. */
export function narrowYear(text: string, date: DateMention): { interval: DateInterval; narrowed: boolean } {
  const year = wholeYear(date.interval);
  if (year === null) return { interval: date.interval, narrowed: false };
  const before = text.slice(Math.max(0, date.span.start - 40), date.span.start);
  const months = MONTHS_BEFORE.exec(before);
  const n = months ? monthCount(months[1]!) : null;
  if (n !== null) return { interval: { from: `${year}-01-01`, to: monthEnd(year, n) }, narrowed: true };
  const part = PART_BEFORE.exec(before);
  if (part) {
    const k = ORDINALS[part[1]!.toLowerCase()]!;
    const size = part[2]!.toLowerCase() === 'half' ? 6 : 3;
    if (k * size <= 12) {
      return { interval: { from: `${year}-${pad((k - 1) * size + 1)}-01`, to: monthEnd(year, k * size) }, narrowed: true };
    }
  }
  return { interval: date.interval, narrowed: false };
}

/** Spans of running-total phrases in text[span] ("over the past 25 years", "since 1992", "to date"). */
export function runningTotalSpans(text: string, span: Span, lex: MetricLexicon): Span[] {
  const s = text.slice(span.start, span.end);
  const out: Span[] = [];
  lex.runningTotal.lastIndex = 0;
  for (let m = lex.runningTotal.exec(s); m; m = lex.runningTotal.exec(s)) {
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
    if (m[0].length === 0) lex.runningTotal.lastIndex++;
  }
  return out;
}

/**
 * The period of one figure from its own sentence; `none` means the sentence gives nothing and the
 * caller may inherit a period from the figure before.
 */
export function resolvePeriod(q: PeriodQuery, lex: MetricLexicon): Period {
  const totals = q.totals ?? runningTotalSpans(q.text, q.clause, lex);
  const inTotal = (d: DateMention): boolean => totals.some((t) => d.span.start < t.end && t.start < d.span.end);
  const inClause = (d: DateMention): boolean => d.span.start >= q.clause.start && d.span.end <= q.clause.end;
  let candidates = within(q.dates, q.sentence.span.start, q.sentence.span.end).filter(
    (d) => !(q.flow && d.grain === 'day') && !inTotal(d) && !SINCE_BEFORE.test(q.text.slice(Math.max(q.sentence.span.start, d.span.start - 80), d.span.start)) && (d.span.end <= q.amount.start || d.span.start >= q.amount.end) &&
      !lex.comparedBefore.test(q.text.slice(Math.max(q.sentence.span.start, d.span.start - 60), d.span.start)) &&
      // "… $133 billion, 36% more compared to $98 billion in the first half of 2020": the date of the base compared with.
      !q.others.some((o) => o.start >= q.amount.end && o.end <= d.span.start && lex.comparedBefore.test(q.text.slice(Math.max(q.sentence.span.start, o.start - 40), o.start).replace(/(?:about|around|nearly|almost|some|over|more\s+than|roughly|close\s+to|US)?\s*$/iu, ' '))) &&
      (!q.target || d.span.start >= q.amount.end || BY_BEFORE.test(q.text.slice(Math.max(0, d.span.start - 4), d.span.start))),
  );
  // A level reached is no later than the text: a date that starts after the document's date ("… to $50
  // billion by 2030" after "have invested $26 billion since 2005") belongs to a goal, not to this sum.
  const pub = publishedInterval(q.published);
  if (!q.target && pub) candidates = candidates.filter((d) => d.interval.from <= pub.to);
  // A goal takes no date that is nearer another sum ("a target of $2 billion, up from $700 million in 2023").
  if (q.target) candidates = candidates.filter((d) => !q.others.some((o) => gap(d.span, o) < gap(d.span, q.amount)));
  // A running total in the clause wins over dates of other clauses, not over a date of its own clause.
  if (totals.length) {
    candidates = candidates.filter(inClause);
    if (!candidates.length) return { period: null, how: 'running-total' };
  }
  if (candidates.length) {
    const cost = (d: DateMention): number => {
      const lo = Math.min(d.span.end, q.amount.end);
      const hi = Math.max(d.span.start, q.amount.start);
      const blocked = q.others.some((o) => o.start >= lo && o.end <= hi);
      // "from $1.5 billion in 2017 to $4.2 billion later in 2019": a date nearer another amount is that
      // amount's, and so is one as near an amount before it as to this one after it (the period follows its sum)
      const own = gap(d.span, q.amount);
      const owned = q.others.some((o) => gap(d.span, o) < own || gap(d.span, o) === own && o.end <= d.span.start && q.amount.start >= d.span.end);
      return gap(d.span, q.amount) + (inClause(d) ? 0 : 100_000) + (blocked || owned ? 50_000 : 0);
    };
    // On a tie the date after the amount wins: "reached $5 billion in 2022".
    const best = [...candidates].sort((x, y) => cost(x) - cost(y) || y.span.start - x.span.start)[0]!;
    if (best.fiscal) {
      // "in the five months of the current fiscal year": its first months only.
      const lead = q.text.slice(Math.max(0, best.span.start - 40), best.span.start);
      const months = MONTHS_BEFORE.exec(lead);
      // "in the first/second half, the third quarter of the 2021-2022 fiscal year": those months of it.
      const part = months ? null : PART_BEFORE.exec(lead.replace(/\bthe\s+$/iu, ''));
      const size = part ? (part[2]!.toLowerCase() === 'half' ? 6 : 3) : 0;
      const skip = part ? (ORDINALS[part[1]!.toLowerCase()]! - 1) * size : 0;
      const n = months ? monthCount(months[1]!) : part && skip + size <= 12 ? size : null;
      // ("the third half": no such part, so no period rather than the whole year)
      if (part && n === null) return { period: null, how: 'fiscal-year-part' };
      const fiscal = n !== null ? { ...best.fiscal, months: n, ...(skip ? { skipMonths: skip } : {}) } : best.fiscal;
      return { period: best.interval, how: n !== null ? 'fiscal-year-months' : 'fiscal-year', fiscal };
    }
    // "… during the first half of the 2021-2022 fiscal year. Investments rose to $1.9 billion in the first six
    // months of the fiscal year": a bare "the fiscal year" is the one labelled just before (within a few sentences).
    const firstMonths = /^(\d{4})-01-01$/.exec(best.interval.from);
    if (firstMonths && best.interval.to.startsWith(firstMonths[1]!) && BARE_FISCAL_AFTER.test(q.text.slice(best.span.end, best.span.end + 40))) {
      const label = [...q.dates].reverse().find((d) => d.fiscal && !d.fiscal.months && d.span.end <= best.span.start && best.span.start - d.span.end < 600);
      const n = Number(best.interval.to.slice(5, 7));
      if (label?.fiscal && n < 12) return { period: label.interval, how: 'fiscal-year-months', fiscal: { ...label.fiscal, months: n } };
    }
    // "At the end of 2022, trade reached $39.9 billion": a total told at a year's end is the year's.
    if (best.rule === 'year-part' && YEAR_END_BEFORE.test(q.text.slice(Math.max(0, best.span.start - 4), best.span.end))) {
      const y = best.interval.to.slice(0, 4);
      return { period: { from: `${y}-01-01`, to: `${y}-12-31` }, how: 'stated' };
    }
    // "Over the past year, trade grew 33% to $4 billion" in a text of the first half-year: a flow counted in
    // calendar years, the last one completed (not the twelve months up to the text's day).
    // "the last year of the old agreement": a year of something else, not one counted back from the text's day
    if (best.rule === 'past-span' && THE_PAST_YEAR.test(q.text.slice(best.span.start, best.span.end)) && OF_AFTER.test(q.text.slice(best.span.end))) {
      return { period: null, how: 'none' };
    }
    // (only "in/over/during/for the past year")
    if (q.flow && !q.target && best.rule === 'past-span' && lex.pastYear.test(q.text.slice(Math.max(0, best.span.start - 10), best.span.end))
      && !OF_AFTER.test(q.text.slice(best.span.end))) {
      const pub = /^(\d{4})-(\d{2})/.exec(q.published ?? '');
      if (pub && Number(pub[2]) <= 6) {
        const y = Number(pub[1]) - 1;
        return { period: { from: `${y}-01-01`, to: `${y}-12-31` }, how: 'last-completed' };
      }
    }
    let { interval, narrowed } = narrowYear(q.text, best);
    const year = narrowed ? null : wholeYear(interval);
    const monthsAfter = year !== null ? lex.monthsAfter.exec(q.text.slice(q.amount.end, q.clause.end)) : null;
    const n = monthsAfter ? monthCount(monthsAfter[1]!) : null;
    if (year !== null && n !== null) ({ interval, narrowed } = { interval: { from: `${year}-01-01`, to: monthEnd(year, n) }, narrowed: true });
    // "in January-October" with no year, in a text of May: the last January-October that is over
    // (but "the first quarter of this year" is this year's, over or not).
    const written = q.text.slice(best.span.start, best.span.end);
    if (!q.target && q.flow && !/\d{4}/u.test(written) && !namesCurrentYear(written) && endsAfter(interval, q.published)) {
      return { period: { from: shiftYear(interval.from, -1), to: shiftYear(interval.to, -1) }, how: 'last-completed' };
    }
    return { period: interval, how: narrowed ? 'narrowed' : 'stated' };
  }
  const clauseText = q.text.slice(q.clause.start, q.clause.end);
  const before = q.text.slice(q.clause.start, q.amount.start);
  // (not a goal, nor a sum told with a future or modal verb: "exports will reach $5 billion over six months")
  const alone = q.flow && !q.target && !lex.target.test(before) ? lex.monthsAlone.exec(clauseText) : null;
  if (alone && q.published) {
    const n = monthCount(alone[1]!);
    const pub = /^(\d{4})-(\d{2})/.exec(q.published);
    if (n !== null && pub) {
      // The first n months are over by the time of writing: this year if month n has ended, else last year.
      const year = Number(pub[2]) > n ? Number(pub[1]) : Number(pub[1]) - 1;
      return { period: { from: `${year}-01-01`, to: monthEnd(year, n) }, how: 'months-of-published' };
    }
  }
  if (lex.presentPerfect.test(before)) return { period: null, how: 'so-far' };
  return { period: null, how: 'none' };
}

const THE_PAST_YEAR = /\bthe\s+(?:past|last)\s+year$/iu;
const OF_AFTER = /^\s*of\b/iu;

let currentYearRe: RegExp | undefined;

/** Whether a date mention names the document's own year ("… of this year", "the current year"). */
function namesCurrentYear(written: string): boolean {
  currentYearRe ??= new RegExp(`\\b(?:${dateWords().currentYear.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})\\b`, 'iu');
  return currentYearRe.test(written);
}

/** Whether a period ends after the document's date (a level reached cannot be). */
function endsAfter(interval: DateInterval, published: string | null): boolean {
  const pub = publishedInterval(published);
  return pub !== null && interval.to > pub.to;
}

/** The same day `years` years off (29 February becomes the 28th in a common year). */
function shiftYear(day: string, years: number): string {
  const y = Number(day.slice(0, 4)) + years;
  const rest = day.slice(4);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}${rest === '-02-29' && !leap ? '-02-28' : rest}`;
}

/** The interval of a document date: its day, or its month when only the month is known. */
export function publishedInterval(published: string | null): DateInterval | null {
  if (!published) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) return { from: published, to: published };
  const m = /^(\d{4})-(\d{2})$/.exec(published);
  return m ? { from: `${published}-01`, to: monthEnd(Number(m[1]), Number(m[2])) } : null;
}

/** How many sentences back a sentence referring to "the meeting" may find the meeting's day. */
const MEETING_BACK = 8;

/**
 * The date of the news an undated event belongs to: the latest day or month named in the `back`
 * sentences before it in its paragraph, else the document date.
 */
export function newsDate(
  sentences: readonly Sentence[], sentence: Sentence, dates: readonly DateMention[], published: string | null, back = 2,
  meeting?: { readonly reference: RegExp; readonly told: RegExp },
): Period {
  for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - back; i--) {
    const s = sentences[i];
    if (!s || s.paragraph !== sentence.paragraph) break;
    const found = within(dates, s.span.start, s.span.end).filter((d) => d.grain === 'day' || d.grain === 'month');
    const last = found[found.length - 1];
    if (last) return { period: last.interval, how: 'news-sentence' };
  }
  // "The meeting concluded with the signing of …": the day of the meeting told before.
  if (meeting?.reference.test(sentence.text)) {
    for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - MEETING_BACK; i--) {
      const s = sentences[i]!;
      const days = within(dates, s.span.start, s.span.end).filter((d) => d.grain === 'day');
      const last = days[days.length - 1];
      if (last && meeting.told.test(s.text) && (!published || last.interval.to <= published.padEnd(10, '-31'))) {
        return { period: last.interval, how: 'news-meeting' };
      }
    }
  }
  const own = publishedInterval(published);
  return own ? { period: own, how: 'news-document' } : { period: null, how: 'none' };
}
