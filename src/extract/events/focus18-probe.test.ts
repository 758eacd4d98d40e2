import { describe, expect, it } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * The probe of shapes met in the focus18 audit of other focus countries' bilateral news (focus18-probe.cases.yaml),
 * in the helper's own sentences: each text's events must be exactly those expected (plus any listed under `also`).
 */
const cases = readProbeCases(new URL('./focus18-probe.cases.yaml', import.meta.url));

describe('other focus countries\' news shapes in own sentences (focus18 probe)', () => {
  it('the probe is of a useful size', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  probeItems(cases);
});
