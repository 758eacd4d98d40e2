import { copyFileSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dumpStore, checkIntegrity } from '../../store/store-dump.js';
import { syntheticCorpus, syntheticExtractor } from '../../store/synthetic-corpus.js';
import { runIngest } from './ingest-command.js';
import { runEvents } from './events-command.js';
import { runExport } from './export-command.js';
import { runSearch } from './search-command.js';
import { sharedDir } from '../../../test/shared-fixtures.js';
import { textSink } from '../../test-support/text-sink.js';

// The seed articles live in ../shared beside the clone; a fresh clone has none, and that test skips.
const seeds = sharedDir ? path.join(sharedDir, 'corpus', 'seeds') : '';

const sink = textSink;

function corpusDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mv-cli-'));
  mkdirSync(path.join(dir, 'in'));
  for (const d of syntheticCorpus({ documents: 12, seed: 9 })) {
    writeFileSync(path.join(dir, 'in', d.meta.path!), `url: ${d.meta.url}\npublished: ${d.meta.published}\n\n${d.text}\n`);
  }
  return dir;
}

describe('ingest command', () => {
  it('ingests a folder, prints a closing summary without a progress bar in pipes, and skips what is stored', async () => {
    const dir = corpusDir();
    writeFileSync(path.join(dir, 'in', 'empty.txt'), '');
    const db = path.join(dir, 'x.db');
    const err = sink();
    const s = await runIngest([path.join(dir, 'in')], { db, maxBytes: 1e6 }, { stderr: err, extract: syntheticExtractor, env: {} });
    expect(s.documents.new).toBe(12);
    expect(s.totals.events).toBeGreaterThan(0);
    expect(err.text()).toMatch(/^multivector ingest: documents: 12 new, 0 unchanged, 0 replaced, 1 failed\n/);
    expect(err.text()).toMatch(/failed: .*empty\.txt: /);
    expect(err.text()).not.toMatch(/\r|\[/);
    const again = await runIngest([path.join(dir, 'in')], { db, maxBytes: 1e6 }, { stderr: sink(), extract: syntheticExtractor, env: {} });
    expect(again.documents).toMatchObject({ new: 0, unchanged: 12 });

    const events = await runEvents({ db, json: false, type: 'CONSULT' });
    expect(events.trim().split('\n').length).toBeGreaterThan(0);
    expect(events).not.toMatch(/\tAGREE\t/);
    const csv = sink();
    const rows = await runExport({ db, what: 'events', format: 'csv' }, csv);
    const lines = csv.text().trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,date_from,date_to,source,target,type,mode,cameo,quad_class,score,status,sources,fulfils,first_url,evidence');
    expect(lines).toHaveLength(rows + 1);
    expect(lines[1]).toMatch(/https:\/\/news\.example\.test\//);
    const jsonl = sink();
    await runExport({ db, what: 'figures', format: 'jsonl', partner: 'KAZ' }, jsonl);
    for (const line of jsonl.text().trim().split('\n').filter(Boolean)) expect(JSON.parse(line)).toHaveProperty('metric');
    expect(await runSearch('strategic OR trade', { db, limit: 3, json: false })).toMatch(/«(strategic|Trade)»/i);
  });

  it.skipIf(!sharedDir)('stores the seed articles identically on a second run and in a fresh database', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mv-seeds-'));
    const a = path.join(dir, 'a.db');
    const b = path.join(dir, 'b.db');
    const first = await runIngest([seeds], { db: a, maxBytes: 1e7 }, { stderr: sink(), env: {} });
    expect(first.documents).toMatchObject({ new: 5, failed: 0 });
    const dbA = new Database(a);
    const once = dumpStore(dbA);
    dbA.close();
    const second = await runIngest([seeds], { db: a, maxBytes: 1e7 }, { stderr: sink(), env: {} });
    expect(second.documents).toMatchObject({ new: 0, unchanged: 5 });
    await runIngest([seeds], { db: b, maxBytes: 1e7 }, { stderr: sink(), env: {} });
    const dbA2 = new Database(a);
    const dbB = new Database(b);
    expect(dumpStore(dbA2)).toEqual(once);
    expect(dumpStore(dbB)).toEqual(once);
    expect(checkIntegrity(dbA2)).toEqual([]);
    dbA2.close();
    dbB.close();
  });

  it('--jobs 2 (worker threads, real extractor) stores exactly what --jobs 1 stores', { timeout: 120_000 }, async () => {
    const dir = corpusDir();
    // A duplicate text and a second version of one URL: the cases where write order matters.
    const files = readdirSync(path.join(dir, 'in')).sort();
    copyFileSync(path.join(dir, 'in', files[0]!), path.join(dir, 'in', 'zz-duplicate.txt'));
    const first = readFileSync(path.join(dir, 'in', files[1]!), 'utf8');
    writeFileSync(path.join(dir, 'in', 'zz-new-version.txt'), first.replace(/\n\n/, '\n\nUpdated: the talks were postponed.\n\n'));
    const one = path.join(dir, 'one.db');
    const two = path.join(dir, 'two.db');
    const s1 = await runIngest([path.join(dir, 'in')], { db: one, maxBytes: 1e6, jobs: 1 }, { stderr: sink(), env: {} });
    const s2 = await runIngest([path.join(dir, 'in')], { db: two, maxBytes: 1e6, jobs: 2 }, { stderr: sink(), env: {} });
    expect(s2.documents).toEqual(s1.documents);
    expect(s1.documents).toMatchObject({ new: 12, unchanged: 1, replaced: 1 });
    const [a, b] = [new Database(one), new Database(two)];
    expect(dumpStore(b)).toEqual(dumpStore(a));
    a.close();
    b.close();
  });

  it('fails clearly on a database it cannot open', async () => {
    await expect(runIngest([path.join(corpusDir(), 'in')], { db: '/nonexistent/dir/x.db', maxBytes: 1e6 }, { stderr: sink(), env: {} })).rejects.toThrow(/cannot open database/);
    await expect(runEvents({ db: '/nonexistent/x.db', json: false })).rejects.toThrow(/cannot open database/);
  });
});
