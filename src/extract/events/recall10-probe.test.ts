import { describe, expect, it } from 'vitest';
import { expectedEvent, readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * The session-10 probe of real-news clause shapes across the sixteen types (recall10-probe.cases.yaml, the
 * team's own sentences, coding written first): each text's events must be exactly those expected (plus any
 * listed under `also`); items marked `open` are known gaps.
 */
const cases = readProbeCases(new URL('./recall10-probe.cases.yaml', import.meta.url));

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

describe('real-news clause shapes of all sixteen types (recall10 probe)', () => {
  it('the probe covers the sixteen types and has negatives', () => {
    const types = new Set(cases.flatMap((c) => c.e.flatMap((x) => expectedEvent(x).types)));
    for (const t of TYPES) expect(types).toContain(t);
    expect(cases.length).toBeGreaterThanOrEqual(75);
    expect(cases.filter((c) => c.e.length === 0).length).toBeGreaterThanOrEqual(9);
  });

  probeItems(cases);
});
