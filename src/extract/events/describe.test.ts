/**
 * Accusations told through description rather than an accusing verb, and inward deeds of a state named
 * bare (branch describe). Sentences are the team's own; each shape has cases that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, eventsWithSectorsOf } from '../../test-support/event-strings.js';

const accusations = (text: string) => eventsOf(text).filter((e) => e.startsWith('ACCUSE'));

describe('a judging noun owned by a state, told by another party, is its accusation', () => {
  it.each([
    ['The Congolese government said Rwanda\'s aggression must stop.', 'ACCUSE COD>RWA occurred'],
    ['Ukraine\'s foreign ministry said Moscow\'s provocations would not go unanswered.', 'ACCUSE UKR>RUS occurred'],
    ['Russian aggression has left the port in ruins, Kyiv said.', 'ACCUSE UKR>RUS occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['nobody tells it', 'The Israeli occupation began decades ago.'],
    ['a teller that is no party', 'Analysts said Rwanda\'s aggression must stop.'],
    ['a state telling of its own deed', 'Russia said its occupation of the region was lawful.'],
    ['no owner', 'China said Taiwan would resist interference.'],
  ])('%s', (_name, text) => {
    expect(accusations(text)).toEqual([]);
  });
});

describe('a deed described with a condemning term is the speaker\'s accusation of its doer', () => {
  it.each([
    ['Pakistan called the Iranian strike a heinous act.', 'ACCUSE PAK>IRN occurred'],
    ['China branded Manila\'s move a violation of its sovereignty.', 'ACCUSE CHN>PHL occurred'],
    ['Qatar described Egypt\'s step as a blockade.', 'ACCUSE QAT>EGY occurred'],
    ['Iran fired missiles into Balochistan. Pakistan called the strike a heinous act.', 'ACCUSE PAK>IRN occurred'],
    ['Iran\'s missile strike was a flagrant violation of international law, Pakistan said on Thursday.', 'ACCUSE PAK>IRN occurred'],
    ['Iran\'s decision was illegal and unacceptable, the Pakistani foreign ministry said in a statement.', 'ACCUSE PAK>IRN occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['a neutral description', 'India described the Russian visit as historic.'],
    ['praise of talks', 'Mali called the talks with Niger a success.'],
    ['praise with the teller after it', 'Iran\'s visit was a historic step, Pakistan said.'],
    ['a judgement told by no party', 'The Iranian strike was a blatant breach of Pakistan\'s sovereignty, analysts said.'],
  ])('%s', (_name, text) => {
    expect(accusations(text)).toEqual([]);
  });
});

describe('a judgement of a deed done at home is domestic', () => {
  it.each([
    ['Ghana\'s president called the protesters\' actions treasonous.', 'ACCUSE GHA/GOV>GHA/CVL'],
    ['Chad\'s opposition called the army\'s raid a heinous act.', 'ACCUSE TCD/OPP>TCD/MIL'],
    ['Chad\'s army shelled a market in the east. Chad\'s opposition called the shelling a heinous act.', 'ACCUSE TCD/OPP>TCD/MIL'],
  ])('%s', (text, expected) => {
    expect(eventsWithSectorsOf(text).map((e) => e.replace(/ occurred$/, ''))).toContain(expected);
  });
  it.each([
    ['victims named before are no doers', 'Many civilians were killed in Chad. Chad\'s opposition called the shelling a heinous act.'],
    ['praise of a deed at home', 'Chad\'s army held talks in the east. Chad\'s opposition called the talks a success.'],
    ['two sectors named before: whose deed is unclear', 'Chad\'s police and soldiers of Chad\'s army clashed with rebels. Chad\'s opposition called the clash a heinous act.'],
  ])('%s', (_name, text) => {
    expect(accusations(text)).toEqual([]);
  });
});

describe('a state\'s inward deed with no other side stays at home', () => {
  it.each([
    ['Ethiopia withdrew its troops from Tigray.', 'RETREAT ETH/MIL>ETH/REB occurred'],
    ['Ethiopian troops withdrew from Tigray last June.', 'RETREAT ETH/MIL>ETH/REB occurred'],
    ['Sri Lanka freed the detained fishermen.', 'RETREAT LKA/GOV>LKA/CVL occurred'],
    ['Myanmar released 700 prisoners under an amnesty.', 'RETREAT MMR/GOV>MMR/CVL occurred'],
    ['Belarus freed the opposition leader on Friday.', 'RETREAT BLR/GOV>BLR/CVL occurred'],
  ])('%s', (text, expected) => {
    expect(eventsWithSectorsOf(text)).toContain(expected);
  });
  it.each([
    ['foreign people freed stay foreign', 'Sri Lanka freed 20 Indian fishermen.', 'RETREAT LKA>IND occurred'],
    ['troops leaving another state', 'Kenya withdrew its troops from Somalia.', 'RETREAT KEN>SOM occurred'],
  ])('%s', (_name, text, expected) => {
    expect(eventsWithSectorsOf(text)).toEqual([expected]);
  });
  it.each([
    ['a budget released', 'Sri Lanka released its budget on Friday.'],
    ['data released', 'China released data showing growth.'],
    ['a statement released by a sector', 'Myanmar\'s junta released a statement.'],
    ['funds released', 'India released funds for the flood victims.'],
    ['leaving talks', 'Ethiopia withdrew from the talks.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('RETREAT'))).toEqual([]);
  });
});
