import { describe, expect, it } from 'vitest';
import { meetingNouns, withMeetingNouns } from './meeting-nouns.js';

describe('meeting nouns (data/meeting-nouns.yaml)', () => {
  it('the visit nouns are among all meeting nouns', () => {
    const { visit, all } = meetingNouns();
    expect(visit.length).toBeGreaterThan(0);
    for (const v of visit) expect(all).toContain(v);
  });

  it('writes out {meeting-nouns} and {visit-nouns} as alternations', () => {
    const any = new RegExp(`^(?:${withMeetingNouns('{meeting-nouns}')})$`);
    const visit = new RegExp(`^(?:${withMeetingNouns('{visit-nouns}')})$`);
    expect(['visit', 'trip', 'talks', 'summit'].every((w) => any.test(w))).toBe(true);
    expect(any.test('dinner')).toBe(false);
    expect(visit.test('trip')).toBe(true);
    expect(visit.test('talks')).toBe(false);
    expect(withMeetingNouns('no placeholder')).toBe('no placeholder');
  });
});
