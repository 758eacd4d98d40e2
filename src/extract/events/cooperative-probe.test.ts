import { describe, expect, it } from 'vitest';
import { expectedEvent, readProbeCases, type ProbeCase, probeItems } from '../../test-support/event-probe.js';

/**
 * The probe of cooperative and diplomatic phrasings (cooperative-probe.cases.yaml): each text's events
 * must be exactly those expected (plus any listed under `also`); the matching is test-support/event-probe.ts.
 */
const cases = readProbeCases(new URL('./cooperative-probe.cases.yaml', import.meta.url));

describe('cooperative and diplomatic events in wire phrasings (probe)', () => {
  it('the probe covers every cooperative type and has negatives', () => {
    const first = (c: ProbeCase) => (c.e[0] ? expectedEvent(c.e[0]).types[0] : 'none');
    const types = new Set(cases.map(first));
    for (const t of ['CONSULT', 'AGREE', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'REQUEST', 'none']) expect(types).toContain(t);
    expect(cases.length).toBeGreaterThanOrEqual(120);
  });

  probeItems(cases);
});
