import { describe } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * Shapes of misses on fresh diplomacy news of many focus countries (recall13a-shapes.cases.yaml), told in the
 * team's own sentences: each text's events must be exactly those expected (plus any listed under `also`);
 * items marked `open` are known gaps, with their cause.
 */
const cases = readProbeCases(new URL('./recall13a-shapes.cases.yaml', import.meta.url));

describe('shapes of real-news misses (recall13a: fresh diplomacy news)', () => {
  probeItems(cases);
});
