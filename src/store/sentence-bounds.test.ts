import { describe, expect, it } from 'vitest';
import { enclosingSentence } from './sentence-bounds.js';

function around(text: string, needle: string): string {
  const start = text.indexOf(needle);
  const s = enclosingSentence(text, { start, end: start + needle.length });
  return text.slice(s.start, s.end);
}

describe('enclosingSentence', () => {
  const text =
    'Headline about Peru\nThe minister flew to Lima on Monday. Talks with Chile followed! "We agreed," she said. Next?\n  Second line here.  ';
  it.each([
    ['flew', 'The minister flew to Lima on Monday.'],
    ['Chile', 'Talks with Chile followed!'],
    ['agreed', '"We agreed," she said.'],
    ['Peru', 'Headline about Peru'],
    ['Second', 'Second line here.'],
    ['Next', 'Next?'],
  ])('finds the sentence around %s', (needle, expected) => {
    expect(around(text, needle)).toBe(expected);
  });

  it('does not break at abbreviations followed by lower case or inside numbers', () => {
    const t = 'Trade reached 1.5 bn dollars, i.e. more than before. Done.';
    expect(around(t, 'bn')).toBe('Trade reached 1.5 bn dollars, i.e. more than before.');
  });

  it('widens to cover a span that crosses a sentence boundary', () => {
    const t = 'One thing. Another thing. Third.';
    const start = t.indexOf('thing.');
    const end = t.indexOf('Another') + 3;
    const s = enclosingSentence(t, { start, end });
    expect(t.slice(s.start, s.end)).toBe('One thing. Another thing.');
  });

  it('clamps spans past the end to the last sentence', () => {
    expect(enclosingSentence('abc', { start: 10, end: 20 })).toEqual({ start: 0, end: 3 });
  });
});
