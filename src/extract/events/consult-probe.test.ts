import { describe, expect, it } from 'vitest';
import { expectedEvent, readProbeCases, type ProbeCase, probeItems } from '../../test-support/event-probe.js';

/**
 * The probe of visits, meetings and agreements (consult-probe.cases.yaml): tours, several counterparts
 * or guests in one sentence, present-tense visit reports, packages of agreements, summit declarations,
 * and the negatives (running totals, invitations, cancelled visits, a leader in his own provinces).
 */
const cases = readProbeCases(new URL('./consult-probe.cases.yaml', import.meta.url));

describe('CONSULT and AGREE in wire phrasings (probe)', () => {
  it('the probe is large enough and has negatives of both kinds', () => {
    const first = (c: ProbeCase) => (c.e[0] ? expectedEvent(c.e[0]).types[0] : 'none');
    const types = cases.map(first);
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(types.filter((t) => t === 'none').length).toBeGreaterThanOrEqual(15);
    expect(cases.some((c) => c.e.some((l) => l.endsWith('planned')))).toBe(true);
  });

  probeItems(cases);
});
