import { describe, expect, it } from 'vitest';
import { TokenTrie, caseRuleOf, tokenKey, tokenize } from './token-trie.js';

describe('tokenize', () => {
  it('keeps offsets and splits punctuation, apostrophes and dashes off words', () => {
    const text = 'Türkiye’s U.S.-backed plan — “ok”';
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['Türkiye', '’', 's', 'U', '.', 'S', '.', '-', 'backed', 'plan', '—', '“', 'ok', '”']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('folds case, diacritics, curly apostrophes and dashes into keys', () => {
    expect(['Erdoğan', 'ÉLYSÉE', '’', '–', 'Khürelsükh'].map(tokenKey)).toEqual(['erdogan', 'elysee', "'", '-', 'khurelsukh']);
  });

  it('handles emoji and CJK without losing offsets', () => {
    const text = '😀 中国 and Japan';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toContain('Japan');
  });
});

describe('case rules', () => {
  const cases: Array<[string, boolean, string]> = [
    ['US', false, 'exact'], ['U', false, 'exact'], ['Japan', false, 'capital'], ['of', false, 'any'],
    ['president', true, 'any'], ['President', true, 'any'], ['PM', true, 'exact'], ['I', true, 'exact'], ['-', false, 'any'],
  ];
  it.each(cases)('%s (case-insensitive %s) → %s', (word, ci, rule) => {
    expect(caseRuleOf(word, ci)).toBe(rule);
  });
});

describe('TokenTrie', () => {
  const trie = new TokenTrie<string>();
  trie.add('Korea', 'KOR', 2);
  trie.add('Republic of Korea', 'KOR-long', 2);
  trie.add('US', 'USA', 2);
  trie.add('us', 'pronoun', 8, true);
  trie.add('the republic', 'weak', 8, true);

  const scan = (text: string) => trie.scan(tokenize(text), 6).map((m) => m.entry.value);

  it('takes the longest match', () => {
    expect(scan('Republic of Korea and Korea')).toEqual(['KOR-long', 'KOR']);
  });
  it('respects case: "US" is not "us"', () => {
    expect(scan('US sanctions hit us')).toEqual(['USA', 'pronoun']);
  });
  it('lets a weak match give way to a stronger one starting inside it', () => {
    expect(scan('the Republic of Korea')).toEqual(['KOR-long']);
    expect(scan('the republic voted')).toEqual(['weak']);
  });
  it('finds nothing in unrelated text', () => {
    expect(scan('Nothing here at all.')).toEqual([]);
  });
});
