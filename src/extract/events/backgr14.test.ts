/**
 * Background deeds never read (session 14, backgr14; the helper's own sentences, in the shapes the dates14
 * audit found missed): "agreed to maintain …" is the agreement's content, no habit; an envoy told with its
 * post and sent away in the passive with no agent was sent away by the post's state; two states (or the
 * pair told before) that deployed troops to "the border" each mobilised against the other.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';
import { extractDocument } from '../pipeline.js';

function all(text: string): string[] {
  return extractDocument({ id: 't', text, meta: { published: '2024-05-20' } }).events.map((e) => `${e.type} ${e.source}>${e.target} ${e.status}`);
}
const of = (type: string, list: string[]) => list.filter((e) => e.startsWith(`${type} `));

describe('"maintain" as what was agreed is no habit', () => {
  it.each([
    ['Nepal and Bhutan agreed to maintain calm along their frontier.', 'AGREE BTN>NPL occurred'],
    ['Officials of Nepal and Bhutan met in Thimphu on Sunday. Both sides agreed to maintain close contact on trade.', 'AGREE BTN>NPL occurred'],
  ])('%s', (text, expected) => {
    expect(all(text).map((e) => e.replace(/^AGREE NPL>BTN/, 'AGREE BTN>NPL'))).toContain(expected);
  });
  it.each([
    ['a standing practice is still a habit', 'Nepal maintains regular contacts with Bhutan.'],
    ['a habit of meeting is no meeting', 'Nepal and Bhutan maintain close ties and meet often.'],
  ])('%s', (_name, text) => {
    expect(of('AGREE', all(text)).concat(of('CONSULT', all(text)))).toEqual([]);
  });
});

describe('an envoy told with its post, sent away with no agent named, was sent away by the post\'s state', () => {
  it.each([
    ['In June, the Danish ambassador to Ghana, Lars Holm, was ordered to leave.', 'SANCTION GHA>DNK occurred'],
    ['The Austrian envoy to Bolivia was expelled on Tuesday.', 'SANCTION BOL>AUT occurred'],
    ['The Kenyan ambassador was expelled from Uganda on Tuesday.', 'SANCTION UGA>KEN occurred'],
    ['Two Czech diplomats were expelled from Hungary last week.', 'SANCTION HUN>CZE occurred'],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it.each([
    ['no post, no agent: nobody to name', 'The ambassador was ordered to leave on Friday.'],
    ['a sender only: the host is not told', 'Hungarian diplomats were expelled last year, the paper said.'],
    ['a recall is the sender\'s own', 'The Polish envoy to Chile was recalled on Monday.'],
  ])('%s', (_name, text) => {
    expect(of('SANCTION', eventsOf(text)).filter((e) => /expel|SANCTION (?!POL>CHL)/.test(e))).toEqual([]);
  });
});

describe('two states that deployed troops to the border mobilised against each other', () => {
  it.each([
    ['Peru and Ecuador deployed troops to the border in October.', ['MOBILIZE ECU>PER occurred', 'MOBILIZE PER>ECU occurred']],
    ['Peru and Ecuador traded accusations over the river last year. Both countries deployed troops to the frontier area in October.', ['MOBILIZE ECU>PER occurred', 'MOBILIZE PER>ECU occurred']],
  ])('%s', (text, expected) => {
    expect(of('MOBILIZE', all(text)).sort()).toEqual(expected);
  });
  it('a side named after the verb is that side', () => {
    expect(of('MOBILIZE', all('Peru deployed troops to the border with Ecuador in October.'))).toEqual(['MOBILIZE PER>ECU occurred']);
  });
  it.each([
    ['one state alone faces nobody named', 'Peru deployed troops to the border in October.'],
    ['troops sent to a border for relief are no mobilisation', 'Peru and Ecuador deployed troops to the border to help flood victims.'],
  ])('%s', (_name, text) => {
    expect(of('MOBILIZE', all(text))).toEqual([]);
  });
});

describe('members named in an "including" aside of a plural subject act', () => {
  it.each([
    ['Several countries, including Canada and Australia, expelled Iranian diplomats this week.', ['SANCTION AUS>IRN occurred', 'SANCTION CAN>IRN occurred']],
    ['Several countries, including Canada and many European states, and the EU expelled Iranian diplomats on Monday.', ['SANCTION CAN>IRN occurred', 'SANCTION EU>IRN occurred']],
  ])('%s', (text, expected) => {
    expect(of('SANCTION', eventsOf(text)).sort()).toEqual(expected);
  });
  it.each([
    ['an aside after a noun that names a party adds nobody', 'Iranian diplomats, including the consul, were expelled by Canada on Monday.', ['SANCTION CAN>IRN occurred']],
    ['an aside of things, not parties, names no doer', 'Several measures, including Canadian sanctions, hurt Iran this week.', []],
  ])('%s', (_name, text, expected) => {
    expect(of('SANCTION', eventsOf(text)).sort()).toEqual(expected);
  });
});

describe('an undated deed in a later paragraph than a background one is the news\'s, not the background\'s', () => {
  const dated = (text: string) => extractDocument({ id: 't', text, meta: { published: '2024-05-20' } }).events
    .filter((e) => e.type === 'AGREE').map((e) => `${e.date?.from}..${e.date?.to}`).sort();
  it('a new paragraph after the background deed: an event of the news day', () => {
    expect(dated('Chile and Peru held talks in Lima to settle their maritime dispute. In 2022, both countries signed a fisheries accord.\n\n'
      + 'Both sides agreed to keep calm along the coast and promote trade.')).toEqual(['2022-01-01..2022-12-31', '2024-05-20..2024-05-20']);
  });
  it('in the background deed\'s own paragraph it still repeats that deed', () => {
    expect(dated('Chile and Peru held talks in Lima to settle their maritime dispute. In 2022, both countries signed a fisheries accord. '
      + 'Both sides agreed to keep calm along the coast.')).toEqual(['2022-01-01..2022-12-31']);
  });
});

describe('two states deploying to the border against a third party act together', () => {
  it('a purpose against gangs is no mobilisation of one against the other', () => {
    expect(of('MOBILIZE', all('Peru and Ecuador jointly deployed troops to the border to fight drug gangs.'))).toEqual([]);
  });
});
