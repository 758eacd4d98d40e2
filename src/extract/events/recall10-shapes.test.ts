import { describe, expect, it } from 'vitest';
import { compareProbe, readProbeCases } from '../../test-support/event-probe.js';

/**
 * Shapes of the readable splits' unread events told in the team's own sentences (recall10-shapes.cases.yaml):
 * each text's events must be exactly those expected (plus any listed under `also`); items marked `open` are
 * known gaps, with their cause.
 */
const cases = readProbeCases(new URL('./recall10-shapes.cases.yaml', import.meta.url));

describe('shapes of real-news misses (recall10 shapes)', () => {
  for (const c of cases) {
    const name = `${c.e.length ? c.e.join('; ') : 'no event'}: ${c.t}`;
    (c.open ? it.fails : it)(name, () => {
      expect(compareProbe(c)).toEqual({ missing: [], extra: [] });
    });
  }
});
