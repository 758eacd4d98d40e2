import { describe, expect, it } from 'vitest';
import { findDateline, findPageStamp } from './dateline-reader.js';

describe('findPageStamp', () => {
  it('reads a leading date token', () => {
    const text = ' date 2021-03-09 RIGA – Ministers met.';
    const s = findPageStamp(text);
    expect(s).toMatchObject({ date: '2021-03-09', kind: 'token' });
    expect(s && text.slice(s.span.start, s.span.end)).toBe('2021-03-09');
  });

  it.each([
    ['Published: 04th March 2016 10:12 AM  |   Last Updated: 05th March 2016 08:00 AM', '2016-03-04'],
    ['Posted on 11 June 2019', '2019-06-11'],
    ['By Staff | Published: Sep 3, 2018', '2018-09-03'],
  ])('reads a labelled line: %s', (line, date) => {
    expect(findPageStamp(`A headline about ports\n${line}\nThe story starts here.`)).toMatchObject({ date, kind: 'published' });
  });

  it.each([
    ['  • Tuesday, 14 Mar 2017', '2017-03-14'],
    ['3 October 2018, 14:05', '2018-10-03'],
    ['2016-05-30 09:41:12', '2016-05-30'],
    ['November 2, 2015 | 6:30 pm', '2015-11-02'],
  ])('reads a line that is only a date: %s', (line, date) => {
    expect(findPageStamp(`Ports deal signed\n${line}\nThe story starts here.`)).toMatchObject({ date, kind: 'line' });
  });

  it('prefers the published label over an earlier updated one', () => {
    const text = 'Updated: 9 May 2020\nPublished: 8 May 2020\nText.';
    expect(findPageStamp(text)?.date).toBe('2020-05-08');
  });

  it.each([
    ['By Ana Ruiz\nOctober 3, 20196:42 AM GMT+2Updated 3 days ago\nThe story starts here.', '2019-10-03'],
    ['Headline\n3 October 201918:42 CET\nThe story starts here.', '2019-10-03'],
  ])('reads a stamp whose time runs into the year: %s', (text, date) => {
    expect(findPageStamp(text)).toMatchObject({ date, kind: 'line' });
  });

  it.each([
    'The talks of October 3, 2019 6:42 lasted long and ended late on that day.',
    'October 3, 201967 delegates came.',
  ])('reads no glued stamp from a sentence or a number run into the year: %s', (line) => {
    expect(findPageStamp(`Headline\n${line}\nMore text.`)).toBeNull();
  });

  it('reads a line that is only a numeric date, its order settled by a weekday where needed', () => {
    expect(findPageStamp('Headline\nWed, 07/04/2021 - 09:30\nText of the story.')).toMatchObject({ date: '2021-04-07', kind: 'line' });
    expect(findPageStamp('Headline\n27/04/2021\nText of the story.')).toMatchObject({ date: '2021-04-27', kind: 'line' });
    // No weekday and both orders possible: no stamp.
    expect(findPageStamp('Headline\n07/04/2021\nText of the story.')).toBeNull();
  });

  it('falls back to an updated line', () => {
    expect(findPageStamp('Last updated: 2 February 2014\nText of the story.')).toMatchObject({ date: '2014-02-02', kind: 'updated' });
  });

  it.each([
    'An aid convoy crossed the border near Rafah on October 3, 2019. AFP/File Photo',
    'Updated 12 minutes ago',
    'The minister arrived on 3 May 2019 and left on 5 May.',
    'Date palms are grown in the oasis.',
  ])('ignores a caption, a relative time or a sentence: %s', (line) => {
    expect(findPageStamp(`Headline\n${line}\nMore text follows here.`)).toBeNull();
  });
});

describe('findDateline', () => {
  it.each([
    ['OSLO, March 4 (Reuters) - Norway said on Friday …', 3, 4, null],
    ['BISHKEK, December 1. /AKIpress/. The two sides agreed …', 12, 1, null],
    ['HANOI, Vietnam, June 9. The ministers met …', 6, 9, null],
    ['DHAKA. Sept 30 (Interfax) - Officials said …', 9, 30, null],
    ['LUSAKA, Aug. 14 (Xinhua) -- Zambia signed …', 8, 14, null],
    ['CAIRO, July 2, 2016 — Egypt and Sudan agreed …', 7, 2, 2016],
    ['Feb 11, 2013 — The envoy arrived …', 2, 11, 2013],
    ['RIGA, Latvia, October 14.President of Latvia met …', 10, 14, null],
  ])('%s', (line, month, day, year) => {
    expect(findDateline(`Headline words\n${line}`)).toMatchObject({ month, day, year });
  });

  it('starts a bracketed dateline\'s span at its own day, not at the same digits in the outlet\'s name', () => {
    const text = 'QUITO (Radio 5 News / EFE - 5 March, 2021) Ecuador and Peru opened a new border post.';
    const d = findDateline(text);
    expect(d).toMatchObject({ month: 3, day: 5, year: 2021 });
    expect(d && text.slice(d.span.start, d.span.end)).toBe('5 March, 2021');
  });

  it('gives the story sentence the dateline opens', () => {
    const text = 'ROME, May 5 (AP) - Italy and Malta signed a pact on Tuesday. Officials said more would follow.';
    const d = findDateline(text);
    expect(d && text.slice(d.sentence.start, d.sentence.end)).toBe('May 5 (AP) - Italy and Malta signed a pact on Tuesday.');
  });

  it.each([
    'In March 4 cases were reported.',
    'The talks, held in Paris, ended.',
    'President Macron met March 4 marchers.',
    'SOFIA, June 9.5 percent of voters stayed home.',
    'Report for June 9.pdf is attached.',
  ])('finds no dateline in: %s', (line) => {
    expect(findDateline(line)).toBeNull();
  });
});
