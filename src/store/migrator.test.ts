import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { appliedVersions, migrate, readMigrations } from './migrator.js';

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(path.join(tmpdir(), 'mv-mig-'));
  for (const [name, sql] of Object.entries(files)) writeFileSync(path.join(d, name), sql);
  return d;
}

describe('migrate', () => {
  it('applies the shipped migrations once and records them', () => {
    const db = new Database(':memory:');
    const first = migrate(db);
    expect(first[0]).toBe(1);
    expect(migrate(db)).toEqual([]);
    expect(appliedVersions(db)).toEqual(first);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['documents', 'events', 'event_reports', 'evidence', 'relations', 'figures', 'quotes', 'document_fts']));
  });

  it('applies new migrations in version order and only those', () => {
    const db = new Database(':memory:');
    migrate(db, readMigrations(dir({ '001-a.sql': 'CREATE TABLE a (x);' })));
    const applied = migrate(db, readMigrations(dir({ '010-c.sql': 'CREATE TABLE c (x);', '001-a.sql': 'CREATE TABLE a (x);', '002-b.sql': 'CREATE TABLE b (x);' })));
    expect(applied).toEqual([2, 10]);
  });

  it('leaves no trace of a failing migration', () => {
    const db = new Database(':memory:');
    const migrations = readMigrations(dir({ '001-a.sql': 'CREATE TABLE a (x);', '002-bad.sql': 'CREATE TABLE b (x); INSERT INTO nowhere VALUES (1);' }));
    expect(() => migrate(db, migrations)).toThrow(/migration 002-bad failed: .*nowhere/);
    expect(appliedVersions(db)).toEqual([1]);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({ n: 0 });
  });

  it('rejects badly named or duplicate files, and databases from a newer version', () => {
    expect(() => readMigrations(dir({ 'initial.sql': '' }))).toThrow(/must look like 001-name.sql/);
    expect(() => readMigrations(dir({ '001-a.sql': '', '01-b.sql': '' }))).toThrow(/duplicate migration version 1/);
    const db = new Database(':memory:');
    migrate(db, readMigrations(dir({ '005-x.sql': 'CREATE TABLE x (y);' })));
    expect(() => migrate(db, readMigrations(dir({ '001-a.sql': 'CREATE TABLE a (x);' })))).toThrow(/newer than this multivector/);
  });
});
