import { describe, expect, it } from 'vitest';
import { namedEvents } from '../../test-support/named-events.js';
import type { Document } from '../../core/types.js';
import { resolveDocumentDate } from '../dates/document-date-resolver.js';

// Session 17 (date17): document dates for pages with no metadata, and deeds dated by a report or an
// announcement rather than by their own day. Our own sentences throughout.
const events = (text: string, published: string | null): string[] => namedEvents(text, published);

const doc = (text: string): Document => ({ id: 't', text, meta: {} });

describe('a page with no metadata: the day its lead opens with', () => {
  it('a year-less opening day well after a stray full date further down the lead takes that date\'s year, and the news is the weekday the report names', () => {
    // 2019-06-04 was a Tuesday; the report "said on Thursday" → 2019-06-06.
    const text = 'OSLO – The Norwegian and Ghanaian trade ministers reviewed fishing quotas at a meeting on June 4, the agency reported.\n'
      + 'The talks were cordial, the agency said on Thursday.\n'
      + 'Related: Ghana opens a consulate – 11.02.2019\n'
      + 'The two ministers last met in Accra in January.';
    expect(resolveDocumentDate(doc(text))).toMatchObject({ published: '2019-06-06', basis: 'inferred' });
  });

  it('a full date a little before the opening day stays the news (the opening day may be the same story)', () => {
    const text = 'OSLO – The Norwegian and Ghanaian trade ministers reviewed fishing quotas at a meeting on June 4, the agency reported.\n'
      + 'Filed 2019-06-02 by our correspondent.\n';
    expect(resolveDocumentDate(doc(text)).published).toBe('2019-06-02');
  });

  it('a page that states only years gets no invented day', () => {
    const text = 'Chile and Peru signed a border accord in 2014.\nOn Thursday the two foreign ministers met again in Lima and agreed on March 10 to reopen the crossing, closed since 2016.\n';
    expect(resolveDocumentDate(doc(text)).published).toBeNull();
  });

  it('a page whose only year is a background year gets no date from it, weekday or not', () => {
    const text = 'The Chilean foreign minister met his Peruvian counterpart on Thursday.\nThe two countries broke off talks in 2016 and agreed on March 10 to resume them.\n';
    expect(resolveDocumentDate(doc(text)).published).toBeNull();
  });

  it('a full day told after the first sentence as what the news is measured from ("the first since …") is background, not the page\'s date', () => {
    const text = 'The Chilean president met the Peruvian president in Lima on Thursday.\nThe talks, the first since their meeting in Oslo on October 2, 2023, were cordial.\n';
    expect(resolveDocumentDate(doc(text)).published).toBeNull();
  });

  it('a full day after the first sentence on another weekday than the news day is not the page\'s date; the news weekday is read after it', () => {
    // 2023-10-02 was a Monday; the news is a Thursday, the first one after it (reviewA17: exact value asserted).
    const text = 'The Chilean president met the Peruvian president in Lima on Thursday.\nThe two had signed a fisheries memorandum on October 2, 2023, in Oslo.\n';
    expect(resolveDocumentDate(doc(text)).published).toBe('2023-10-05');
  });

  it('a headline\'s bare infinitive ("X to visit Y … on Tuesday") is no weekday of the news', () => {
    // 2022-03-03 was a Thursday; without the headline reading the page would date from the next Tuesday.
    const text = 'Chilean president to visit Lima, meet Peruvian leader on Tuesday\n'
      + 'The two presidents spoke by phone on Thursday, the Chilean president wrote in a post.\n'
      + '— Chilean president (@cl) March 3, 2022\n';
    expect(resolveDocumentDate(doc(text)).published).toBe('2022-03-03');
  });
});

describe('deeds dated by a report or an announcement', () => {
  it('a planned deed is not dated by the day its announcement was said on', () => {
    const text = 'The Chilean president said here Tuesday that she plans to discuss fishing rights with her Peruvian counterpart.';
    expect(events(text, '2018-09-12')).toEqual(['CONSULT CHL>PER planned 2018-09-12..2018-09-12']);
    // …and with a day of its own told next, that day (one event).
    const more = `${text} The Chilean president will visit Lima on September 14 to meet the Peruvian president.`;
    expect(events(more, '2018-09-12').filter((e) => e.startsWith('CONSULT'))).toEqual(['CONSULT CHL>PER planned 2018-09-14..2018-09-14']);
  });

  it('a deed dated only by the report closing its sentence takes the day its own mention gives just before', () => {
    const text = 'The Chilean and Peruvian foreign ministers have held talks on the sidelines of the forum in Oslo, the Chilean ministry said Friday. '
      + 'The two ministers held a meeting in Oslo on Thursday to discuss fishing rights, according to the ministry.';
    expect(events(text, '2021-10-01').filter((e) => e.startsWith('CONSULT CHL>PER'))).toEqual(['CONSULT CHL>PER occurred 2021-09-30..2021-09-30']);
  });

  it('a report-dated deed with no earlier own day keeps the report day', () => {
    const text = 'The Chilean and Peruvian foreign ministers have held talks in Oslo, the Chilean ministry said Friday.';
    expect(events(text, '2021-10-01')).toContain('CONSULT PER>CHL occurred 2021-10-01..2021-10-01');
  });

  it('a signing still to come between the parties of a dated visit announced just before is dated by that visit', () => {
    const text = 'The Chilean foreign minister will pay a working visit to Lima on June 19. Chile and Peru are expected to sign an agreement on visa-free travel.';
    expect(events(text, '2020-06-11')).toContain('AGREE CHL>PER planned 2020-06-19..2020-06-19');
  });

  it('a time inside an opening "Ahead of …," phrase is the later happening\'s, not the agreement\'s', () => {
    const text = 'The foreign ministers of Chile and Peru held talks in Lima on Thursday. '
      + 'Ahead of the 40th anniversary of their border treaty next year, the two ministers have agreed to closely cooperate on joint events.';
    expect(events(text, '2021-05-07')).toContain('AGREE CHL>PER occurred 2021-05-06..2021-05-06');
    expect(events(text, '2021-05-07').some((e) => e.includes('2022'))).toBe(false);
  });
});

describe('the news day of the lead', () => {
  it('a weekday on a page stamp line (a year and a clock time, no prose) is not the news day', () => {
    // 2019-03-12 was a Tuesday: the stamp; the news (Monday) is the day the undated later deed takes.
    const text = 'Chile and Peru discuss fishing rights\n12th Tuesday, March 2019 - 09:15 UTC\n'
      + 'The Chilean president spoke by phone with the Peruvian president on Monday about fishing rights.\n\n'
      + 'Separately, the Peruvian president thanked the Chilean president for his support.';
    expect(events(text, '2019-03-12')).toContain('SUPPORT PER>CHL occurred 2019-03-11..2019-03-11');
  });
});
