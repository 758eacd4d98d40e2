import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { publishedYears, settleDatabase } from './database-file.js';
import { openStore } from './sqlite-fact-store.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mv-dbfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function insertDocuments(file: string, published: readonly (string | null)[]): void {
  const c = new Database(file);
  const columns = (c.prepare('PRAGMA table_info(documents)').all() as { name: string; notnull: number; dflt_value: unknown }[]);
  published.forEach((p, i) => {
    const values: Record<string, unknown> = {};
    for (const col of columns) if (col.notnull && col.dflt_value === null) values[col.name] = `x${i}`;
    values['doc_id'] = `d${i}`;
    values['published'] = p;
    const names = Object.keys(values);
    c.prepare(`INSERT INTO documents (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(values);
  });
  c.close();
}

describe('settleDatabase', () => {
  it('lets a read-only open leave no -wal/-shm files, where a WAL database would', async () => {
    for (const settle of [false, true]) {
      const file = path.join(dir, `s-${settle}.db`);
      await openStore(file).close();
      if (settle) settleDatabase(file);
      const reader = openStore(file, { readonly: true });
      await reader.close();
      expect(existsSync(`${file}-wal`) || existsSync(`${file}-shm`)).toBe(!settle);
    }
  });

  it('names the file it cannot open', () => {
    const file = path.join(dir, 'missing', 'x.db');
    expect(() => settleDatabase(file)).toThrow(`${file}: cannot open database`);
  });
});

describe('publishedYears', () => {
  it.each([
    [['2023-05-01', '2021-11-30', null, '2024'], { from: '2021', to: '2024' }],
    [['2022-01-01'], { from: '2022', to: '2022' }],
    [[null, 'unknown'], null],
    [[], null],
  ])('%j → %j', async (published, expected) => {
    const file = path.join(dir, `p-${Math.random().toString(36).slice(2)}.db`);
    await openStore(file).close();
    insertDocuments(file, published);
    const c = new Database(file, { readonly: true });
    expect(publishedYears(c)).toEqual(expected);
    c.close();
  });
});
