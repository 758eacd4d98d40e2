import { describe, expect, it } from 'vitest';
import { findDates } from './date-extractor.js';

interface Case {
  readonly text: string;
  readonly ref: string | null;
  /** The expression as written (text.slice(span)). */
  readonly expr: string;
  readonly from: string;
  readonly to: string;
  readonly grain?: string;
  readonly inferredYear?: boolean;
  readonly relation?: string;
}

const cases: Case[] = [
  // Written days.
  { text: 'Tbilisi, 03.11.2021 — the ministers met.', ref: null, expr: '03.11.2021', from: '2021-11-03', to: '2021-11-03', grain: 'day', inferredYear: false },
  { text: 'The two ministers met on 14 April 2021 in Tbilisi.', ref: '2021-05-01', expr: '14 April 2021', from: '2021-04-14', to: '2021-04-14', grain: 'day', inferredYear: false },
  { text: 'Talks opened on June 8, 2019, in Geneva.', ref: null, expr: 'June 8, 2019', from: '2019-06-08', to: '2019-06-08', grain: 'day' },
  { text: 'Ankara hosted the envoy on Feb. 9 for a day of talks.', ref: '2022-03-01', expr: 'Feb. 9', from: '2022-02-09', to: '2022-02-09', inferredYear: true },
  { text: 'The treaty was ratified on 5 December.', ref: '2022-01-10', expr: '5 December', from: '2021-12-05', to: '2021-12-05', inferredYear: true },
  { text: 'The summit will open on 20 January.', ref: '2022-12-28', expr: '20 January', from: '2023-01-20', to: '2023-01-20', inferredYear: true },
  { text: 'Delegates gathered in Lima on October 3-5, 2018 for the forum.', ref: null, expr: 'October 3-5, 2018', from: '2018-10-03', to: '2018-10-05', grain: 'range' },
  { text: 'The talks ended 2020-07-16 without a deal.', ref: null, expr: '2020-07-16', from: '2020-07-16', to: '2020-07-16' },
  // The formula of treaties (datestat); "the first day of May 2020" stays a month.
  { text: 'Done at Lima this 21st day of March, 2019, in two originals.', ref: null, expr: '21st day of March, 2019', from: '2019-03-21', to: '2019-03-21', grain: 'day' },
  { text: 'Signed on the 3rd day of May in the year 2021.', ref: null, expr: '3rd day of May in the year 2021', from: '2021-05-03', to: '2021-05-03', grain: 'day' },
  { text: 'He spent the first day of May 2020 at home.', ref: null, expr: 'May 2020', from: '2020-05-01', to: '2020-05-31', grain: 'month' },
  // A weekday with day and month fixes the year.
  { text: 'She addressed parliament on Friday (13 March) in Riga.', ref: null, expr: 'Friday (13 March)', from: '2026-03-13', to: '2026-03-13', inferredYear: true },
  { text: 'He landed in Hanoi on Wednesday, 4 October.', ref: '2021', expr: 'Wednesday, 4 October', from: '2023-10-04', to: '2023-10-04', inferredYear: true },
  { text: 'He landed in Hanoi on Wednesday, 4 October.', ref: '2017-10-06', expr: 'Wednesday, 4 October', from: '2017-10-04', to: '2017-10-04' },
  // A bare "to be" + participle is no future: the month stays in the past.
  { text: 'Ties continue to be strengthened following the state visit in April.', ref: '2025-07-11', expr: 'April', from: '2025-04-01', to: '2025-04-30' },
  { text: 'The treaty is expected to be signed in April.', ref: '2025-07-11', expr: 'April', from: '2026-04-01', to: '2026-04-30' },
  // Months.
  { text: 'The foreign minister toured Africa in October.', ref: '2023-03-15', expr: 'October', from: '2022-10-01', to: '2022-10-31', grain: 'month', relation: 'past' },
  { text: 'The foreign minister toured Africa in October.', ref: '2023-10-20', expr: 'October', from: '2023-10-01', to: '2023-10-31' },
  { text: 'Elections are scheduled for April.', ref: '2023-01-15', expr: 'April', from: '2023-04-01', to: '2023-04-30', relation: 'future' },
  { text: 'Exports dipped last August.', ref: '2023-08-20', expr: 'last August', from: '2022-08-01', to: '2022-08-31', relation: 'past' },
  { text: 'A new round opens next February.', ref: '2023-08-20', expr: 'next February', from: '2024-02-01', to: '2024-02-29', relation: 'future' },
  { text: 'Prices peaked in June 2022.', ref: null, expr: 'June 2022', from: '2022-06-01', to: '2022-06-30', grain: 'month', inferredYear: false },
  { text: 'Output slowed in July 2015, officials said.', ref: '2024-01-01', expr: 'July 2015', from: '2015-07-01', to: '2015-07-31' },
  { text: 'Several delegations arrived this month.', ref: '2024-02-10', expr: 'this month', from: '2024-02-01', to: '2024-02-29', relation: 'present' },
  // Seasons.
  { text: 'The corridor opens this autumn.', ref: '2021-05-02', expr: 'this autumn', from: '2021-09-01', to: '2021-11-30', grain: 'season' },
  { text: 'Floods hit the region last summer.', ref: '2021-05-02', expr: 'last summer', from: '2020-06-01', to: '2020-08-31', grain: 'season' },
  { text: 'The pipeline was finished in spring 2017.', ref: null, expr: 'spring 2017', from: '2017-03-01', to: '2017-05-31', grain: 'season' },
  { text: 'Growth resumed in early 2021.', ref: null, expr: 'early 2021', from: '2021-01-01', to: '2021-03-31' },
  { text: 'Talks stalled in late 2019.', ref: null, expr: 'late 2019', from: '2019-10-01', to: '2019-12-31' },
  { text: 'A deal came in mid-2016.', ref: null, expr: 'mid-2016', from: '2016-05-01', to: '2016-08-31' },
  // Years and decades.
  { text: 'In 2016, the two states opened a consulate.', ref: null, expr: '2016', from: '2016-01-01', to: '2016-12-31', grain: 'year' },
  { text: 'Officials said 2021 was a difficult year.', ref: null, expr: '2021', from: '2021-01-01', to: '2021-12-31' },
  { text: 'Relations have warmed since 2017.', ref: '2022-06-30', expr: 'since 2017', from: '2017-01-01', to: '2022-06-30', grain: 'range' },
  { text: 'Trade collapsed in the 1980s.', ref: null, expr: '1980s', from: '1980-01-01', to: '1989-12-31' },
  { text: 'Reforms began in the mid-2000s.', ref: null, expr: 'the mid-2000s', from: '2000-01-01', to: '2009-12-31' },
  { text: 'Imports grew last year.', ref: '2021-04-01', expr: 'last year', from: '2020-01-01', to: '2020-12-31', relation: 'past' },
  { text: 'The plan is due next year.', ref: '2021-04-01', expr: 'next year', from: '2022-01-01', to: '2022-12-31', relation: 'future' },
  { text: 'Ties deepened in the past two decades.', ref: '2020-03-01', expr: 'in the past two decades', from: '2000-03-01', to: '2020-03-01', grain: 'range' },
  { text: 'Talks stalled after the 2016 referendum.', ref: null, expr: '2016', from: '2016-01-01', to: '2016-12-31' },
  // Quarters and parts of years.
  { text: 'Exports rose in the second quarter of 2022.', ref: null, expr: 'the second quarter of 2022', from: '2022-04-01', to: '2022-06-30', grain: 'quarter' },
  { text: 'Imports rose in Q2.', ref: '2022-09-15', expr: 'Q2', from: '2022-04-01', to: '2022-06-30', inferredYear: true },
  { text: 'Imports rose in Q4.', ref: '2022-09-15', expr: 'Q4', from: '2021-10-01', to: '2021-12-31' },
  { text: 'Trade hit $4 billion in 8 months of 2021.', ref: null, expr: '8 months of 2021', from: '2021-01-01', to: '2021-08-31' },
  { text: 'Trade hit $4 billion in seven months last year.', ref: '2022-02-01', expr: 'seven months last year', from: '2021-01-01', to: '2021-07-31' },
  { text: 'Investment doubled in the first half of 2019.', ref: null, expr: 'the first half of 2019', from: '2019-01-01', to: '2019-06-30' },
  { text: 'Gas sales rose in the first half of the year.', ref: '2021-09-20', expr: 'the first half of the year', from: '2021-01-01', to: '2021-06-30' },
  { text: 'Tea sales grew in the fiscal year that ended in June.', ref: '2022-09-01', expr: 'the fiscal year that ended in June', from: '2021-07-01', to: '2022-06-30', grain: 'range' },
  { text: 'Tea sales grew in the financial year ending March 31, 2020.', ref: '2021-09-01', expr: 'the financial year ending March 31, 2020', from: '2019-04-01', to: '2020-03-31', grain: 'range' },
  { text: 'Tea sales grew in the 12 months to September.', ref: '2022-09-01', expr: 'the 12 months to September', from: '2020-10-01', to: '2021-09-30', grain: 'range' },
  { text: 'Gas sales rose in the second half of the year.', ref: '2021-03-20', expr: 'the second half of the year', from: '2020-07-01', to: '2020-12-31' },
  { text: 'Shipments in February–September 2020 fell.', ref: null, expr: 'February–September 2020', from: '2020-02-01', to: '2020-09-30', grain: 'range' },
  { text: 'In the first six months, trade grew.', ref: '2021-08-10', expr: 'the first six months', from: '2021-01-01', to: '2021-06-30' },
  { text: 'In the first six months, trade grew.', ref: '2021-04-10', expr: 'the first six months', from: '2020-01-01', to: '2020-06-30' },
  // Relative days.
  { text: 'The envoy left yesterday.', ref: '2020-03-01', expr: 'yesterday', from: '2020-02-29', to: '2020-02-29', relation: 'past' },
  { text: 'The envoys met the day before yesterday.', ref: '2020-03-01', expr: 'the day before yesterday', from: '2020-02-28', to: '2020-02-28', relation: 'past' },
  { text: 'The envoys meet the day after tomorrow.', ref: '2020-03-01', expr: 'the day after tomorrow', from: '2020-03-03', to: '2020-03-03', relation: 'future' },
  // A capitalised month that modifies the noun of a happening, with no preposition before it (dating10).
  { text: 'His April trip to Lima was short.', ref: '2020-06-01', expr: 'April', from: '2020-04-01', to: '2020-04-30' },
  { text: 'Ties warmed after the March visit.', ref: '2020-02-01', expr: 'March', from: '2019-03-01', to: '2019-03-31' },
  { text: 'The accord follows a May visit to Lima.', ref: '2020-06-01', expr: 'May', from: '2020-05-01', to: '2020-05-31' },
  { text: 'The cabinet met today.', ref: '2020-03-01', expr: 'today', from: '2020-03-01', to: '2020-03-01' },
  { text: 'The ministers spoke on Thursday.', ref: '2024-05-06', expr: 'Thursday', from: '2024-05-02', to: '2024-05-02', relation: 'past' },
  { text: 'The ministers will speak on Thursday.', ref: '2024-05-06', expr: 'Thursday', from: '2024-05-09', to: '2024-05-09', relation: 'future' },
  { text: 'The envoy, who arrived on Thursday, is expected to speak.', ref: '2024-05-06', expr: 'Thursday', from: '2024-05-02', to: '2024-05-02', relation: 'past' },
  { text: 'The delegation arrived three days ago.', ref: '2024-05-06', expr: 'three days ago', from: '2024-05-03', to: '2024-05-03' },
  { text: 'Envoys met last week in Doha.', ref: '2024-05-08', expr: 'last week', from: '2024-04-29', to: '2024-05-05' },
  { text: 'The vote came two weeks before 20 May 2018.', ref: null, expr: 'two weeks before 20 May 2018', from: '2018-05-06', to: '2018-05-06' },
  { text: 'He phoned the premier earlier today.', ref: '2024-05-08', expr: 'earlier today', from: '2024-05-08', to: '2024-05-08' },
  // Weekends (2024-05-08 is a Wednesday, 2024-05-11 a Saturday), and early/mid/late of a relative month or year.
  { text: 'The envoys met over the weekend in Doha.', ref: '2024-05-08', expr: 'the weekend', from: '2024-05-04', to: '2024-05-05', relation: 'past' },
  { text: 'The envoys met last weekend in Doha.', ref: '2024-05-11', expr: 'last weekend', from: '2024-05-04', to: '2024-05-05', relation: 'past' },
  { text: 'The envoys met this weekend in Doha.', ref: '2024-05-11', expr: 'this weekend', from: '2024-05-11', to: '2024-05-12', relation: 'past' },
  { text: 'The envoys will meet this weekend in Doha.', ref: '2024-05-08', expr: 'this weekend', from: '2024-05-11', to: '2024-05-12', relation: 'future' },
  { text: 'The envoys met late last month in Doha.', ref: '2024-05-08', expr: 'late last month', from: '2024-04-21', to: '2024-04-30' },
  // dating9: "the end/beginning/middle of" a month is its third, as "late/early/mid" is; a deadline is not.
  { text: 'The troops left the valley at the end of June 2019.', ref: '2021-03-01', expr: 'June 2019', from: '2019-06-21', to: '2019-06-30', grain: 'month' },
  { text: 'The envoys met at the beginning of March in Quito.', ref: '2024-05-08', expr: 'March', from: '2024-03-01', to: '2024-03-10' },
  { text: 'The envoys met in the middle of last month in Quito.', ref: '2024-05-08', expr: 'last month', from: '2024-04-11', to: '2024-04-20' },
  { text: 'The troops must leave by the end of June 2025.', ref: '2024-05-08', expr: 'June 2025', from: '2025-06-01', to: '2025-06-30' },
  { text: 'The envoys must go no later than the end of March 2026.', ref: '2025-11-02', expr: 'March 2026', from: '2026-03-01', to: '2026-03-31' },
  // dating9: a weekday placed in a named week.
  { text: 'The rebels left the town on Thursday last week.', ref: '2024-05-08', expr: 'Thursday last week', from: '2024-05-02', to: '2024-05-02', relation: 'past' },
  { text: 'The envoys will meet on Monday of next week.', ref: '2024-05-08', expr: 'Monday of next week', from: '2024-05-13', to: '2024-05-13', relation: 'future' },
  // review: a past deed on a later day of "this week" is the weekday before the news day, not one still to come.
  { text: 'The envoys met on Friday this week.', ref: '2024-05-08', expr: 'Friday', from: '2024-05-03', to: '2024-05-03' },
  { text: 'The envoys will meet on Friday this week.', ref: '2024-05-08', expr: 'Friday this week', from: '2024-05-10', to: '2024-05-10', relation: 'future' },
  // dating9: "earlier/later in the week" is this week before or after the news day.
  { text: 'The rebels left the town earlier in the week.', ref: '2024-05-08', expr: 'earlier in the week', from: '2024-05-06', to: '2024-05-08' },
  { text: 'The rebels left the town earlier in last week.', ref: '2024-05-08', expr: 'last week', from: '2024-04-29', to: '2024-05-05' },
  // dating9: an irregular past verb tells the weekend just past.
  { text: 'The rebels withdrew from the town at the weekend.', ref: '2024-05-08', expr: 'the weekend', from: '2024-05-04', to: '2024-05-05', relation: 'past' },
  { text: 'The rebels will withdraw from the town at the weekend.', ref: '2024-05-08', expr: 'the weekend', from: '2024-05-11', to: '2024-05-12', relation: 'future' },
  { text: 'The envoys met early this month in Doha.', ref: '2024-05-08', expr: 'early this month', from: '2024-05-01', to: '2024-05-10' },
  { text: 'The envoys met late last year in Doha.', ref: '2024-05-08', expr: 'late last year', from: '2023-10-01', to: '2023-12-31', grain: 'range' },
  // A year counted from the reference after the month: not the month's nearest past.
  { text: 'The two cabinets first met in Lima in April last year.', ref: '2024-06-20', expr: 'April last year', from: '2023-04-01', to: '2023-04-30' },
  { text: 'Exports slumped in early May of last year.', ref: '2024-06-20', expr: 'early May of last year', from: '2023-05-01', to: '2023-05-10' },
  { text: 'The ferry link reopens in November this year.', ref: '2024-06-20', expr: 'November this year', from: '2024-11-01', to: '2024-11-30' },
  // "last year's" after a comma is another noun's, not the month's year
  { text: 'Tariffs rose in March, last year\'s levy having lapsed.', ref: '2024-06-20', expr: 'March', from: '2024-03-01', to: '2024-03-31' },
  { text: 'The talks were held in March, last year, in Astana.', ref: '2024-06-20', expr: 'March, last year', from: '2023-03-01', to: '2023-03-31' },
  { text: 'Talks are due in February next year.', ref: '2024-06-20', expr: 'February next year', from: '2025-02-01', to: '2025-02-28' },
  { text: 'The envoys will meet later this month in Doha.', ref: '2024-05-08', expr: 'later this month', from: '2024-05-08', to: '2024-05-31' },
  // Ranges.
  { text: 'The mission ran from 2011 to 2014.', ref: null, expr: 'from 2011 to 2014', from: '2011-01-01', to: '2014-12-31', grain: 'range' },
  { text: 'Fighting flared between April and June.', ref: '2019-09-01', expr: 'between April and June', from: '2019-04-01', to: '2019-06-30' },
  { text: 'Visits rose between 2012 and 2015.', ref: null, expr: 'between 2012 and 2015', from: '2012-01-01', to: '2015-12-31' },
  { text: 'The fair runs from 3 March to 7 April 2019.', ref: null, expr: '3 March to 7 April 2019', from: '2019-03-03', to: '2019-04-07' },
  // Years counted from a written year, and edges of the reference year.
  { text: 'Exports grew in 2015 and fell the following year.', ref: '2022-01-01', expr: 'the following year', from: '2016-01-01', to: '2016-12-31', inferredYear: true },
  { text: 'Output rose 4% in 2012 over the previous year.', ref: '2022-01-01', expr: 'the previous year', from: '2011-01-01', to: '2011-12-31' },
  { text: 'The dam opened in 2009. Three years later, it was expanded.', ref: null, expr: 'Three years later', from: '2012-01-01', to: '2012-12-31' },
  { text: 'The plant should open by the end of the year.', ref: '2022-05-05', expr: 'the end of the year', from: '2022-10-01', to: '2022-12-31' },
  { text: 'Fees rise at the start of next year.', ref: '2022-05-05', expr: 'the start of next year', from: '2023-01-01', to: '2023-03-31' },
  { text: 'Turnout doubled earlier this year.', ref: '2022-05-05', expr: 'earlier this year', from: '2022-01-01', to: '2022-05-05' },
  // Tense from a generic past verb, and a future auxiliary before a participle.
  { text: 'The envoys finalised the text in December.', ref: '2023-11-20', expr: 'December', from: '2022-12-01', to: '2022-12-31' },
  { text: 'The accord will be signed in December.', ref: '2023-11-20', expr: 'December', from: '2023-12-01', to: '2023-12-31', relation: 'future' },
  // Weekday after the day and month.
  { text: 'She opened the session on 6 June (Monday).', ref: null, expr: '6 June (Monday)', from: '2022-06-06', to: '2022-06-06', inferredYear: true },
  // "the year" is the report's own year, or the year its sentence stated before.
  { text: 'A second round of talks is due in the second half of the year.', ref: '2023-04-20', expr: 'the second half of the year', from: '2023-07-01', to: '2023-12-31' },
  { text: 'In 2016, exports slumped in the first half of the year.', ref: '2023-04-20', expr: 'the first half of the year', from: '2016-01-01', to: '2016-06-30' },
  { text: 'Results came in the third quarter of last year.', ref: '2022-05-05', expr: 'the third quarter of last year', from: '2021-07-01', to: '2021-09-30' },
];

describe('findDates', () => {
  it.each(cases)('$expr in "$text" (ref $ref)', (c) => {
    const found = findDates(c.text, { date: c.ref });
    const hit = found.find((d) => c.text.slice(d.span.start, d.span.end).replace(/^from /, '') === c.expr.replace(/^from /, '')
      || c.text.slice(d.span.start, d.span.end) === c.expr);
    expect(hit, JSON.stringify(found.map((d) => [c.text.slice(d.span.start, d.span.end), d.interval]))).toBeDefined();
    expect(hit?.interval).toEqual({ from: c.from, to: c.to });
    if (c.grain) expect(hit?.grain).toBe(c.grain);
    if (c.inferredYear !== undefined) expect(hit?.inferredYear).toBe(c.inferredYear);
    if (c.relation) expect(hit?.relation).toBe(c.relation);
  });

  it('scans only the given range and keeps document offsets', () => {
    const text = 'In 2011 talks began. In 2014 they ended.';
    const found = findDates(text, { date: null }, { start: 21, end: text.length });
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]?.span.start, found[0]?.span.end)).toBe('2014');
  });

  it('skips year-less expressions when the reference is null', () => {
    const found = findDates('They met on 3 June and again in July; last year trade fell.', { date: null });
    expect(found).toEqual([]);
  });
});
