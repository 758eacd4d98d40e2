/** Engagement weights per PLOVER type and CONSULT mode, from data/engagement-weights.yaml. */
import { z } from 'zod';
import { dataPath, loadDataFile } from '../core/data-files.js';
import { PLOVER_TYPES, type EventStatus, type PloverType } from '../record/types.js';

const typeSchema = z.strictObject({
  weight: z.number().nonnegative(),
  kind: z.enum(['cooperation', 'conflict']),
  modes: z.record(z.string(), z.number().nonnegative()).optional(),
});

const fileSchema = z.strictObject({
  plannedFactor: z.number().min(0).max(1),
  types: z.record(z.string(), typeSchema),
});

/** Whether an event type counts as cooperation or conflict. */
export type EngagementKind = 'cooperation' | 'conflict';

/** The weights, validated: every PLOVER type has one. */
export interface EngagementWeights {
  readonly plannedFactor: number;
  readonly types: Readonly<Record<PloverType, z.infer<typeof typeSchema>>>;
}

/** Validates raw weights; throws a one-line error naming the file and the problem. */
export function parseEngagementWeights(raw: unknown, file = dataPath('engagement-weights.yaml')): EngagementWeights {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  for (const type of Object.keys(parsed.data.types)) {
    if (!(PLOVER_TYPES as readonly string[]).includes(type)) throw new Error(`${file}: types.${type}: not a PLOVER type`);
  }
  const missing = PLOVER_TYPES.filter((t) => !(t in parsed.data.types));
  if (missing.length > 0) throw new Error(`${file}: types: no weight for ${missing.join(', ')}`);
  return parsed.data as EngagementWeights;
}

let cached: EngagementWeights | undefined;

/** The project's engagement weights, parsed once. */
export function loadEngagementWeights(): EngagementWeights {
  cached ??= parseEngagementWeights(loadDataFile('engagement-weights.yaml'));
  return cached;
}

/** The engagement one event adds: its type's (or mode's) weight, times the planned factor if not yet occurred. */
export function eventWeight(weights: EngagementWeights, type: PloverType, mode: string | null | undefined, status: EventStatus): number {
  const t = weights.types[type];
  const base = mode != null && t.modes?.[mode] !== undefined ? t.modes[mode]! : t.weight;
  return status === 'planned' ? base * weights.plannedFactor : base;
}

/** Whether a type is cooperation or conflict. */
export function engagementKind(weights: EngagementWeights, type: PloverType): EngagementKind {
  return weights.types[type].kind;
}
