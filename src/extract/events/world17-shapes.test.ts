import { describe } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * Shapes found by reading fresh real news of other focus countries (world17-shapes.cases.yaml: title-case acronyms,
 * regional bodies that are no states, victims of a strike, militias described as backed, aid told by its vessel,
 * water cannon told as a verb), in the team's own sentences, a negative beside each positive.
 */
const cases = readProbeCases(new URL('./world17-shapes.cases.yaml', import.meta.url));

describe('shapes of clashes, sanctions and aid on fresh real news of other focus countries (world17)', () => {
  probeItems(cases);
});
