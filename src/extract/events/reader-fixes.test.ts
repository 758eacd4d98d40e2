/**
 * Who did what to whom in four shapes the clause reader used to misread (branch readerfix): a subject
 * that is an event noun with its own prepositional phrases, a participle before a demonym in an object,
 * "its"/"their" in a clause told by a state, and deeds done by a pair. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { eventsWithSectorsOf as eventsOf } from '../../test-support/event-strings.js';

describe('a participle before a demonym in the object names the demonym\'s state', () => {
  it.each([
    ['Belarusian guards executed more than 40 captured Lithuanian smugglers.', 'ASSAULT BLR', '>LTU'],
    ['Azerbaijan freed 15 detained Armenian soldiers on Friday.', 'RETREAT AZE', '>ARM'],
    ['Venezuela released 12 jailed Colombian citizens.', 'RETREAT VEN', '>COL'],
  ])('%s', (text, head, target) => {
    const found = eventsOf(text).filter((e) => e.startsWith(head));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((e) => e.includes(target))).toBe(true);
  });
  it.each([
    ['a year before the verb is no count of the object', 'Belarus in 2021 detained two Lithuanian students.', 'COERCE BLR>LTU/EDU occurred'],
    ['a day before the verb is no count of the object', 'Belarus on June 4 detained two Lithuanian students.', 'COERCE BLR>LTU/EDU occurred'],
  ])('%s', (_name, text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
});

describe('"its"/"their" in a clause told by a state is the teller\'s', () => {
  it.each([
    ['Georgia\'s interior ministry said that Russian border guards fired on its patrols.', 'ASSAULT RUS/COP>GEO occurred'],
    ['Manila said Chinese coast guard ships fired on its supply boats.', 'ASSAULT CHN>PHL occurred'],
    ['Tbilisi claimed Russian troops had shelled its border posts.', 'ASSAULT RUS/MIL>GEO occurred'],
    ['Yerevan said Azerbaijani forces opened fire on its positions overnight.', 'ASSAULT AZE/MIL>ARM occurred'],
  ])('%s', (text, expected) => {
    const got = eventsOf(text);
    expect(got.some((e) => e.startsWith(expected.split(' ')[0]!) && e.includes(expected.split(' ')[1]!))).toBe(true);
    // the doer's own people are not its victims
    expect(got.filter((e) => /^(ASSAULT|COERCE) (\w+)\/\w+>\2\/CVL/.test(e))).toEqual([]);
  });
  it.each([
    ['with no verb of saying, "its" names nobody', 'Azerbaijani forces opened fire on its positions overnight.'],
    ['"their" after a plural doer is the doer\'s own', 'Yerevan said Azerbaijani forces shelled their own trenches.'],
    ['"its" after a singular doer is the doer\'s own', 'Yerevan said Azerbaijan had shelled its own depots by mistake.'],
  ])('no target for the teller: %s', (_name, text) => {
    expect(eventsOf(text).filter((e) => /ARM( |$)/.test(e.split('>')[1]!) && e.startsWith('ASSAULT'))).toEqual([]);
  });
});

describe('a subject headed by an event noun acts through the noun\'s own doers', () => {
  it('the doers of "X strikes on Y in Z" are not the victims of the verb that follows', () => {
    const got = eventsOf('French and Italian strikes on rebel positions in Libya hit ammunition stores, the Italian defence ministry said.');
    // "rebel positions" stand for the rebels there (data/sectors.yaml, conflict12): Libya's rebels.
    expect(got).toContain('ASSAULT FRA>LBY/REB occurred');
    expect(got).toContain('ASSAULT ITA>LBY/REB occurred');
    expect(got.filter((e) => /^ASSAULT \S+>(FRA|ITA)/.test(e))).toEqual([]);
  });
  it.each([
    ['Iranian drone attacks on Kurdish camps in Iraq hit a Turkish convoy.', 'ASSAULT IRN>TUR occurred', 'ASSAULT IRQ>TUR occurred'],
    ['Israeli raids on Gaza killed two Jordanian doctors.', 'ASSAULT ISR>JOR occurred', 'ASSAULT PSE>JOR occurred'],
  ])('the place after "on" is acted on, it does not act: %s', (text, expected, wrong) => {
    const got = eventsOf(text);
    expect(got).toContain(expected);
    expect(got).not.toContain(wrong);
  });
  it.each([
    ['a body in a place still takes the place', 'Police in Lusaka arrested dozens of students.', 'COERCE ZMB/COP>ZMB/EDU occurred'],
    ['officials from two states in a city are still the two', 'Officials from Kenya and Uganda in Nairobi resumed negotiations.', 'CONSULT KEN>UGA occurred'],
  ])('%s', (_name, text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
});

describe('deeds of a pair', () => {
  it.each([
    'Armenia and Azerbaijan carried out a prisoner swap on Thursday.',
    'Sudan and South Sudan exchanged prisoners after the talks.',
    'Ethiopia and Eritrea carried out a prisoner exchange.',
  ])('a prisoner swap is a release between the two, no agreement: %s', (text) => {
    const got = eventsOf(text);
    expect(got.filter((e) => e.startsWith('RETREAT'))).toHaveLength(1);
    expect(got.filter((e) => e.startsWith('AGREE'))).toEqual([]);
  });
  it('documents exchanged are still an agreement', () => {
    expect(eventsOf('Ethiopia and Eritrea exchanged the ratified documents.')).toEqual(['AGREE ETH>ERI occurred']);
  });
  it.each([
    ['Mongolia and Bhutan established diplomatic relations.', 'AGREE MNG>BTN occurred'],
    ['Qatar established diplomatic ties with Tonga.', 'AGREE QAT>TON occurred'],
  ])('relations established are an agreement: %s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it('ties between bodies that are no parties are no event', () => {
    expect(eventsOf('The two universities established ties last year.')).toEqual([]);
  });
  it('an envoy recalled "for consultations" is a recall, not a meeting', () => {
    const got = eventsOf('The Hungarian ambassador to Ukraine was recalled to Budapest for consultations.');
    expect(got.some((e) => e.startsWith('SANCTION HUN'))).toBe(true);
    expect(got.filter((e) => e.startsWith('CONSULT'))).toEqual([]);
  });
  it('a minister who travels for consultations still visits', () => {
    expect(eventsOf('Hungary\'s foreign minister arrived in Kyiv for consultations.')).toContain('CONSULT HUN>UKR occurred');
  });
});
