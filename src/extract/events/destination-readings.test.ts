/**
 * Where a deed goes when words stand between the verb's object and its destination, and verbs of working
 * side by side. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

describe('the destination after an aside or a hyphened modifier', () => {
  it.each([
    ['Chile moved tanks to positions along the Bolivian border.', 'MOBILIZE CHL>BOL occurred'],
    ['Egypt sent relief supplies, including tents and blankets, to Libya.', 'AID EGY>LBY occurred'],
    ['Oman flew food and medicine to flood-hit Pakistan on Sunday.', 'AID OMN>PAK occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['an aside naming a party is not skipped as a list of items', 'Egypt sent aid, including to Libya, last year.'],
    ['forces moved to positions at home face no one', 'Chile moved tanks to positions near Santiago.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('MOBILIZE') || e.startsWith('AID'))).toEqual([]);
  });
});

describe('working side by side is cooperation', () => {
  it.each([
    ['Ghana and Togo are working together to build a power line.', 'COOPERATE GHA>TGO occurred'],
    ['Peru worked jointly with Ecuador on the river survey.', 'COOPERATE PER>ECU occurred'],
    ['Vietnam will partner with Japan to produce rail cars.', 'COOPERATE VNM>JPN planned'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['a negated verb', 'Ghana and Togo did not work together on the line.'],
    ['working together asked for is not done', 'The envoy urged Ghana and Togo to work together.'],
    ['working alone is no cooperation', 'Ghana is working hard to build a power line to Togo.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('COOPERATE'))).toEqual([]);
  });
});

describe('a participle that opens the object', () => {
  it.each([
    ['Turkey struck suspected PKK hideouts in northern Iraq.', 'ASSAULT TUR>IRQ occurred'],
    ['Kenya deported wanted criminals to Uganda.', 'COERCE KEN>UGA occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it('leaves a participle that is the verb of a new clause alone', () => {
    // Written for this test: "suspected" is the verb, Chile no victim of a strike.
    expect(eventsOf('Peru said it suspected Chile of spying.').filter((e) => e.startsWith('ASSAULT'))).toEqual([]);
  });
});

describe('initialling an agreed text', () => {
  it('is an agreement between the two sides', () => {
    expect(eventsOf('Serbia and Kosovo initialled a draft accord in Brussels.')).toContain('AGREE SRB>XKX occurred');
  });
  it('needs an agreement for its object', () => {
    expect(eventsOf('Serbia initialled the minutes of the meeting with Kosovo.').filter((e) => e.startsWith('AGREE'))).toEqual([]);
  });
});

describe('a joint operation run by the clause\'s subject', () => {
  it('pairs the forces of two states that ran it', () => {
    expect(eventsOf('Peruvian and Chilean police seized two tonnes of cocaine in a joint operation near Arica.')).toContain('COOPERATE PER>CHL occurred');
  });
  it('is no cooperation when the operation is not joint', () => {
    expect(eventsOf('Peruvian police seized two tonnes of cocaine in an operation near the Chilean border.').filter((e) => e.startsWith('COOPERATE'))).toEqual([]);
  });
});

describe('goods that arrive are no visit', () => {
  it('does not read doses "donated by" a state that landed somewhere as the state\'s visit', () => {
    expect(eventsOf('A shipment of 50,000 vaccine doses donated by India landed in Kathmandu on Friday.').filter((e) => e.startsWith('CONSULT'))).toEqual([]);
  });
});
