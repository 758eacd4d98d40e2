/**
 * When two reports describe the same fact. Events: same type, same pair (unordered for symmetric types),
 * same status and overlapping dates; an undated report merges with nothing, because "some meeting of A
 * and B" cannot be told apart from any other. A planned event is fulfilled by an occurred one of the
 * same type and pair whose dates overlap it.
 */
import type { DateInterval } from '../core/types.js';
import { overlaps } from '../core/intervals.js';

export { eventPair } from '../core/plover.js';
export { overlaps };

/** The days two overlapping intervals share: the finest date both reports support. */
export function intersect(a: DateInterval, b: DateInterval): DateInterval {
  return { from: a.from > b.from ? a.from : b.from, to: a.to < b.to ? a.to : b.to };
}

/** The common days of several intervals, or null when there are none (or any is undated). */
export function intersectAll(intervals: ReadonlyArray<DateInterval | null>): DateInterval | null {
  let acc: DateInterval | null = null;
  for (const d of intervals) {
    if (!d) return null;
    if (acc === null) acc = d;
    else if (!overlaps(acc, d)) return null;
    else acc = intersect(acc, d);
  }
  return acc;
}

/** The pair of a relation, sorted so that A–B and B–A are one relation. */
export function relationPair(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}

/** Upper bound for "until" filters on ISO prefixes: "2024-03" must admit "2024-03-31". */
export function untilBound(until: string): string {
  return `${until}~`;
}
