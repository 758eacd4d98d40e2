import { describe, expect, it } from 'vitest';
import { findDates } from './date-extractor.js';

/** The interval of the mention written exactly as `expr`, or undefined. */
function dateOf(text: string, ref: string | null, expr: string): { from: string; to: string } | undefined {
  return findDates(text, { date: ref }).find((d) => text.slice(d.span.start, d.span.end) === expr)?.interval;
}

describe('days told relative to a stated day', () => {
  it.each([
    ['The envoy landed on 9 May 2016. The next day she met the premier.', 'The next day', '2016-05-10'],
    ['The envoy landed on 9 May 2016 and met the premier the following day.', 'the following day', '2016-05-10'],
    ['Talks ended on 9 May 2016. A day earlier, the ministers had dined together.', 'A day earlier', '2016-05-08'],
    ['Talks ended on 9 May 2016. Three days later the pact was ratified.', 'Three days later', '2016-05-12'],
    ['Talks ended on 9 May 2016. Two weeks later the pact was ratified.', 'Two weeks later', '2016-05-23'],
    // the counts of data/date-words.yaml numbers and vagueNumbers
    ['Talks ended on 9 May 2016. Fifteen days later the pact was ratified.', 'Fifteen days later', '2016-05-24'],
    ['Talks ended on 9 May 2016. Several days later the pact was ratified.', 'Several days later', '2016-05-12'],
    ['Talks ended on 9 May 2016. The day before, the premiers had met.', 'The day before', '2016-05-08'],
    ['The forum ran on 3-5 April 2019. The next day the delegates flew home.', 'The next day', '2019-04-06'],
  ])('%s', (text, expr, day) => {
    expect(dateOf(text, null, expr)).toEqual({ from: day, to: day });
  });

  it('counts from a day placed by the reference date', () => {
    const text = 'The minister arrived on Monday. The next day he opened the plant.';
    expect(dateOf(text, '2019-11-14', 'The next day')).toEqual({ from: '2019-11-12', to: '2019-11-12' });
  });

  it('gives no date without a stated day before the phrase', () => {
    expect(dateOf('The next day the premier met the envoy.', '2019-11-14', 'The next day')).toBeUndefined();
    expect(dateOf('Talks opened in 2018. The next day nothing happened.', null, 'The next day')).toBeUndefined();
  });

  it('counts "the day earlier" from the report\'s day where no day is stated before it (dating11)', () => {
    const text = 'The two presidents praised the business forum held the day earlier in Lima.';
    expect(dateOf(text, '2019-11-14', 'the day earlier')).toEqual({ from: '2019-11-13', to: '2019-11-13' });
    expect(dateOf(text, null, 'the day earlier')).toBeUndefined();
    expect(dateOf(text, '2019-11', 'the day earlier')).toBeUndefined();
  });

  it('counts from a month stated after the last day, giving a stretch as wide as the month (session 13)', () => {
    const text = 'Officials spoke on Thursday. The dispute began in February, when Accra protested. Two weeks later, the envoys met.';
    expect(dateOf(text, '2024-04-18', 'Two weeks later')).toEqual({ from: '2024-02-15', to: '2024-03-14' });
    // a day stated after the month is the antecedent again
    const dayAfter = 'The dispute began in February. On 3 March 2024 the envoys met. Two days later, they signed.';
    expect(dateOf(dayAfter, '2024-04-18', 'Two days later')).toEqual({ from: '2024-03-05', to: '2024-03-05' });
  });

  it('does not count "the day after" an event that is not a date', () => {
    const text = 'Polls closed on 3 June 2018. Protests began the day after the count was announced.';
    expect(dateOf(text, null, 'the day after')).toBeUndefined();
  });

  it('does not reach a day stated far back', () => {
    const filler = ' Many other things were said about trade and energy.'.repeat(15);
    expect(dateOf(`Talks ended on 9 May 2016.${filler} The next day the envoy left.`, null, 'The next day')).toBeUndefined();
  });
});

describe('parts of the reference day', () => {
  it.each([
    ['The premier will address the nation tonight.', 'tonight'],
    ['The two ministers spoke by phone this morning.', 'this morning'],
    ['The talks resumed earlier today in Geneva.', 'earlier today'],
  ])('%s', (text, expr) => {
    expect(dateOf(text, '2020-02-11', expr)).toEqual({ from: '2020-02-11', to: '2020-02-11' });
  });

  it('needs a reference day', () => {
    expect(dateOf('The premier will address the nation tonight.', '2020-02', 'tonight')).toBeUndefined();
  });
});
