/**
 * Shapes of news sentences in which both parties were named but no event was read (branch reader8):
 * each shape with cases that must give the event and cases that must not. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

const ofType = (text: string, type: string) => eventsOf(text).filter((e) => e.startsWith(`${type} `));

describe('a quantifier floating off the subject leaves the participle a verb', () => {
  it.each([
    ['Norway and Denmark have each pledged aid to Malawi.', ['AID NOR>MWI occurred', 'AID DNK>MWI occurred']],
    ['Chile and Peru have both sent rescuers to Ecuador.', ['AID CHL>ECU occurred', 'AID PER>ECU occurred']],
    ['Ghana and Senegal both recalled their ambassadors from Mali on Monday.', ['SANCTION GHA>MLI occurred', 'SANCTION SEN>MLI occurred']],
  ])('%s', (text, expected) => {
    for (const e of expected) expect(eventsOf(text)).toContain(e);
  });
  it.each([
    ['a quantifier opening a phrase keeps its participle a modifier', 'Each pledged sum to Malawi from Norway was late.'],
    ['no verb of giving is read into a description', 'Norway and Denmark have both expressed concern about Malawi.'],
  ])('%s', (_name, text) => {
    expect(ofType(text, 'AID')).toEqual([]);
  });
});

describe('a sum written with a currency sign is money given', () => {
  it.each([
    ['Canada has pledged $3 million to Haiti.', 'AID CAN>HTI planned'],
    ['The Japanese government pledged €250,000 to Tonga after the eruption.', 'AID JPN>TON planned'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['a pledge with no sum is a promise', 'Canada has pledged to Haiti that it would stay.'],
    ['a sum spent at home is no gift', 'Britain spent $5 million on its embassy in Kenya.'],
  ])('%s', (_name, text) => {
    expect(ofType(text, 'AID')).toEqual([]);
  });
});

describe('contributing and providing goods or cash is aid', () => {
  it.each([
    ['Portugal contributed 40 tonnes of food to Mozambique last week.', 'AID PRT>MOZ occurred'],
    ['Germany has contributed $2 million to Sudan for refugee relief.', 'AID DEU>SDN occurred'],
    ['The Government of Qatar has provided a cash grant of $500,000 to the Lebanese government.', 'AID QAT>LBN occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['a contribution to a debate is no gift', 'Portugal contributed to the debate on Mozambique.'],
    ['what a state contributed to a result is no gift', 'Germany contributed to the success of the talks with Sudan.'],
    ['a refusal gives nothing', 'Qatar has not provided any cash to Lebanon.'],
  ])('%s', (_name, text) => {
    expect(ofType(text, 'AID').filter((e) => e.endsWith('occurred'))).toEqual([]);
  });
});

describe('an ambassador recalled "to" a state is withdrawn from it', () => {
  it.each([
    ['Peru said it was recalling its ambassador to Bolivia.', 'SANCTION PER>BOL occurred'],
    ['Algeria recalled its envoy to France for consultations.', 'SANCTION DZA>FRA occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['a recall called for is not done', 'Opposition leaders urged Peru to recall its ambassador to Bolivia.'],
    ['an ambassador sent back to his post is no recall', 'Peru returned its ambassador to Bolivia.'],
  ])('%s', (_name, text) => {
    expect(ofType(text, 'SANCTION').filter((e) => e.endsWith('occurred'))).toEqual([]);
  });
});

describe('agreeing to the other side\'s terms', () => {
  it.each([
    ['Serbia has agreed to all of Kosovo\'s terms.', 'AGREE SRB>XKX occurred'],
    ['Armenia agreed to Azerbaijan\'s proposal on the border commission.', 'AGREE ARM>AZE occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['an infinitive after "agreed to" names no owner of terms', 'Armenia agreed to send observers to Georgia.'],
    ['a refusal to agree is no agreement', 'Armenia has not agreed to Azerbaijan\'s proposal.'],
  ])('%s', (_name, text) => {
    expect(ofType(text, 'AGREE').filter((e) => e.endsWith('occurred'))).toEqual([]);
  });
});

describe('appointing an ambassador to a state and reopening an embassy there is cooperation', () => {
  it.each([
    ['Rwanda has appointed a veteran diplomat as its ambassador to Burundi.', 'COOPERATE RWA>BDI occurred'],
    ['Last month Qatar named Ali Hassan as the new Qatari envoy to Chad.', 'COOPERATE QAT>TCD occurred'],
    ['Bahrain appointed a new ambassador to Lebanon in May.', 'COOPERATE BHR>LBN occurred'],
    ['Armenia this week reopened its embassy in Tbilisi.', 'COOPERATE ARM>GEO occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['a minister appointed at home names no other state', 'Rwanda appointed John Kamali as finance minister in Kigali.'],
    ['an appointment as adviser is no mission abroad', 'Rwanda appointed the former ambassador to Burundi as its adviser.'],
    ['an embassy closed is no cooperation', 'Armenia closed its embassy in Tbilisi.'],
    ['an embassy not reopened is no cooperation', 'Armenia has not reopened its embassy in Tbilisi.'],
  ])('%s', (_name, text) => {
    expect(ofType(text, 'COOPERATE').filter((e) => e.endsWith('occurred'))).toEqual([]);
  });
});
