import { describe, expect, it } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/** Shapes read wrongly after session 15's merges (review15-probe.cases.yaml), in the team's own sentences. */
const cases = readProbeCases(new URL('./review15-probe.cases.yaml', import.meta.url));

describe('shapes a review of session 15 found (review15 probe)', () => {
  it('the probe is of a useful size', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  probeItems(cases);
});
