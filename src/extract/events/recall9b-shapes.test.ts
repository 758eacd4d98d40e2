/**
 * Clause shapes read for recall on MOBILIZE, PROTEST, REJECT, RETREAT and COERCE (branch recall9b): each
 * shape with cases that must give the event and cases that must not. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

describe('a participle of putting forward after the object names where the object came from', () => {
  it.each([
    ['Armenia turned down a border plan drafted by Russia.', 'REJECT ARM>RUS occurred'],
    ['Kenya rejected a peace proposal submitted by Ethiopia on Monday.', 'REJECT KEN>ETH occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['a participle of another kind names no origin', 'Chile rejected the figures published by Peru.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('REJECT'))).toEqual([]);
  });
});

describe('a participle of holding before a place or time phrase is a passive relative', () => {
  it.each([
    ['Canada demanded the release of two Canadian engineers arrested in Eritrea.', 'COERCE ERI>CAN occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it('the people held are not the ones who arrest', () => {
    expect(eventsOf('Sweden called for the release of a Swedish citizen jailed in Egypt.').filter((e) => e.startsWith('COERCE SWE>SWE'))).toEqual([]);
  });
  it('an active verb before "at least" keeps its subject', () => {
    expect(eventsOf('Police in Lima arrested at least 30 protesters.').some((e) => e.startsWith('COERCE PER>PER'))).toBe(true);
  });
});

describe('a particle read as a preposition opens the object of a particle verb', () => {
  it.each([
    ['Ukraine refused to hand over the captured sailors to Russia.', 'REJECT UKR>RUS occurred'],
    ['Azerbaijan handed over two Armenian soldiers on Friday.', 'RETREAT AZE>ARM occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
});

describe('a noun heading the subject of a passive blocking verb is not done', () => {
  it.each([
    ['The government said the curfew in Yangon would be lifted next week.'],
    ['Officials said the state of emergency in Quito had been ended.'],
  ])('%s', (text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('COERCE'))).toEqual([]);
  });
  it('a curfew imposed is still read', () => {
    expect(eventsOf('Sri Lanka imposed a curfew in Colombo on Monday.').some((e) => e.startsWith('COERCE LKA>LKA'))).toBe(true);
  });
});

describe('a bare infinitive completing a passive subject\'s noun is passed over', () => {
  it.each([
    ['Turkey\'s offer to mediate was declined by Russia.', 'REJECT RUS>TUR occurred'],
    ['Qatar\'s proposal to negotiate was rebuffed by Israel on Sunday.', 'REJECT ISR>QAT occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
});

describe('lexicon readings added (data/event-lexicon.yaml, recall9b)', () => {
  it.each([
    ['Russia cut oil supplies to Belarus in January.', 'COERCE RUS>BLR occurred'],
    ['Colombia\'s government declared a ceasefire in the Cauca department.', 'RETREAT COL>COL occurred'],
    ['Nepal\'s prime minister resigned on Tuesday.', 'RETREAT NPL>NPL occurred'],
    ['Ukraine called up 50,000 reservists as Russian forces advanced on Kharkiv.', 'MOBILIZE UKR>RUS occurred'],
    ['Thai and Cambodian troops pulled back from the disputed temple.', 'RETREAT THA>KHM occurred'],
    ['Thai and Cambodian troops pulled back from the disputed temple.', 'RETREAT KHM>THA occurred'],
    ['North Korea rebuffed an offer of food aid from South Korea.', 'REJECT PRK>KOR occurred'],
    ['Beijing sent dozens of bombers toward Japan\'s southern islands.', 'MOBILIZE CHN>JPN occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['a cut in spending', 'Brazil cut fuel taxes on Monday.'],
    ['a party that pulls back from talks', 'Serbia pulled back from the talks with Kosovo.'],
  ])('%s: no event', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('COERCE') || e.startsWith('RETREAT'))).toEqual([]);
  });
});

describe('a purpose against someone names the other side of forces sent (target place `purpose`)', () => {
  it.each([
    ['Mozambique deployed troops to Cabo Delgado to fight Islamist insurgents.', 'MOBILIZE MOZ>MOZ occurred'],
    ['Pakistan deployed police in Lahore to disperse opposition supporters.', 'MOBILIZE PAK>PAK occurred'],
    ['Kenya sent police to Haiti to help restore order.', 'MOBILIZE KEN>HTI occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it('a purpose with no party names none', () => {
    expect(eventsOf('Brazil sent soldiers to the Amazon to fight wildfires.').filter((e) => e.startsWith('MOBILIZE'))).toEqual([]);
  });
});

describe('verbs added for leaving office, disarming, gathering forces and arrests (recall9b)', () => {
  it.each([
    ['Azerbaijan has amassed troops and artillery near the Armenian border.', 'MOBILIZE AZE>ARM occurred'],
    ['Uganda rushed troops to its border with South Sudan.', 'MOBILIZE UGA>SSD occurred'],
    ['ELN rebels laid down their weapons in Colombia\'s Choco province.', 'RETREAT COL>COL occurred'],
    ['Sri Lanka\'s president stepped down on Friday after weeks of protests.', 'RETREAT LKA>LKA occurred'],
    ['Police in Addis Ababa rounded up hundreds of Tigrayan residents.', 'COERCE ETH>ETH occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
});

describe('a passive light verb with no agent lends an event noun its place', () => {
  it.each([
    ['A night curfew was imposed in the Nigerian city of Kano.', 'COERCE NGA>NGA occurred'],
    ['Protests were held in Lima on Sunday.', 'PROTEST PER>PER occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it('a noun the passive ends is not done', () => {
    expect(eventsOf('The curfew in Kano was lifted on Monday.').filter((e) => e.startsWith('COERCE'))).toEqual([]);
  });
});

describe('two states releasing prisoners release each other\'s; forces deployed into a place', () => {
  it.each([
    ['Armenia and Azerbaijan released 32 prisoners in an exchange on Thursday.', 'RETREAT ARM>AZE occurred'],
    ['Armenia and Azerbaijan released 32 prisoners in an exchange on Thursday.', 'RETREAT AZE>ARM occurred'],
    ['Burundian soldiers were deployed into eastern Congo last month.', 'MOBILIZE BDI>COD occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
});
