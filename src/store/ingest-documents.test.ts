import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReadResult } from '../ingest/read-documents.js';
import { ingestDocuments, formatSummary } from './ingest-documents.js';
import { openStore, type SqliteFactStore } from './sqlite-fact-store.js';
import { dumpStore, checkIntegrity } from './store-dump.js';
import { syntheticCorpus, syntheticExtractor } from './synthetic-corpus.js';

let store: SqliteFactStore;
beforeEach(() => {
  store = openStore(':memory:');
});
afterEach(async () => {
  await store.close();
});

const ok = (docs: ReturnType<typeof syntheticCorpus>): ReadResult[] => docs.map((document) => ({ ok: true, file: document.meta.path!, document }));

describe('ingestDocuments', () => {
  it('stores a corpus, merging events reported by several documents', async () => {
    const docs = syntheticCorpus({ documents: 60, seed: 7 });
    const s = await ingestDocuments(store, ok(docs), { extract: syntheticExtractor });
    expect(s.documents).toEqual({ new: 60, unchanged: 0, replaced: 0, failed: 0 });
    const reported = docs.reduce((n, d) => n + syntheticExtractor(d).events.length, 0);
    const events = await store.listEvents();
    expect(events.length).toBe(s.totals.events);
    expect(events.length).toBeLessThan(reported);
    expect(events.some((e) => e.sourceCount > 1)).toBe(true);
    expect(events.reduce((n, e) => n + e.evidence.length, 0)).toBe(reported);
    expect(checkIntegrity(store.connection)).toEqual([]);
  });

  it('leaves identical contents when the same inputs are ingested twice', async () => {
    const docs = syntheticCorpus({ documents: 30, seed: 3 });
    await ingestDocuments(store, ok(docs), { extract: syntheticExtractor });
    const first = dumpStore(store.connection);
    let extracted = 0;
    const s = await ingestDocuments(store, ok(docs), { extract: (d) => (extracted++, syntheticExtractor(d)) });
    expect(s.documents).toMatchObject({ new: 0, unchanged: 30 });
    expect(extracted).toBe(0);
    expect(s.added).toEqual({ events: 0, relations: 0, figures: 0, quotes: 0 });
    expect(dumpStore(store.connection)).toEqual(first);
  });

  it('reports failing documents with their reasons and commits the rest', async () => {
    const docs = syntheticCorpus({ documents: 5, seed: 11 });
    const inputs: ReadResult[] = [
      ...ok(docs.slice(0, 2)),
      { ok: false, file: 'broken.pdf', error: 'not a text file' },
      ...ok(docs.slice(2)),
    ];
    const boom = docs[3]!.id;
    const seen: string[] = [];
    const s = await ingestDocuments(store, inputs, {
      extract: (d) => {
        if (d.id === boom) throw new Error('extractor crashed\non this one');
        return syntheticExtractor(d);
      },
      onProgress: (p) => seen.push(`${p.done}:${p.outcome}`),
    });
    expect(s.documents).toEqual({ new: 4, unchanged: 0, replaced: 0, failed: 2 });
    expect(s.failures).toEqual([
      { file: 'broken.pdf', reason: 'not a text file' },
      { file: docs[3]!.meta.path, reason: 'extractor crashed on this one' },
    ]);
    expect(seen).toEqual(['1:new', '2:new', '3:failed', '4:new', '5:failed', '6:new']);
    expect((await store.listDocuments()).map((d) => d.id)).toEqual(docs.filter((d) => d.id !== boom).map((d) => d.id));
    expect(formatSummary(s)).toMatch(/^documents: 4 new, 0 unchanged, 0 replaced, 2 failed\n.*\nfailed: broken.pdf: not a text file/);
  });

  it('replaces documents whose text changed under the same URL', async () => {
    const docs = syntheticCorpus({ documents: 10, seed: 5 });
    await ingestDocuments(store, ok(docs), { extract: syntheticExtractor });
    const changed = docs.map((d, i) => (i % 3 === 0 ? { ...d, text: `${d.text}\nA late correction was appended.` } : d));
    const s = await ingestDocuments(store, ok(changed), { extract: syntheticExtractor });
    expect(s.documents).toMatchObject({ new: 0, unchanged: 6, replaced: 4 });
    expect(checkIntegrity(store.connection)).toEqual([]);
    expect(await store.listDocuments()).toHaveLength(10);
    // The same facts come back, so the stored facts are those of a fresh ingest of the changed texts.
    const fresh = openStore(':memory:');
    await ingestDocuments(fresh, ok(changed), { extract: syntheticExtractor });
    const strip = (events: Awaited<ReturnType<typeof store.listEvents>>) =>
      events.map(({ type, source, target, status, date, sourceCount }) => ({ type, source, target, status, date, sourceCount })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(strip(await store.listEvents())).toEqual(strip(await fresh.listEvents()));
    await fresh.close();
  });
});

describe('two versions of one article in the inputs', () => {
  it('keeps the later version and stays idempotent when the same inputs come again', async () => {
    const [d] = syntheticCorpus({ documents: 1, seed: 4 });
    const newer = { ...d!, id: 'newer', text: `${d!.text}\nAn update was added later.` };
    const inputs = ok([d!, newer]);
    const first = await ingestDocuments(store, inputs, { extract: syntheticExtractor });
    expect(first.documents).toMatchObject({ new: 1, replaced: 1 });
    const snapshot = dumpStore(store.connection);
    const again = await ingestDocuments(store, inputs, { extract: syntheticExtractor });
    expect(again.documents).toMatchObject({ unchanged: 2, new: 0, replaced: 0 });
    expect(dumpStore(store.connection)).toEqual(snapshot);
    expect((await store.listDocuments()).map((x) => x.id)).toEqual(['newer']);
  });
});
