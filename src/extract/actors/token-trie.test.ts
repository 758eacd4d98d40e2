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

describe('TokenTrie nodes with one child or entry, then more', () => {
  // Written for this test: "south" gets a second child after its first, "Georgia" a second and third
  // entry (the best priority first whatever the order added), "UN" an exact-case entry.
  const trie = new TokenTrie<string>();
  trie.add('South Sudan', 'SSD', 2);
  trie.add('South Ossetia', 'OSS', 2);
  trie.add('Georgia', 'GEO-state', 5);
  trie.add('Georgia', 'GEO-country', 2);
  trie.add('georgia', 'GEO-any', 1, true);
  trie.add('UN', 'UNO', 2);
  trie.add('Georgia', 'GEO-country', 2);
  const scan = (t: TokenTrie<string>, text: string) => t.scan(tokenize(text)).map((m) => m.entry.value);

  it('finds every child and the best entry that passes its case rules', () => {
    expect(scan(trie, 'South Sudan and South Ossetia')).toEqual(['SSD', 'OSS']);
    expect(scan(trie, 'Georgia')).toEqual(['GEO-any']);
    expect(trie.matchAt(tokenize('georgia'), 0)?.entry.value).toBe('GEO-any');
    expect(scan(trie, 'UN and un')).toEqual(['UNO']);
    expect(trie.patterns).toBe(6);
  });

  it('matches no prefix alone, and no child the text does not continue with', () => {
    expect(scan(trie, 'South Korea, south winds')).toEqual([]);
  });

  it('restores to an equal trie', () => {
    const values: string[] = [];
    const stored = JSON.parse(JSON.stringify(trie.toStored((v) => (values.includes(v) ? values.indexOf(v) : values.push(v) - 1))));
    const restored = TokenTrie.fromStored<string>(stored, values);
    expect(restored).toEqual(trie);
    expect(scan(restored, 'South Sudan, Georgia, UN, un')).toEqual(['SSD', 'GEO-any', 'UNO']);
    restored.add('South Africa', 'ZAF', 2);
    expect(scan(restored, 'South Africa and South Sudan')).toEqual(['ZAF', 'SSD']);
  });
});

describe('TokenTrie as plain data', () => {
  // Written for this test; one value object shared by two patterns, as lexicon values are.
  const shared = { code: 'NLD' };
  const trie = new TokenTrie<{ code: string }>();
  trie.add('Netherlands', shared, 2);
  trie.add('the Netherlands', shared, 2);
  trie.add('Holland', { code: 'NLD-informal' }, 3);
  trie.add('Dutch', { code: 'NLD-adj' }, 4, true);
  trie.add('Holland', { code: 'NLD-other' }, 1);

  const values: Array<{ code: string }> = [];
  const stored = JSON.parse(JSON.stringify(trie.toStored((v) => (values.includes(v) ? values.indexOf(v) : values.push(v) - 1))));
  const restored = TokenTrie.fromStored(stored, values);

  it('restores to an equal trie that finds the same matches', () => {
    expect(restored).toEqual(trie);
    expect(restored.patterns).toBe(5);
    const tokens = tokenize('the Netherlands and Holland, DUTCH and dutch; netherlands');
    expect(restored.scan(tokens).map((m) => [m.from, m.to, m.entry.value.code])).toEqual(trie.scan(tokens).map((m) => [m.from, m.to, m.entry.value.code]));
    expect(restored.scan(tokens).map((m) => m.entry.value.code)).toEqual(['NLD', 'NLD-other', 'NLD-adj', 'NLD-adj']);
  });

  it('shares a value between entries as the original did', () => {
    const [a, b] = restored.scan(tokenize('Netherlands, the Netherlands'));
    expect(a!.entry.value).toBe(b!.entry.value);
  });

  it('is a trie of its own: adding to the restored one leaves the original alone', () => {
    const copy = TokenTrie.fromStored(stored, values);
    copy.add('Nederland', shared, 2);
    expect(copy.scan(tokenize('Nederland')).length).toBe(1);
    expect(trie.scan(tokenize('Nederland')).length).toBe(0);
  });
});
