import { describe, expect, it } from 'vitest';
import { expectedEvent, readProbeCases, type ProbeCase, probeItems } from '../../test-support/event-probe.js';

/**
 * The probe of verbal events (verbal-probe.cases.yaml): each text's events must be exactly those
 * expected (plus any listed under `also`); the matching is test-support/event-probe.ts.
 */
const cases = readProbeCases(new URL('./verbal-probe.cases.yaml', import.meta.url));

describe('verbal events in real-copy phrasings (probe)', () => {
  it('the probe covers the verbal types and has negatives', () => {
    const types = new Set(cases.flatMap((c) => (c.e.length ? c.e.map((x) => expectedEvent(x).types[0]) : ['none'])));
    for (const t of ['ACCUSE', 'REJECT', 'THREATEN', 'CONCEDE', 'none']) expect(types).toContain(t);
    expect(cases.filter((c) => c.e.length === 0).length).toBeGreaterThanOrEqual(8);
  });

  probeItems(cases);
});
