/** Applies db/migrations/NNN-name.sql files in order, each in its own transaction, recording versions. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { packageRoot } from '../core/data-files.js';

/** One migration file: its version number, name and SQL. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Folder of the migration files shipped with the package. */
export const migrationsDir: string = path.join(packageRoot, 'db', 'migrations');

/** Reads the migrations of a folder, sorted by version; rejects duplicate or malformed names. */
export function readMigrations(dir: string = migrationsDir): Migration[] {
  const out: Migration[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()) {
    const m = /^(\d+)-([a-z0-9-]+)\.sql$/.exec(file);
    if (!m) throw new Error(`${path.join(dir, file)}: migration file names must look like 001-name.sql`);
    const version = Number(m[1]);
    if (out.some((x) => x.version === version)) throw new Error(`${path.join(dir, file)}: duplicate migration version ${version}`);
    out.push({ version, name: m[2]!, sql: readFileSync(path.join(dir, file), 'utf8') });
  }
  return out.sort((a, b) => a.version - b.version);
}

/** Versions already applied to a database (empty for a new one). */
export function appliedVersions(db: Database.Database): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  return (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{ version: number }>).map((r) => r.version);
}

/** Brings a database up to date; returns the versions it applied. A failing migration leaves no trace. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = readMigrations()): number[] {
  const done = new Set(appliedVersions(db));
  const newest = Math.max(0, ...migrations.map((m) => m.version));
  const ahead = [...done].filter((v) => v > newest);
  if (ahead.length) throw new Error(`database schema version ${Math.max(...ahead)} is newer than this multivector (${newest})`);
  const applied: number[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    const run = db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(m.version, m.name);
    });
    try {
      run.immediate();
    } catch (error) {
      throw new Error(`migration ${String(m.version).padStart(3, '0')}-${m.name} failed: ${(error as Error).message}`);
    }
    applied.push(m.version);
  }
  return applied;
}
