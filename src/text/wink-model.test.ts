import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { LexemeTable, readCore, winkInstance, winkModel } from './wink-model.js';

const require = createRequire(import.meta.url);
const stored = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as object;

// Written for this test: common words, unknown words (which grow an instance's lexeme table),
// contractions, abbreviations, numbers and odd spacing.
const TEXT = "Zorblatt's envoy didn't arrive; the Qwixian ministers met on 3 Feb. in Ulan-Bator at 10.30 a.m.\u00a0 They'll sign a 1,250-page accord, Dr. Vrenn said.";

describe('wink model core reader', () => {
  it('builds the same core as the package reader', () => {
    type Core = { features: { lexeme: { list: string[]; hash: Record<string, number> } } };
    const ours = readCore() as unknown as Core;
    const theirs = (model as unknown as { core: () => Core }).core();
    // The lexeme table is a LexemeTable behind a Proxy (no own keys to compare): the same word → index for every
    // word of the list, and nothing for a word outside it.
    const { list, hash } = ours.features.lexeme;
    const plain: Record<string, number> = Object.create(null);
    for (const word of list) plain[word] = hash[word]!;
    expect(isDeepStrictEqual(plain, theirs.features.lexeme.hash)).toBe(true);
    expect(hash['qwixianblorp']).toBeUndefined();
    ours.features.lexeme.hash = theirs.features.lexeme.hash;
    expect(isDeepStrictEqual(ours, theirs)).toBe(true);
  });

  it('gives each reading its own copy and leaves the stored model unchanged', () => {
    const before = JSON.stringify(stored);
    const a = readCore() as { features: { lexeme: { list: string[] } } };
    const b = readCore() as { features: { lexeme: { list: string[] } } };
    expect(a.features.lexeme.list).not.toBe(b.features.lexeme.list);
    // Instances built on it learn new words: the stored model and other instances must not see them.
    const nlp = winkNLP(winkModel, ['sbd', 'pos']);
    nlp.readDoc(TEXT);
    nlp.readDoc('Blorpish Vantaxi');
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('splits and tags as an instance built on the package model does', () => {
    const ours = winkNLP(winkModel, ['sbd', 'pos']);
    const theirs = winkNLP(model, ['sbd', 'pos']);
    for (let round = 0; round < 2; round++) {
      const a = ours.readDoc(TEXT);
      const b = theirs.readDoc(TEXT);
      expect(a.sentences().out()).toEqual(b.sentences().out());
      expect(a.tokens().out(ours.its.pos)).toEqual(b.tokens().out(theirs.its.pos));
      expect(a.tokens().out(ours.its.lemma as unknown as typeof ours.its.value)).toEqual(b.tokens().out(theirs.its.lemma as unknown as typeof theirs.its.value));
      expect(a.tokens().out(ours.its.type)).toEqual(b.tokens().out(theirs.its.type));
    }
  });

  it('tags with its sentence split as an instance without one does (the one instance also tags single sentences)', () => {
    const shared = winkInstance();
    const posOnly = winkNLP(model, ['pos']);
    // Written for this test: text that the split cuts into several sentences, and unknown words.
    const texts = [TEXT, 'Mr. Orlavi left. The Dravnic delegation stayed in Port-Ellyn until 4 p.m. on Friday!', 'Talks resumed; "we are close," Ms. Quenby said. Were they?'];
    for (const text of texts) {
      const a = shared.readDoc(text).tokens();
      const b = posOnly.readDoc(text).tokens();
      expect(a.out()).toEqual(b.out());
      expect(a.out(shared.its.pos)).toEqual(b.out(posOnly.its.pos));
      expect(a.out(shared.its.lemma as unknown as typeof shared.its.value)).toEqual(b.out(posOnly.its.lemma as unknown as typeof posOnly.its.value));
    }
  });
});

describe('LexemeTable', () => {
  it('answers as a Map of everything set, through growth, duplicates and odd values', () => {
    const list = ['the', 'Envoy', 'envoy', 'the', 'talks'];
    const table = new LexemeTable(list);
    const map = new Map<string | symbol, number>(list.map((w, k) => [w, k]));
    const same = (keys: ReadonlyArray<string | symbol>): void => {
      for (const key of keys) expect(table.get(key)).toBe(map.get(key));
    };
    // A word listed twice maps to its later place, as assignment does.
    expect(table.get('the')).toBe(3);
    same(['the', 'Envoy', 'envoy', 'talks', 'summit', '', 'constructor', '__proto__']);
    // Grown as wink grows it: the index set is the list's length, the word pushed afterwards; enough
    // words to grow the table several times.
    const added: string[] = [];
    for (let k = 0; k < 5000; k++) {
      const word = `w${k}x`;
      table.set(word, list.length);
      map.set(word, list.length);
      list.push(word);
      added.push(word);
    }
    same([...list, ...added, 'w5000x', 'missing']);
    // A value that is not the word's place, and a symbol key: kept as a Map would keep them; a later
    // consistent value replaces them.
    const sym = Symbol('s');
    for (const [key, value] of [['talks', 0], ['w10x', 77.5], [sym, 3], ['talks', 4]] as const) {
      table.set(key, value);
      map.set(key, value);
    }
    same(['talks', 'w10x', 'the', 'w11x', sym]);
  });
});
