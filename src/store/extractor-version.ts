/**
 * The version of the extractor: a hash of the package version and of every data file (lexicons, patterns,
 * word lists), because a changed data file changes the facts as surely as changed code does. Stored with
 * each document; `ingest --reextract` recomputes the facts of documents stored under another version.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../core/data-files.js';

let cached: string | undefined;

/** 16 hex digits identifying the package version and the data files; computed once per process. */
export function extractorVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const pkg = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version?: string };
  hash.update(`version\0${pkg.version ?? ''}\0`);
  const dataDir = path.join(packageRoot, 'data');
  for (const file of listFiles(dataDir)) {
    hash.update(`${path.relative(dataDir, file).split(path.sep).join('/')}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
