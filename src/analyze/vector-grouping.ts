/** Groups a focus country's partners into its foreign-policy vectors, from data/vectors.yaml and world-countries. */
import worldCountries, { type Country } from 'world-countries';
import { z } from 'zod';
import { dataPath, loadDataFile } from '../core/data-files.js';

/** The vector of partners that no rule claims; shown, but left out of the balance index. */
export const OTHER_VECTOR = 'other';

const ruleSchema = z.strictObject({
  vector: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: z.string().min(1),
  members: z.array(z.string().min(1)).optional(),
  regions: z.array(z.string().min(1)).optional(),
  subregions: z.array(z.string().min(1)).optional(),
  neighbours: z.boolean().optional(),
  greatPower: z.boolean().optional(),
});

const fileSchema = z.strictObject({
  groups: z.record(z.string(), z.array(z.string())).default({}),
  default: z.array(ruleSchema).min(1),
  overrides: z.record(z.string(), z.array(ruleSchema).min(1)).default({}),
});

/** One vector rule as written in data/vectors.yaml. */
export type VectorRule = z.infer<typeof ruleSchema>;
/** The whole vectors file. */
export type VectorsFile = z.infer<typeof fileSchema>;

/** One vector of a focus's grouping. */
export interface VectorInfo {
  readonly id: string;
  readonly label: string;
  readonly greatPower: boolean;
}

/** A focus country's vectors and the function that puts each partner in one of them. */
export interface VectorGrouping {
  readonly focus: string;
  /** Where the grouping came from: a hand-tuned override or the default rules. */
  readonly source: 'override' | 'default';
  /** Vectors in display order, without "other". */
  readonly vectors: readonly VectorInfo[];
  /** The vector of a partner code; "other" when no vector claims it. */
  vectorOf(partner: string): string;
  /** The label of a vector id (including "other"). */
  labelOf(vector: string): string;
}

/** Parses and validates the vectors file; throws a one-line error naming the file. */
export function parseVectorsFile(raw: unknown, file = dataPath('vectors.yaml')): VectorsFile {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  for (const [name, rules] of [['default', parsed.data.default], ...Object.entries(parsed.data.overrides)] as const) {
    const ids = new Set<string>();
    for (const rule of rules) {
      if (ids.has(rule.vector) || rule.vector === OTHER_VECTOR) throw new Error(`${file}: ${name}: vector "${rule.vector}" is duplicated or reserved`);
      ids.add(rule.vector);
      for (const m of rule.members ?? []) {
        if (m.startsWith('@') && !(m.slice(1) in parsed.data.groups)) throw new Error(`${file}: ${name}: unknown group ${m}`);
      }
    }
  }
  return parsed.data;
}

let cachedFile: VectorsFile | undefined;

/** The project's vectors file, parsed once. */
export function loadVectorsFile(): VectorsFile {
  cachedFile ??= parseVectorsFile(loadDataFile('vectors.yaml'));
  return cachedFile;
}

interface Geo {
  readonly region: string;
  readonly subregion: string;
  readonly borders: readonly string[];
}

// world-countries ships CommonJS whose typings declare an ES default; at run time the default import is the array.
const countries = worldCountries as unknown as readonly Country[];
const geo = new Map<string, Geo>(countries.map((c) => [c.cca3, { region: c.region, subregion: c.subregion, borders: c.borders }]));

/** Builds the grouping for a focus: its override if the file has one, else the default rules. */
export function buildVectorGrouping(focus: string, file: VectorsFile = loadVectorsFile()): VectorGrouping {
  const override = file.overrides[focus];
  const rules = override ?? file.default;
  const neighbours = new Set(geo.get(focus)?.borders ?? []);
  const expand = (members: readonly string[]): Set<string> =>
    new Set(members.flatMap((m) => (m.startsWith('@') ? file.groups[m.slice(1)] ?? [] : [m])));

  const compiled = rules
    .map((rule) => ({
      rule,
      members: expand(rule.members ?? []),
      regions: new Set(rule.regions ?? []),
      subregions: new Set(rule.subregions ?? []),
    }))
    .filter(({ rule, members, regions, subregions }) => {
      // A vector with no possible partner (the focus's own vector, an island's neighbourhood) would only
      // drag the index down, so it is not part of this focus's grouping.
      const others = [...members].filter((m) => m !== focus);
      if (others.length > 0 || regions.size > 0 || subregions.size > 0) return true;
      return rule.neighbours === true && neighbours.size > 0;
    });

  const cache = new Map<string, string>();
  const vectorOf = (partner: string): string => {
    let hit = cache.get(partner);
    if (hit !== undefined) return hit;
    hit = OTHER_VECTOR;
    if (partner !== focus) {
      const g = geo.get(partner);
      for (const c of compiled) {
        if (
          c.members.has(partner) ||
          (c.rule.neighbours === true && neighbours.has(partner)) ||
          (g !== undefined && (c.regions.has(g.region) || c.subregions.has(g.subregion)))
        ) {
          hit = c.rule.vector;
          break;
        }
      }
    }
    cache.set(partner, hit);
    return hit;
  };

  const vectors = compiled.map(({ rule }) => ({ id: rule.vector, label: rule.label, greatPower: rule.greatPower === true }));
  const labels = new Map(vectors.map((v) => [v.id, v.label]));
  return {
    focus,
    source: override ? 'override' : 'default',
    vectors,
    vectorOf,
    labelOf: (vector) => labels.get(vector) ?? (vector === OTHER_VECTOR ? 'Other' : vector),
  };
}

/** True for an ISO alpha-3 code of a state world-countries knows; false for organisations and groups. */
export function isState(code: string): boolean {
  return geo.has(code);
}
