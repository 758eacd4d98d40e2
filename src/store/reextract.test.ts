import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/pipeline.js';
import { checkIntegrity } from './store-dump.js';
import { extractorVersion } from './extractor-version.js';
import { ingestDocuments } from './ingest-documents.js';
import { reextractStore } from './reextract.js';
import { openStore, type SqliteFactStore } from './sqlite-fact-store.js';
import { syntheticCorpus, syntheticExtractor } from './synthetic-corpus.js';

const docs = syntheticCorpus({ documents: 8, seed: 4 });
const reads = () => docs.map((document) => ({ ok: true as const, file: document.meta.path!, document }));

/** Facts without row ids, so two stores built in different ways compare. */
function facts(store: SqliteFactStore): unknown {
  const q = (sql: string) => store.connection.prepare(sql).all();
  return {
    documents: q('SELECT doc_id, url, path, title, published, published_basis, content_hash, extractor_version FROM documents ORDER BY content_hash'),
    events: q('SELECT type, source, target, status, date_from, date_to, source_count FROM events ORDER BY type, source, target, status, date_from'),
    relations: q('SELECT a, b, tier, label, stated_on, source_count FROM relations ORDER BY a, b, tier, stated_on'),
    figures: q('SELECT metric, a, b, value, unit, period_from, period_to, source_count FROM figures ORDER BY metric, a, b, value, period_from'),
    evidence: q('SELECT d.content_hash, e.start, e."end" FROM evidence e JOIN documents d ON d.id = e.document_id ORDER BY 1, 2, 3'),
  };
}

describe('reextractStore', () => {
  it('recomputes stale documents, resumes after an interruption, and ends where a fresh ingest would', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mv-reextract-'));
    // The "old extractor": synthetic facts, and an old version stamp on every document.
    const old = openStore(path.join(dir, 'old.db'));
    await ingestDocuments(old, reads(), { extract: syntheticExtractor });
    old.connection.prepare("UPDATE documents SET extractor_version = 'old-version'").run();
    const fresh = openStore(path.join(dir, 'fresh.db'));
    await ingestDocuments(fresh, reads(), { extract: (d) => extractDocument(d) });
    expect(facts(old)).not.toEqual(facts(fresh));

    // An interrupted run: three documents done, each in its own transaction; the rest still stale.
    const first = reextractStore(old, { limit: 3 });
    expect(first).toMatchObject({ reextracted: 3, remaining: 5 });
    expect(checkIntegrity(old.connection)).toEqual([]);
    const second = reextractStore(old);
    expect(second).toMatchObject({ reextracted: 5, remaining: 0, failures: [] });
    expect(facts(old)).toEqual(facts(fresh));
    // These documents never went through a reader: re-extraction tells their language.
    expect(old.connection.prepare('SELECT DISTINCT language FROM documents').all()).toEqual([{ language: 'en' }]);
    expect(reextractStore(old)).toMatchObject({ reextracted: 0, remaining: 0 });
    await old.close();
    await fresh.close();
  });

  it('keeps a document whose re-extraction fails as it was, and reports it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mv-reextract-'));
    const store = openStore(path.join(dir, 'x.db'));
    await ingestDocuments(store, reads().slice(0, 2), { extract: syntheticExtractor });
    store.connection.prepare('UPDATE documents SET extractor_version = NULL').run();
    const before = facts(store);
    const r = reextractStore(store, { extract: () => { throw new Error('boom'); } });
    expect(r.reextracted).toBe(0);
    expect(r.failures.map((f) => f.reason)).toEqual(['boom', 'boom']);
    expect(r.remaining).toBe(2);
    expect(facts(store)).toEqual(before);
    await store.close();
  });

  it('the version is a stable 16-digit hash', () => {
    expect(extractorVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(extractorVersion()).toBe(extractorVersion());
  });
});
