import { describe, expect, it } from 'vitest';
import { mayHoldEvent } from './lexicon-rule.js';

// The plain loop of mayHoldEvent reads the words the expression below reads (issue 9: it replaced it).
const WORD = /[a-z]+(?:-[a-z]+)*/g;
function byExpression(sentence: string, forms: ReadonlySet<string>): boolean {
  const lower = sentence.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) if (forms.has(m[0])) return true;
  return false;
}

describe('mayHoldEvent', () => {
  const forms = new Set(['visit', 'sit-in', 'anti-war', 'ban', 'talks']);
  const sentences = [
    'The minister will visit Oslo next week.',
    'Students staged a Sit-In outside the ministry.',
    'An anti-war-- rally; a sit- in; a -ban.',
    'Visitors came, but no visit-',
    'İvisit and \u212Aban: odd capitals fold before the words are read.',
    'Résumé talks2024 ended.',
    'Nothing here at all.',
    '',
    'ban',
    'x-ban-y talks-',
  ];
  it.each(sentences)('reads the words the expression reads: %s', (s) => {
    expect(mayHoldEvent(s, forms)).toBe(byExpression(s, forms));
    // asked again (the answer is kept)
    expect(mayHoldEvent(s, forms)).toBe(byExpression(s, forms));
  });
  it('keeps answers apart per word list', () => {
    expect(mayHoldEvent('They held talks.', new Set(['talks']))).toBe(true);
    expect(mayHoldEvent('They held talks.', new Set(['visit']))).toBe(false);
  });
});
