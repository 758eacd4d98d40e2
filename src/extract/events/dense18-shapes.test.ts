import { describe } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * Shapes of recall misses from session 18's dense audit of world news (dense18-shapes.cases.yaml: "the council"
 * naming an organisation again, effect relatives, the doer of a thanking participle, blame laid with "attribute",
 * aid airlifted to the receiver told before, sanctions voted for, "all options are on the table"), told in the
 * team's own sentences, a negative beside each positive.
 */
const cases = readProbeCases(new URL('./dense18-shapes.cases.yaml', import.meta.url));

describe('shapes of dense-audit recall misses (dense18)', () => {
  probeItems(cases);
});
