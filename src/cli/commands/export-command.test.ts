import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus, syntheticExtractor } from '../../store/synthetic-corpus.js';
import { exportToFile, runExport } from './export-command.js';
import { runIngest } from './ingest-command.js';
import { OutputError } from './stream-sink.js';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const tsxLoader = pathToFileURL(path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mv-export-'));
  mkdirSync(path.join(dir, 'in'));
  for (const d of syntheticCorpus({ documents: 6, seed: 4 })) {
    writeFileSync(path.join(dir, 'in', d.meta.path!), `url: ${d.meta.url}\npublished: ${d.meta.published}\n\n${d.text}\n`);
  }
  db = path.join(dir, 'x.db');
  await runIngest([path.join(dir, 'in')], { db, maxBytes: 1e6 }, { stderr: new PassThrough(), extract: syntheticExtractor, env: {} });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('export to a file', () => {
  it('writes the same rows as to a stream', async () => {
    const out = path.join(dir, 'events.csv');
    const rows = await exportToFile({ db, what: 'events', format: 'csv', out });
    let streamed = '';
    const s = new PassThrough().on('data', (c: Buffer) => (streamed += c.toString()));
    expect(await runExport({ db, what: 'events', format: 'csv' }, s)).toBe(rows);
    expect(rows).toBeGreaterThan(0);
    expect(readFileSync(out, 'utf8')).toBe(streamed);
  });

  it('a file in a missing folder is an OutputError naming the file', async () => {
    const out = path.join(dir, 'no-such-dir', 'x.csv');
    const run = exportToFile({ db, what: 'events', format: 'csv', out });
    await expect(run).rejects.toBeInstanceOf(OutputError);
    await expect(run).rejects.toThrow(`${out}: no such file or directory`);
  });

  it('a database that cannot be opened leaves no empty output file', async () => {
    const out = path.join(dir, 'never.csv');
    await expect(exportToFile({ db: path.join(dir, 'missing.db'), what: 'events', format: 'csv', out })).rejects.toThrow(/cannot open database/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('export command line', () => {
  it('reports an unwritable --out as one line and exits 1, without a stack trace', () => {
    const out = path.join(dir, 'no-such-dir', 'x.jsonl');
    const r = spawnSync(process.execPath, ['--import', tsxLoader, path.join(root, 'src/cli/main.ts'), 'export', '--db', db, '--format', 'jsonl', '--out', out], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' },
    });
    expect(r.stderr).toBe(`multivector: ${out}: no such file or directory\n`);
    expect(r.status).toBe(1);
  }, 60_000);
});
