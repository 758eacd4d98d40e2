/** Locates and loads the hand-written lexicons in data/ (YAML), from src/ and dist/ alike. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { z } from 'zod';
import { forgetEntries, readDataSnapshot, snapshotValue, takeValidated, type DataSnapshot, type ValidatedValue } from './data-snapshot.js';
import { schemaKey } from './schema-key.js';

/** The repository root: src/core and dist/core both sit two levels below it. */
export const packageRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a file in data/. */
export function dataPath(name: string): string {
  return path.join(packageRoot, 'data', name);
}

/** Where `npm run build` writes the parsed data files (data-snapshot.ts). */
export const dataSnapshotPath: string = path.join(packageRoot, 'dist', 'data-snapshot.json');

/** How a data file's value was had: from the build's snapshot or by parsing its YAML. */
export type DataOrigin = 'snapshot' | 'yaml';

const cache = new Map<string, unknown>();
const origins = new Map<string, DataOrigin>();
let snapshot: DataSnapshot | undefined | null = null;

/** Parses data/<name> (YAML or JSON) once per process; the caller validates the shape (zod). */
export function loadDataFile(name: string): unknown {
  let value = cache.get(name);
  if (value === undefined) {
    const file = dataPath(name);
    // The file is always read: its text decides whether the snapshot's entry still holds.
    const text = readFileSync(file, 'utf8');
    if (snapshot === null) snapshot = readDataSnapshot(dataSnapshotPath);
    value = snapshotValue(snapshot, name, text);
    origins.set(name, value === undefined ? 'yaml' : 'snapshot');
    value ??= parseYaml(file, text);
    cache.set(name, value);
  }
  return value;
}

/**
 * Lets go of the build snapshot's values of `names`, files this process will not read (the leaders files
 * once the actor lexicon is restored from its record: ~0.5 MB of the start-up snapshot's heap). Should
 * one be loaded after all, its YAML is parsed, as for a file the snapshot does not hold.
 */
export function forgetSnapshotValues(names: readonly string[]): void {
  if (snapshot === null) snapshot = readDataSnapshot(dataSnapshotPath);
  forgetEntries(snapshot, names);
}

/** How each data file loaded so far in this process was had (tests and diagnostics). */
export function dataFileOrigins(): ReadonlyMap<string, DataOrigin> {
  return origins;
}

/** Parses YAML text; the error names the file. */
export function parseYaml(file: string, text: string): unknown {
  try {
    return yamlParser()(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
}

type Parse = (text: string) => unknown;
let parse: Parse | undefined;
/** The YAML library, required on first use: with a current snapshot a run never needs it. */
function yamlParser(): Parse {
  parse ??= (createRequire(import.meta.url)('yaml') as { parse: Parse }).parse;
  return parse;
}

let recording: Map<string, ValidatedValue> | null = null;

/**
 * Parses data/<name> with a schema; the error names the file and its first problems.
 *
 * Validating the larger files cost about a tenth of a one-article run, so the build also keeps what
 * validation made of each file (scripts/build-data-snapshot.mjs). That value is returned instead of
 * validating again only when the file's text is the one the snapshot was made from and the schema is
 * the one it was validated with (schemaKey), and only once per file and process: every other call
 * validates and gets an object of its own, as callers always did.
 */
export function loadValidated<T>(name: string, schema: z.ZodType<T>): T {
  const value = loadDataFile(name);
  const stored = origins.get(name) === 'snapshot' ? takeValidated(snapshot ?? undefined, name, () => schemaKey(schema)) : undefined;
  if (stored) return stored.value as T;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`data/${name}: ${problems.join('; ')}`);
  }
  recording?.set(name, { schema: schemaKey(schema), value: parsed.data });
  return parsed.data;
}

/** From now on, what each loadValidated call validates (the build stores it in the snapshot). */
export function recordValidations(): ReadonlyMap<string, ValidatedValue> {
  recording = new Map();
  return recording;
}
