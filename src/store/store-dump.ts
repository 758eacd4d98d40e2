/** A canonical dump of every stored table, for comparing two stores row by row (tests, crash checks). */
import type Database from 'better-sqlite3';

const TABLES = [
  'schema_migrations', 'documents', 'events', 'event_reports', 'relations', 'relation_reports',
  'figures', 'figure_reports', 'evidence', 'quotes',
] as const;

/** Every row of every table, ordered by primary key. */
export function dumpStore(db: Database.Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) {
    const key = t === 'schema_migrations' ? 'version' : 'id';
    out[t] = db.prepare(`SELECT * FROM ${t} ORDER BY ${key}`).all();
  }
  return out;
}

/** Runs SQLite's integrity and foreign-key checks; returns the problems found (empty when sound). */
export function checkIntegrity(db: Database.Database): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  for (const r of integrity) if (r.integrity_check !== 'ok') problems.push(r.integrity_check);
  for (const r of db.pragma('foreign_key_check') as Array<Record<string, unknown>>) problems.push(`foreign key: ${JSON.stringify(r)}`);
  // A database killed before its first migration committed is empty, and that is sound too.
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'document_fts'").get()) return problems;
  try {
    db.prepare("INSERT INTO document_fts(document_fts, rank) VALUES ('integrity-check', 1)").run();
  } catch (error) {
    problems.push(`fts: ${(error as Error).message}`);
  }
  return problems;
}
