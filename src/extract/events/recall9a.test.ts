/**
 * Aid, cooperation and concessions in further wire phrasings (branch recall9a): aid told as promised is
 * planned, a participle the tagger calls an adjective before its "by" agent is a passive verb, and goods
 * or a passive's agent are no extradition. Sentences are the helper's own; each shape has a case that
 * must give nothing of the type.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

describe('aid pledged or announced is planned', () => {
  it.each([
    ['Sweden pledged 20 million crowns to Mozambique for cyclone relief.', 'AID SWE>MOZ planned'],
    ['The European Commission announced 15 million euros in humanitarian funding for Haiti.', 'AID EU>HTI planned'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it('aid sent stays done', () => {
    expect(eventsOf('Sweden sent 20 tonnes of medicine to Mozambique on Tuesday.')).toContain('AID SWE>MOZ occurred');
  });
  it('funding cut is no aid', () => {
    expect(eventsOf('Sweden cut its funding for Mozambique last year.').filter((e) => e.startsWith('AID'))).toEqual([]);
  });
});

describe('a participle tagged as an adjective before its agent is a passive verb', () => {
  it('relaxed by', () => {
    expect(eventsOf('Curbs on Cuban cigar imports were relaxed by Ottawa on Monday.')).toContain('CONCEDE CAN>CUB occurred');
  });
});

describe('handing over goods, or a passive agent, is no extradition', () => {
  it.each([
    ['Looted statues were handed over to Cambodia by a US museum.'],
    ['Medical kits donated by Oman were handed over to Yemeni officials in Mukalla.'],
  ])('%s', (text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('COOPERATE'))).toEqual([]);
  });
  it('a suspect handed over still is', () => {
    expect(eventsOf('Georgia handed over a murder suspect to Armenia on Friday.')).toContain('COOPERATE GEO>ARM occurred');
  });
});

describe('joint undertakings and lending', () => {
  it.each([
    ['Chilean and Peruvian geologists launched a joint research programme on the Atacama aquifers.', 'COOPERATE CHL>PER occurred'],
    ['Joint air drills between Egypt and Greece began on Sunday.', 'COOPERATE EGY>GRC occurred'],
    ['The Asian Development Bank and Japan will lend Sri Lanka $500 million.', 'AID JPN>LKA planned'],
    ['Colombia lifted the state of emergency in La Guajira on Tuesday.', 'CONCEDE COL>COL occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it('lending support is no aid', () => {
    expect(eventsOf('France lent its support to Morocco\'s plan on Monday.').filter((e) => e.startsWith('AID'))).toEqual([]);
  });
});

describe('a participle after a noun inside a prepositional phrase describes that noun', () => {
  it('a letter released is no one freed', () => {
    expect(eventsOf('Chile\'s president thanked Uruguay\'s leader in a message released on Monday.').filter((e) => e.startsWith('RETREAT'))).toEqual([]);
  });
  it('a subject before its verb still acts', () => {
    expect(eventsOf('Sri Lanka released 40 Indian fishermen on Monday.')).toContain('RETREAT LKA>IND occurred');
  });
});

describe('a passive with no agent of its own takes the agent of the participle describing its subject', () => {
  it.each([
    ['Radar data collected by Norway was shared with Finnish border guards last week.', 'COOPERATE NOR>FIN occurred'],
    ['Medical kits donated by Oman were handed over to Yemeni officials in Mukalla.', 'AID OMN>YEM occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it('a place after the passive is no thing handed over', () => {
    expect(eventsOf('Medical kits donated by Oman were handed over to Yemeni officials in Mukalla.').filter((e) => e.startsWith('RETREAT'))).toEqual([]);
  });
});

describe('a state named bare eases a ban on a group of its own people through its government', () => {
  it('travel ban on opposition figures', () => {
    expect(eventsOf('Belarus lifted the travel ban on opposition politicians on Tuesday.')).toContain('CONCEDE BLR>BLR occurred');
  });
  it('a ban on another state stays between the two', () => {
    expect(eventsOf('Belarus lifted the ban on Polish apples on Tuesday.')).toContain('CONCEDE BLR>POL occurred');
  });
});

describe('further cooperative phrasings', () => {
  it.each([
    ['Kenyan and Tanzanian rangers trained together in Arusha this week.', 'COOPERATE KEN>TZA occurred'],
    ['The Jordanian king sent a message of condolence to the Moroccan king after the floods.', 'SUPPORT JOR>MAR occurred'],
    ['Sweden is providing Ukraine with armoured ambulances, the defence ministry said.', 'AID SWE>UKR occurred'],
    ['Peru\'s government agreed to the demands of striking miners on Friday.', 'CONCEDE PER>PER occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it('funds released to a state are no concession', () => {
    expect(eventsOf('The European Union released funds to Armenia for school meals.').filter((e) => e.startsWith('CONCEDE'))).toEqual([]);
  });
  it('a letter of protest is no support', () => {
    expect(eventsOf('Malawi\'s president sent a letter of protest to his Zambian counterpart.').filter((e) => e.startsWith('SUPPORT'))).toEqual([]);
  });
});

describe('an annual or regular event dated to one day is one occurrence', () => {
  it('an annual exercise wrapped up on a named day', () => {
    expect(eventsOf('Omani and British troops wrapped up their annual joint exercise in Dhofar on Sunday.')).toContain('COOPERATE OMN>GBR occurred');
  });
  it.each([
    ['Omani and British troops hold an annual joint exercise in Dhofar.'],
    ['Oman and Britain hold regular joint exercises, the ministry said on Sunday.'],
  ])('a series stays habitual: %s', (text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('COOPERATE'))).toEqual([]);
  });
});
