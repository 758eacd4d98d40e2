/**
 * Misreadings found by the session-8 review of the new rules, each with the reading that must stay.
 * Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

const ofType = (type: string, text: string) => eventsOf(text).filter((e) => e.startsWith(`${type} `));

describe('what is flown travels, not the one who flies it', () => {
  it.each([
    'Russia flew two strategic bombers to Venezuela on Monday.',
    'Britain flew its citizens out of Sudan to Cyprus.',
  ])('%s', (text) => {
    expect(ofType('CONSULT', text)).toEqual([]);
  });
  it('a minister who flies somewhere visits', () => {
    expect(ofType('CONSULT', 'The Russian foreign minister flew to Venezuela on Monday.')).toContain('CONSULT RUS>VEN occurred');
  });
});

describe('a demanded clause ends at its comma', () => {
  it('a deed told after the demand is told as done', () => {
    expect(ofType('ASSAULT', 'Greece demanded that Turkey halt the flights, and on Monday Turkish jets fired on Greek patrol boats.')).toContain('ASSAULT TUR>GRC occurred');
  });
  it('a train taken is no recruitment', () => {
    expect(ofType('CONSULT', 'Modi took an overnight train to visit Kyiv.').some((e) => e.startsWith('CONSULT IND>UKR'))).toBe(true);
  });
});

describe('a warning of what the speaker itself would do is a threat', () => {
  it('"warned it would hurt US interests"', () => {
    expect(ofType('THREATEN', 'North Korea warned it would hurt US interests.')).toContain('THREATEN PRK>USA occurred');
  });
  it('"warned the move would hurt trade" foretells', () => {
    expect(ofType('THREATEN', 'Japan warned the move would hurt trade with China.')).toEqual([]);
  });
});

describe('a future told before a comma-set phrase', () => {
  it('keeps the visit in the phrase planned', () => {
    expect(ofType('CONSULT', 'Wang Yi will travel to Moscow next week, in his first visit since the war began.')).toContain('CONSULT CHN>RUS planned');
  });
});
