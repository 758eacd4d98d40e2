/**
 * The day an article's news happened, as its lead tells it: agencies publish a day or two after the
 * talks they report ("… held talks in Paris on Tuesday", published on Wednesday). A deed the article
 * reports as its news without a date of its own happened on that day, not on the publication day.
 */
import { alternation } from '../../core/regex-words.js';
import type { DateMention, Sentence } from '../../core/types.js';
import { isoToDayNumber } from '../dates/calendar.js';
import { findDateline, findPageStamp } from '../dates/dateline-reader.js';
import { isEmbeddedDate } from '../dates/embedded-dates.js';
import { dateWords } from '../dates/date-words.js';
import { RELATIVE_ASIDE_OPENING, RELATIVE_ASIDE_WORDS } from './event-patterns.js';

/** What the news day is read from: the text, its sentences, its dates and the document date. */
export interface NewsDayInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly dates: readonly DateMention[];
  readonly published: string | null;
}

/** How many sentences from the top may hold the lead's date (a title and a caption may come first). */
const LEAD_SENTENCES = 4;
/** How many days before publication the lead's day may lie and still be the news rather than background. */
const MAX_LAG_DAYS = 7;
/** …and how many, when the lead writes that day in full with its year. */
const MAX_LAG_WRITTEN_YEAR_DAYS = 21;
// Dates that measure a stretch of time rather than saying when something happened.
const NOT_A_HAPPENING = /^(?:since|over|for|throughout|during the past|in the past|within|until|till|by)\b/i;

const STRETCH_BEFORE = /\b(?:from|starting|beginning|since|until|till|through)\s+(?:on\s+)?$/i;

/** How many sentences of prose the lead holds, however many headline lines stand above it. */
const LEAD_PROSE = 2;
// A sentence of prose: several words and a closing stop. A title, a section label ("BRIEF") or a byline
// ("BRAZIL / 29 JUN 2011 BY …") has no stop and is not part of the lead.
// Read as the expression /\S+(?:\s+\S+){5,}[.!?]["”’)\]]*\s*$/ reads it, without its backtracking (which
// took time growing with the square of a long line without a stop: 160 ms for 8,000 characters): the text
// without trailing white space ends in a stop and closing marks, a word's last character stands right
// before the stop, and the text up to it holds at least six words.
const CLOSING_MARKS = new Set(['"', '”', '’', ')', ']']);
const STOPS = new Set(['.', '!', '?']);
const SPACE = /\s/;
const WORDS = /\S+/g;

/** Whether a sentence is prose (see above). */
export function isProse(text: string): boolean {
  let end = text.trimEnd().length;
  while (end > 0 && CLOSING_MARKS.has(text[end - 1]!)) end--;
  if (end < 2 || !STOPS.has(text[end - 1]!) || SPACE.test(text[end - 2]!)) return false;
  const words = text.slice(0, end - 1);
  let count = 0;
  WORDS.lastIndex = 0;
  while (WORDS.exec(words)) if (++count === 6) return true;
  return false;
}

/** Where the lead's first sentences of prose end (0 if there are none). */
function proseLeadEnd(sentences: readonly Sentence[]): number {
  let seen = 0;
  for (const s of sentences) {
    if (!isProse(s.text)) continue;
    if (++seen === LEAD_PROSE) return s.span.end;
  }
  return 0;
}

const WRITTEN_YEAR = /\b\d{4}\b/;
// The open stretch of a ", who …" aside, up to a day told in it.
const IN_RELATIVE_ASIDE = new RegExp(`${RELATIVE_ASIDE_OPENING}${RELATIVE_ASIDE_WORDS}{0,80}$`, 'i');

let earlierDeed: RegExp | undefined;

/** Whether a day stands after a cue of another happening ("after", "following" …) in its own stretch of its sentence (past the last comma). */
function inEarlierDeed(input: NewsDayInput, d: DateMention): boolean {
  earlierDeed ??= new RegExp(`\\s(?:${alternation(dateWords().newsDay.earlierHappeningCues)})\\b[^,;:.!?()"“”]*$`, 'i');
  const sentence = input.sentences.find((s) => s.span.start <= d.span.start && d.span.start < s.span.end);
  const from = sentence ? sentence.span.start : Math.max(0, d.span.start - 160);
  return earlierDeed.test(input.text.slice(Math.max(from, d.span.start - 160), d.span.start));
}

/** Whether a date stands at the opening of its sentence ("On …", "At noon on …"): a few words at most before it. */
function opensSentence(input: NewsDayInput, d: DateMention): boolean {
  const sentence = input.sentences.find((s) => s.span.start <= d.span.start && d.span.start < s.span.end);
  return sentence !== undefined && /^\W*(?:\S+\s+){0,3}$/.test(input.text.slice(sentence.span.start, d.span.start));
}

// A line that stamps a page: a year and a clock time, or a year right by a weekday.
const STAMP_LINE = /\b(?:19|20)\d{2}\b[^\n]*\b\d{1,2}:\d{2}\b|\b\d{1,2}:\d{2}\b[^\n]*\b(?:19|20)\d{2}\b/;

function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return text.slice(start, nl < 0 ? text.length : nl);
}

function isHeadlineLine(sentences: readonly Sentence[], at: number): boolean {
  const s = sentences.find((x) => x.span.start <= at && at < x.span.end);
  return s !== undefined && !isProse(s.text);
}

const cache = new WeakMap<readonly DateMention[], string | null>();

/**
 * The first single day the lead reports, when it lies in the week before the document date (the
 * document date itself included); else the document date; null when the document has no day.
 */
export function newsDay(input: NewsDayInput): string | null {
  const published = input.published && input.published.length === 10 ? input.published : null;
  if (!published) return null;
  const cached = cache.get(input.dates);
  if (cached !== undefined) return cached;
  const day = leadDay(input, published) ?? published;
  cache.set(input.dates, day);
  return day;
}

function leadDay(input: NewsDayInput, published: string): string | null {
  const last = input.sentences[Math.min(LEAD_SENTENCES, input.sentences.length) - 1];
  if (!last) return null;
  const end = Math.max(last.span.end, proseLeadEnd(input.sentences));
  const pub = isoToDayNumber(published);
  // The page's own date stamp and the wire dateline say when the report was filed, not when the news happened.
  const filed = [findPageStamp(input.text)?.span, findDateline(input.text)?.span].filter((s) => s !== undefined);
  for (const d of input.dates) {
    if (d.span.start >= end) break;
    if (filed.some((s) => d.span.start < s.end && s.start < d.span.end)) continue;
    // A full date on a line that is no sentence of prose is a byline's stamp ("BRAZIL / 29 JUN 2011 BY …").
    // So is a weekday on such a line that carries a year or a clock time ("16th Thursday, February 2017 - 11:31 UTC").
    if ((WRITTEN_YEAR.test(input.text.slice(d.span.start, d.span.end)) || STAMP_LINE.test(lineAround(input.text, d.span.start)))
      && isHeadlineLine(input.sentences, d.span.start)) continue;
    if (d.grain !== 'day' || d.interval.from !== d.interval.to) continue;
    if (NOT_A_HAPPENING.test(input.text.slice(d.span.start, d.span.end))) continue;
    // A photo caption or an embedded post between the title and the lead dates the photo or the post.
    if (isEmbeddedDate(input.text, d.span)) continue;
    // "four days of talks from Monday": the day a stretch began is not the day of the news it led to.
    if (STRETCH_BEFORE.test(input.text.slice(Math.max(0, d.span.start - 16), d.span.start))) continue;
    // "This comes after comments Friday from X": a day told in the stretch of an earlier happening is that
    // happening's, not the news day.
    if (inEarlierDeed(input, d)) continue;
    // "X has been granted access to Y, who was detained in Moscow on Dec 28, the ministry said": a day told in a
    // ", who …" aside about a participant is that participant's past, not the news day.
    if (IN_RELATIVE_ASIDE.test(input.text.slice(Math.max(0, d.span.start - 100), d.span.start))) continue;
    const lag = pub - isoToDayNumber(d.interval.from);
    // The first day the lead reports decides: a later one in the same lead is a side event.
    // kaz17: a day written in full with its year that opens the lead's sentence ("On July 3, 2024, X held talks …",
    // "At noon on July 3, 2024 local time, …") is the news day of a report reprinted a week or two later (a
    // press-release site republishing an agency's story); a day told later in the sentence may be a background's.
    const reach = WRITTEN_YEAR.test(input.text.slice(d.span.start, d.span.end)) && opensSentence(input, d) ? MAX_LAG_WRITTEN_YEAR_DAYS : MAX_LAG_DAYS;
    return lag >= 0 && lag <= reach ? d.interval.from : null;
  }
  return null;
}
