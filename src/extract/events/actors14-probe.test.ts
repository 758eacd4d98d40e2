import { describe, expect, it } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * actors14's own sentences (actors14-probe.cases.yaml): actor shapes found by the session-14 audits. Each
 * text's events must be exactly those expected (plus any listed under `also`); items marked `open` are
 * expected to fail (their cause is noted beside them).
 */
const cases = readProbeCases(new URL('./actors14-probe.cases.yaml', import.meta.url));

describe("actors14's own sentences", () => {
  it('the probe is of a useful size', () => {
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  probeItems(cases);
});
