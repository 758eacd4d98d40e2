/**
 * Shapes of news sentences in which the clause reader used to find no event although both parties were
 * named (branch reader): each shape with cases that must give the event and cases that must not.
 * Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

describe('an amount before "in" leaves the noun to the verb before the amount', () => {
  it.each([
    ['Japan announced $40 million in assistance to Sri Lanka.', 'AID JPN>LKA planned'],
    ['Germany announced more than 30 million euros in humanitarian aid for Sudan on Friday.', 'AID DEU>SDN planned'],
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

describe('a deed received: the "from" phrase is its doer and the receiver its other side', () => {
  it.each([
    ['Chile drew sharp criticism from Peru over the border fence.', 'ACCUSE PER>CHL occurred'],
    ['The Bolivian plan attracted condemnation from Paraguay.', 'ACCUSE PRY>BOL occurred'],
    ['Ghana received military support from France last year.', 'SUPPORT FRA>GHA occurred'],
    ['Nepal won support from India for its candidacy.', 'SUPPORT IND>NPL occurred'],
    ['The Bolivian blockade met wide criticism, including from Paraguay.', 'ACCUSE PRY>BOL occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['the receiver is not the critic', 'Chile drew sharp criticism from Peru over the border fence.', 'ACCUSE CHL>PER'],
    ['no deed received when none is denied', 'Ghana did not receive any military support from France.', 'SUPPORT FRA>GHA occurred'],
    ['a looming deed is not received', 'Ghana faces sanctions from France over the vote.', 'SANCTION FRA>GHA occurred'],
    ['a giver ruled out gives nothing', 'The Bolivian blockade met wide criticism, though not from Paraguay.', 'ACCUSE PRY>BOL'],
  ])('%s', (_name, text, unexpected) => {
    expect(eventsOf(text).some((e) => e.startsWith(unexpected))).toBe(false);
  });
});

describe('a gerund opening the sentence after an adverbial, or before its phrase, is a noun', () => {
  it.each([
    ['Later, fighting resumed for a second week between Eritrean and Ethiopian troops.', 'ASSAULT ERI>ETH occurred'],
    ['In the morning, fighting erupted between Armenian and Azerbaijani forces.', 'ASSAULT ARM>AZE occurred'],
    ['Meanwhile, fighting between Eritrean and Ethiopian troops continued near the river.', 'ASSAULT ERI>ETH occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['fighting that stopped is no fighting told', 'Later, fighting between Eritrean and Ethiopian troops stopped.'],
    ['a verb before the comma makes the gerund a participle', 'Eritrea said, fighting Ethiopian troops was never its aim.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('ASSAULT'))).toEqual([]);
  });
});

describe('"they" stands for a plural body of a state named as the subject', () => {
  it.each([
    ['Chadian officials met on Sunday. They accused Niger of sheltering rebels.', 'ACCUSE TCD>NER occurred'],
    ['Malian officials said the talks had failed, but they accused Algeria of meddling.', 'ACCUSE MLI>DZA occurred'],
    ['Libyan envoys pressed Tunisia hard, but Algerian officials refused, though they did accuse Morocco of meddling.', 'ACCUSE DZA>MAR occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['a bare state is no "they"', 'Chad recalled its envoy. They accused Niger of sheltering rebels.'],
    ['a person is no "they"', 'President Deby spoke on Sunday. They accused Niger of sheltering rebels.'],
    ['a ministry "of Foreign Affairs" is one body, no "they"', 'The Chadian Ministry of Foreign Affairs met on Sunday. They accused Niger of sheltering rebels.'],
    ['a question is no accusation', 'Chadian officials would not say whether they accused Niger of sheltering rebels.'],
    ['"they" after a denial accuses no one', 'Algerian officials refused, though they did not accuse Morocco of meddling.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
  });
});

describe('"the country" among several states is the one of the sentence before that this sentence does not name', () => {
  it.each([
    ['Ghana condemned the Malian attack on Niger. Later, it sent emergency aid to the war-torn country.', 'AID GHA>NER occurred'],
    ['The Somali government appealed for help. So far, several states including Kenya and Qatar have sent humanitarian aid to the country.', 'AID QAT>SOM occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['two states named outright before leave it open', 'Kenya and Uganda held talks. Later, Tanzania sent aid to the country.'],
    ['no state before but the sentence\'s own', 'Officials met on Monday. Tanzania and Kenya sent aid to the country.'],
  ])('%s', (_name, text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('AID'))).toEqual([]);
  });
});

describe('a relative clause between the subject and its verb is passed over', () => {
  it.each([
    ['The Eritrean and Ethiopian troops who had clashed near the river have disengaged.', 'RETREAT ERI>ETH occurred'],
    ['The Eritrean and Ethiopian soldiers at the pass where they had fought have disengaged.', 'RETREAT ERI>ETH occurred'],
    ['Kenyan officials who travelled to Kampala last week criticised Tanzania.', 'ACCUSE KEN>TZA occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['the clause\'s own object is not the subject', 'Kenyan officials who met Indian envoys last week criticised Pakistan.', 'ACCUSE IND>PAK'],
    ['nor is it when the subject names no actor', 'Officials who met Indian envoys last week criticised Pakistan.', 'ACCUSE IND>PAK'],
    ['a clause with a subject of its own is left alone', 'Gabon hailed the region where Chadian rebels have seized a town.', 'ASSAULT GAB'],
    ['a gerund inside the clause keeps no outside subject', 'After the coup, which led to expelling diplomats from the capital, Mali suffered.', 'SANCTION MLI>MLI'],
  ])('%s', (_name, text, unexpected) => {
    expect(eventsOf(text).some((e) => e.startsWith(unexpected))).toBe(false);
  });
});
