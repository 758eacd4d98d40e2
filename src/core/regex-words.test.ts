import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp, wordPattern } from './regex-words.js';

describe('escapeRegExp', () => {
  it.each([
    ['a.b', 'a.b', true],
    ['a.b', 'axb', false],
    ['(1+2)*3', '(1+2)*3', true],
    ['$5 [bn]', '$5 [bn]', true],
    ['a|b', 'a', false],
    ['c:\\x', 'c:\\x', true],
  ])('%s matched against %s → %s', (word, text, matches) => {
    expect(new RegExp(`^${escapeRegExp(word)}$`).test(text)).toBe(matches);
  });
});

describe('wordPattern', () => {
  it('lets a space match any run of white space but not nothing', () => {
    const re = new RegExp(`^${wordPattern('U.S. dollars')}$`);
    expect(re.test('U.S.  dollars')).toBe(true);
    expect(re.test('U.S.\ndollars')).toBe(true);
    expect(re.test('U.S.dollars')).toBe(false);
    expect(re.test('UxS. dollars')).toBe(false);
  });
});

describe('alternation', () => {
  it('puts longer words first so the longer phrase wins', () => {
    const re = new RegExp(alternation(['Sep', 'Sept', 'dollars', 'US dollars']));
    expect(re.exec('Sept 5')?.[0]).toBe('Sept');
    expect(re.exec('in US dollars')?.[0]).toBe('US dollars');
  });

  it('drops duplicates and escapes each word', () => {
    expect(alternation(['a.b', 'a.b', 'c'])).toBe('a\\.b|c');
  });

  it('gives an empty pattern for no words', () => {
    expect(alternation([])).toBe('');
  });
});
