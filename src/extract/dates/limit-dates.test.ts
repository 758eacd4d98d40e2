import { describe, expect, it } from 'vitest';
import { isLimitDate } from './limit-dates.js';

/** Tests the date written between [ and ] in a sentence of ours. */
function limit(marked: string): boolean {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return isLimitDate(marked.replace('[', '').replace(']', ''), { start, end });
}

describe('isLimitDate', () => {
  it('takes days that close a period or set a deadline', () => {
    expect(limit('The licence stays valid until [1 May 2031].')).toBe(true);
    expect(limit('Troops must leave by [June 30, 2028].')).toBe(true);
    expect(limit('Bids are due no later than [the 3rd of May].')).toBe(true);
    expect(limit('The permit expires on [9 July 2030].')).toBe(true);
    expect(limit('The deal runs [through 2030].')).toBe(true);
  });

  it('leaves days something happened on', () => {
    expect(limit('The ministers met in Oslo on [1 May 2019].')).toBe(false);
    // "before" tells when something happened as often as a deadline
    expect(limit('He was killed before [May 9, 2019], the army said.')).toBe(false);
    expect(limit('The accord was signed [on June 30, 2018] by both ministers.')).toBe(false);
    expect(limit('Nearby farmers said [3 April] was the worst day.')).toBe(false);
  });
});
