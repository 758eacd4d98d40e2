/**
 * Shapes of news sentences in which the clause reader used to find no event although both parties were
 * named (branch reader): each shape with cases that must give the event and cases that must not.
 * Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

describe('an amount before "in" leaves the noun to the verb before the amount', () => {
  it.each([
    ['Japan announced $40 million in assistance to Sri Lanka.', 'AID JPN>LKA occurred'],
    ['Germany announced more than 30 million euros in humanitarian aid for Sudan on Friday.', 'AID DEU>SDN occurred'],
    ['Japan has provided an additional $15 million in aid to Haiti.', 'AID JPN>HTI occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['a sum spent at home is no aid', 'Norway invested $20 million in wind farms in Kenya.'],
    ['a year after the amount is no noun', 'Trade between Chile and Peru reached $5 billion in 2023.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('AID'))).toEqual([]);
  });
});

describe('the owner of a choice made does its infinitive\'s deed', () => {
  it.each([
    ['Qatar\'s decision to cut diplomatic ties with Chad angered many.', 'SANCTION QAT>TCD occurred'],
    ['Ghana criticised Togo\'s move to expel two Nigerian diplomats.', 'SANCTION TGO>NGA occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['a plan is no deed done', 'Qatar\'s plan to cut diplomatic ties with Chad angered many.'],
    ['a decision owned by nobody names no doer', 'Many feared a decision to cut diplomatic ties with Chad.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('SANCTION'))).toEqual([]);
  });
});

describe('an owner before a noun of backing is its agent', () => {
  it.each([
    ['Chile\'s support for Bolivia was never in doubt.', 'SUPPORT CHL>BOL occurred'],
    ['Ghana\'s firm support and sympathy for Togo were noted.', 'SUPPORT GHA>TGO occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['support "of" an actor with no owner and no verb is no event', 'The bill enjoys the support of Chile.'],
    ['an owner with nobody supported', 'Chile\'s support for the bill was never in doubt.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('SUPPORT'))).toEqual([]);
  });
});

describe('words told to a foreign office holder are a talk', () => {
  it.each([
    ['Erdogan told Kassym-Jomart Tokayev during a call on Friday that Turkey stood ready to invest.', 'CONSULT TUR>KAZ occurred'],
    ['The Kazakh minister told the Chinese ambassador that Astana valued the ties.', 'CONSULT KAZ>CHN occurred'],
    ['Lavrov told his Turkish counterpart that Russia would respond.', 'CONSULT RUS>TUR occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['telling reporters is no talk', 'Lavrov told reporters in Ankara that Russia would respond.'],
    ['telling a body of one\'s own state is no talk', 'Biden told Congress that Russia would pay.'],
    ['telling a broadcaster is no talk', 'Erdogan told Al Jazeera that Sweden must act.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('CONSULT'))).toEqual([]);
  });
});

describe('a stay told by a purpose of meeting is a visit', () => {
  it.each([
    ['Josep Borrell, the EU foreign policy chief, was in Tashkent to open the regional forum.', 'CONSULT EU>UZB occurred'],
    ['The Chinese foreign minister is in Nairobi for talks with Kenyan officials.', 'CONSULT CHN>KEN'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text).some((e) => e.startsWith(expected))).toBe(true);
  });
  it.each([
    ['troops posted abroad make no visit', 'Russian troops were in Syria to protect the regime.'],
    ['a stay with no purpose told is left alone', 'The French president was in Berlin last week.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('CONSULT'))).toEqual([]);
  });
});

describe('a contingent named with its sender is a force', () => {
  it('a contingent leaving is a withdrawal', () => {
    expect(eventsOf('Riots shook Kyrgyzstan in March. The Russian contingent left Kyrgyzstan on Friday.')).toContain('RETREAT RUS>KGZ occurred');
  });
  it.each([
    ['a bare contingent names no sender', 'A contingent of observers left Kyrgyzstan on Friday.'],
    ['a team leaving a host is no withdrawal without a force', 'The Russian delegation left Kyrgyzstan on Friday.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('RETREAT'))).toEqual([]);
  });
});

describe('"<actor>-led" joins the noun phrase; "<actor>-backed" names a backer, not the party', () => {
  it.each([
    ['The African Union voted to send a Rwandan-led peacekeeping force to Mozambique.', 'MOBILIZE AU>MOZ occurred'],
    ['A Saudi-led coalition launched air strikes on Yemen.', 'ASSAULT SAU>YEM occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['the backer of separatists does not shell', 'Shelling by the Russian-backed separatists hit Georgian villages.', /^ASSAULT RUS>/],
    ['the funder of projects does not protest', 'Small rallies against Chinese-funded factories were held in Almaty.', /^PROTEST CHN>/],
  ])('%s', (_name, text, bad) => {
    expect(eventsOf(text).filter((e) => bad.test(e))).toEqual([]);
  });
});

describe('a capitalised diplomatic title is the actor\'s head noun', () => {
  it.each([
    ['The Kenyan Ambassador to Uganda was recalled on Monday.', 'SANCTION KEN>UGA occurred'],
    ['The Malaysian High Commissioner to India was recalled on Tuesday.', 'SANCTION MYS>IND occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['an envoy who attends a ceremony is not recalled', 'The Kenyan Ambassador to Uganda attended the ceremony.'],
    ['a recalled minister is no envoy', 'The Kenyan Minister of Trade was recalled from Uganda.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('SANCTION'))).toEqual([]);
  });
});
