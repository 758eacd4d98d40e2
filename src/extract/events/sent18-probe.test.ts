import { describe } from 'vitest';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * Sentence-level shapes found by coding fresh real-news sentences of all sixteen types (sent18-probe.cases.yaml:
 * conditional threats, dash-joined participles, ordinals after a verb, disaster nouns after "to", aid agencies,
 * marches to embassies, expulsions from missions, pullbacks, buildups, rejections, junta bans, dash-set lists), told
 * in the team's own sentences, a negative beside each positive.
 */
const cases = readProbeCases(new URL('./sent18-probe.cases.yaml', import.meta.url));

describe('sentence-level shapes of all types on fresh real news (sent18)', () => {
  probeItems(cases);
});
