import { describe, expect, it } from 'vitest';
import { eventLexicon, inflections } from './event-lexicon.js';

describe('inflections', () => {
  it.each([
    ['rally', ['rallies', 'rallied', 'rallying']],
    ['ban', ['bans', 'banned', 'banning']],
    ['seize', ['seizes', 'seized', 'seizing']],
    ['arrest', ['arrests', 'arrested', 'arresting']],
  ])('%s', (lemma, expected) => {
    expect(inflections(lemma)).toEqual(expect.arrayContaining([lemma, ...expected]));
  });
});

describe('the event lexicon data', () => {
  it('knows irregular forms and keeps one-party forms to the domestic entries', () => {
    const lex = eventLexicon();
    expect(lex.allForms.has('withdrew')).toBe(true);
    expect(lex.allForms.has('protested')).toBe(true);
    expect(lex.oneParty.has('protests')).toBe(true);
    expect(lex.oneParty.has('expelled')).toBe(false);
  });

  it('covers all sixteen PLOVER types', () => {
    const lex = eventLexicon();
    const types = new Set([...lex.verbs.values(), ...lex.nouns.values()].flat().map((e) => e.type));
    expect(types.size).toBe(16);
  });
});
