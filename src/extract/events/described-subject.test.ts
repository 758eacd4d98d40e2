/**
 * Issue 6: a participle that describes the subject ("rebels backed by Rwandan troops") names a helper,
 * not the doer: the party before the participle acts. Sentences are the team's own.
 *
 * Open: the reading that made the party before the participle the subject (actors10, session 10) moved no
 * read split and cost the unread sealed sentences one event, so it was taken back; its cases stay here as
 * expected failures until a narrower reading holds on unread text.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test-support/event-strings.js';

const ofType = (type: string, text: string) => eventsOf(text).filter((e) => e.startsWith(`${type} `));

describe('the agent of a describing participle lends the subject no nationality', () => {
  it('rebels backed by a foreign state\'s troops act for their own country', () => {
    // Read right since session 12's changes (no single reading was aimed at it).
    expect(ofType('ASSAULT', 'Rebels backed by Rwandan troops seized the town of Sake in eastern Congo.').filter((e) => e.startsWith('ASSAULT RWA>'))).toEqual([]);
  });
  it.fails.each([
    ['Militants trained by Russian instructors attacked an army base in Mali.', 'ASSAULT', 'RUS'],
    ['Separatists heavily armed by Russian advisers shelled the town of Avdiivka in Ukraine.', 'ASSAULT', 'RUS'],
  ])('%s', (text, type, helper) => {
    expect(ofType(type, text).filter((e) => e.startsWith(`${type} ${helper}>`))).toEqual([]);
  });
  it('the helping is still told', () => {
    expect(ofType('SUPPORT', 'Rebels backed by Rwandan troops seized the town of Sake in eastern Congo.')).toContain('SUPPORT RWA>COD occurred');
  });
  it('a subject that names no party keeps the agent as the doer', () => {
    expect(ofType('ASSAULT', 'Rockets fired by Hamas hit Tel Aviv on Saturday.')).toContain('ASSAULT PSE>ISR occurred');
  });
  it('a delegation led by a minister still visits for the minister\'s state', () => {
    expect(ofType('CONSULT', 'A delegation led by the Chinese foreign minister visited Kenya on Monday.')).toContain('CONSULT CHN>KEN occurred');
  });
});
