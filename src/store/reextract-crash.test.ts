/**
 * Kills real `--reextract` processes with SIGKILL at seeded random moments, then lets a last run finish,
 * and checks the database is sound after every kill and ends identical to one uninterrupted re-extraction.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../core/seeded-random.js';
import { ingestDocuments } from './ingest-documents.js';
import { reextractStore } from './reextract.js';
import { newRulesExtractor } from './reextract-test-extractor.js';
import { openStore } from './sqlite-fact-store.js';
import { checkIntegrity, dumpStore } from './store-dump.js';
import { syntheticCorpus, syntheticExtractor } from './synthetic-corpus.js';
import { runKillableWorker, type KillPlan } from '../test-support/killable-worker.js';

const DOCUMENTS = 150;
const KILLS = 6;
const worker = fileURLToPath(new URL('./crash-reextract-worker.ts', import.meta.url));

function runWorker(db: string, kill: KillPlan | null): Promise<{ finished: boolean }> {
  return runKillableWorker(worker, [db], kill, (line) => /^\d+ done$/.test(line));
}

describe('re-extraction after kill -9', () => {
  it('is sound after every kill and, resumed, ends identical to an uninterrupted run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mv-reextract-crash-'));
    const start = path.join(dir, 'start.db');
    const store = openStore(start);
    const docs = syntheticCorpus({ documents: DOCUMENTS, seed: 7, filler: 3 });
    await ingestDocuments(store, docs.map((document) => ({ ok: true as const, file: document.meta.path!, document })), { extract: syntheticExtractor });
    store.connection.prepare("UPDATE documents SET extractor_version = 'old-rules'").run();
    await store.close();

    const refFile = path.join(dir, 'reference.db');
    copyFileSync(start, refFile);
    const reference = openStore(refFile);
    expect(reextractStore(reference, { extract: newRulesExtractor })).toMatchObject({ reextracted: DOCUMENTS, remaining: 0 });
    const expected = dumpStore(reference.connection);
    await reference.close();

    const db = path.join(dir, 'crashed.db');
    copyFileSync(start, db);
    const rnd = seededRandom(11);
    let killedMidway = 0;
    for (let i = 0; i < KILLS; i++) {
      const run = await runWorker(db, { afterLines: 1 + Math.floor(rnd() * 15), delayMs: rnd() * 2 });
      if (!run.finished) killedMidway++;
      const check = new Database(db);
      expect(checkIntegrity(check)).toEqual([]);
      check.close();
    }
    expect(killedMidway).toBeGreaterThanOrEqual(KILLS - 1);
    expect((await runWorker(db, null)).finished).toBe(true);
    const result = new Database(db);
    expect(checkIntegrity(result)).toEqual([]);
    expect(dumpStore(result)).toEqual(expected);
    result.close();
  }, 120_000);
});
