/** Whole-file housekeeping for a store database that is done being written. */
import Database from 'better-sqlite3';

/**
 * Switches a database from write-ahead logging to a rollback journal, folding the log into the main
 * file: read-only opens afterwards leave no -wal/-shm files beside it, so the file can be copied or
 * shipped alone. The next read-write open (ingest) turns WAL back on.
 */
export function settleDatabase(file: string): void {
  let connection: Database.Database;
  try {
    connection = new Database(file, { fileMustExist: true });
  } catch (error) {
    throw new Error(`${file}: cannot open database: ${(error as Error).message}`);
  }
  try {
    connection.pragma('journal_mode = DELETE');
  } finally {
    connection.close();
  }
}

/** The first and last year in which the stored documents were published; null when none has a date. */
export function publishedYears(connection: Database.Database): { from: string; to: string } | null {
  const row = connection
    .prepare("SELECT min(substr(published, 1, 4)) AS first, max(substr(published, 1, 4)) AS last FROM documents WHERE published GLOB '[0-9][0-9][0-9][0-9]*'")
    .get() as { first: string | null; last: string | null };
  return row.first && row.last ? { from: row.first, to: row.last } : null;
}
