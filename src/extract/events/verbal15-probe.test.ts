import { describe, expect, it } from 'vitest';
import { expectedEvent, readProbeCases, type ProbeCase, probeItems } from '../../test-support/event-probe.js';

/**
 * The probe of accusations and requests (verbal15-probe.cases.yaml): each text's events must be
 * exactly those expected (plus any listed under `also`); the matching is test-support/event-probe.ts.
 */
const cases = readProbeCases(new URL('./verbal15-probe.cases.yaml', import.meta.url));

describe('verbal conflict and cooperation in diplomatic rows (verbal15 probe)', () => {
  it('the probe covers both types and has negatives', () => {
    const first = (c: ProbeCase) => (c.e[0] ? expectedEvent(c.e[0]).types[0] : 'none');
    const types = new Set(cases.map(first));
    for (const t of ['ACCUSE', 'REQUEST', 'REJECT', 'none']) expect(types).toContain(t);
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  probeItems(cases);
});
