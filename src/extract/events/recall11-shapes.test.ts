import { describe } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * Shapes of the readable splits' unread events with both parties named (recall11-shapes.cases.yaml), told in the
 * team's own sentences: each text's events must be exactly those expected (plus any listed under `also`);
 * items marked `open` are known gaps, with their cause.
 */
const cases = readProbeCases(new URL('./recall11-shapes.cases.yaml', import.meta.url));

describe('shapes of real-news misses (recall11 shapes)', () => {
  probeItems(cases);
});
