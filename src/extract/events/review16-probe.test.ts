import { describe, expect, it } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * Shapes the session-16 review found the merged rules over- or under-reaching on (review16-probe.cases.yaml):
 * each text's events must be exactly those expected; the matching is test-support/event-probe.ts.
 */
const cases = readProbeCases(new URL('./review16-probe.cases.yaml', import.meta.url));

describe('shapes found by the session-16 review', () => {
  it('the probe has positives and negatives', () => {
    expect(cases.filter((c) => c.e.length === 0).length).toBeGreaterThanOrEqual(4);
    expect(cases.filter((c) => c.e.length > 0).length).toBeGreaterThanOrEqual(8);
  });

  probeItems(cases);
});
