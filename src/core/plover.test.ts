import { describe, expect, it } from 'vitest';
import { PLOVER_TYPES } from '../record/types.js';
import { ploverInfo, ploverTypes, SYMMETRIC_TYPES } from './plover.js';

describe('plover types', () => {
  it('knows every PLOVER type, with scores in -10..10', () => {
    expect([...ploverTypes().keys()].sort()).toEqual([...PLOVER_TYPES].sort());
    for (const t of ploverTypes().values()) expect(Math.abs(t.score)).toBeLessThanOrEqual(10);
  });

  it('scores cooperation above zero and conflict below, consistent with the quad class', () => {
    for (const t of ploverTypes().values()) {
      if (t.quad.endsWith('cooperation')) expect(t.score).toBeGreaterThan(0);
      else expect(t.score).toBeLessThan(0);
    }
    expect(ploverInfo('ASSAULT').score).toBeLessThan(ploverInfo('ACCUSE').score);
    expect(ploverInfo('AID').quad).toBe('material_cooperation');
    expect(ploverInfo('THREATEN').quad).toBe('verbal_conflict');
  });

  it('treats only agreements, consultations and cooperation as symmetric', () => {
    expect([...SYMMETRIC_TYPES].sort()).toEqual(['AGREE', 'CONSULT', 'COOPERATE']);
    expect(SYMMETRIC_TYPES.has('SUPPORT')).toBe(false);
  });
});
