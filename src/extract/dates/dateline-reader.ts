/**
 * What the top of a page says about its own date, before the story starts: a scraper's leading
 * `date 2024-07-06` token, a "Published: …" / "Updated …" line, a line that is only a date ("Friday,
 * 07 Feb 2025", "12 December 2020, 21:01"), and the wire dateline ("ASTANA, July 5 (Xinhua) --",
 * "MOSCOW, November 28. /TASS/.", "Jan 17, 2024 —"). The words are in data/date-words.yaml
 * (`stampLabels`, `agencyMarks`); a dateline's year may be missing and is completed by the resolver.
 */
import type { Span } from '../../core/types.js';
import { alternation } from '../../core/regex-words.js';
import { isValidDay } from './calendar.js';
import { dateWords } from './date-words.js';
import { parsePublishedString } from './published-date-parser.js';
import { compileNow } from '../../core/native-regexp.js';

/** A publication date the page prints about itself. */
export interface PageStamp {
  /** YYYY-MM-DD (or YYYY-MM for a month-only stamp). */
  readonly date: string;
  readonly span: Span;
  /** token: `date 2024-07-06`; published: a labelled line; updated: an "Updated …" line; line: a bare date line. */
  readonly kind: 'token' | 'published' | 'updated' | 'line';
}

/** A dateline day: month and day, the year when written, and the sentence it opens. */
export interface Dateline {
  readonly month: number;
  readonly day: number;
  readonly year: number | null;
  readonly span: Span;
  /** The first sentence of the story, which the dateline opens (a weekday there names the dateline day or one near it). */
  readonly sentence: Span;
}

/** How far into the body stamps and datelines are looked for: page furniture, title, caption, lead. */
const HEAD_LINES = 14;
const HEAD_CHARS = 2000;
/** A bare date line holds little else: at most this many characters besides the date. */
const STAMP_LINE_MAX = 60;

interface Line {
  readonly start: number;
  readonly text: string;
}

/** The first non-empty lines of the text, with their offsets. */
function headLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]*/g;
  for (let m = re.exec(text); m && out.length < HEAD_LINES && m.index < HEAD_CHARS; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, text: m[0] });
    re.lastIndex = m.index + m[0].length + 1;
    if (re.lastIndex > text.length) break;
  }
  return out;
}

let stampRe: { token: RegExp; label: RegExp; updated: RegExp; time: RegExp; furniture: RegExp } | undefined;
function stampPatterns(): NonNullable<typeof stampRe> {
  if (!stampRe) {
    const w = dateWords();
    stampRe = {
      token: /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?![\d-])/i,
      label: new RegExp(`(?:^\\s*|[|•·]\\s*)(?:${alternation(w.stampLabels.published)})\\s*(?:on\\s+)?:?\\s*`, 'i'),
      updated: new RegExp(`(?:^\\s*|[|•·]\\s*)(?:${alternation(w.stampLabels.updated)})\\s*(?:on\\s+)?:?\\s*`, 'i'),
      // Times, zones and separators that may stand next to the date on a stamp line.
      time: /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*|[+-]\d{2}:?\d{2}))?/g,
      furniture: /[|•·,\s-]+/g,
    };
  }
  return stampRe;
}

/** The weekday names (full and short) that may open a stamp line, as one alternation. */
let weekdayAlt: RegExp | undefined;
function weekdayWords(): RegExp {
  weekdayAlt ??= new RegExp(`\\b(?:${alternation(Object.keys(dateWords().weekdays))})\\b\\.?`, 'gi');
  return weekdayAlt;
}

/** A date read from a stamp's value, with the time of day and a weekday name stripped first. */
function stampDate(value: string): string | null {
  const p = stampPatterns();
  // "Mon, 03/11/2024": the weekday settles a day/month order the numbers leave open.
  const dated = value.replace(p.time, ' ').replace(/^[\s,|•·-]+/, '');
  if (/^[A-Za-z]{3,9}\.?,?\s+\d{1,2}([/-])\d{1,2}\1\d{4}/.test(dated)) {
    const d = parsePublishedString(dated);
    if (d) return d;
  }
  const cleaned = value.replace(p.time, ' ').replace(weekdayWords(), ' ').replace(/^[\s,|•·-]+/, '').replace(/[\s,|•·-]+$/, '').replace(/\s+/g, ' ');
  // "08th July 2015", "2 May 2021", "2020-09-15", "December 5, 2024", "28 Feb 2023".
  const d = parsePublishedString(cleaned.replace(/(\d)(?:st|nd|rd|th)\b/g, '$1'));
  return d && d.length === 10 ? d : null;
}

/**
 * The publication date the page prints about itself, or null: the leading `date` token, else the first
 * "Published …" line, else the first line that is only a date, else an "Updated …" line.
 */
export function findPageStamp(text: string): PageStamp | null {
  const p = stampPatterns();
  const token = p.token.exec(text.slice(0, 80));
  if (token) {
    const d = parsePublishedString(token[1]);
    const at = token.index + token[0].indexOf(token[1] as string);
    if (d) return { date: d, span: { start: at, end: at + (token[1] as string).length }, kind: 'token' };
  }
  let line: PageStamp | null = null;
  let updated: PageStamp | null = null;
  for (const l of headLines(text)) {
    const labelled = p.label.exec(l.text);
    if (labelled) {
      const rest = l.text.slice(labelled.index + labelled[0].length);
      // "Published: 08th July 2015 09:54 PM | Last Updated: …": the value ends at the next separator.
      const value = rest.split(/\s[|•·]\s|\s{3,}/)[0] ?? rest;
      const d = stampDate(value);
      const at = l.start + labelled.index + labelled[0].length;
      if (d) return { date: d, span: { start: at, end: at + value.trimEnd().length }, kind: 'published' };
    }
    const upd = p.updated.exec(l.text);
    if (upd && !updated) {
      const rest = l.text.slice(upd.index + upd[0].length);
      const value = rest.split(/\s[|•·]\s|\s{3,}/)[0] ?? rest;
      const d = stampDate(value);
      const at = l.start + upd.index + upd[0].length;
      if (d) updated = { date: d, span: { start: at, end: at + value.trimEnd().length }, kind: 'updated' };
      continue;
    }
    const bare = l.text.trim();
    // "March 12, 20245:37 PM GMT+5Updated 2 days ago": a scraped stamp whose time runs into the year.
    const glued: RegExpExecArray | null = line ? null : GLUED_STAMP.exec(bare);
    const gluedDay: string | null = glued ? stampDate(glued[0]) : null;
    if (glued && gluedDay) {
      const at = l.start + (l.text.length - l.text.trimStart().length);
      line = { date: gluedDay, span: { start: at, end: at + glued[0].length }, kind: 'line' };
      continue;
    }
    if (!line && bare.length <= STAMP_LINE_MAX + 20 && /\d{4}/.test(bare)) {
      const d = stampDate(bare);
      // Only a line that is nothing but the date (and its time and weekday): "… in Kosovo September 27,
      // 2023." is a caption, not a stamp.
      const rest = bare.replace(p.time, '').replace(weekdayWords(), '').replace(/(?<=\d)\/(?=\d)/g, ' ').replace(/\b\d{1,2}(?:st|nd|rd|th)?\b|\b\d{4}\b|[A-Za-z]{3,9}\.?/g, (w) => (isDatePart(w) ? '' : w))
        .replace(p.furniture, '');
      if (d && rest.length === 0) {
        const at = l.start + (l.text.length - l.text.trimStart().length);
        line = { date: d, span: { start: at, end: at + bare.length }, kind: 'line' };
      }
    }
  }
  return line ?? updated;
}

/** A full date that opens its line with a time run into its year: "March 12, 20245:37 PM", "12 March 202410:05". */
const GLUED_STAMP = /^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+)(?:19|20)\d{2}(?=\d{1,2}[:.]\d{2}\b)/;

/** True for the words a date is made of: numbers, month names and abbreviations. */
function isDatePart(word: string): boolean {
  if (/^\d/.test(word)) return true;
  return dateWords().months[word.replace(/\.$/, '').toLowerCase()] !== undefined;
}

/** The month names (capitalised and upper case, longest first) and the place of one to four capitalised words. */
function datelineParts(): { months: string; place: string } {
  const months = Object.keys(dateWords().months).sort((a, b) => b.length - a.length)
    .map((m) => `${m.charAt(0).toUpperCase()}${m.slice(1)}|${m.toUpperCase()}`).join('|');
  return { months, place: `[A-Z][\\p{L}'’.-]*(?:[ -][A-Z][\\p{L}'’.-]*){0,3}` };
}

let datelineRe: RegExp | undefined;
/**
 * "CITY, Month Day[, Year]" or "CITY. Month Day" at the start of a line, followed by an agency mark, a
 * dash or a full stop; or "Month Day, Year —" alone. The place is one to four capitalised words, with an
 * optional country after a comma ("TASHKENT, Uzbekistan, November 14.").
 */
function datelinePattern(): RegExp {
  if (!datelineRe) {
    const { months, place } = datelineParts();
    const agency = alternation(dateWords().agencyMarks);
    // "Astana, 5 May 2023 —": the day may come before the month.
    datelineRe = compileNow(new RegExp(
      `^[ \\t]*(?:${place}(?:,\\s*${place})?\\s*[,.]\\s*)?(?:(${months})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${months})\\.?)(?:,?\\s+(\\d{4}))?` +
      // "TASHKENT, Uzbekistan, October 14.President …": a scraped dateline may lose the space after its stop.
      `(?=\\s*(?:\\(|\\.\\s|\\.$|\\.(?=\\p{Lu}\\p{Ll})|/|--|[-–—]|:|\\s(?:${agency})\\b))`, 'mud'));
  }
  return datelineRe;
}

let bracketedRe: RegExp | undefined;
/**
 * "TASHKENT (UrduPoint News / Sputnik - 02nd October, 2019) Uzbek President …": the date stands inside the
 * brackets that name the outlet and the agency, after a dash (meet16). Groups as the plain dateline's.
 */
function bracketedDatelinePattern(): RegExp {
  if (!bracketedRe) {
    const { months, place } = datelineParts();
    bracketedRe = compileNow(new RegExp(
      `^[ \\t]*${place}(?:,\\s*${place})?,?\\s*\\([^()\\n]{2,80}?\\s[-–—]\\s*(?:(${months})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${months})\\.?)(?:,?\\s+(\\d{4}))?(?=\\s*\\))`, 'mud'));
  }
  return bracketedRe;
}

/** The wire dateline in the first lines of the story, or null. */
export function findDateline(text: string): Dateline | null {
  const head = text.slice(0, HEAD_CHARS);
  const re = datelinePattern();
  for (const l of headLines(head)) {
    const m = re.exec(l.text) ?? bracketedDatelinePattern().exec(l.text);
    if (!m) continue;
    const monthWord = m[1] ?? m[4] ?? '';
    const month = dateWords().months[monthWord.toLowerCase()];
    const day = Number(m[2] ?? m[3]);
    const year = m[5] ? Number(m[5]) : null;
    if (month === undefined || day < 1 || day > 31) continue;
    if (year !== null && !isValidDay(year, month, day)) continue;
    // The dateline's date starts at its first word of date (the month, or the day written before it).
    // (by the group's own index: the outlet's name before it may hold the same digits, "News 24 - 24 May")
    const monthAt = l.start + m.indices![m[1] !== undefined ? 1 : 3]![0];
    const span = { start: monthAt, end: l.start + m.index + m[0].length };
    // The story's first sentence runs from the dateline to the first full stop that ends a sentence.
    const after = text.slice(span.end);
    const stop = /[.!?](?=\s+[A-Z"“]|\s*$|\s*\n)/g;
    stop.lastIndex = 0;
    let end = text.length;
    // Skip the dateline's own punctuation (". /TASS/." or "(Reuters) -").
    for (let s = stop.exec(after); s; s = stop.exec(after)) {
      if (s.index < 12 && /^[\s.(/A-Za-z)-]*$/.test(after.slice(0, s.index))) continue;
      end = span.end + s.index + 1;
      break;
    }
    return { month, day, year, span, sentence: { start: span.start, end: Math.min(end, span.start + 600) } };
  }
  return null;
}
