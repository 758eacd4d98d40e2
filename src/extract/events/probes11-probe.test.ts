import { describe, expect, it } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * The probe of nine event types in the helper's own wire sentences (probes11) (probes11-probe.cases.yaml): each text's
 * events must be exactly those expected (plus any listed under `also`); items marked `open` are not read
 * right yet and are expected to fail (their cause is noted beside them).
 */
const cases = readProbeCases(new URL('./probes11-probe.cases.yaml', import.meta.url));

describe('nine event types in own wire sentences (probes11 probe)', () => {
  it('the probe is of a useful size', () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
  });

  probeItems(cases);
});
