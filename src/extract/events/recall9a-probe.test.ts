import { describe, expect, it } from 'vitest';
import { expectedEvent, readProbeCases, type ProbeCase, probeItems } from '../../test-support/event-probe.js';

/**
 * The probe of AID, SUPPORT, COOPERATE and CONCEDE in new wire phrasings (recall9a-probe.cases.yaml):
 * each text's events must be exactly those expected (plus any listed under `also`).
 */
const cases = readProbeCases(new URL('./recall9a-probe.cases.yaml', import.meta.url));

describe('aid, support, cooperation and concessions in new wire phrasings (probe)', () => {
  it('the probe covers the four types and has negatives', () => {
    const first = (c: ProbeCase) => (c.e[0] ? expectedEvent(c.e[0]).types[0] : 'none');
    const types = new Set(cases.map(first));
    for (const t of ['SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'none']) expect(types).toContain(t);
    expect(cases.length).toBeGreaterThanOrEqual(70);
  });

  probeItems(cases);
});
