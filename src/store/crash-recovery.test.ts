/**
 * Kills real ingest processes with SIGKILL at many seeded random moments (during start-up, migration
 * and document transactions), then lets a last run finish, and checks that the database is sound and
 * identical to one uninterrupted ingest.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const DOCUMENTS = 200;
const SEED = 42;
const KILLS = 16;
const worker = fileURLToPath(new URL('./crash-ingest-worker.ts', import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx');

interface Run {
  readonly stored: number;
  readonly finished: boolean;
}

/** Starts the worker; kills it after `afterLines` progress lines plus `delayMs`, or never when afterLines is null. */
function runWorker(db: string, kill: { afterLines: number; delayMs: number } | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, worker, db, String(DOCUMENTS), String(SEED)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stored = 0;
    let lines = 0;
    let finished = false;
    let killing = false;
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const line of parts) {
        if (/^\d+ (new|replaced)$/.test(line)) stored++;
        if (line.startsWith('finished')) finished = true;
        if (line !== 'ready') lines++;
        if (kill && !killing && line !== 'ready' && lines >= kill.afterLines) {
          killing = true;
          // Busy-wait rather than a timer: sub-millisecond delays land inside the next transaction.
          const until = performance.now() + kill.delayMs;
          while (performance.now() < until);
          child.kill('SIGKILL');
        }
      }
    });
    if (kill && kill.afterLines === 0) {
      // Kill during start-up or migration, before any document.
      setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`worker failed (${code}): ${stderr}`));
      else resolve({ stored, finished });
    });
  });
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
