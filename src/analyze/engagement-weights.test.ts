import { describe, expect, it } from 'vitest';
import { engagementKind, eventWeight, loadEngagementWeights, parseEngagementWeights } from './engagement-weights.js';

const w = loadEngagementWeights();

describe('eventWeight', () => {
  it.each([
    ['CONSULT', 'visit', 'occurred', 5],
    ['CONSULT', null, 'occurred', 5],
    ['CONSULT', 'meeting', 'occurred', 3],
    ['CONSULT', 'phone', 'occurred', 2],
    ['CONSULT', 'multilateral', 'occurred', 2],
    ['CONSULT', 'visit', 'planned', 2.5],
    ['AGREE', null, 'occurred', 4],
    ['SUPPORT', null, 'occurred', 1],
    ['SUPPORT', 'visit', 'occurred', 1],
  ] as const)('%s/%s/%s weighs %d', (type, mode, status, weight) => {
    expect(eventWeight(w, type, mode, status)).toBe(weight);
  });
  it('orders visit > call > statement', () => {
    expect(eventWeight(w, 'CONSULT', 'visit', 'occurred')).toBeGreaterThan(eventWeight(w, 'CONSULT', 'phone', 'occurred'));
    expect(eventWeight(w, 'CONSULT', 'phone', 'occurred')).toBeGreaterThan(eventWeight(w, 'SUPPORT', null, 'occurred'));
  });
  it('splits cooperation from conflict', () => {
    expect(engagementKind(w, 'AGREE')).toBe('cooperation');
    expect(engagementKind(w, 'SANCTION')).toBe('conflict');
    expect(engagementKind(w, 'ACCUSE')).toBe('conflict');
  });
});

describe('parseEngagementWeights rejects bad files', () => {
  it('names a missing type', () => {
    expect(() => parseEngagementWeights({ plannedFactor: 0.5, types: { AGREE: { weight: 1, kind: 'cooperation' } } }, 'w.yaml')).toThrow(
      /w\.yaml: types: no weight for CONSULT/,
    );
  });
  it('names an unknown type', () => {
    expect(() => parseEngagementWeights({ plannedFactor: 0.5, types: { HUG: { weight: 1, kind: 'cooperation' } } }, 'w.yaml')).toThrow(/HUG: not a PLOVER type/);
  });
  it('rejects a negative weight', () => {
    expect(() => parseEngagementWeights({ plannedFactor: 0.5, types: { AGREE: { weight: -1, kind: 'cooperation' } } }, 'w.yaml')).toThrow(/w\.yaml: types\.AGREE\.weight/);
  });
});
