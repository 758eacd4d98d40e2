import { describe, expect, it } from 'vitest';
import { isProse } from './news-day.js';

// isProse reads a sentence as this expression does, in time linear in its length (issue 9).
const PROSE = /\S+(?:\s+\S+){5,}[.!?]["”’)\]]*\s*$/;

describe('isProse', () => {
  it.each([
    'The two ministers met in the capital on Friday.',
    'The two ministers met in the capital on Friday."  ',
    'The two ministers met in the capital on Friday.”)',
    'Ministers met on Friday to talk trade .',
    'Five words end here now.',
    'Six words do end right here!',
    'A QUIET DAY AT THE BORDER POST',
    'BRAZIL / 29 JUN 2011 BY A STAFF WRITER',
    'What did the six envoys say about it?’ ]',
    'one two three four five six.\u00a0\n',
    '.',
    '',
    'one\u2009two\u3000three four five six!',
  ])('agrees with the expression: %s', (s) => {
    expect(isProse(s)).toBe(PROSE.test(s));
  });
  it('reads a long line without a stop in one pass', () => {
    // 100,000 characters: the expression it replaced took the square of the length (160 ms at 8,000, so
    // about 25 s here); one pass takes a millisecond, and the bound is loose enough for a loaded CI machine.
    const line = 'word '.repeat(20000);
    const t = performance.now();
    expect(isProse(line)).toBe(false);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
