/**
 * Gold annotation files (the format of shared/gold): one JSON file per document, validated with zod so
 * that a typo in a hand-written file is reported with its file and field instead of silently scoring 0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const DateWindow = z.object({ from: z.string(), to: z.string() });
/** A field that accepts one value or any of several (type, status, tier). */
const OneOrMore = z.union([z.string(), z.array(z.string()).min(1)]);
/** The quoted evidence: one passage, or several where the gold cites more than one (never scored). */
const Evidence = OneOrMore.optional();

const GoldEvent = z.looseObject({
  type: OneOrMore,
  mode: z.string().nullish(),
  source: z.string(),
  target: z.string(),
  status: OneOrMore.optional(),
  date: DateWindow.nullish(),
  required: z.boolean().optional(),
  /** Acceptable alternative pairs (a format code, host to participant …). */
  pairs: z.array(z.tuple([z.string(), z.string()])).min(1).optional(),
  evidence: Evidence,
});

const GoldRelation = z.looseObject({
  a: z.string(),
  b: z.string(),
  tier: OneOrMore,
  required: z.boolean().optional(),
  evidence: Evidence,
});

const GoldFigure = z.looseObject({
  metric: z.string(),
  a: z.string(),
  b: z.string(),
  value: z.number(),
  unit: z.string(),
  qualifier: z.string().optional(),
  period: DateWindow.nullish(),
  required: z.boolean().optional(),
  evidence: Evidence,
});

export const GoldFileSchema = z.looseObject({
  /** The document's key: its file name without extension, or its id. */
  document: z.string().min(1),
  published: DateWindow.nullish(),
  published_unknown_ok: z.boolean().optional(),
  /** This file's focus actor; wins over --focus. */
  focus: z.string().optional(),
  /** Whether domestic events (one actor on both sides) are listed and scored. */
  domestic: z.boolean().optional(),
  events: z.array(GoldEvent).default([]),
  relations: z.array(GoldRelation).default([]),
  figures: z.array(GoldFigure).default([]),
});

export type GoldFile = z.infer<typeof GoldFileSchema>;
export type GoldEvent = z.infer<typeof GoldEvent>;
export type GoldRelation = z.infer<typeof GoldRelation>;
export type GoldFigure = z.infer<typeof GoldFigure>;
export type GoldWindow = z.infer<typeof DateWindow>;

/** Validates one parsed gold file; the error names the file and its first problems. */
export function parseGold(value: unknown, file: string): GoldFile {
  const parsed = GoldFileSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file}: not a valid gold file: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** Every *.json file of a gold folder, in file-name order (the order the report lists them in). */
export function loadGoldDir(dir: string): GoldFile[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.map((f) => {
    const file = path.join(dir, f);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
    }
    return parseGold(value, file);
  });
}
