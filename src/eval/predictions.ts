/**
 * Predicted records to score: read leniently (any extractor's JSON Lines, a JSON array, or a folder of
 * them), because the scorer judges what a record says and must not reject a record for an added field.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The parts of an extraction record the evaluation reads; anything else is ignored. */
export interface PredEvent {
  readonly type?: unknown;
  readonly source?: unknown;
  readonly target?: unknown;
  readonly status?: unknown;
  readonly date?: { readonly from?: string | null; readonly to?: string | null } | null;
  readonly evidence?: unknown;
}
export interface PredRelation {
  readonly a?: unknown;
  readonly b?: unknown;
  readonly tier?: unknown;
  readonly evidence?: unknown;
}
export interface PredFigure {
  readonly metric?: unknown;
  readonly a?: unknown;
  readonly b?: unknown;
  readonly value?: unknown;
  readonly unit?: unknown;
  readonly period?: { readonly from?: string | null; readonly to?: string | null } | null;
  readonly evidence?: unknown;
}
export interface PredRecord {
  readonly document?: { readonly id?: string; readonly path?: string; readonly published?: string | null };
  readonly events?: readonly PredEvent[];
  readonly relations?: readonly PredRelation[];
  readonly figures?: readonly PredFigure[];
}

/** The key a record is matched to gold by: its file name without extension, else its id. */
export function recordKey(record: PredRecord): string | undefined {
  const d = record.document ?? {};
  return d.path ? path.basename(d.path).replace(/\.[^.]*$/, '') : d.id;
}

/** Records by key; a later record with the same key replaces an earlier one (as the shared scorer does). */
export function indexRecords(records: Iterable<PredRecord>, into = new Map<string, PredRecord>()): Map<string, PredRecord> {
  for (const r of records) {
    const key = recordKey(r);
    if (key !== undefined) into.set(key, r);
  }
  return into;
}

/** Parses one file's text: a JSON array of records, or JSON Lines. */
export function parseRecords(text: string, file: string): PredRecord[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  try {
    if (trimmed.startsWith('[')) return JSON.parse(trimmed) as PredRecord[];
    return trimmed.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PredRecord);
  } catch (error) {
    throw new Error(`${file}: not JSON Lines or a JSON array: ${(error as Error).message}`);
  }
}

/** Reads a .jsonl/.json/.ndjson file, or every such file in a folder (not recursively). */
export function readPredictions(fileOrDir: string): Map<string, PredRecord> {
  const files = statSync(fileOrDir).isDirectory()
    ? readdirSync(fileOrDir).filter((f) => /\.(jsonl|json|ndjson)$/.test(f)).map((f) => path.join(fileOrDir, f))
    : [fileOrDir];
  const out = new Map<string, PredRecord>();
  for (const f of files) indexRecords(parseRecords(readFileSync(f, 'utf8'), f), out);
  return out;
}
