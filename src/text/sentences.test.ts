import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits lines into sentences whose text is the slice of their span', () => {
    const text = 'Japan and Mongolia met on 3 May. They signed two accords.\n\nDr. Smith was there, said U.S. officials.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Japan and Mongolia met on 3 May.', 'They signed two accords.', 'Dr. Smith was there, said U.S. officials.',
    ]);
    for (const s of sentences) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('never ends a sentence on an abbreviated title that stands before a name', () => {
    const text = 'Talks ended on Monday. Later, Mongolian Pres. Ukhnaa Khurelsukh flew home. Dep. Foreign Minister Ana Ruiz stayed.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Talks ended on Monday.', 'Later, Mongolian Pres. Ukhnaa Khurelsukh flew home.', 'Dep. Foreign Minister Ana Ruiz stayed.',
    ]);
  });

  it('never ends a sentence inside an initialism after a hyphen, and still ends one after an initialism', () => {
    const text = 'Talks were held in the U.S. A deal followed. The Pakistan-U.S. dialogue resumed. Officials met in the U.K. The U.S.-Iran talks ended.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Talks were held in the U.S.', 'A deal followed.', 'The Pakistan-U.S. dialogue resumed.', 'Officials met in the U.K.', 'The U.S.-Iran talks ended.',
    ]);
  });

  it('never ends a sentence inside a decimal number written right after letters', () => {
    const text = 'Trade grew from Sh80.5bn to Sh95.2bn last year. The rise was welcome.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Trade grew from Sh80.5bn to Sh95.2bn last year.', 'The rise was welcome.']);
  });

  it('treats a heading line without punctuation as its own sentence', () => {
    expect(splitSentences('Relations with Japan\nThe talks went well.').map((s) => s.text)).toEqual(['Relations with Japan', 'The talks went well.']);
  });

  it('keeps offsets right on a very long line cut into pieces', () => {
    const line = 'Turkey and Azerbaijan held talks in Baku. '.repeat(400).trim();
    const sentences = splitSentences(`Heading\n${line}`);
    expect(sentences.length).toBe(401);
    const text = `Heading\n${line}`;
    for (const s of sentences) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n\t')).toEqual([]);
  });
});
