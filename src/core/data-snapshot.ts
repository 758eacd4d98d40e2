/**
 * The start-up snapshot of the data files. Parsing the YAML in data/ took about a third of a one-article
 * run, so `npm run build` parses every data file once and writes the values, as JSON, to
 * dist/data-snapshot.json; a process then reads that one file instead of parsing YAML.
 *
 * Each entry keeps the SHA-256 of the text it was parsed from, and an entry is used only while the file
 * still has that text: a data file edited after the build is parsed from YAML again, so the snapshot can
 * make a run slower but never makes it read old data.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

/** Bumped when the layout of the snapshot changes; a snapshot of another format is ignored. */
const FORMAT = 1;

/** One data file as parsed at build time. */
export interface SnapshotEntry {
  /** SHA-256 (hex) of the file's text. */
  readonly sha256: string;
  readonly value: unknown;
  /** What the schema the code validates the file with made of `value` at build time (see data-files.ts). */
  readonly validated?: ValidatedValue;
}

/** A value as a schema's validation returned it, and that schema's fingerprint (schema-key.ts). */
export interface ValidatedValue {
  readonly schema: string;
  readonly value: unknown;
}

/** Parsed data files by name relative to data/ (`leaders/post-soviet.yaml`). */
export interface DataSnapshot {
  readonly format: typeof FORMAT;
  readonly files: Readonly<Record<string, SnapshotEntry>>;
}

/** Parses one data file's text; `name` is relative to data/, for messages. */
export type ParseDataFile = (text: string, name: string) => unknown;

/** The hash an entry is checked against. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The entry's value when it was parsed from exactly `text`, else undefined. */
export function snapshotValue(snapshot: DataSnapshot | undefined, name: string, text: string): unknown {
  const entry = snapshot?.files[name];
  return entry !== undefined && entry.sha256 === textHash(text) ? entry.value : undefined;
}

/** Reads a snapshot file; undefined when it is missing, unreadable or of another format. */
export function readDataSnapshot(file: string): DataSnapshot | undefined {
  try {
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as DataSnapshot;
    return snapshot.format === FORMAT && typeof snapshot.files === 'object' ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses every YAML or JSON file below `dataDir` with `parse` (the parser the run time uses). A file that
 * does not parse, or whose value JSON cannot carry unchanged (a date, an infinity), is left out: it is
 * parsed at run time, which reports its error where it always did.
 */
export function buildDataSnapshot(dataDir: string, parse: ParseDataFile): DataSnapshot {
  const files: Record<string, SnapshotEntry> = {};
  for (const name of dataFileNames(dataDir)) {
    const text = readFileSync(path.join(dataDir, name), 'utf8');
    let value: unknown;
    try {
      value = parse(text, name);
    } catch {
      continue;
    }
    if (isDeepStrictEqual(JSON.parse(JSON.stringify(value) ?? 'null'), value)) files[name] = { sha256: textHash(text), value };
  }
  return { format: FORMAT, files };
}

/**
 * The snapshot with each file's validated value added; a value JSON cannot carry unchanged (a Set, a
 * function, an explicit undefined) is left out, and that file is validated at run time as before.
 */
export function withValidated(snapshot: DataSnapshot, validated: ReadonlyMap<string, ValidatedValue>): DataSnapshot {
  const files: Record<string, SnapshotEntry> = {};
  for (const [name, entry] of Object.entries(snapshot.files)) {
    const v = validated.get(name);
    const faithful = v !== undefined && isDeepStrictEqual(JSON.parse(JSON.stringify(v.value) ?? 'null'), v.value);
    files[name] = faithful ? { ...entry, validated: { schema: v.schema, value: v.value } } : { sha256: entry.sha256, value: entry.value };
  }
  return { format: FORMAT, files };
}

/**
 * The value validation made of `name` at build time when `key` is the fingerprint of the schema it was
 * made with, handed out once: the entry lets go of it either way, so a second caller validates and
 * gets an object of its own.
 */
export function takeValidated(snapshot: DataSnapshot | undefined, name: string, key: () => string): { value: unknown } | undefined {
  const entry = snapshot?.files[name] as { validated?: ValidatedValue } | undefined;
  const stored = entry?.validated;
  if (!entry || !stored) return undefined;
  entry.validated = undefined;
  return stored.schema === key() ? { value: stored.value } : undefined;
}

/** Removes the entries of `names`: values a process will not read need not stay in its memory. */
export function forgetEntries(snapshot: DataSnapshot | undefined, names: readonly string[]): void {
  if (!snapshot) return;
  const files = snapshot.files as Record<string, SnapshotEntry>;
  for (const name of names) delete files[name];
}

/** Writes `buildDataSnapshot(dataDir)` to `file`. */
export function writeDataSnapshot(dataDir: string, file: string, parse: ParseDataFile): DataSnapshot {
  const snapshot = buildDataSnapshot(dataDir, parse);
  writeFileSync(file, JSON.stringify(snapshot));
  return snapshot;
}

/** Names (relative to dataDir, `/`-separated, sorted) of the YAML and JSON files below it. */
function dataFileNames(dataDir: string, prefix = ''): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(path.join(dataDir, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) names.push(...dataFileNames(dataDir, name));
    else if (entry.isFile() && /\.(ya?ml|json)$/.test(entry.name)) names.push(name);
  }
  return names.sort();
}
