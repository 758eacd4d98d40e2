import { describe, expect, it } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * The probe of recall on new wire phrasings of MOBILIZE, PROTEST, REJECT, RETREAT and COERCE
 * (recall9b-probe.cases.yaml): each text's events must be exactly those expected (plus any listed under
 * `also`); items marked `open` are not read right yet and are expected to fail (their cause is noted beside them).
 */
const cases = readProbeCases(new URL('./recall9b-probe.cases.yaml', import.meta.url));

describe('MOBILIZE, PROTEST, REJECT, RETREAT and COERCE in new wire phrasings (probe)', () => {
  it('the probe is of a useful size', () => {
    expect(cases.length).toBeGreaterThanOrEqual(75);
  });

  probeItems(cases);
});
