import { describe, expect, it } from 'vitest';
import { findDates, resolveDocumentDate } from './index.js';
import { withoutDatelineDate } from './dateline-dates.js';

const doc = (text: string) => ({ id: 'd', text, meta: {} }) as Parameters<typeof resolveDocumentDate>[0];

const left = (text: string): string[] => {
  const docDate = resolveDocumentDate(doc(text));
  return withoutDatelineDate(text, findDates(text, { date: docDate.published })).map((d) => text.slice(d.span.start, d.span.end));
};

describe('withoutDatelineDate', () => {
  it('drops the date of a wire dateline and keeps the dates the story tells', () => {
    expect(left('Lima, 4 June 2021 – Peru’s president arrived in Quito on Tuesday for a two-day visit.')).toEqual(['Tuesday']);
    expect(left('QUITO, June 4 (Reuters) - Ecuador and Peru signed a border pact on Monday.')).toEqual(['Monday']);
  });

  it('keeps a date the first sentence tells as the time of a deed', () => {
    expect(left('On 4 June 2021 Peru and Ecuador signed a border pact in Quito.')).toEqual(['4 June 2021']);
    // A lead's date followed by a full stop or a bracket is no dateline.
    expect(left('Peru and Ecuador signed a border pact on 4 June 2021. (Both sides hailed it.)')).toEqual(['4 June 2021']);
  });
});
