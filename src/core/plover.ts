/** PLOVER type metadata (quad class, cooperation–conflict score, CAMEO root) loaded from data/plover-types.yaml. */
import { z } from 'zod';
import { PLOVER_TYPES, type PloverType } from '../record/types.js';
import { loadValidated } from './data-files.js';

/** The quad classes, cooperation first. */
export const QUAD_CLASSES = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'] as const;
/** The four CAMEO/PLOVER quad classes. */
export type QuadClass = (typeof QUAD_CLASSES)[number];

/** What multivector knows about one PLOVER type. */
export interface PloverTypeInfo {
  readonly type: PloverType;
  readonly quad: QuadClass;
  /** Cooperation–conflict score from -10 to +10 (own scale modelled on Goldstein's). */
  readonly score: number;
  readonly cameoRoot: string;
  readonly description: string;
}

const fileSchema = z.object({
  types: z.array(
    z.object({
      type: z.enum(PLOVER_TYPES),
      quad: z.enum(QUAD_CLASSES),
      score: z.number().min(-10).max(10),
      cameo_root: z.string().regex(/^\d{2}$/),
      description: z.string(),
    }),
  ),
});

let table: ReadonlyMap<PloverType, PloverTypeInfo> | undefined;

/** All PLOVER types with their metadata, validated once; throws naming the file if a type is missing. */
export function ploverTypes(): ReadonlyMap<PloverType, PloverTypeInfo> {
  if (table) return table;
  const data = loadValidated('plover-types.yaml', fileSchema);
  const map = new Map<PloverType, PloverTypeInfo>();
  for (const t of data.types) {
    map.set(t.type, { type: t.type, quad: t.quad, score: t.score, cameoRoot: t.cameo_root, description: t.description });
  }
  const missing = PLOVER_TYPES.filter((t) => !map.has(t));
  if (missing.length) throw new Error(`data/plover-types.yaml: no entry for ${missing.join(', ')}`);
  table = map;
  return map;
}

/** Metadata of one PLOVER type. */
export function ploverInfo(type: PloverType): PloverTypeInfo {
  return ploverTypes().get(type)!;
}

/** Types whose two sides are interchangeable: an agreement, a meeting or cooperation has no direction. */
export const SYMMETRIC_TYPES: ReadonlySet<PloverType> = new Set<PloverType>(['AGREE', 'CONSULT', 'COOPERATE']);

/** The pair as event identity sees it: sorted for symmetric types, as given for directed ones. */
export function eventPair(type: PloverType, source: string, target: string): [string, string] {
  if (SYMMETRIC_TYPES.has(type) && target < source) return [target, source];
  return [source, target];
}
