import { describe, expect, it } from 'vitest';
import { isEmbeddedDate } from './embedded-dates.js';

const at = (text: string, date: string) => {
  const start = text.indexOf(date);
  return isEmbeddedDate(text, { start, end: start + date.length });
};

describe('isEmbeddedDate', () => {
  it('finds dates in caption lines and after a post signature', () => {
    expect(at('Title\nFILE PHOTO: Troops on parade, May 9, 2019. REUTERS/Someone\nBody.', 'May 9, 2019')).toBe(true);
    expect(at('Body text.\nNice day — Jo Bloggs (@jobloggs) March 3, 2024\nMore body.', 'March 3, 2024')).toBe(true);
  });

  it('leaves dates of the report alone', () => {
    expect(at('Title\nThe ministers met in Rome on May 9, 2019.\nPhoto: none', 'May 9, 2019')).toBe(false);
    expect(at('The photo exhibition opened on March 3, 2024 in Rome.', 'March 3, 2024')).toBe(false);
  });
});
