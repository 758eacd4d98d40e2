import { describe, expect, it } from 'vitest';
import { PLOVER_TYPES } from '../../record/types.js';
import { OPEN, CLOSE } from './sentence-frame.js';
import { eventCues, eventPatterns, isApposition } from './event-patterns.js';

describe('data/event-patterns.yaml and data/event-cues.yaml', () => {
  it('loads every rule with a unique id, a PLOVER type and a CAMEO code', () => {
    const patterns = eventPatterns();
    expect(patterns.length).toBeGreaterThan(40);
    expect(new Set(patterns.map((p) => p.id)).size).toBe(patterns.length);
    for (const p of patterns) {
      expect(PLOVER_TYPES).toContain(p.type);
      expect(p.cameo).toMatch(/^\d{2,4}$/);
    }
  });

  it('makes every rule’s expression when first asked for, once', () => {
    // Made lazily (a run needs few rules): this is where a malformed pattern in the file shows.
    for (const p of eventPatterns()) {
      const regex = p.regex;
      // 'd' where the rule has appositions to case-check, whose places it needs
      expect(regex.flags, p.id).toBe(p.appositions ? 'dgi' : 'gi');
      expect(p.regex, p.id).toBe(regex);
      if (p.appositions) expect(p.withoutApposition, p.id).toBe(p.withoutApposition);
    }
  });

  it('covers every PLOVER type with at least one rule', () => {
    const covered = new Set(eventPatterns().map((p) => p.type));
    for (const type of PLOVER_TYPES) expect(covered, type).toContain(type);
  });

  it('never matches a sentence with no actor in it', () => {
    const text = 'The president paid a state visit and signed agreements, then held talks and phone calls.';
    for (const p of eventPatterns()) {
      p.regex.lastIndex = 0;
      if (Object.keys(p.fill).length === 0) expect(p.regex.test(text), p.id).toBe(false);
    }
  });

  it('finds its parties only in placeholders', () => {
    const visit = eventPatterns().find((p) => p.id === 'visit-paid')!;
    visit.regex.lastIndex = 0;
    const m = visit.regex.exec(`${OPEN}0${CLOSE} paid a state visit to ${OPEN}1${CLOSE}`);
    expect(m?.groups?.src).toBe(`${OPEN}0${CLOSE}`);
    expect(m?.groups?.tgt).toBe(`${OPEN}1${CLOSE}`);
  });

  it('takes an apposition after a party only with lower-case role words, a capitalised name and a verb after', () => {
    expect(isApposition(' sanctions coordinator James O’Brien', ' visited')).toBe(true);
    expect(isApposition(', envoy Li Hui,', ' arrived')).toBe(true);
    expect(isApposition(' says the rebels', ' backed')).toBe(false);
    expect(isApposition(' came to the airport', ' to')).toBe(false);
    expect(isApposition(' envoy Li Hui', ' Visited')).toBe(false);
    // a title with no name: lower-case words that end in one of data/titles.yaml's titles
    expect(isApposition(' government spokeswoman', ' said')).toBe(true);
    expect(isApposition(' with tractors', ' to')).toBe(false);
    // name particles, alone or joined by a hyphen
    expect(isApposition(' special envoy Mohammed bin Abdulaziz al-Khulaifi', ' visited')).toBe(true);
    expect(isApposition(' al-Sabah', ' visited')).toBe(true);
    expect(isApposition(' bin Abdulaziz al-Khulaifi', ' visited')).toBe(true);
    expect(isApposition(' and the rebels', ' visited')).toBe(false);
  });

  it('compiles the status cues, which tell planned, negated, hypothetical and habitual clauses apart', () => {
    const cues = eventCues();
    expect(cues.planned.test('he is expected to visit')).toBe(true);
    expect(cues.planned.test('he visited')).toBe(false);
    expect(cues.negated.test('they did not meet')).toBe(true);
    expect(cues.negated.test('they met at noon')).toBe(false);
    expect(cues.hypothetical.test('if they sign')).toBe(true);
    expect(cues.habitual.test('they regularly meet')).toBe(true);
    expect(cues.anaphoricTime.test('Back then, he said')).toBe(true);
  });
});
