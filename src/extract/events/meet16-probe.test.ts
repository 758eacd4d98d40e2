import { describe, expect, it } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * The meet16 helper's own wire sentences (session 16) (meet16-probe.cases.yaml): each text's
 * events must be exactly those expected (plus any listed under `also`); items marked `open` are not read
 * right yet and are expected to fail (their cause is noted beside them).
 */
const cases = readProbeCases(new URL('./meet16-probe.cases.yaml', import.meta.url));

describe("the meet16 helper's own sentences: the status and date of visits, talks and signings (session 16)", () => {
  it('the probe is of a useful size', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  probeItems(cases);
});
