/**
 * Calendar arithmetic on ISO strings, in UTC so that results never depend on the machine's time zone.
 * Every function is pure and takes the reference explicitly (no clock).
 */
import type { DateInterval } from '../../core/types.js';

/** A parsed reference: the year always, the month and day when the reference gives them. */
export interface RefDate {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into a RefDate; anything else gives null. */
export function parseRef(date: string | null | undefined): RefDate | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  return { year, month, day };
}

/** Number of days in a month (1-based month). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when year-month-day is a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Formats a day as YYYY-MM-DD. */
export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Formats a month as YYYY-MM. */
export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** Day of the week, 0 = Sunday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Days since 1970-01-01 for a day, for distances and shifts. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** YYYY-MM-DD of a day number. */
export function fromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** Day number of a YYYY-MM-DD string. */
export function isoToDayNumber(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** Adds whole days to a YYYY-MM-DD string. */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(isoToDayNumber(iso) + days);
}

/** Adds whole months to year/month, returning the new year and month. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The interval covering one day. */
export function dayInterval(year: number, month: number, day: number): DateInterval {
  const d = isoDay(year, month, day);
  return { from: d, to: d };
}

/** The interval covering months first..last (last may wrap into the next year). */
export function monthsInterval(year: number, first: number, count: number): DateInterval {
  const end = addMonths(year, first, count - 1);
  return { from: isoDay(year, first, 1), to: isoDay(end.year, end.month, daysInMonth(end.year, end.month)) };
}

/** The interval covering one month. */
export function monthInterval(year: number, month: number): DateInterval {
  return monthsInterval(year, month, 1);
}

/** The interval covering whole years first..last. */
export function yearsInterval(first: number, last: number): DateInterval {
  return { from: isoDay(first, 1, 1), to: isoDay(last, 12, 31) };
}

/** The first day the reference can denote (its own day, else the first of its month or year). */
export function refStart(ref: RefDate): string {
  return isoDay(ref.year, ref.month ?? 1, ref.day ?? 1);
}

/** The last day the reference can denote. */
export function refEnd(ref: RefDate): string {
  const month = ref.month ?? 12;
  return isoDay(ref.year, month, ref.day ?? daysInMonth(ref.year, month));
}
