import { describe, expect, it } from 'vitest';
import { mentionsWithin, sortedByStart } from './mentions-within.js';

const m = (start: number, end: number) => ({ span: { start, end }, id: `${start}-${end}` });

describe('mentionsWithin', () => {
  const sorted = [m(0, 5), m(6, 10), m(8, 20), m(12, 14), m(21, 25), m(30, 31)];

  it('returns the mentions inside the range, those that run past its end left out', () => {
    expect(mentionsWithin(sorted, 6, 16).map((x) => x.id)).toEqual(['6-10', '12-14']);
  });

  it('matches a scan of the whole list on every range', () => {
    for (let from = 0; from < 32; from++) {
      for (let to = from; to < 33; to++) {
        const scan = sorted.filter((x) => x.span.start >= from && x.span.end <= to);
        expect(mentionsWithin(sorted, from, to)).toEqual(scan);
      }
    }
  });

  it('sorts an unsorted list by start, and keeps a sorted one as it is', () => {
    const unsorted = [m(8, 9), m(1, 3), m(1, 2)];
    expect(sortedByStart(unsorted).map((x) => x.id)).toEqual(['1-2', '1-3', '8-9']);
    expect(sortedByStart(sorted)).toBe(sorted);
  });
});
