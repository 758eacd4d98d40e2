import type { Span } from '../../core/types.js';

/**
 * The mentions whose span lies inside [from, to), found by binary search: the event layer asks this
 * for every sentence and candidate, and a scan of the whole document's mentions each time made long
 * documents quadratic. `sorted` must be ordered by span start (see `sortedByStart`).
 */
export function mentionsWithin<T extends { readonly span: Span }>(sorted: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.span.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.span.start < to; k++) {
    if (sorted[k]!.span.end <= to) out.push(sorted[k]!);
  }
  return out;
}

/** The mentions ordered by span start (the same array when it already is). */
export function sortedByStart<T extends { readonly span: Span }>(mentions: readonly T[]): readonly T[] {
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i]!.span.start < mentions[i - 1]!.span.start) {
      return [...mentions].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    }
  }
  return mentions;
}
