import { describe, expect, it } from 'vitest';
import { actorsByName } from '../../test-support/mentions.js';
import { buildFrame, buildFrames } from './sentence-frame.js';

/** The text each group of the one-sentence frame stands for. */
function groupTexts(text: string, names: Record<string, string>): string[] {
  const sentence = { index: 0, span: { start: 0, end: text.length }, text, paragraph: 0 };
  const frame = buildFrame(text, sentence, actorsByName(text, names));
  return frame.groups.map((g) => text.slice(g.span.start, g.span.end));
}

describe('buildFrame: the words before a mention that name the same party', () => {
  it('takes in a determiner or possessive before a nationality', () => {
    expect(groupTexts('Oslo welcomed the Peruvian delegation on Friday.', { Oslo: 'NOR', Peruvian: 'PER' })).toEqual(['Oslo', 'the Peruvian delegation']);
    expect(groupTexts('Ghana praised their Malian neighbours.', { Ghana: 'GHA', Malian: 'MLI' })).toEqual(['Ghana', 'their Malian']);
  });

  it('takes in "the leaders of" and an office "of" a state, also after several blanks', () => {
    expect(groupTexts('Peru hosted the leaders of  Chile.', { Peru: 'PER', Chile: 'CHL' })).toEqual(['Peru', 'the leaders of  Chile']);
    expect(groupTexts('Kenya thanked the Deputy Minister of Trade of Norway.', { Kenya: 'KEN', Norway: 'NOR' })).toEqual(['Kenya', 'the Deputy Minister of Trade of Norway']);
    expect(groupTexts('Kenya thanked the Minister of\u00a0Norway.', { Kenya: 'KEN', Norway: 'NOR' })).toEqual(['Kenya', 'the Minister of\u00a0Norway']);
  });

  it('takes in nothing when the words before the mention end otherwise', () => {
    // an unrelated last word, "of" after a word that is no head, "the" as the end of a longer word.
    expect(groupTexts('Kenya thanked the chief Norway.', { Kenya: 'KEN', Norway: 'NOR' })).toEqual(['Kenya', 'Norway']);
    expect(groupTexts('Peru met the chief of Chile.', { Peru: 'PER', Chile: 'CHL' })).toEqual(['Peru', 'Chile']);
    expect(groupTexts('Peru wrote to a bathe Chile.', { Peru: 'PER', Chile: 'CHL' })).toEqual(['Peru', 'Chile']);
    expect(groupTexts('Peru met leaders from Chile.', { Peru: 'PER', Chile: 'CHL' })).toEqual(['Peru', 'Chile']);
  });
});

describe('buildFrames: a sentence framed again', () => {
  const text = 'Chile thanked Peru for the aid.';
  const sentences = [{ index: 0, span: { start: 0, end: text.length }, text, paragraph: 0 }];

  it('gives back the same frame for the same mentions and quotations', () => {
    const mentions = actorsByName(text, { Chile: 'CHL', Peru: 'PER' });
    const [first] = buildFrames(text, sentences, mentions);
    const [again] = buildFrames(text, sentences, [...mentions]);
    expect(again).toBe(first);
  });

  it('builds a new frame when a mention or a quotation differs', () => {
    const mentions = actorsByName(text, { Chile: 'CHL', Peru: 'PER' });
    const [first] = buildFrames(text, sentences, mentions);
    // Another object for the same words (as a second reading gives a resolved reference) is another frame.
    const [other] = buildFrames(text, sentences, [mentions[0]!, { ...mentions[1]!, code: 'BOL' }]);
    expect(other).not.toBe(first);
    expect(other!.groups.map((g) => g.codes)).toEqual([['CHL'], ['BOL']]);
    const [quoted] = buildFrames(text, sentences, [mentions[0]!, { ...mentions[1]!, code: 'BOL' }], [{ start: 0, end: 5 }]);
    expect(quoted!.groups[0]!.quoted).toBe(true);
  });
});
