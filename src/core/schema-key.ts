/**
 * A fingerprint of a zod schema's definition, so that a value validated by one schema at build time is
 * used at run time only under the same schema (data-snapshot.ts). It covers everything the definition
 * holds: types, shapes, checks (their regular expressions, bounds, enum values), defaults, and the
 * source text of any function in it (refinements, transforms). What such a function reads from outside
 * itself is not covered; the build writes the snapshot from the code it has just compiled.
 */
import { createHash } from 'node:crypto';

/** SHA-256 (hex) of the schema's description. */
export function schemaKey(schema: unknown): string {
  return createHash('sha256').update(describe(schema, new Set())).digest('hex');
}

/** A canonical text of a definition value; `seen` holds the schemas on the way down (a recursive schema). */
function describe(value: unknown, seen: Set<object>): string {
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value) ?? 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return `fn(${value.toString()})`;
  if (value instanceof RegExp) return `re(${value.source}/${value.flags})`;
  if (typeof value !== 'object') return '?';
  const def = (value as { _zod?: { def?: unknown } })._zod?.def;
  if (def !== undefined) {
    // A schema or a check: its definition says everything it does.
    if (seen.has(value)) return 'cycle';
    seen.add(value);
    const text = `z${describe(def, seen)}`;
    seen.delete(value);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map((v) => describe(v, seen)).join(',')}]`;
  if (value instanceof Set || value instanceof Map) return `${value.constructor.name}${describe([...value], seen)}`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${describe((value as Record<string, unknown>)[k], seen)}`).join(',')}}`;
}
