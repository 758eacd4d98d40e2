/**
 * People and their terms of office (data/leaders/*.yaml): validation with messages that name the file
 * and the entry, merging of every file, and the question "which office did this person hold on a date".
 */
import { readdirSync } from 'node:fs';
import { z } from 'zod';
import { dataPath, loadDataFile } from '../../core/data-files.js';
import { compareCodes } from '../../core/code-order.js';

/** The office titles a leaders file may use (data/leaders schema). */
export const LEADER_ROLES = [
  'president', 'vice_president', 'prime_minister', 'chancellor', 'king', 'emir', 'crown_prince', 'sultan',
  'supreme_leader', 'foreign_minister', 'secretary_general', 'commission_president', 'council_president',
  'parliament_president', 'high_representative', 'chairman_of_senate',
] as const;
/** One of the office roles of the leaders files. */
export type LeaderRole = (typeof LEADER_ROLES)[number];

/**
 * Title roles that stand for a group of offices: `head_of_state` ("the head of state"), `leader` (head of
 * state or government: "the Russian leader"), `minister` ("the minister": the foreign minister in this
 * domain), `envoy` (ambassadors, spokespeople: no office of their own), `official` (generals, judges,
 * MPs, other ministers: no office in data/leaders, never a coreference antecedent) and `any` ("counterpart").
 */
export const META_ROLES = ['any', 'head_of_state', 'leader', 'minister', 'envoy', 'official'] as const;
/** A role a title may state: an office role or a meta role. */
export type TitleRole = LeaderRole | (typeof META_ROLES)[number];

const HEADS_OF_STATE = new Set<string>(['president', 'king', 'emir', 'sultan', 'supreme_leader']);
const LEADERS = new Set<string>([...HEADS_OF_STATE, 'prime_minister', 'chancellor', 'crown_prince', 'secretary_general', 'commission_president', 'council_president']);

/** Whether a title's role fits an office role (meta roles match a group of offices). */
export function roleMatches(title: string, office: string | undefined): boolean {
  if (title === 'any') return true;
  if (office === undefined) return false;
  if (title === 'head_of_state') return HEADS_OF_STATE.has(office);
  if (title === 'leader') return LEADERS.has(office);
  if (title === 'minister') return office === 'foreign_minister';
  if (title === 'envoy' || title === 'official') return false;
  return title === office;
}

/** Whether a title role is one concrete office (and can be reported as the mention's role). */
export function isOfficeRole(role: string): role is LeaderRole {
  return (LEADER_ROLES as readonly string[]).includes(role);
}

/** One term of office: who the person spoke for, as what, and when (to null = still in office). */
export interface Office {
  readonly actor: string;
  readonly role: LeaderRole;
  readonly from: string;
  readonly to: string | null;
  readonly acting?: boolean;
}

/** A person from the leaders files, with the file it came from for error messages. */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly offices: readonly Office[];
  readonly file: string;
}

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

// YAML 1.1 readers turn bare dates into Date objects; accept both so a file's dialect does not matter.
const day = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(ISO_DAY, 'must be an ISO day YYYY-MM-DD'),
);

const officeSchema = z.strictObject({
  actor: z.string().regex(/^[A-Z][A-Z0-9_]{1,11}$/, 'must be an ISO alpha-3 or organisation code in capitals'),
  role: z.enum(LEADER_ROLES),
  from: day,
  to: day.nullable(),
  acting: z.boolean().optional(),
});

const personSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase ascii words joined by hyphens'),
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)).default([]),
  offices: z.array(officeSchema).min(1),
});

const fileSchema = z.strictObject({ people: z.array(z.unknown()) });

/** Validates one parsed leaders file; returns its people and one message per problem (file and entry named). */
export function validateLeadersFile(file: string, raw: unknown): { people: Person[]; errors: string[] } {
  const errors: string[] = [];
  const people: Person[] = [];
  const top = fileSchema.safeParse(raw);
  if (!top.success) {
    return { people, errors: [`${file}: expected a mapping with a 'people' list (${top.error.issues[0]?.message ?? 'invalid'})`] };
  }
  top.data.people.forEach((entry, i) => {
    const label = describeEntry(entry, i);
    const parsed = personSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push(`${file}: ${label}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
      }
      return;
    }
    const p = parsed.data;
    p.offices.forEach((o, k) => {
      if (o.to !== null && o.to < o.from) {
        errors.push(`${file}: ${label}: offices[${k}] (${o.actor} ${o.role}): to ${o.to} is before from ${o.from}`);
      }
      if (!isRealDay(o.from)) errors.push(`${file}: ${label}: offices[${k}].from ${o.from} is not a calendar day`);
      if (o.to !== null && !isRealDay(o.to)) errors.push(`${file}: ${label}: offices[${k}].to ${o.to} is not a calendar day`);
    });
    people.push({ id: p.id, name: p.name, aliases: p.aliases, offices: p.offices as Office[], file });
  });
  return { people, errors };
}

/** Merges validated files, reporting ids used twice (with both files). */
export function mergeLeaders(files: ReadonlyArray<{ people: Person[] }>): { people: Person[]; errors: string[] } {
  const seen = new Map<string, Person>();
  const errors: string[] = [];
  const people: Person[] = [];
  for (const f of files) {
    for (const p of f.people) {
      const prior = seen.get(p.id);
      if (prior) {
        errors.push(`${p.file}: person id '${p.id}' is already used in ${prior.file} (ids must be unique across data/leaders)`);
        continue;
      }
      seen.set(p.id, p);
      people.push(p);
    }
  }
  return { people, errors };
}

/** File names (relative to data/) of every leaders file, sorted so the merge order is deterministic. */
export function leadersFileNames(): string[] {
  let names: string[];
  try {
    names = readdirSync(dataPath('leaders'));
  } catch {
    return [];
  }
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => `leaders/${n}`);
}

/** Loads, validates and merges data/leaders/*.yaml; throws one error listing every problem. */
export function loadLeaders(): Person[] {
  const files = leadersFileNames().map((name) => validateLeadersFile(`data/${name}`, loadDataFile(name)));
  const merged = mergeLeaders(files);
  const errors = [...files.flatMap((f) => f.errors), ...merged.errors];
  if (errors.length > 0) {
    throw new Error(`invalid leaders data (${errors.length} problem${errors.length > 1 ? 's' : ''}):\n${errors.join('\n')}`);
  }
  return merged.people;
}

// Heads of state first: when someone holds two offices at once, news names them by the higher one.
const ROLE_RANK: Record<string, number> = {
  king: 0, emir: 0, sultan: 0, supreme_leader: 0, president: 1, crown_prince: 2, chancellor: 3, prime_minister: 3,
  secretary_general: 4, commission_president: 4, council_president: 4, high_representative: 5,
  vice_president: 6, foreign_minister: 7, parliament_president: 8, chairman_of_senate: 8,
};

/** A date (YYYY-MM-DD or YYYY-MM) as a comparable day; a month counts as its middle. */
function toDay(date: string): string {
  return date.length === 7 ? `${date}-15` : date.slice(0, 10);
}

/**
 * The office that identifies a person on a date: one held that day (highest-ranking), else the most
 * recent one that ended before it, else the earliest one that began after it; with no date, the latest.
 */
export function officeOn(person: Pick<Person, 'offices'>, date: string | null): Office | null {
  const offices = person.offices;
  if (offices.length === 0) return null;
  const byRank = (a: Office, b: Office) => (ROLE_RANK[a.role] ?? 9) - (ROLE_RANK[b.role] ?? 9);
  if (date === null) {
    const current = offices.filter((o) => o.to === null);
    if (current.length > 0) return [...current].sort(byRank)[0]!;
    return [...offices].sort((a, b) => compareCodes(b.to ?? '', a.to ?? '') || byRank(a, b))[0]!;
  }
  const d = toDay(date);
  const held = offices.filter((o) => o.from <= d && (o.to === null || d <= o.to));
  if (held.length > 0) return [...held].sort(byRank)[0]!;
  const before = offices.filter((o) => o.to !== null && o.to < d);
  if (before.length > 0) return [...before].sort((a, b) => compareCodes(b.to!, a.to!) || byRank(a, b))[0]!;
  return [...offices].sort((a, b) => compareCodes(a.from, b.from) || byRank(a, b))[0]!;
}

/**
 * Among people sharing a name, the one the date points to: whoever held office that day, else whoever
 * left office most recently before it, else the first listed. When several qualify, one whose office
 * was for an actor the document names (`context`) wins: "Rasmussen" beside NATO is the Secretary-General.
 */
export function pickPerson<P extends Pick<Person, 'offices' | 'id'>>(
  people: readonly P[],
  date: string | null,
  context: ReadonlySet<string> = new Set(),
): P | null {
  if (people.length <= 1) return people[0] ?? null;
  const inContext = (list: readonly P[]): P | undefined =>
    list.find((p) => {
      const o = officeOn(p, date);
      return o !== null && context.has(o.actor);
    });
  if (date === null) {
    const current = people.filter((p) => p.offices.some((o) => o.to === null));
    return inContext(current) ?? current[0] ?? inContext(people) ?? people[0]!;
  }
  const d = toDay(date);
  // On a handover day both hold office; the incoming one (latest start) is meant.
  const startOf = (p: P) => p.offices.reduce((acc, o) => (o.from <= d && (o.to === null || d <= o.to) && o.from > acc ? o.from : acc), '');
  const holding = people.filter((p) => startOf(p) !== '').sort((a, b) => compareCodes(startOf(b), startOf(a)));
  if (holding.length > 0) return inContext(holding) ?? holding[0]!;
  const lastEnd = (p: P) => p.offices.reduce((acc, o) => (o.to !== null && o.to < d && o.to > acc ? o.to : acc), '');
  const past = people.filter((p) => lastEnd(p) !== '').sort((a, b) => compareCodes(lastEnd(b), lastEnd(a)));
  if (past.length > 0) return inContext(past) ?? past[0]!;
  return inContext(people) ?? people[0]!;
}

function describeEntry(entry: unknown, i: number): string {
  const id = entry && typeof entry === 'object' && 'id' in entry ? (entry as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `people[${i}] (id '${id}')` : `people[${i}]`;
}

function isRealDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dim = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= dim[m - 1]!;
}
