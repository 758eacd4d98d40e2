import { describe, expect, it } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * The probe of shapes met in the accuse16 audit of diplomatic rows (accuse16-probe.cases.yaml), in the helper's
 * own sentences: each text's events must be exactly those expected (plus any listed under `also`).
 */
const cases = readProbeCases(new URL('./accuse16-probe.cases.yaml', import.meta.url));

describe('diplomatic row shapes in own sentences (accuse16 probe)', () => {
  it('the probe is of a useful size', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  probeItems(cases);
});
