import { describe, expect, it } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * The probe of CONSULT pairs and dates in the helper's own wire texts (consult12-probe.cases.yaml): each text's
 * events must be exactly those expected (plus any listed under `also`), inside the dates given; items marked
 * `open` are not read right yet and are expected to fail (their cause is noted beside them).
 */
const cases = readProbeCases(new URL('./consult12-probe.cases.yaml', import.meta.url));

describe('CONSULT pairs and dates in own wire texts (consult12 probe)', () => {
  it('the probe is of a useful size', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  probeItems(cases);
});
