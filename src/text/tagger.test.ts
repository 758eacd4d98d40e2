import { describe, expect, it } from 'vitest';
import { splitAndTagSentences, splitSentences } from './sentences.js';
import { tagAlone, tagSentence } from './tagger.js';

// Written for this test.
const TEXT = 'Kazakhstan and Russia signed a deal. Tokayev met Putin in Moscow on Monday.\nThe talks, held behind closed doors, ended late.\nU.S. officials said Dr. Smith would attend.';

describe('sentence tokens', () => {
  it('gives a sentence of a tagged line the tokens of the line reading, the same as tagging it alone', () => {
    const { sentences, tokensOf } = splitAndTagSentences(TEXT, (line) => line.includes('Tokayev') || line.includes('officials'));
    expect(sentences).toEqual(splitSentences(TEXT));
    expect(sentences.length).toBe(4);
    for (const s of sentences) {
      const tokens = tokensOf(s);
      expect(tokens).toEqual(tagSentence(s.text, s.span.start));
      for (const t of tokens) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
    }
    expect(tokensOf(sentences[1]!).find((t) => t.text === 'met')).toMatchObject({ pos: 'VERB', lemma: 'meet' });
  });

  it('reads a one-sentence line only when its tokens are asked for, with the tokens a reading gives', () => {
    // Written for this test: the first and last lines are one sentence each, known without wink.
    const text = '  Mongolia hosted the forum on energy.\nThe envoys met. They spoke.\nTalks with Bhutan resumed  ';
    const asked: string[] = [];
    const { sentences, tokensOf } = splitAndTagSentences(text, (line) => (asked.push(line), !line.startsWith('The')));
    expect(sentences.map((s) => s.text)).toEqual(['Mongolia hosted the forum on energy.', 'The envoys met.', 'They spoke.', 'Talks with Bhutan resumed']);
    expect(asked).toHaveLength(3);
    for (const s of [sentences[0]!, sentences[3]!]) {
      const tokens = tokensOf(s);
      expect(tokens).toEqual(tagSentence(s.text, s.span.start));
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(tokensOf(sentences[0]!).find((t) => t.text === 'hosted')).toMatchObject({ pos: 'VERB', lemma: 'host' });
  });

  it('tags a sentence the splitter did not make on its own', () => {
    const tokens = tagAlone({ index: 0, span: { start: 10, end: 34 }, text: 'Japan recalled its envoy', paragraph: 0 });
    expect(tokens.map((t) => t.lemma)).toEqual(['japan', 'recall', 'its', 'envoy']);
    expect(tokens[0]).toMatchObject({ start: 10, end: 15, pos: 'PROPN' });
  });
});

describe('"to" before a word that cannot be an infinitive', () => {
  const tagOf = (sentence: string, word: string) => tagSentence(sentence, 0).find((t) => t.lower === word)?.pos;
  it.each([
    // Written for this test.
    ['Chile moved tanks to positions near the frontier.', 'positions', 'NOUN'],
    ['Oman flew blankets to flood-hit villages.', 'flood', 'ADJ'],
  ])('%s: "%s" is read as %s after a preposition "to"', (sentence, word, pos) => {
    expect(tagOf(sentence, word)).toBe(pos);
    expect(tagSentence(sentence, 0).find((t) => t.lower === 'to')?.pos).toBe('ADP');
  });
  it('keeps an infinitive an infinitive, also when it ends in -s', () => {
    expect(tagOf('Peru wants to discuss the border.', 'discuss')).toBe('VERB');
    expect(tagOf('Peru wants to address the border dispute.', 'address')).toBe('VERB');
    // A hyphened verb after "to" stays a verb ("co-host", "test-fire").
    expect(tagOf('Peru agreed to co-host the summit.', 'co')).not.toBe('ADJ');
    expect(tagOf('Peru plans to test-fire a rocket.', 'test')).not.toBe('ADJ');
    // The lines a document reading tags take the same correction as a sentence tagged alone.
    const text = 'Chile moved tanks to positions near the frontier.';
    const { sentences, tokensOf } = splitAndTagSentences(text, () => true);
    expect(tokensOf(sentences[0]!).find((t) => t.lower === 'positions')?.pos).toBe('NOUN');
  });
});
