/**
 * Readings fixed from the session-9 wire probe (recall9c-probe.cases.yaml), each beside a sentence whose
 * reading must not change. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

const ofType = (type: string, text: string) => eventsOf(text).filter((e) => e.startsWith(type));

describe('a country after "in northern", "in the north of" is a place, as after "in"', () => {
  it.each([
    ['Gunmen raided a police station in northeastern Nigeria on Friday.', 'ASSAULT NGA>NGA occurred'],
    ['Gunmen attacked a military camp in the west of Niger.', 'ASSAULT NER>NER occurred'],
  ])('%s', (text, event) => {
    expect(ofType('ASSAULT', text)).toContain(event);
  });
});

describe('a deed of force told as a noun by a sub-state doer stays within its state', () => {
  it('the bombing of a place by militants', () => {
    expect(ofType('ASSAULT', 'The bombing of a hotel in Mogadishu by al-Shabaab fighters killed nine people.')).toEqual(['ASSAULT SOM>SOM occurred']);
  });
  it('a doer lent by a verb of saying is no doer of the noun', () => {
    expect(ofType('ASSAULT', 'The Pentagon spokesman said the attack had been well planned.')).toEqual([]);
  });
  it('a drone attack whose verb names the place it hit', () => {
    expect(ofType('ASSAULT', 'A Russian drone attack damaged a power plant in Ukraine on Sunday.')).toContain('ASSAULT RUS>UKR occurred');
  });
});

describe('a sentence opening with an adverbial keeps the main clause\'s subject list', () => {
  it('the place of an opening phrase does not sign', () => {
    expect(ofType('AGREE', 'At a regional forum in Bangkok, Laos and Vietnam signed a border accord.')).toEqual(['AGREE LAO>VNM occurred']);
  });
  it('the party met before the comma does not travel', () => {
    expect(ofType('CONSULT', 'After talks with Jordan\'s king in Amman, the French foreign minister flew to Beirut.')).not.toContain('CONSULT JOR>LBN occurred');
  });
  it('a list inside the adverbial keeps its own parties', () => {
    expect(ofType('CONSULT', 'During talks with Turkey, Georgia praised the new railway.')).toEqual(['CONSULT GEO>TUR occurred']);
  });
});

describe('a warning about another party\'s future is a forecast unless a reprisal is named', () => {
  it.each([
    'The World Bank warned that Sri Lanka\'s debt would keep rising.',
    'The central bank warned that Egypt would struggle to repay its loans.',
  ])('%s', (text) => {
    expect(ofType('THREATEN', text)).toEqual([]);
  });
  it('a reprisal named keeps the threat', () => {
    expect(ofType('THREATEN', 'Beijing warned that Manila would pay a heavy price for the patrols.')).toContain('THREATEN CHN>PHL occurred');
  });
});

describe('what parties are asked to do is no deed of theirs', () => {
  it('called on two sides to sign', () => {
    const events = eventsOf('The African Union urged Sudan and South Sudan to sign the oil accord.');
    expect(events.filter((e) => e.startsWith('AGREE'))).toEqual([]);
    expect(events).toContain('REQUEST AU>SDN occurred');
  });
  it('two sides that signed still agreed', () => {
    expect(ofType('AGREE', 'Sudan and South Sudan signed the oil accord.')).toEqual(['AGREE SDN>SSD occurred']);
  });
});

describe('an envoy acts for the state that sends him, not for his post', () => {
  it.each([
    ["Ghana's deputy ambassador to the United Nations criticised Niger for expelling the French envoy.", 'ACCUSE GHA>NER occurred'],
    ['The Irish ambassador to Israel condemned Iran on Thursday.', 'ACCUSE IRL>IRN occurred'],
  ])('%s', (text, event) => {
    const events = ofType('ACCUSE', text);
    expect(events).toContain(event);
    expect(events.filter((e) => e.startsWith('ACCUSE UN>') || e.startsWith('ACCUSE ISR>'))).toEqual([]);
  });
  it('a rule that names the post itself keeps it', () => {
    expect(ofType('ACCUSE', 'Polish Ambassador to Belarus Artur Michalski was summoned on Monday.')).toEqual(['ACCUSE BLR>POL occurred']);
  });
});

describe('ultimatums, nominal threats and responsibility charged', () => {
  it('a deadline to act or face a reprisal is a demand and a threat', () => {
    const events = eventsOf('The United States gave Serbia 48 hours to withdraw its troops or face air strikes.');
    expect(events).toContain('REQUEST USA>SRB occurred');
    expect(events).toContain('THREATEN USA>SRB occurred');
  });
  it('an ultimatum issued is a demand too', () => {
    expect(ofType('REQUEST', 'Azerbaijan issued an ultimatum to Armenia over the corridor.')).toContain('REQUEST AZE>ARM occurred');
  });
  it('a deadline with no reprisal is neither', () => {
    expect(eventsOf('The ministry gave Chilean firms two weeks to file their tax returns.').filter((e) => /^(?:REQUEST|THREATEN)/.test(e))).toEqual([]);
  });
  it("a state's threats against another, told as a noun", () => {
    expect(ofType('THREATEN', "Turkey's threats to invade northern Iraq worried Washington.")).toContain('THREATEN TUR>IRQ occurred');
  });
  it('a threat posed is no threat made', () => {
    expect(ofType('THREATEN', 'Climate change poses a threat to Kiribati.')).toEqual([]);
  });
  it('a state said to be responsible for an attack is accused', () => {
    expect(ofType('ACCUSE', 'Israel said Iran was responsible for the drone attack on the tanker.')).toContain('ACCUSE ISR>IRN occurred');
  });
  it('responsible for something else is no charge', () => {
    expect(ofType('ACCUSE', 'Kenya said Uganda was responsible for the new road project.')).toEqual([]);
  });
});
