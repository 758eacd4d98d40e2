import { describe, expect, it } from 'vitest';
import { expectedEvent, readProbeCases, type ProbeCase, probeItems } from '../../test-support/event-probe.js';

/**
 * The probe of accusations and requests (accuse-request-probe.cases.yaml): each text's events must be
 * exactly those expected (plus any listed under `also`); the matching is test-support/event-probe.ts.
 */
const cases = readProbeCases(new URL('./accuse-request-probe.cases.yaml', import.meta.url));

describe('accusations and requests in wire phrasings (probe)', () => {
  it('the probe covers both types and has negatives', () => {
    const first = (c: ProbeCase) => (c.e[0] ? expectedEvent(c.e[0]).types[0] : 'none');
    const types = new Set(cases.map(first));
    for (const t of ['ACCUSE', 'REQUEST', 'none']) expect(types).toContain(t);
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  probeItems(cases);
});
