import { describe, expect, it } from 'vitest';
import { expectedEvent, readProbeCases, type ProbeCase, probeItems } from '../../test-support/event-probe.js';

/**
 * The probe of requests, threats, concessions and retreats (request16-probe.cases.yaml): each text's events must
 * be exactly those expected (plus any listed under `also`); the matching is test-support/event-probe.ts.
 */
const cases = readProbeCases(new URL('./request16-probe.cases.yaml', import.meta.url));

describe('requests, threats, concessions and retreats in wire phrasings (request16 probe)', () => {
  it('the probe covers the four types and has negatives', () => {
    const types = new Set(cases.flatMap((c: ProbeCase) => (c.e.length ? c.e.map((x) => expectedEvent(x).types[0]) : ['none'])));
    for (const t of ['REQUEST', 'THREATEN', 'CONCEDE', 'RETREAT', 'none']) expect(types).toContain(t);
    expect(cases.length).toBeGreaterThanOrEqual(35);
  });

  probeItems(cases);
});
