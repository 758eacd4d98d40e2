/**
 * Dating background deeds (session 14, dates14; the helper's own sentences, in the shapes an audit of fresh
 * articles and the readable splits' date misses showed): a deed told well after the news with a month of its
 * own is its own event though that month holds the news day; "they" as the subject of a deed that takes two
 * sides is the pair of the meeting told before; an agreement to do something on a past day is dated by that
 * day rather than by an earlier sentence's time.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.js';

/** 'TYPE SRC>TGT status from..to' for every event of a document published on `published`. */
function dated(text: string, published: string): string[] {
  return extractDocument({ id: 't', text, meta: { published } }).events
    .map((e) => `${e.type} ${e.source}>${e.target} ${e.status} ${e.date ? `${e.date.from}..${e.date.to}` : 'null'}`);
}

const of = (type: string, list: string[]) => list.filter((e) => e.startsWith(`${type} `));
const pairOf = (e: string) => e.split(' ')[1]!.split('>').sort().join('-');

describe('a background deed with a month of its own is not the news day again', () => {
  const text = 'Ghana asked Togo for more electricity on Tuesday, officials said, as Togo\'s energy minister held talks with Ghana\'s government in Accra. '
    + 'Power cuts have spread across the region. Ghana\'s finance minister travelled to Lome in May to sign an earlier supply deal.';

  it('the May trip is an event of its own, the talks keep their day', () => {
    const consult = of('CONSULT', dated(text, '2022-05-18'));
    expect(consult.map(pairOf)).toEqual(['GHA-TGO', 'GHA-TGO']);
    expect(consult.map((e) => e.split(' ').pop())).toEqual(expect.arrayContaining(['2022-05-17..2022-05-17', '2022-05-01..2022-05-18']));
  });

  it('a month told in the news\' own sentence still joins it', () => {
    const same = 'Togo\'s energy minister held talks with Ghana\'s government in Accra on Tuesday, his second trip there in May.';
    expect(of('CONSULT', dated(same, '2022-05-18'))).toHaveLength(1);
  });

  it('"this week" around the news day is too near to tell and still joins', () => {
    const week = 'Togo\'s energy minister held talks with Ghana\'s government in Accra on Thursday. Prices have soared. '
      + 'Ghana\'s finance minister travelled to Lome this week to sign a supply deal.';
    expect(of('CONSULT', dated(week, '2022-05-20'))).toHaveLength(1);
  });
});

describe('"they" as the subject of a deed that takes two sides', () => {
  it('"In March, they agreed …" after a meeting is the meeting\'s pair, dated March', () => {
    const out = dated('Peru and Chile held talks in Lima on Tuesday. In March, they agreed to reopen the border crossings.', '2021-05-12');
    expect(of('AGREE', out).map((e) => `${pairOf(e)} ${e.split(' ').pop()}`)).toEqual(['CHL-PER 2021-03-01..2021-03-31']);
  });

  it('"They last met in … in January" is an earlier meeting of the pair', () => {
    const out = dated('The foreign ministers of Peru and Chile met in Lima on Tuesday. They last met in Quito in January.', '2021-05-12');
    expect(of('CONSULT', out).map((e) => `${pairOf(e)} ${e.split(' ').pop()}`)).toEqual(expect.arrayContaining(['CHL-PER 2021-01-01..2021-01-31']));
  });

  it('a "they" inside a noun\'s clause is not the pair', () => {
    const out = dated('Peru and Chile held talks in Lima on Tuesday. Peru funded a road they agreed to build in 2016.', '2021-05-12');
    expect(of('AGREE', out)).toEqual([]);
  });

  it('"they met with" someone has a party of its own', () => {
    const out = dated('Peru and Chile held talks in Lima on Tuesday. Farmers blocked the road. They met with police in March.', '2021-05-12');
    expect(of('CONSULT', out).map(pairOf)).toEqual(['CHL-PER']);
  });
});

describe('an agreement to do something on a past day', () => {
  it('is dated by that day, not by the time an earlier sentence told', () => {
    const out = dated('Ecuadorian troops moved into the disputed valley in May. Ecuador and Peru agreed to pull back their troops on August 14.', '2019-11-20');
    expect(of('AGREE', out).map((e) => e.split(' ').pop())).toEqual(['2019-08-14..2019-08-14']);
  });

  it('a day still to come is left to the done deed (a planned withdrawal), not the agreeing', () => {
    const out = dated('Ecuadorian troops moved into the disputed valley in May. Ecuador and Peru agreed to pull back their troops on December 14.', '2019-11-20');
    const agreed = of('AGREE', out);
    expect(agreed.length).toBeGreaterThan(0);
    expect(agreed.map((e) => e.split(' ').pop())).not.toContain('2019-12-14..2019-12-14');
  });
});
