import { describe } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * Shapes of coercion and sanction found by reading fresh real news (coerce16-shapes.cases.yaml: expulsions, persona
 * non grata, arrests, border closures, asset freezes), told in the team's own sentences, a negative beside each positive.
 */
const cases = readProbeCases(new URL('./coerce16-shapes.cases.yaml', import.meta.url));

describe('shapes of coercion and sanction on fresh real news (coerce16)', () => {
  probeItems(cases);
});
