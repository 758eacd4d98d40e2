/**
 * Reads a publication date from metadata: a date string in any common format (ISO, RFC 2822,
 * "12 March 2024", "March 12, 2024", "2024/03/12") or a date in a URL path ("/2022/11/28/", "/2023/01/",
 * "2022-11-28", "20221128").
 */
import { isValidDay, isoDay, isoMonth, weekdayOf } from './calendar.js';
import { dateWords, monthNumber } from './date-words.js';

const plausible = (y: number): boolean => y >= 1990 && y <= 2100;

function day(y: number, m: number, d: number): string | null {
  return plausible(y) && isValidDay(y, m, d) ? isoDay(y, m, d) : null;
}

/** A YYYY-MM-DD (or YYYY-MM) from a metadata date string, taken as written (no time-zone shift), or null. */
export function parsePublishedString(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return plausible(Number(m[1])) && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? isoMonth(Number(m[1]), Number(m[2])) : null;
  // "Tue, 12 Mar 2024 10:00:00 +0000", "12 March 2024", "12-Mar-2024".
  m = /\b(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4})\b/.exec(s);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    if (month !== null) return day(Number(m[3]), month, Number(m[1]));
  }
  // "March 12, 2024", "Mar. 12 2024", "Tuesday, March 12, 2024".
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    if (month !== null) return day(Number(m[3]), month, Number(m[2]));
  }
  // "12.03.2024" is day-first in Europe and Asia; "03/12/2024" and "03-12-2024" are ambiguous unless one part exceeds 12.
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s);
  if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]));
  // A weekday written before it ("Mon, 03/11/2024") settles which reading is meant when only one fits.
  m = /^(?:([A-Za-z]{3,9})\.?,?\s+)?(\d{1,2})([/-])(\d{1,2})\3(\d{4})\b/.exec(s);
  if (m) {
    const a = Number(m[2]);
    const b = Number(m[4]);
    const y = Number(m[5]);
    if (a > 12 && b <= 12) return day(y, b, a);
    if (b > 12 && a <= 12) return day(y, a, b);
    const wd = m[1] ? dateWords().weekdays[m[1].toLowerCase()] : undefined;
    if (wd === undefined || a === b) return a === b ? day(y, a, b) : null;
    const fits = [[b, a], [a, b]].filter(([mo, d]) => isValidDay(y, mo!, d!) && weekdayOf(y, mo!, d!) === wd);
    return fits.length === 1 ? day(y, fits[0]![0]!, fits[0]![1]!) : null;
  }
  // "March 2024" gives a month.
  m = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    if (month !== null && plausible(Number(m[2]))) return isoMonth(Number(m[2]), month);
  }
  return null;
}

/**
 * A YYYY-MM-DD or YYYY-MM from a URL, or null when it holds no date. Tried in order: a `date=` query
 * value, `/2024/07/06/`, `/2024/jul/06/`, `/2024-07/06/`, `2024-07-06` anywhere in the path, an
 * eight-digit `20240706` standing alone (not inside a longer run of digits, so ids like
 * `AEN20190802009651320` or `1542739` are not dates), a CMS timestamp ending the slug (`-20230910202227165.htm`,
 * `-111230910202227165.htm`: a day followed by a valid time of day), `/202407/06/`, `/2024/0706/`, `2024_07_06`,
 * `2024.07.06`, `6-july-2024`, `july-6-2024`, `7-25-2024` or `25-7-2024` when unambiguous, then
 * `/2024/07/` as a month.
 */
export function parseUrlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  const query = /[?&](?:date|pubdate|published|d)=(\d{4})-?(\d{2})-?(\d{2})(?![\d])/i.exec(url);
  if (query) {
    const d = day(Number(query[1]), Number(query[2]), Number(query[3]));
    if (d) return d;
  }
  // The host never holds the date; the query string only as `date=`, read above.
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  let m = /\/(\d{4})[/-](\d{1,2})\/(\d{1,2})(?=\/|$|[._-])/.exec(path);
  if (m) {
    const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  // "/2024/jul/06/" and "-2005-apr-09-" (a month name between dashes)
  m = /[/-](\d{4})[/-]([a-z]{3,9})[/-](\d{1,2})(?=\/|$|[._-])/i.exec(path);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    const d = month === null ? null : day(Number(m[1]), month, Number(m[3]));
    if (d) return d;
  }
  m = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(path);
  if (m) {
    const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  m = /(?<![\dA-Za-z])((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/.exec(path);
  if (m) {
    const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  // A CMS timestamp closing the slug: "-20230910202227165.htm" (yyyymmddhhmmssfff) or, with a three-digit
  // section number before a two-digit year, "-111230910202227165.htm"; read only when the time after the day
  // is a real time of day, so that an arbitrary long id is not taken for a date.
  m = /(?<![\dA-Za-z])((?:19|20)\d{2})(\d{2})(\d{2})([01]\d|2[0-3])([0-5]\d)([0-5]\d)\d{3}(?=\.[a-z]{2,5}$|\/?$)/.exec(path)
    ?? /(?<![\dA-Za-z])\d{3}(\d{2})(\d{2})(\d{2})([01]\d|2[0-3])([0-5]\d)([0-5]\d)\d{3}(?=\.[a-z]{2,5}$|\/?$)/.exec(path);
  if (m) {
    const year = (m[1] ?? '').length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
    const d = plausible(year) ? day(year, Number(m[2]), Number(m[3])) : null;
    if (d) return d;
  }
  // "/202403/12/" and "/2024/0312/" (month and day run together with the year or each other), "2024_03_12", "2024.03.12".
  m = /\/((?:19|20)\d{2})(\d{2})\/(\d{2})(?=\/)/.exec(path) ?? /\/((?:19|20)\d{2})\/(\d{2})(\d{2})(?=\/)/.exec(path)
    ?? /(?<![\d.])((?:19|20)\d{2})_(\d{2})_(\d{2})(?![\d.])/.exec(path) ?? /(?<![\d.])((?:19|20)\d{2})\.(\d{2})\.(\d{2})(?![\d.])/.exec(path);
  if (m) {
    const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  // "-12-march-2024", "/march-12-2024-": a month written out between a day and the year.
  m = /(?<![A-Za-z\d])(\d{1,2})-([a-z]{3,9})-((?:19|20)\d{2})(?!\d)/i.exec(path);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    const d = month === null ? null : day(Number(m[3]), month, Number(m[1]));
    if (d) return d;
  }
  m = /(?<![A-Za-z])([a-z]{3,9})-(\d{1,2})-((?:19|20)\d{2})(?!\d)/i.exec(path);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    const d = month === null ? null : day(Number(m[3]), month, Number(m[2]));
    if (d) return d;
  }
  // "/7-25-2025-2/", "/25-07-2025/": a day and a month before the year, month first (US) or day first;
  // read only when one of the two cannot be a month, since "/3-4-2025/" could be either.
  m = /(?<![\dA-Za-z])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?!\d)/.exec(path);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const d = a > 12 && b <= 12 ? day(Number(m[3]), b, a) : b > 12 && a <= 12 ? day(Number(m[3]), a, b) : null;
    if (d) return d;
  }
  // "/2013/news/world/07/17/": the year, a few section names, then the month and the day, both of two digits
  // (fixA18: "/2020/top/10/5/list" is a listicle's numbers).
  m = /\/((?:19|20)\d{2})\/(?:[a-z][a-z-]*\/){1,3}(\d{2})\/(\d{2})(?=\/)/i.exec(path);
  if (m) {
    const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  // An article id of letters and digits closing the path with the day ("idUSL5N1XY20121003",
  // "idCNL6E8L3JR920121003"): eight digits after a letter, or after a letter and one check digit, so a
  // long run of digits ("AEN20190802009651320") is never read as a date.
  m = /[/_-](?=[A-Za-z\d]*[A-Za-z][A-Za-z\d]*[A-Za-z])[A-Za-z\d]*[A-Za-z]\d?((?:19|20)\d{2})(\d{2})(\d{2})(?:\.[a-z]{2,5})?\/?$/.exec(path);
  if (m) {
    const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  m = /\/(\d{4})[/-](\d{1,2})(?=\/|$)/.exec(path);
  if (m && plausible(Number(m[1])) && Number(m[2]) >= 1 && Number(m[2]) <= 12) return isoMonth(Number(m[1]), Number(m[2]));
  m = /\/(\d{4})\/([a-z]{3,9})(?=\/|$)/i.exec(path);
  if (m && plausible(Number(m[1]))) {
    const month = monthNumber(m[2] ?? '');
    if (month !== null) return isoMonth(Number(m[1]), month);
  }
  return null;
}

/**
 * The days a path segment of six digits may stand for ("/261016/": 26 October 2016 read day-month-year,
 * or 16 October 2026 read year-month-day), each valid reading once. Neither reading can be told from the
 * other by the URL alone: the document-date resolver keeps one only when the text confirms it.
 */
export function parseUrlSixDigitDays(url: string | null | undefined): string[] {
  if (!url) return [];
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const m = /\/(\d{2})(\d{2})(\d{2})(?=\/)/.exec(path);
  if (!m) return [];
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const readings = [day(2000 + c, b, a), day(2000 + a, b, c)].filter((d): d is string => d !== null);
  return [...new Set(readings)];
}

/** A year standing as its own path segment ("/2024/", "/news/2019/"), for completing a year-less dateline. */
export function parseUrlYear(url: string | null | undefined): number | null {
  if (!url) return null;
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const m = /\/((?:19|20)\d{2})(?=\/)/.exec(path);
  return m && plausible(Number(m[1])) ? Number(m[1]) : null;
}
