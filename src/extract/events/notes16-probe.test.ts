import { describe, expect, it } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * The notes16 helper's own wire sentences (session 16) (notes16-probe.cases.yaml): faults noticed in session 15
 * (sanctions on a party's people abroad, talks suspended or ruled out, "the ambassador of A to B", close ties,
 * a body's chair named in apposition, "the city of X"), with their negatives.
 */
const cases = readProbeCases(new URL('./notes16-probe.cases.yaml', import.meta.url));

describe("the notes16 helper's own sentences (session 16)", () => {
  it('the probe is of a useful size', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  probeItems(cases);
});
