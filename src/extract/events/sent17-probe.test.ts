import { describe } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * Sentence-level shapes found by coding fresh real-news sentences of all sixteen types (sent17-probe.cases.yaml:
 * refusals to step down, court sentences, policy reversals, missions ended, demands, police deployed), told in the
 * team's own sentences, a negative beside each positive.
 */
const cases = readProbeCases(new URL('./sent17-probe.cases.yaml', import.meta.url));

describe('sentence-level shapes of all types on fresh real news (sent17)', () => {
  probeItems(cases);
});
