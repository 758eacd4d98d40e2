import { describe } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * Shapes of recall misses pooled over the readable splits and earlier audits (miss17-shapes.cases.yaml: the
 * addressee of a quotation, performative wishes, protest nouns placed by their clause, protests implied by
 * police acting on a protesting crowd), told in the team's own sentences, a negative beside each positive.
 */
const cases = readProbeCases(new URL('./miss17-shapes.cases.yaml', import.meta.url));

describe('shapes of pooled recall misses (miss17)', () => {
  probeItems(cases);
});
