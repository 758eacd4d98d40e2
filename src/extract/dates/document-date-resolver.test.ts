import { describe, expect, it } from 'vitest';
import type { Document } from '../../core/types.js';
import { namesNewsDay, resolveDocumentDate } from './document-date-resolver.js';
import { parsePublishedString, parseUrlDate } from './published-date-parser.js';

const doc = (text: string, meta: Document['meta'] = {}): Document => ({ id: 't', text, meta });

describe('parsePublishedString', () => {
  it.each([
    ['2021-04-07', '2021-04-07'],
    ['2021-04-07T23:30:00+05:00', '2021-04-07'],
    ['Wed, 07 Apr 2021 10:00:00 +0000', '2021-04-07'],
    ['7 April 2021', '2021-04-07'],
    ['April 7, 2021', '2021-04-07'],
    ['2021/04/07', '2021-04-07'],
    ['07.04.2021', '2021-04-07'],
    ['20210407', '2021-04-07'],
    ['2021-04', '2021-04'],
    ['April 2021', '2021-04'],
    ['25/04/2021', '2021-04-25'],
    ['25-04-2021', '2021-04-25'],
    // A weekday settles an order the numbers leave open: 5 April 2021 was a Monday, 4 May a Tuesday.
    ['Mon, 05/04/2021', '2021-04-05'],
    ['Tuesday 05/04/2021', '2021-05-04'],
  ])('%s → %s', (input, expected) => {
    expect(parsePublishedString(input)).toBe(expected);
  });

  it.each(['', 'yesterday', '2021', '04/05/2021', '04-05-2021', 'Fri, 05/04/2021', '2021-02-30', 'soon'])('%s → null', (input) => {
    expect(parsePublishedString(input)).toBeNull();
  });
});

describe('parseUrlDate', () => {
  it.each([
    ['https://news.example.org/2019/03/', '2019-03'],
    ['https://news.example.org/world/2018/11/28/talks-resume', '2018-11-28'],
    ['https://example.com/politics/summit-ends-2020-06-30.html', '2020-06-30'],
    ['https://example.com/a/20170915-envoy-visit', '2017-09-15'],
    ['https://example.com/news/2016/mar/04/pact-signed', '2016-03-04'],
    ['https://example.com/world/2013-05/21/content_99.htm', '2013-05-21'],
    ['https://example.com/story?id=77&date=2015-02-03', '2015-02-03'],
    ['https://example.com/news/2022/9/3/talks', '2022-09-03'],
    ['https://example.com/print/20180412/4411', '2018-04-12'],
    ['https://example.com/news/2017/jun/talks', '2017-06'],
    ['https://example.com/archives/xpm-2005-apr-09-fg-talks-story.html', '2005-04-09'],
    ['https://example.com/expanded/abc/9-14-2024-3/what-we-know', '2024-09-14'],
    ['https://example.com/news/14-9-2024/what-we-know', '2024-09-14'],
    ['https://example.com/a/201905/21/WS5ce.html', '2019-05-21'],
    ['https://example.com/n1/2019/0521/c90000-9580.html', '2019-05-21'],
    ['https://example.com/article/2019_05_21_pact', '2019-05-21'],
    ['https://example.com/a/2019.05.21/pact', '2019-05-21'],
    ['https://example.com/news/pact-signed-21-may-2019', '2019-05-21'],
    ['https://example.com/news/may-21-2019-pact-signed', '2019-05-21'],
    ['https://example.com/lift-ties-111230910202227165.htm', '2023-09-10'],
    ['https://example.com/the-talks-20240311071530123.htm', '2024-03-11'],
    ['https://example.com/2014/news/region/03/09/envoys-meet/', '2014-03-09'],
    ['https://example.com/article/border-talks-idUSKQN2AB20190517', '2019-05-17'],
    ['https://example.com/article/border-talks-idEUL8N1AB7QZ420190517', '2019-05-17'],
  ])('%s → %s', (url, expected) => {
    expect(parseUrlDate(url)).toBe(expected);
  });

  it.each(['https://example.com/story/123456', 'https://2020.example.com/about', 'https://example.com/2020/13/',
    'https://example.com/politics/1542739/amp', 'https://example.com/view/XYZ20190802009651320',
    'https://example.com/lift-ties-111239910202227165.htm', 'https://example.com/ties-20230910252227165.htm',
    'https://example.com/ties-111230910202227165/more', 'https://example.com/?p=297740',
    'https://example.com/news/3-4-2024/talks', 'https://example.com/v/1.2019.05.21/x', 'https://example.com/news/pact-45-sept-2019',
    'https://example.com/news/talks-in-2019-05/', 'https://example.com/news/top-10-2019-deals', 'https://example.com/v1-14-2024x/talks', 'https://example.com/a/13-14-2024/',
    'https://example.com/article/talks-idUSKCN0ZP0F9', 'https://example.com/article/talks-idUSKCN2019051799', 'https://example.com/2014/news/region/03/talks',
    // fixA18: a listicle's numbers after a section are no month and day
    'https://example.com/2020/top/10/5/list'])('%s → null', (url) => {
    expect(parseUrlDate(url)).toBeNull();
  });
});

describe('resolveDocumentDate', () => {
  it('takes the metadata date first', () => {
    const r = resolveDocumentDate(doc('BAKU, May 2 (AP) – Talks began.', { published: '2020-05-03' }));
    expect(r).toEqual({ published: '2020-05-03', basis: 'metadata' });
  });

  it('takes a month from the URL when metadata has no date', () => {
    const r = resolveDocumentDate(doc('Talks began.', { url: 'https://example.org/2018/07/talks' }));
    expect(r).toEqual({ published: '2018-07', basis: 'url' });
  });

  it('reads a six-digit URL segment only when the text confirms one reading (date18)', () => {
    const url = 'https://example.org/world/neighbours/260319/envoy-summoned.html';
    // 26 March 2019 (day-month-year) or 19 March 2026 (year-month-day): the text's "24-25 March" confirms the first.
    const told = 'Islamabad: The envoy was summoned on Tuesday over firing on 24-25 March, the ministry said.';
    expect(resolveDocumentDate(doc(told, { url }))).toEqual({ published: '2019-03-26', basis: 'url' });
    // A day the text reports after both readings, or in another month, confirms neither.
    expect(resolveDocumentDate(doc('The envoy was summoned over firing on 25 April.', { url })).basis).not.toBe('url');
    expect(resolveDocumentDate(doc('The envoy was summoned on Thursday, the ministry said.', { url })).basis).not.toBe('url');
  });

  it('takes a day from the URL', () => {
    const r = resolveDocumentDate(doc('Talks began.', { url: 'https://example.org/2018/07/19/talks' }));
    expect(r.published).toBe('2018-07-19');
  });

  it('reads a dateline with a written year', () => {
    const text = 'YEREVAN, October 9, 2021 (Wire) – The two premiers signed a transit deal.';
    const r = resolveDocumentDate(doc(text));
    expect(r.published).toBe('2021-10-09');
    expect(r.basis).toBe('dateline');
    expect(r.span && text.slice(r.span.start, r.span.end)).toBe('October 9, 2021');
  });

  it('fixes the year of a weekday + day + month in the lead', () => {
    const text = 'Envoys meet in Oslo\n\nThe foreign minister spoke in Bergen on Monday (16 May) about fisheries.';
    const r = resolveDocumentDate(doc(text));
    expect(r).toMatchObject({ published: '2022-05-16', basis: 'inferred' });
  });

  it('places a year-less lead day after the latest year the text reports as over', () => {
    const text = [
      'TBILISI – In a speech on Feb. 6, the prime minister reviewed ties with Armenia.',
      'He said 2019 was a year of record trade, and that 2020 will bring new routes.',
    ].join('\n');
    expect(resolveDocumentDate(doc(text))).toMatchObject({ published: '2020-02-06', basis: 'inferred' });
  });

  it('places a year-less lead day after a month the text narrates as past', () => {
    const text = 'HANOI – The minister said in a June 4 briefing that ties are strong.\nThe president visited Seoul in November 2016.';
    expect(resolveDocumentDate(doc(text)).published).toBe('2017-06-04');
  });

  it('reads a dateline that writes the day before the month, whatever the tense of its sentence', () => {
    const r = resolveDocumentDate(doc('Lima, 4 June 2021 - Peru will send $5 million in aid to Chile, the minister said.'));
    expect(r).toMatchObject({ published: '2021-06-04', basis: 'dateline' });
    expect(resolveDocumentDate(doc('LIMA, 4th June - Peru will send aid to Chile.', { url: 'https://example.org/2021/06/aid' })).published).toBe('2021-06-04');
  });

  it('keeps a lead day when a later line sets a target year ("by 2035")', () => {
    const text = 'Peru and Chile met on trade in Lima on 4 June 2021.\nThe two sides aim to raise trade to $9 billion by 2035, from $3 billion in 2020.';
    expect(resolveDocumentDate(doc(text)).published).toBe('2021-06-04');
    // Without the cue the later year is narrated, so the lead day is background.
    const narrated = 'Peru and Chile met on trade in Lima on 4 June 2021.\nThe two sides raised trade to $9 billion in 2035.';
    expect(resolveDocumentDate(doc(narrated)).published).not.toBe('2021-06-04');
  });

  it('uses statistics for part of a year as a lower bound', () => {
    const text = 'RIGA – The premier answered questions from reporters on Feb. 2.\nTrade grew 8% in 11 months of 2018.';
    expect(resolveDocumentDate(doc(text)).published).toBe('2019-02-02');
  });

  it('reads a past "-ed" verb as narration when placing the lead day', () => {
    const text = 'ASHGABAT, Oct. 14 – The two leaders opened a rail link.\nWork on the line resumed in March 2020.';
    expect(resolveDocumentDate(doc(text)).published).toBe('2020-10-14');
  });

  it('takes the earliest weekday year that fits the text, and no year after notAfter', () => {
    const text = 'MINSK – The premier spoke on Thursday, 9 June, about grain.\nIn 2016 the two sides opened a consulate.';
    expect(resolveDocumentDate(doc(text)).published).toBe('2016-06-09');
    const bare = 'MINSK – The premier spoke on Thursday, 9 June, about grain.';
    expect(resolveDocumentDate(doc(bare)).published).toBe('2022-06-09');
    expect(resolveDocumentDate(doc(bare), { notAfter: '2021-12-31' }).published).toBe('2016-06-09');
  });

  it('gives a dateline span without trailing space', () => {
    const text = 'SOFIA, Jun 7 (Wire) - Ministers met.\nTalks had stalled in May 2021.';
    const r = resolveDocumentDate(doc(text));
    expect(r.published).toBe('2021-06-07');
    expect(r.span && text.slice(r.span.start, r.span.end)).toBe('Jun 7');
  });

  it('returns null when the text supports no day', () => {
    const text = 'Since 2015, the country has balanced its partners.\nIn 2018 it joined a new bloc.';
    expect(resolveDocumentDate(doc(text))).toEqual({ published: null, basis: null });
  });

  it('returns null for a year-less lead day with nothing to place it', () => {
    const text = 'LIMA – The minister spoke on March 9 about trade.\nNo other dates are given.';
    expect(resolveDocumentDate(doc(text))).toEqual({ published: null, basis: null });
  });

  it('does not take a future day in the lead as the document date', () => {
    const text = 'The summit will be held on 4 July 2030 in Quito.\nPreparations began in 2029.';
    expect(resolveDocumentDate(doc(text)).published).toBeNull();
  });

  it('skips a written lead date when the text reports a later year', () => {
    const text = 'On 3 March 2015 the pact was signed.\nIn 2019 both sides extended it.';
    expect(resolveDocumentDate(doc(text)).published).toBeNull();
  });

  it('falls back to the text when the metadata date cannot be read', () => {
    const text = 'QUITO, August 8, 2019 (Wire) – Ministers met.';
    expect(resolveDocumentDate(doc(text, { published: 'sometime' }))).toMatchObject({ published: '2019-08-08', basis: 'dateline' });
  });

  it('skips a written lead date that the text has clearly moved past', () => {
    const text = 'On 3 March 2015 the pact was signed.\nIn May 2019 both sides met again to extend it.';
    expect(resolveDocumentDate(doc(text)).published).toBeNull();
  });

  it('refines a URL month with the date token the page starts with', () => {
    const r = resolveDocumentDate(doc(' date 2017-04-21 OSLO – Talks ended.', { url: 'https://example.org/2017/04/talks' }));
    expect(r).toMatchObject({ published: '2017-04-21', basis: 'metadata' });
  });

  it('keeps the URL month when the page gives a day outside it', () => {
    const r = resolveDocumentDate(doc(' date 2017-05-02 OSLO – Talks ended.', { url: 'https://example.org/2017/04/talks' }));
    expect(r).toEqual({ published: '2017-04', basis: 'url' });
  });

  it('reads a stamp line under the headline', () => {
    const text = 'Ports pact signed\n12 March 2019, 17:40\nLIMA – The two ministers signed a ports pact.';
    expect(resolveDocumentDate(doc(text))).toMatchObject({ published: '2019-03-12', basis: 'dateline' });
  });

  it('completes a year-less dateline from the URL year', () => {
    const text = 'QUITO, Dec. 30 (Wire) - Ecuador and Peru signed a border accord.';
    const r = resolveDocumentDate(doc(text, { url: 'https://example.org/news/2019/accord' }));
    expect(r).toMatchObject({ published: '2019-12-30', basis: 'dateline' });
  });

  it('fixes a year-less dateline by the weekday of its first sentence', () => {
    const text = 'ACCRA, March 5 (Wire) - Ghana and Togo signed a power deal on Friday.\nThe deal follows talks held in 2016.';
    expect(resolveDocumentDate(doc(text))).toMatchObject({ published: '2021-03-05', basis: 'inferred' });
  });

  it('prefers the weekday year that an anniversary of a stated year gives', () => {
    const text = 'BAKU, June 3 (Wire) - Leaders met on Wednesday to mark the 20th anniversary of the pact.\nThe pact was signed in 1995.';
    expect(resolveDocumentDate(doc(text)).published).toBe('2015-06-03');
  });

  it('takes the latest stated year for a year-less dateline without weekday', () => {
    const text = 'DOHA, October 2 (Wire) - Qatar and Oman opened a crossing.\nTrade between them doubled in 2018.';
    expect(resolveDocumentDate(doc(text))).toMatchObject({ published: '2018-10-02', basis: 'inferred' });
  });

  it('prefers the dateline over an earlier photo caption date', () => {
    const text = 'Troops near the border on June 1, 2019. Wire/File Photo\nPARIS, June 3 (Wire) - France said on Monday it would send envoys.';
    expect(resolveDocumentDate(doc(text)).published).toBe('2019-06-03');
  });

  it('counts a lead weekday from the latest full date the text states', () => {
    const text = ['The premier on Thursday returned from Seoul after talks.', 'Trade was discussed.', 'So was fishing.', 'And tourism.',
      'He had posted a photo on 4 May 2021 from the summit.'].join('\n');
    expect(resolveDocumentDate(doc(text))).toMatchObject({ published: '2021-05-06', basis: 'inferred' });
  });

  it('counts a lead weekday from a full date past a year that only names a thing ("the 2024 budget")', () => {
    const text = 'The two leaders on Monday pledged to keep the peace.\nSigned on the 11th day of March, 2019.\nThe pact follows cuts in the 2020 defence budget.';
    expect(resolveDocumentDate(doc(text))).toMatchObject({ published: '2019-03-11', basis: 'inferred' });
    const later = 'The two leaders on Monday pledged to keep the peace.\nSigned on the 11th day of March, 2019.\nThe pact follows defence cuts in 2020.';
    expect(resolveDocumentDate(doc(later)).published).toBeNull();
  });

  it('does not count a lead weekday from a full date when a later date is stated', () => {
    const text = 'The premier on Thursday returned from Seoul.\nThe treaty was signed on 4 May 2011.\nTrade has grown since March 2019.';
    expect(resolveDocumentDate(doc(text)).published).toBeNull();
  });

  it('never places a dateline after notAfter', () => {
    const text = 'ACCRA, March 5 (Wire) - Ghana and Togo signed a power deal on Friday.';
    expect(resolveDocumentDate(doc(text), { notAfter: '2020-12-31' }).published).toBe('2010-03-05');
  });
});

describe('resolveDocumentDate: a year-less day placed by the terms of the people named', () => {
  const window = { from: '2023-04-03', to: '2024-11-30' };
  it('takes the first year of the common term from the latest year the text writes', () => {
    const text = 'TASHKENT, May 15 – The ministers met in Brussels. Trade grew at the end of 2022.';
    expect(resolveDocumentDate(doc(text), { officeWindow: window })).toMatchObject({ published: '2023-05-15', basis: 'inferred' });
  });
  it('takes the latest year of a short term when the text writes no year', () => {
    const text = 'TASHKENT, May 15 – The ministers met in Brussels to discuss transport.';
    expect(resolveDocumentDate(doc(text), { officeWindow: window }).published).toBe('2024-05-15');
  });
  it('places nothing with a long term and no written year, nor without a window', () => {
    const text = 'TASHKENT, May 15 – The presidents met in Moscow to discuss transport.';
    expect(resolveDocumentDate(doc(text), { officeWindow: { from: '2012-01-01', to: '2026-11-30' } }).published).toBeNull();
    expect(resolveDocumentDate(doc(text)).published).toBeNull();
  });
});

describe('deadlines in the lead', () => {
  it('a day written as a limit is never the document date', () => {
    const text = 'Chile expelled two Peruvian diplomats. The order is valid until 31 December 2030, officials said.';
    expect(resolveDocumentDate(doc(text)).published).not.toBe('2030-12-31');
  });
});

describe('a year-less dateline fixed by a weekday: only the news day, never a future year', () => {
  const present = { guessNotAfter: '2026-12-06' };
  it('takes the most recent past year the weekday fits, not a later one', () => {
    const text = 'LUSAKA, June 26 (Wire) - Zambia\'s cabinet said on Tuesday it would review road tolls.';
    expect(resolveDocumentDate(doc(text), present)).toMatchObject({ published: '2018-06-26', basis: 'inferred' });
    // Without a present to bound it, the latest fitting year up to 2030 (the older behaviour).
    expect(resolveDocumentDate(doc(text)).published).toBe('2029-06-26');
  });
  it('takes the latest weekday year the text\'s future plans still allow', () => {
    // Talks "in August 2019" told as still to come put the page before that August.
    const text = 'HANOI, May 14 (Wire) - Vietnam\'s premier met envoys on Tuesday.\nThe two sides will hold further talks in August 2019.';
    expect(resolveDocumentDate(doc(text), present).published).toBe('2019-05-14');
    const unbounded = 'HANOI, May 14 (Wire) - Vietnam\'s premier met envoys on Tuesday.\nThe two sides will hold further talks soon.';
    expect(resolveDocumentDate(doc(unbounded), present).published).toBe('2024-05-14');
  });
  it('ignores the weekday of an earlier deed told after the reporting verb', () => {
    const text = 'LUSAKA, June 26 (Wire) - Zambia\'s cabinet said it would review security after rioters who had stormed the assembly on Tuesday were caught.';
    expect(resolveDocumentDate(doc(text), present).published).toBeNull();
    expect(resolveDocumentDate(doc(text)).published).toBeNull();
  });
  it('still uses a later news-day weekday when an earlier deed\'s weekday comes first', () => {
    const text = 'QUITO, March 5 (Wire) - After border talks on Wednesday, Ecuador and Peru signed a power deal on Friday.';
    expect(resolveDocumentDate(doc(text), present).published).toBe('2021-03-05');
  });
  it('never goes past the present even with a stated year long before', () => {
    const text = 'ACCRA, March 5 (Wire) - Ghana and Togo signed a power deal on Friday.\nThe two first traded power in 2020.';
    expect(resolveDocumentDate(doc(text), present).published).toBe('2021-03-05');
    expect(resolveDocumentDate(doc(text), { guessNotAfter: '2020-12-31' }).published).toBe('2010-03-05');
  });
  it('takes no year after the latest stated one past the present', () => {
    const text = 'DOHA, January 3 (Wire) - Qatar and Oman opened a crossing.\nTrade between them doubled in 2026.';
    expect(resolveDocumentDate(doc(text), present).published).toBe('2026-01-03');
    // A completed 2026 would put the page in January 2027, after the present: no date rather than a future one.
    const over = 'DOHA, January 3 (Wire) - Qatar and Oman opened a crossing.\nTrade between them doubled throughout 2026.';
    expect(resolveDocumentDate(doc(over), present).published).toBeNull();
    expect(resolveDocumentDate(doc(over)).published).toBe('2027-01-03');
    const past = 'DOHA, January 3 (Wire) - Qatar and Oman opened a crossing.\nTrade between them doubled throughout 2022.';
    expect(resolveDocumentDate(doc(past), present).published).toBe('2023-01-03');
  });
  it('bounds a weekday + day lead too', () => {
    const bare = 'MINSK – The premier spoke on Thursday, 9 June, about grain.';
    expect(resolveDocumentDate(doc(bare), { guessNotAfter: '2019-01-01' }).published).toBe('2016-06-09');
  });
});

describe('namesNewsDay', () => {
  const at = (s: string, w: string): boolean => namesNewsDay(s, 0, s.indexOf(w));
  it('accepts a weekday on the reporting verb or the main deed', () => {
    expect(at('The envoy said on Monday that talks resumed.', 'Monday')).toBe(true);
    expect(at('Two ministers opened a bridge on Sunday.', 'Sunday')).toBe(true);
    expect(at('Police who had fled said on Friday they would return.', 'Friday')).toBe(true);
  });
  it('rejects a weekday of a relative clause, a past perfect or an "after" phrase', () => {
    expect(at('The envoy said rebels who seized the port on Monday had left.', 'Monday')).toBe(false);
    expect(at('The envoy said the army had shelled the town on Monday.', 'Monday')).toBe(false);
    expect(at('Trade resumed after the crossing reopened on Monday.', 'Monday')).toBe(false);
  });
});
