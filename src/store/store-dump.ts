/** A canonical dump of every stored table, for comparing two stores row by row (tests, crash checks). */
import type Database from 'better-sqlite3';

const TABLES = [
  'schema_migrations', 'documents', 'events', 'event_reports', 'relations', 'relation_reports',
  'figures', 'figure_reports', 'evidence', 'quotes', 'superseded_texts',
] as const;

/** Every row of every table, ordered by primary key. */
export function dumpStore(db: Database.Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) {
    const key = t === 'schema_migrations' ? 'version' : t === 'superseded_texts' ? 'content_hash' : 'id';
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
  // The store's own invariants: every fact has a report, and its source count matches its reports.
  const invariants: Array<[string, string]> = [];
  for (const [fact, reports, key] of [['events', 'event_reports', 'event_id'], ['relations', 'relation_reports', 'relation_id'], ['figures', 'figure_reports', 'figure_id']]) {
    invariants.push([`${fact} without reports`, `SELECT count(*) AS n FROM ${fact} f WHERE NOT EXISTS (SELECT 1 FROM ${reports} r WHERE r.${key} = f.id)`]);
    invariants.push([`${fact} with a wrong source count`, `SELECT count(*) AS n FROM ${fact} f WHERE f.source_count != (SELECT count(DISTINCT document_id) FROM ${reports} r WHERE r.${key} = f.id)`]);
  }
  const hasColumn = db.prepare("SELECT 1 FROM pragma_table_info('events') WHERE name = 'source_count'").get();
  for (const [name, sql] of hasColumn ? invariants : []) {
    const n = (db.prepare(sql).get() as { n: number }).n;
    if (n > 0) problems.push(`${n} ${name}`);
  }
  // A database killed before its first migration committed is empty, and that is sound too.
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'document_fts'").get()) return problems;
  try {
    db.prepare("INSERT INTO document_fts(document_fts, rank) VALUES ('integrity-check', 1)").run();
  } catch (error) {
    problems.push(`fts: ${(error as Error).message}`);
  }
  return problems;
}
