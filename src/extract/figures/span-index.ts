/** Binary-search lookups over mentions sorted by start offset, so a document is never scanned twice. */
import type { Span } from '../../core/types.js';

/** Index of the first item whose span starts at or after `offset`. */
export function firstAtOrAfter<T extends { readonly span: Span }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items whose span lies inside [start, end). */
export function within<T extends { readonly span: Span }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(items, start); i < items.length && items[i]!.span.start < end; i++) {
    if (items[i]!.span.end <= end) out.push(items[i]!);
  }
  return out;
}

/** Characters between two spans (0 when they touch or overlap). */
export function gap(a: Span, b: Span): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}
