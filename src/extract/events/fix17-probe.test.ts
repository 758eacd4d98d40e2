import { describe, expect, it } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * The fix17 helper's own wire sentences (session 17) (fix17-probe.cases.yaml): faults the team noticed in session
 * 16 and left open (a refusal's other side, a threat told of a third party, a threat's date, talks stopped, groups
 * of leaders, the countries of a group), with their negatives.
 */
const cases = readProbeCases(new URL('./fix17-probe.cases.yaml', import.meta.url));

describe("the fix17 helper's own sentences (session 17)", () => {
  it('the probe is of a useful size', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  probeItems(cases);
});
