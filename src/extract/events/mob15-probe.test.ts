import { describe, expect, it } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * The probe of MOBILIZE shapes (mob15-probe.cases.yaml: forces dug in, passive deployments to a border, bare
 * police, alerts, warships detected), in the helper's own sentences: each text's events must be exactly those expected (plus any listed under `also`).
 */
const cases = readProbeCases(new URL('./mob15-probe.cases.yaml', import.meta.url));

describe('MOBILIZE shapes in own sentences (mob15 probe)', () => {
  it('the probe is of a useful size', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  probeItems(cases);
});
