/**
 * Kills real ingest processes with SIGKILL at many seeded random moments (during start-up, migration
 * and document transactions), then lets a last run finish, and checks that the database is sound and
 * identical to one uninterrupted ingest.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ingestDocuments } from './ingest-documents.js';
import { openStore } from './sqlite-fact-store.js';
import { checkIntegrity, dumpStore } from './store-dump.js';
import { seededRandom } from '../core/seeded-random.js';
import { syntheticCorpus, syntheticExtractor } from './synthetic-corpus.js';
import { runKillableWorker, type KillPlan } from '../test-support/killable-worker.js';

const DOCUMENTS = 200;
const SEED = 42;
const KILLS = 16;
const worker = fileURLToPath(new URL('./crash-ingest-worker.ts', import.meta.url));

/** Starts the worker; kills it after `afterLines` progress lines plus `delayMs`, or never when kill is null. */
function runWorker(db: string, kill: KillPlan | null): Promise<{ stored: number; finished: boolean }> {
  return runKillableWorker(worker, [db, String(DOCUMENTS), String(SEED)], kill, (line) => line !== 'ready', (line) => /^\d+ (new|replaced)$/.test(line))
    .then((run) => ({ stored: run.counted, finished: run.finished }));
}

describe('crash recovery', () => {
  it('leaves a sound database after kill -9 at random moments, and resuming gives the uninterrupted result', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mv-crash-'));

    const reference = openStore(path.join(dir, 'reference.db'));
    const docs = syntheticCorpus({ documents: DOCUMENTS, seed: SEED, filler: 3 });
    await ingestDocuments(reference, docs.map((document) => ({ ok: true as const, file: document.meta.path!, document })), { extract: syntheticExtractor });
    const expected = dumpStore(reference.connection);
    await reference.close();

    const db = path.join(dir, 'crashed.db');
    const rnd = seededRandom(SEED);
    let storedBeforeKills = 0;
    let killedMidway = 0;
    for (let i = 0; i < KILLS; i++) {
      // Every fourth kill hits start-up or migration; the others land after a random number of documents.
      const kill = i % 4 === 0 ? { afterLines: 0, delayMs: 150 + rnd() * 400 } : { afterLines: 1 + Math.floor(rnd() * 12), delayMs: rnd() * 2 };
      const run = await runWorker(db, kill);
      if (!run.finished) killedMidway++;
      storedBeforeKills += run.stored;
      const check = new Database(db);
      expect(checkIntegrity(check)).toEqual([]);
      check.close();
    }
    expect(killedMidway).toBeGreaterThanOrEqual(KILLS - 2);
    expect(storedBeforeKills).toBeGreaterThan(0);
    expect(storedBeforeKills).toBeLessThan(DOCUMENTS);

    const last = await runWorker(db, null);
    expect(last.finished).toBe(true);
    // A kill between a commit and its progress line hides that document from the count, never adds one.
    expect(storedBeforeKills + last.stored).toBeLessThanOrEqual(DOCUMENTS);
    expect(storedBeforeKills + last.stored).toBeGreaterThanOrEqual(DOCUMENTS - KILLS);

    const result = new Database(db);
    expect(checkIntegrity(result)).toEqual([]);
    const actual = dumpStore(result);
    const ids = (actual.documents as Array<{ doc_id: string }>).map((d) => d.doc_id);
    expect(new Set(ids).size).toBe(DOCUMENTS);
    expect(ids).toHaveLength(DOCUMENTS);
    expect(actual).toEqual(expected);
    result.close();
  }, 90_000);
});
