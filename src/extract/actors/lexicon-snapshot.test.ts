import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildActorLexicon, WEAK_PRIORITY } from './actor-lexicon.js';
import { lexiconKey, lexiconModuleFiles, loadActorLexicon, recordActorLexicon, restoreActorLexicon, type LexiconSnapshot } from './lexicon-snapshot.js';
import { tokenize } from './token-trie.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mv-lexicon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const recorded = recordActorLexicon();
/** The record as the build writes and a run reads it. */
const stored = JSON.parse(JSON.stringify(recorded.snapshot)) as LexiconSnapshot;

describe('the recorded actor lexicon', () => {
  it('restores to the lexicon built from the data files', () => {
    expect(stored.trie.size).toBeGreaterThan(4000);
    expect(isDeepStrictEqual(restoreActorLexicon(stored), buildActorLexicon())).toBe(true);
  });

  it('finds the same mentions, with match values shared as when built', () => {
    const text = 'Kazakh President Kassym-Jomart Tokayev met Xi Jinping in Astana; the two leaders and the EU, Kazakhstan and China agreed. He said the police were in Almaty.';
    const tokens = tokenize(text);
    const built = buildActorLexicon().trie.scan(tokens, WEAK_PRIORITY);
    const restoredLexicon = restoreActorLexicon(stored);
    const restored = restoredLexicon.trie.scan(tokens, WEAK_PRIORITY);
    expect(restored.length).toBeGreaterThan(8);
    expect(restored.map((m) => [m.from, m.to, m.entry.value])).toEqual(built.map((m) => [m.from, m.to, m.entry.value]));
    // Person values point at the lexicon's own people, as a built lexicon's do.
    const person = restored.find((m) => m.entry.value.kind === 'person')!.entry.value;
    if (person.kind !== 'person') throw new Error('unreachable');
    expect(person.people.every((p) => restoredLexicon.people.get(p.id) === p)).toBe(true);
    // Every name of one country yields the very same value object.
    const kaz = restoredLexicon.trie.scan(tokenize('Kazakhstan and Republic of Kazakhstan'), WEAK_PRIORITY);
    expect(kaz).toHaveLength(2);
    expect(kaz[0]!.entry.value).toBe(kaz[1]!.entry.value);
  });
});

describe('loadActorLexicon', () => {
  it('takes a record made for this data and code', () => {
    const file = path.join(dir, 'current.json');
    writeFileSync(file, JSON.stringify(recorded.snapshot));
    const { lexicon, origin } = loadActorLexicon(file);
    expect(origin).toBe('snapshot');
    expect(isDeepStrictEqual(lexicon, restoreActorLexicon(stored))).toBe(true);
  });

  it('builds the lexicon when the record was made for other data or code, or is missing', () => {
    const file = path.join(dir, 'stale.json');
    writeFileSync(file, JSON.stringify({ ...recorded.snapshot, key: 'made-for-other-data' }));
    expect(loadActorLexicon(file).origin).toBe('built');
    expect(loadActorLexicon(path.join(dir, 'missing.json')).origin).toBe('built');
  });
});

describe('lexiconKey', () => {
  it('changes with the data files, and with the source of any lexicon module', () => {
    const modules = lexiconModuleFiles().map((f, i) => {
      const copy = path.join(dir, `${i}-${path.basename(f)}`);
      writeFileSync(copy, `// module ${i}\n`);
      return copy;
    });
    const key = lexiconKey('data-v1', modules);
    expect(lexiconKey('data-v1', modules)).toBe(key);
    expect(lexiconKey('data-v2', modules)).not.toBe(key);
    writeFileSync(modules[2]!, '// module 2, edited\n');
    expect(lexiconKey('data-v1', modules)).not.toBe(key);
  });

  it('covers every module of this package that the lexicon and its record are built with', () => {
    // The package's own modules that lexicon-snapshot.ts and actor-lexicon.ts import, directly or not
    // (type-only imports decide nothing at run time); the store's extractor version is the data's hash.
    const closure = new Set<string>();
    const visit = (file: string): void => {
      if (closure.has(file)) return;
      closure.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'(\.[^']+)\.js'/gms)) visit(path.resolve(path.dirname(file), `${m[1]}.ts`));
    };
    visit(path.join(import.meta.dirname, 'lexicon-snapshot.ts'));
    closure.delete(path.join(import.meta.dirname, '..', '..', 'store', 'extractor-version.ts'));
    expect([...closure].sort()).toEqual(lexiconModuleFiles().sort());
  });
});
