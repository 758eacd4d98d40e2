import { describe } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * Shapes of foreign-relations news about a dozen countries (world16-shapes.cases.yaml), told in the team's own
 * sentences: each text's events must be exactly those expected, a negative beside each positive.
 */
const cases = readProbeCases(new URL('./world16-shapes.cases.yaml', import.meta.url));

describe('shapes of foreign-relations news from a dozen countries (world16)', () => {
  probeItems(cases);
});
