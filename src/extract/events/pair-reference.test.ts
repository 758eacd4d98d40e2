import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import type { ActorMention } from '../../core/types.js';
import { pairReferenceMentions, type PairContext } from './pair-reference.js';

const event = (type: string, source: string, target: string, sentence: number, mode: string | null = null): PairContext =>
  ({ type, source, target, mode, sentence, trigger: { start: 0, end: 1 } });

const codesOf = (text: string, events: PairContext[], actors: ActorMention[] = []) =>
  pairReferenceMentions(text, splitSentences(text), actors, events).map((m) => `${text.slice(m.span.start, m.span.end)}=${m.code}`);

describe('pairReferenceMentions', () => {
  it('gives "the two sides" the pair of the latest event before it', () => {
    const text = 'Peru met Chile. Later, the two sides signed a pact.';
    expect(codesOf(text, [event('CONSULT', 'PER', 'CHL', 0)])).toEqual(['the two sides=PER', 'the two sides=CHL']);
  });

  it('leaves it alone with no event in reach, after a multilateral meeting, or for an event after it', () => {
    const far = 'Peru praised Chile. One. Two. Three. Four. The two sides signed a pact.';
    expect(codesOf(far, [event('SUPPORT', 'PER', 'CHL', 0)])).toEqual([]);
    const farther = 'Peru met Chile. One. Two. Three. Four. Five. Six. Seven. Eight. The two sides signed a pact.';
    expect(codesOf(farther, [event('CONSULT', 'PER', 'CHL', 0)])).toEqual([]);
    expect(codesOf('Leaders met. The two sides signed a pact.', [event('CONSULT', 'PER', 'OAS', 0, 'multilateral')])).toEqual([]);
    expect(codesOf('The two sides signed a pact. Peru met Chile.', [event('CONSULT', 'PER', 'CHL', 1)])).toEqual([]);
  });

  it('keeps a meeting\'s pair in reach over the sentences that tell its topics', () => {
    const text = 'Peru met Chile. Trade came first. Energy was next. Migration was raised. Then the parties agreed to act.';
    expect(codesOf(text, [event('CONSULT', 'PER', 'CHL', 0)])).toEqual(['the parties=PER', 'the parties=CHL']);
    // …but a later event of another pair is the one "the two sides" refers to.
    const later = text.replace('the parties', 'the two sides');
    expect(codesOf(later, [event('CONSULT', 'PER', 'CHL', 0), event('SUPPORT', 'BOL', 'ARG', 2)])).toEqual(['the two sides=BOL', 'the two sides=ARG']);
  });

  it('reads an event told through an earlier reference with the pair that reference was given', () => {
    // The actor layer pairs both references with the last two states named (Chile and Bolivia); the
    // meeting before the first says it is Peru and Chile, and the agreement read through it says so too.
    const text = 'Peru met Chile in a city of Bolivia. Bolivia said both sides agreed to talk. Brazil urged both sides to stay calm.';
    const first = text.indexOf('both sides');
    const second = text.lastIndexOf('both sides');
    const layer = (at: number): ActorMention[] => ['CHL', 'BOL'].map((code) => ({ kind: 'actor', span: { start: at, end: at + 10 }, code, via: 'pronoun', rule: 'actors.two-countries' }) as ActorMention);
    const agreed = text.indexOf('agreed');
    const events = [event('CONSULT', 'PER', 'CHL', 0), { ...event('AGREE', 'CHL', 'BOL', 1), trigger: { start: agreed, end: agreed + 6 } }];
    expect(codesOf(text, events, [...layer(first), ...layer(second)])).toEqual(['both sides=PER', 'both sides=CHL', 'both sides=PER', 'both sides=CHL']);
    // Without the first reference's reading the agreement's own pair would stand.
    expect(codesOf(text.replace('both sides agreed', 'Chile agreed'), events, layer(second))).toEqual(['both sides=CHL', 'both sides=BOL']);
  });

  it('gives a bare "the leaders" only the pair of a meeting', () => {
    const text = 'Peru praised Chile. The leaders signed a pact.';
    expect(codesOf(text, [event('SUPPORT', 'PER', 'CHL', 0)])).toEqual([]);
    expect(codesOf(text, [event('CONSULT', 'PER', 'CHL', 0)])).toEqual(['The leaders=PER', 'The leaders=CHL']);
  });

  it('gives "the countries" the pair of any event just told only when they act on each other', () => {
    const text = 'Peru shelled Chile. The countries blamed each other for the clash.';
    expect(codesOf(text, [event('ASSAULT', 'PER', 'CHL', 0)])).toEqual(['The countries=PER', 'The countries=CHL']);
    // No reciprocal: "the countries" names no pair, nor does "each other" past the clause.
    expect(codesOf('Peru shelled Chile. The countries blamed the rebels for the clash.', [event('ASSAULT', 'PER', 'CHL', 0)])).toEqual([]);
    expect(codesOf('Peru shelled Chile. The countries condemned it, and the rebels blamed each other.', [event('ASSAULT', 'PER', 'CHL', 0)])).toEqual([]);
    // "the sides" after a deed (no meeting) likewise only with "each other".
    expect(codesOf('Peru shelled Chile. The sides traded blame.', [event('ASSAULT', 'PER', 'CHL', 0)])).toEqual([]);
    expect(codesOf('Peru shelled Chile. The sides accused one another.', [event('ASSAULT', 'PER', 'CHL', 0)])).toEqual(['The sides=PER', 'The sides=CHL']);
  });

  it('takes the two states of the sentence before for a reciprocal reference with no event in reach', () => {
    const actors: ActorMention[] = [
      { kind: 'actor', span: { start: 0, end: 4 }, code: 'PER', via: 'name', rule: 'test' },
      { kind: 'actor', span: { start: 9, end: 14 }, code: 'CHL', via: 'name', rule: 'test' },
    ];
    expect(codesOf('Peru and Chile held a vote. The sides blamed each other.', [], actors)).toEqual(['The sides=PER', 'The sides=CHL']);
    expect(codesOf('Peru and Chile held a vote. The sides blamed the rebels.', [], actors)).toEqual([]);
  });

  it('reads a bare "the two" only before a verb', () => {
    expect(codesOf('Peru met Chile. The two signed a pact.', [event('CONSULT', 'PER', 'CHL', 0)])).toHaveLength(2);
    expect(codesOf('Peru met Chile. The two documents were signed.', [event('CONSULT', 'PER', 'CHL', 0)])).toEqual([]);
  });
});
