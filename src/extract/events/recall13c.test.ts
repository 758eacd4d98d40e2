/**
 * Pressure between states and relief between them (session 13, recall13c; the helper's own sentences, in the
 * shapes an audit of fresh articles missed or misread): a deed told in a bare clause after a verb of demanding,
 * relief a leader orders for the people of another state, water cannon fired at another state's vessels, a bid
 * to join an alliance, and a natural disaster's blow, with the readings that must stay no event.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';
import { extractDocument } from '../pipeline.js';

/** The events of one type as 'TYPE SRC>TGT', sectors left out. */
const typed = (type: string, text: string) => eventsOf(text).filter((e) => e.startsWith(`${type} `)).map((e) => e.split(' ').slice(0, 2).join(' ').replace(/\/[A-Z]{3}/g, ''));

describe('a deed demanded in a bare clause is no deed done', () => {
  it.each([
    'Beijing said on Tuesday it was recalling its envoy from Vilnius and demanding the Baltic state withdraw its ambassador from Beijing.',
    'Moscow on Friday demanded the Czech government expel the Ukrainian diplomats.',
    'Ankara is demanding the Swedish authorities extradite the activists.',
  ])('%s', (text) => {
    expect(typed('SANCTION', text).filter((e) => !e.startsWith('SANCTION CHN>'))).toEqual([]);
    expect(typed('COERCE', text)).toEqual([]);
  });

  it('the demand itself is still read', () => {
    expect(typed('REQUEST', 'Moscow on Friday demanded the Czech government expel the Ukrainian diplomats.')).toContain('REQUEST RUS>CZE');
  });

  it('a claim after "insisted" is no demand: its deed is still done', () => {
    expect(typed('COERCE', 'The government insisted police arrested 20 protesters in Lagos on Monday.')).toContain('COERCE NGA>NGA');
  });

  it('a deed told after the demand, in a clause of its own, is still done', () => {
    expect(typed('SANCTION', 'Ankara demanded an apology after Athens expelled two Turkish diplomats on Monday.')).toContain('SANCTION GRC>TUR');
  });
});

describe('relief a leader orders for the people of another state', () => {
  it.each([
    ['The Qatari emir directed the dispatch of a search and rescue team to Morocco on Monday.', 'AID QAT>MAR'],
    ['The Qatari emir ordered the establishment of a field hospital and the dispatch of a rescue team for people affected by the floods in Libya.', 'AID QAT>LBY'],
    ['Kuwait\'s emir has ordered an additional $20 million in aid to be provided to the victims of the floods in Libya.', 'AID KWT>LBY'],
    ['The UAE President has ordered aid for Morocco. Sheikh Mohamed also directed the provision of relief supplies to those affected by the earthquake in Libya.', 'AID ARE>LBY'],
  ])('%s', (text, expected) => {
    expect(typed('AID', text)).toContain(expected);
  });

  it.each([
    'The Qatari emir did not direct the dispatch of a rescue team to Morocco.',
    'Rabat asked whether Qatar would order the dispatch of a rescue team to Morocco.',
    'The Qatari emir ordered the dispatch of troops to the border with Saudi Arabia.',
  ])('no aid: %s', (text) => {
    expect(typed('AID', text)).toEqual([]);
  });
});

describe('water cannon fired at another state\'s vessels', () => {
  it.each([
    ['Vietnam said Chinese ships fired water cannon at a Vietnamese fishing boat near the Paracels on Sunday.', 'ASSAULT CHN>VNM'],
    ['Chinese coast guard vessels used water cannons against the Philippine supply boats on Saturday.', 'ASSAULT CHN>PHL'],
  ])('%s', (text, expected) => {
    expect(typed('ASSAULT', text)).toContain(expected);
  });

  it.each([
    'Beijing denied that its coast guard fired water cannon at the Vietnamese boats.',
    'Manila warned that Chinese ships could use water cannons against its vessels.',
  ])('no blow: %s', (text) => {
    expect(typed('ASSAULT', text)).toEqual([]);
  });
});

describe('a bid to join an alliance or a union', () => {
  it.each([
    ['Finland applied to join NATO on Wednesday.', 'REQUEST FIN>NATO'],
    ['Moldova formally applied for EU membership on Thursday.', 'REQUEST MDA>EU'],
    ['Serbia applied for membership of the EU in 2009.', 'REQUEST SRB>EU'],
  ])('%s', (text, expected) => {
    expect(typed('REQUEST', text)).toContain(expected);
  });

  it('a time after the body to be joined dates the application', () => {
    const { events } = extractDocument({ id: 't', text: 'Sweden and Finland applied to join NATO in May 2022.', meta: { published: '2023-01-15' } });
    const bids = events.filter((e) => e.type === 'REQUEST').map((e) => `${e.source}>${e.target} ${e.date?.from}..${e.date?.to}`);
    expect(bids.sort()).toEqual(['FIN>NATO 2022-05-01..2022-05-31', 'SWE>NATO 2022-05-01..2022-05-31']);
  });

  it.each([
    'Georgia has not applied to join NATO.',
    'Brussels applied pressure on Kyiv to join the talks with Moscow.',
    'The EU applied sanctions to Belarus after it joined the war.',
  ])('no bid: %s', (text) => {
    expect(typed('REQUEST', text).filter((e) => e.endsWith('>NATO') || e.endsWith('>EU'))).toEqual([]);
  });
});

describe('a natural disaster strikes no one', () => {
  it.each([
    'Spain reiterated its solidarity with Morocco and Algeria over the victims of the massive earthquake that struck southern Morocco.',
    'Japan sent condolences to the Philippines and Vietnam after the typhoon that hit the northern Philippines.',
    'A powerful cyclone hit Mozambique and Malawi on Friday.',
  ])('%s', (text) => {
    expect(typed('ASSAULT', text)).toEqual([]);
  });

  it('a state\'s strike after a relative still is one', () => {
    expect(typed('ASSAULT', 'Kyiv condemned the Russian missiles that hit Kharkiv on Friday.')).toContain('ASSAULT RUS>UKR');
  });
});

describe('speech told after a deed names no side of it', () => {
  it('a party named after ", saying" is no receiver of the aid', () => {
    expect(typed('AID', 'Japan pledged $30 billion in aid for development in Africa on Saturday, saying the order was under threat after Russia\'s invasion of Ukraine.')).toEqual([]);
  });

  it('a receiver named before it still is', () => {
    expect(typed('AID', 'Japan pledged $30 million in aid to Kenya on Saturday, saying the drought had hit the region hard.')).toContain('AID JPN>KEN');
  });
});

describe('a request answered by its subject', () => {
  it.each([
    'Turkey is demanding that Sweden and Finland grant extradition requests.',
    'Sweden and Finland have rejected extradition requests.',
    'Kazakhstan and Uzbekistan accepted the invitation.',
  ])('the ones who answer did not ask: %s', (text) => {
    expect(typed('REQUEST', text).filter((e) => !e.startsWith('REQUEST TUR>'))).toEqual([]);
  });

  it.each([
    ['Sweden granted Turkey\'s extradition requests on Monday.', 'REQUEST TUR>SWE'],
    ['Tokayev accepted Xi\'s invitation to visit China.', 'REQUEST CHN>KAZ'],
  ])('the asker the request names: %s', (text, expected) => {
    expect(typed('REQUEST', text)).toContain(expected);
  });
});
