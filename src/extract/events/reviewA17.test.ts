import { describe } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/** Misfires found by a review of session 17's event and date changes (reviewA17.cases.yaml), in the team's own sentences. */
const cases = readProbeCases(new URL('./reviewA17.cases.yaml', import.meta.url));

describe('review of session 17 event and date changes (reviewA17)', () => {
  probeItems(cases);
});
