/** Locates and loads the hand-written lexicons in data/ (YAML), from src/ and dist/ alike. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';

/** The repository root: src/core and dist/core both sit two levels below it. */
export const packageRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a file in data/. */
export function dataPath(name: string): string {
  return path.join(packageRoot, 'data', name);
}

const cache = new Map<string, unknown>();

/** Parses data/<name> (YAML or JSON) once per process; the caller validates the shape (zod). */
export function loadDataFile(name: string): unknown {
  let value = cache.get(name);
  if (value === undefined) {
    const file = dataPath(name);
    const text = readFileSync(file, 'utf8');
    try {
      value = parse(text);
    } catch (error) {
      throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
    }
    cache.set(name, value);
  }
  return value;
}

/** Parses data/<name> with a schema; the error names the file and its first problems. */
export function loadValidated<T>(name: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(loadDataFile(name));
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`data/${name}: ${problems.join('; ')}`);
  }
  return parsed.data;
}
