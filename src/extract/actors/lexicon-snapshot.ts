/**
 * The actor lexicon as a build artefact. Building it (validating 800 leaders, spelling variants of their
 * names, world-countries, 5,000 trie entries) was the largest single cost of a one-article run, so
 * `npm run build` records it in dist/actor-lexicon.json: the people, the distinct match values, and the
 * trie's nodes. Restoring builds the trie's maps from them; what is skipped is deciding what to add and
 * tokenising and case-ruling every pattern again (replaying the adds still cost a tenth of a run).
 *
 * The record is keyed by a hash of everything that decides what is added: the extractor version (the
 * package version and every data file), the world-countries version, and the source of the modules that
 * build the lexicon (LEXICON_MODULES, beside the running module, so a run from src/ never takes a record
 * made from dist/). Another key means the lexicon is built as before: a stale record is never used.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { forgetSnapshotValues, packageRoot } from '../../core/data-files.js';
import { extractorVersion } from '../../store/extractor-version.js';
import { buildActorLexicon, type ActorLexicon, type LexValue } from './actor-lexicon.js';
import { leadersFileNames, type Person } from './leaders.js';
import { TokenTrie, type StoredTrie } from './token-trie.js';

/** Where the build writes the record. */
export const lexiconSnapshotPath: string = path.join(packageRoot, 'dist', 'actor-lexicon.json');

/** Modules (beside this one, without extension) whose code decides what the lexicon holds. */
export const LEXICON_MODULES = ['lexicon-snapshot', 'actor-lexicon', 'leaders', 'lexicon-data', 'token-trie', '../../core/code-order', '../../core/data-files', '../../core/data-snapshot', '../../core/schema-key'] as const;

/** A match value as stored: a person value lists indexes into `people`. */
type StoredValue = Exclude<LexValue, { kind: 'person' }> | { readonly kind: 'person'; readonly people: readonly number[] };

/** The recorded lexicon. */
export interface LexiconSnapshot {
  readonly key: string;
  readonly people: readonly Person[];
  readonly values: readonly StoredValue[];
  /** The trie as built, its values by index into `values`. */
  readonly trie: StoredTrie;
  readonly qualifiers: readonly string[];
  readonly phraseEnds: readonly string[];
  readonly organisations: readonly string[];
  readonly statePronounFollowers: readonly string[];
}

/** Builds the lexicon from data/ and records it; the record restores to an identical lexicon. */
export function recordActorLexicon(key: string = lexiconKey()): { lexicon: ActorLexicon; snapshot: LexiconSnapshot } {
  const lexicon = buildActorLexicon();
  const people = [...lexicon.people.values()];
  const personIndex = new Map(people.map((p, i) => [p, i]));
  // Each distinct value object once, so that restored entries share values as built ones do.
  const distinct: LexValue[] = [];
  const index = new Map<LexValue, number>();
  const trie = lexicon.trie.toStored((value) => {
    let i = index.get(value);
    if (i === undefined) {
      i = distinct.push(value) - 1;
      index.set(value, i);
    }
    return i;
  });
  const values = distinct.map((v): StoredValue => (v.kind === 'person' ? { kind: 'person', people: v.people.map((p) => personIndex.get(p)!) } : v));
  const snapshot: LexiconSnapshot = {
    key,
    people,
    values,
    trie,
    qualifiers: [...lexicon.qualifiers],
    phraseEnds: [...lexicon.phraseEnds],
    organisations: [...lexicon.organisations],
    statePronounFollowers: [...lexicon.statePronounFollowers],
  };
  return { lexicon, snapshot };
}

/** The lexicon a record describes: the same people and values (shared as when built), the same trie. */
export function restoreActorLexicon(snapshot: LexiconSnapshot): ActorLexicon {
  const people = snapshot.people;
  const values = snapshot.values.map((v): LexValue => (v.kind === 'person' ? { kind: 'person', people: v.people.map((i) => people[i]!) } : v));
  return {
    trie: TokenTrie.fromStored(snapshot.trie, values),
    people: new Map(people.map((p) => [p.id, p])),
    qualifiers: new Set(snapshot.qualifiers),
    phraseEnds: new Set(snapshot.phraseEnds),
    organisations: new Set(snapshot.organisations),
    statePronounFollowers: new Set(snapshot.statePronounFollowers),
  };
}

/**
 * Writes the record for the build after checking that it restores to a lexicon equal to the one built
 * (a value JSON cannot carry would fail that). Returns why nothing was written, or null when written;
 * invalid data is such a reason, not a failed build: extraction reports it as it always did.
 */
export function writeLexiconSnapshot(file: string = lexiconSnapshotPath): string | null {
  let snapshot: LexiconSnapshot;
  try {
    snapshot = recordActorLexicon().snapshot;
  } catch (error) {
    return `the lexicon cannot be built: ${String((error as Error).message).split('\n')[0]}`;
  }
  const stored = JSON.parse(JSON.stringify(snapshot)) as LexiconSnapshot;
  // Compared with a lexicon built the ordinary way (the recorded one's trie is of another class).
  if (!isDeepStrictEqual(restoreActorLexicon(stored), buildActorLexicon())) return 'its record does not restore to the same lexicon';
  writeFileSync(file, JSON.stringify(snapshot));
  return null;
}

/** Where the actor lexicon of this process came from (tests and diagnostics). */
export type LexiconOrigin = 'snapshot' | 'built';

/** The recorded lexicon when its key is this run's, else a freshly built one. */
export function loadActorLexicon(file: string = lexiconSnapshotPath): { lexicon: ActorLexicon; origin: LexiconOrigin } {
  const snapshot = readSnapshot(file);
  if (snapshot !== undefined && snapshot.key === lexiconKey()) {
    // The record stands in for the leaders files, which only building the lexicon reads.
    forgetSnapshotValues(leadersFileNames());
    return { lexicon: restoreActorLexicon(snapshot), origin: 'snapshot' };
  }
  return { lexicon: buildActorLexicon(), origin: 'built' };
}

function readSnapshot(file: string): LexiconSnapshot | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LexiconSnapshot;
  } catch {
    return undefined;
  }
}

/**
 * The key of a lexicon built here and now: the data files (all of them: which ones the lexicon reads is
 * code too), the world-countries version and the lexicon modules' source, as found beside this module.
 */
export function lexiconKey(dataVersion: string = extractorVersion(), moduleFiles: readonly string[] = lexiconModuleFiles()): string {
  const hash = createHash('sha256');
  hash.update(`data\0${dataVersion}\0`);
  hash.update(`world-countries\0${worldCountriesVersion()}\0`);
  for (const file of moduleFiles) hash.update(`module\0${path.basename(file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** The lexicon modules' files as this process runs them (.js in dist/, .ts in src/). */
export function lexiconModuleFiles(): string[] {
  const here = fileURLToPath(import.meta.url);
  const ext = path.extname(here);
  return LEXICON_MODULES.map((m) => path.resolve(path.dirname(here), `${m}${ext}`));
}

function worldCountriesVersion(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('world-countries');
  // The package's main file sits at its root: its package.json is beside it.
  const pkg = JSON.parse(readFileSync(path.join(path.dirname(main), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '';
}
