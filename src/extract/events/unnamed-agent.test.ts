/**
 * Arrests told in the passive with no agent and no place: the state of the crowd arrested acted, when its
 * sentence names no other state. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { sectorsOf } from '../../test-support/event-strings.js';

describe('a passive arrest of a state\'s own crowd with no agent named', () => {
  it.each([
    ['LIMA, May 4 (Reuters) - Dozens of Peruvian protesters were detained overnight, organisers said.', 'COERCE PER/COP>PER/CVL'],
    ['Hundreds of Serbian opposition supporters were arrested after the march, their party said.', 'COERCE SRB/COP>SRB/OPP'],
  ])('%s', (text, expected) => {
    expect(sectorsOf(text)).toContain(expected);
  });
  it.each([
    ['people named by no group and told by a ministry may be its citizens abroad', 'The ministry of Chile said eleven people were arrested.'],
    ['journalists may be foreigners', 'Two Peruvian journalists were detained last week, Lima said.'],
    ['workers may be migrants abroad', 'Dozens of Peruvian workers were detained, the embassy said.'],
    ['a second state in the sentence may be the one that arrested them', 'Dozens of Peruvian protesters were detained, Chile said.'],
    ['a place names the state that acted', 'Dozens of Peruvian protesters were detained in Santiago.'],
  ])('%s', (_name, text) => {
    expect(sectorsOf(text).filter((e) => /^COERCE PER\/COP>PER/.test(e))).toEqual([]);
  });
});
