import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';
import { sentenceTokens, tagSentence } from './tagger.js';

// Written for this test.
const TEXT = 'Kazakhstan and Russia signed a deal. Tokayev met Putin in Moscow on Monday.\nThe talks, held behind closed doors, ended late.\nU.S. officials said Dr. Smith would attend.';

describe('sentence tokens', () => {
  it('gives a split sentence the tokens of the line reading, the same as tagging it alone', () => {
    const sentences = splitSentences(TEXT);
    expect(sentences.length).toBe(4);
    for (const s of sentences) {
      const shared = sentenceTokens(s);
      expect(shared).toEqual(tagSentence(s.text, s.span.start));
      for (const t of shared) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
    }
    expect(sentenceTokens(sentences[1]!).find((t) => t.text === 'met')).toMatchObject({ pos: 'VERB', lemma: 'meet' });
  });

  it('tags a sentence the splitter did not make on its own', () => {
    const tokens = sentenceTokens({ index: 0, span: { start: 10, end: 34 }, text: 'Japan recalled its envoy', paragraph: 0 });
    expect(tokens.map((t) => t.lemma)).toEqual(['japan', 'recall', 'its', 'envoy']);
    expect(tokens[0]).toMatchObject({ start: 10, end: 15, pos: 'PROPN' });
  });
});
