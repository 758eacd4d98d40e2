import { describe } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/** Misfires found by a review of session 18's event and date changes (fixA18.cases.yaml), in the team's own sentences. */
const cases = readProbeCases(new URL('./fixA18.cases.yaml', import.meta.url));

describe('review of session 18 event and date changes (fixA18)', () => {
  probeItems(cases);
});
