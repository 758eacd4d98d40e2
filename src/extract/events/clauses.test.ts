import { describe, expect, it } from 'vitest';
import { afterReportedSpeech, clauseAround } from './clauses.js';

const clauseOf = (text: string, word: string): string => {
  const at = text.indexOf(word);
  const c = clauseAround(text, { start: 0, end: text.length }, { start: at, end: at + word.length });
  return text.slice(c.start, c.end);
};

describe('clauseAround', () => {
  it('ends a clause before a second verb phrase joined by "and", which keeps its own tense and time', () => {
    expect(clauseOf('Peru will build a new port next year and has expelled two Chilean diplomats.', 'expelled'))
      .toBe('and has expelled two Chilean diplomats.');
    expect(clauseOf('Chile is chairing the forum this year and invited Peru to its summit.', 'invited'))
      .toBe('and invited Peru to its summit.');
  });

  it('opens a clause at a time clause after a comma (", a day after …")', () => {
    expect(clauseOf('Ghana will not ratify the treaty, a day after protesters burned the flag of Togo.', 'burned'))
      .toBe('a day after protesters burned the flag of Togo.');
    expect(clauseOf('Chile signed the accord, just hours before Peru recalled its envoy.', 'recalled'))
      .toBe('just hours before Peru recalled its envoy.');
    expect(clauseOf('Ghana has not ratified the treaty, 10 days after Togo closed the border.', 'closed'))
      .toBe('10 days after Togo closed the border.');
    expect(clauseOf('Ghana has not ratified the treaty, the day after Togo closed the border.', 'closed'))
      .toBe('the day after Togo closed the border.');
  });

  it('keeps coordinated parties and "and then" inside one clause', () => {
    expect(clauseOf('In January, Peru and then Chile signed the charter.', 'signed')).toBe('In January, Peru and then Chile signed the charter.');
  });

  it('opens a clause at a participle after a comma, but not at a preposition in -ing', () => {
    expect(clauseOf('"We will not yield," the minister told Chile, accusing Peru of provocations.', 'accusing'))
      .toBe('accusing Peru of provocations.');
    expect(clauseOf('Peru did not sign the charter, including its annex.', 'sign')).toBe('Peru did not sign the charter, including its annex.');
  });
});

describe('afterReportedSpeech', () => {
  const rest = (text: string, word: string): string => text.slice(afterReportedSpeech(text, 0, text.indexOf(word)));

  it('leaves out the speech reported before a verb of saying', () => {
    expect(rest('Peru will close the border, the president said in a call with Chile.', 'call')).toBe(' the president said in a call with Chile.');
  });

  it('keeps the words before an aside that interrupts a verb phrase', () => {
    expect(rest('Peru has not, the ministry said, recalled its envoy.', 'recalled')).toBe('Peru has not, the ministry said, recalled its envoy.');
    expect(rest('Chile will, officials in Santiago announced, open a consulate.', 'open')).toBe('Chile will, officials in Santiago announced, open a consulate.');
    expect(rest('Peru hasn’t, the ministry said, recalled its envoy.', 'recalled')).toBe('Peru hasn’t, the ministry said, recalled its envoy.');
  });

  it('still cuts an aside after a whole clause', () => {
    expect(rest('Peru closed the border, the minister said, and later met Chile.', 'met')).toBe(' the minister said, and later met Chile.');
  });
});
