import { describe } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * Shapes of material conflict and aid on fresh real news (material15-shapes.cases.yaml), told in the team's own
 * sentences: each text's events must be exactly those expected, a negative beside each positive.
 */
const cases = readProbeCases(new URL('./material15-shapes.cases.yaml', import.meta.url));

describe('shapes of material conflict and aid on fresh real news (material15)', () => {
  probeItems(cases);
});
