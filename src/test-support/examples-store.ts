/** A store built from examples/ the way the demo builds it (ingest, then settle to one file), for server and browser tests. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runIngest } from '../cli/commands/ingest-command.js';
import { packageRoot } from '../core/data-files.js';
import { DEFAULT_MAX_BYTES } from '../ingest/read-documents.js';
import { settleDatabase } from '../store/database-file.js';

/** Ingests examples/*.txt into a fresh database in a new temporary folder; returns the folder and the file. */
export async function buildExamplesStore(): Promise<{ dir: string; db: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mv-examples-'));
  const db = path.join(dir, 'examples.db');
  const examples = path.join(packageRoot, 'examples');
  const files = readdirSync(examples).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(examples, f));
  await runIngest(files, { db, maxBytes: DEFAULT_MAX_BYTES }, { stderr: new PassThrough(), env: {} });
  settleDatabase(db);
  return { dir, db };
}
