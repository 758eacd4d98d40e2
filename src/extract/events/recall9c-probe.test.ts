import { describe, expect, it } from 'vitest';
import { expectedEvent, readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * The session-9 wire probe of ACCUSE, ASSAULT, THREATEN, SANCTION, REQUEST, AGREE and CONSULT
 * (recall9c-probe.cases.yaml, the team's own sentences, coding written first): each text's events must
 * be exactly those expected (plus any listed under `also`); items marked `open` are known gaps.
 */
const cases = readProbeCases(new URL('./recall9c-probe.cases.yaml', import.meta.url));

describe('wire phrasings of seven types (recall9c probe)', () => {
  it('the probe covers its seven types and has negatives', () => {
    const types = new Set(cases.flatMap((c) => c.e.map((x) => expectedEvent(x).types[0])));
    for (const t of ['ACCUSE', 'ASSAULT', 'THREATEN', 'SANCTION', 'REQUEST', 'AGREE', 'CONSULT']) expect(types).toContain(t);
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(cases.filter((c) => c.e.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  probeItems(cases);
});
