/**
 * "The junta" written bare rules the state whose coup the text told, not the state the sentence before
 * was about (branch actors8). Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { analyseFixture } from './fixtures/fixture-analyser.js';

const codeOf = (text: string, surface: string, nth = 0): string | undefined =>
  analyseFixture(text, '2023-09-01').mentions.filter((m) => text.slice(m.span.start, m.span.end) === surface)[nth]?.code;

describe('bare rulers by force take the state of the coup told', () => {
  it('passes over the state the sentence before was about', () => {
    const text = 'Ties between Spain and Gabon soured after the coup in Libreville. The junta expelled the Spanish envoy.';
    expect(codeOf(text, 'The junta')).toBe('GAB');
  });

  it('takes the state after the coup\'s word or owning it, not one that judged it', () => {
    const text = 'The coup in Gabon shocked Spain. Spain condemned the coup. Madrid, not recognising the coup, kept its envoy. The junta gave him two days to leave.';
    expect(codeOf(text, 'The junta')).toBe('GAB');
    const owned = 'Spain condemned the Gabonese coup and recalled its envoy. The junta protested.';
    expect(codeOf(owned, 'The junta')).toBe('GAB');
  });

  it('leaves other sector nouns, and rulers with no coup told, to the usual context', () => {
    // No coup told: the state the sentence before was about, as before.
    expect(codeOf('Spain met Gabon on Monday. The junta said the talks went well.', 'The junta')).toBe('ESP');
    // "the army" is no ruler by force: its state is still the sentence's own.
    expect(codeOf('After the coup in Gabon, Spain put the army on alert.', 'the army')).toBe('ESP');
    // A state's own adjective names the junta outright.
    expect(codeOf('After the coup in Gabon, the Malian junta sent envoys.', 'Malian junta')).toBe('MLI');
  });
});
