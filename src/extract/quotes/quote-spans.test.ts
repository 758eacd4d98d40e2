import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './quote-spans.js';

const quoted = (text: string) => findQuoteSpans(text).map((q) => text.slice(q.span.start, q.span.end));

describe('findQuoteSpans', () => {
  const cases: Array<[string, string, string[]]> = [
    ['curly marks', 'He said “we agree” and left.', ['“we agree”']],
    ['straight marks', 'He said "we agree" and "we sign".', ['"we agree"', '"we sign"']],
    ['guillemets', 'Il a dit «nous signons» hier.', ['«nous signons»']],
    ['mixed curly and straight', 'They seek “allied ties", "lasting peace".', ['“allied ties"', '"lasting peace"']],
    ['apostrophes and single quotes are not quotes', 'Japan’s ‘new era’ began.', []],
    ['across sentences', '“We met. We agreed.” Then they left.', ['“We met. We agreed.”']],
    ['unclosed at paragraph end, next paragraph not quoted', '“We met in Ankara\nThe talks ended.', ['“We met in Ankara']],
    ['across paragraphs when the next opens with a mark', '“First point.\n“Second point,” he said.', ['“First point.\n“Second point,”']],
    ['paragraph of speech without its opening mark', 'Intro line.\nWe agreed on the route,” he said.', ['We agreed on the route,”']],
    ['no quotes', 'Plain narration only.', []],
    // kaz15: a transcript's speech after "X said:", opened by a dash and set in no marks, up to quote marks.
    ['transcript speech after a colon', 'The president said:\n\n- Dear friend, welcome.\n\nWe are partners.\n\n“Yes,” he replied.', ['- Dear friend, welcome.\n\nWe are partners.', '“Yes,”']],
    ['transcript speech ends at a paragraph of narrative', 'The president said:\n\n- Dear friend, welcome.\n\nAfter the talks, the leaders toured a plant.\n\nThe guest then flew home.', ['- Dear friend, welcome.']],
    ['an initial "I." is no speaker\'s voice', 'The president said:\n\n- Welcome.\n\nAfter the talks, K. Tokayev and I. Aliyev toured a plant.', ['- Welcome.']],
    ['transcript speech ends at the next colon', 'X said:\n- First.\nThen Y said:\n- Second.', ['- First.', '- Second.']],
    ['a dash paragraph with no colon before it is no speech', 'The talks ended.\n- A list item.', []],
    ['empty', '', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('counts words and reports whether the quote was closed', () => {
    const [q] = findQuoteSpans('“one two three');
    expect([q!.words, q!.closed]).toEqual([3, false]);
    expect(findQuoteSpans('“a b”')[0]!.closed).toBe(true);
  });
});
