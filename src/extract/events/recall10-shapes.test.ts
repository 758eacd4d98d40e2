import { describe, expect, it } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * Shapes of the readable splits' unread events told in the team's own sentences (recall10-shapes.cases.yaml):
 * each text's events must be exactly those expected (plus any listed under `also`); items marked `open` are
 * known gaps, with their cause.
 */
const cases = readProbeCases(new URL('./recall10-shapes.cases.yaml', import.meta.url));

describe('shapes of real-news misses (recall10 shapes)', () => {
  probeItems(cases);
});
