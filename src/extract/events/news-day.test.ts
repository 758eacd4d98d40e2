import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { findDates } from '../dates/date-extractor.js';
import { newsDay } from './news-day.js';

function dayFor(text: string, published: string | null): string | null {
  return newsDay({ text, sentences: splitSentences(text), dates: findDates(text, { date: published }), published });
}

describe('newsDay', () => {
  it('is the day the lead reports when it is a few days before publication', () => {
    const text = 'ROME – Italy and Malta signed a ferry pact in Valletta on Tuesday.\nThe premiers also discussed migration.';
    expect(dayFor(text, '2018-05-10')).toBe('2018-05-08');
  });

  it('is the publication date when the lead reports that day', () => {
    expect(dayFor('Italy and Malta signed a ferry pact today.', '2018-05-10')).toBe('2018-05-10');
  });

  it('is the publication date when the lead states no day', () => {
    expect(dayFor('Italy and Malta have signed a ferry pact.\nIt was first proposed in 2015.', '2018-05-10')).toBe('2018-05-10');
  });

  it('ignores the day a stretch of talks began', () => {
    const text = 'Italy and Malta agreed on a ferry pact after four days of talks from Monday in Rome.';
    expect(dayFor(text, '2018-05-10')).toBe('2018-05-10');
  });

  it('ignores a lead day that is background, weeks before publication', () => {
    const text = 'Since 4 March 2018 the ferry has been idle.\nItaly and Malta have now signed a pact.';
    expect(dayFor(text, '2018-05-10')).toBe('2018-05-10');
    const old = 'The pact signed on 2 April 2018 has entered into force.';
    expect(dayFor(old, '2018-05-10')).toBe('2018-05-10');
  });

  it('reaches further back for a day written in full with its year (a reprint a week or two later)', () => {
    const text = 'On 28 April 2018 local time, the premiers of Italy and Malta signed a ferry pact in Valletta.';
    expect(dayFor(text, '2018-05-10')).toBe('2018-04-28');
    const older = 'On 8 April 2018 local time, the premiers of Italy and Malta signed a ferry pact in Valletta.';
    expect(dayFor(older, '2018-05-10')).toBe('2018-05-10');
    // a weekday alone still reaches one week only
    expect(dayFor('The premiers of Italy and Malta signed a ferry pact in Valletta on Tuesday.', '2018-05-30')).toBe('2018-05-29');
  });

  it('takes the first day of the lead, not a later one', () => {
    const text = 'The premiers met in Rome on Wednesday. The Maltese premier had arrived on Monday.';
    expect(dayFor(text, '2018-05-10')).toBe('2018-05-09');
  });

  it('is null without a document day', () => {
    expect(dayFor('The premiers met in Rome on Wednesday.', '2018-05')).toBeNull();
    expect(dayFor('The premiers met in Rome on Wednesday.', null)).toBeNull();
  });

  it('skips the page stamp and the wire dateline, which date the filing, not the news', () => {
    expect(dayFor(' date 2018-05-10 ROME – Italy and Malta signed a ferry pact on May 8.', '2018-05-10')).toBe('2018-05-08');
    expect(dayFor('ROME, May 10 (Wire) - Italy and Malta said on Tuesday they had signed a ferry pact.', '2018-05-10')).toBe('2018-05-08');
  });
});

describe('newsDay under headline lines (dating7)', () => {
  it('reads the first two sentences of prose however many headline lines stand above them', () => {
    const text = 'NEWS BRIEF\nItaly and Malta sign ferry pact\nMALTA / 10 MAY 2018 BY A WRITER\nThe two governments have signed a ferry pact.\nThe ministers signed the texts yesterday in Valletta.';
    expect(dayFor(text, '2018-05-10')).toBe('2018-05-09');
  });

  it('does not reach past the second sentence of prose', () => {
    const text = 'NEWS\nBRIEF\nItaly and Malta sign ferry pact\nBy a writer\nThe two governments have signed a ferry pact.\nThe premiers met in Rome for the signing.\nThey had first talked about it on Tuesday.';
    expect(dayFor(text, '2018-05-10')).toBe('2018-05-10');
  });

  it('keeps a weekday told in a title', () => {
    expect(dayFor('Italy and Malta sign ferry pact on Tuesday\nThe two governments have signed a ferry pact.', '2018-05-10')).toBe('2018-05-08');
  });
});
