/**
 * The actor lexicon: every country name, demonym, capital, organisation, person alias, title, honorific
 * and coreference phrase compiled into one token trie, so a document is scanned once.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { z } from 'zod';
import type { ActorMention } from '../../core/types.js';
import { loadValidated, loadLexiconSources, type LexiconSources } from './lexicon-data.js';
import { loadLeaders, type Person } from './leaders.js';
import { TokenTrie, tokenize } from './token-trie.js';

/** The coreference phrase classes of data/coreference.yaml. */
export type CorefClass =
  | 'narrationPersonPronouns' | 'quoteSpeakerPronouns' | 'quoteGroupPronouns' | 'quoteAddresseePronouns'
  | 'former' | 'latter' | 'twoPeople' | 'thePair' | 'twoCountries' | 'theCountry' | 'theGroup' | 'theBody' | 'theNeighbour' | 'thePerson' | 'statePronouns';

/** What a lexicon match stands for. */
export type LexValue =
  /** `sector`: the people a plural demonym names ("Panamanians" are civilians of Panama). */
  | { readonly kind: 'actor'; readonly code: string; readonly via: ActorMention['via']; readonly sector?: string }
  | { readonly kind: 'person'; readonly people: readonly Person[] }
  | { readonly kind: 'title'; readonly role: string; readonly sector: string; readonly modifier: boolean }
  /** A sector noun ("police", "protesters"); `modifier`: often a compound's first half; `bare`: may take its country from context. */
  | { readonly kind: 'sector'; readonly sector: string; readonly modifier: boolean; readonly bare: boolean }
  /** A named armed group, party or movement; code null: its country comes from its phrase or context. */
  | { readonly kind: 'group'; readonly code: string | null; readonly sector: string; readonly alsoIn?: readonly string[] }
  /** A city or region that places a sector noun in a country; never an actor itself. */
  | { readonly kind: 'place'; readonly code: string }
  | { readonly kind: 'honorific' }
  | { readonly kind: 'coref'; readonly cls: CorefClass }
  | { readonly kind: 'none' };

/** A compiled lexicon: the trie plus the people it knows. */
export interface ActorLexicon {
  readonly trie: TokenTrie<LexValue>;
  readonly people: ReadonlyMap<string, Person>;
  /** Token keys that may stand between a country word and its sector noun (data/sectors.yaml). */
  readonly qualifiers: ReadonlySet<string>;
  /** Token keys after which a modifier noun still ends its phrase (data/sectors.yaml). */
  readonly phraseEnds: ReadonlySet<string>;
  /** Organisation codes: codes that are not states (no sector for their leaders). */
  readonly organisations: ReadonlySet<string>;
  /** Words after which "it" is a state or organisation acting ("it said", "it would"). */
  readonly statePronounFollowers: ReadonlySet<string>;
}

// Ties between identical surfaces: a non-actor phrase beats everything, a country beats a surname.
/** Entries from this priority on (titles, honorifics, coreference) yield to a stronger overlapping match. */
export const WEAK_PRIORITY = 6;

const PRIORITY = { none: 0, organisation: 1, group: 1.5, name: 2, demonym: 3, capital: 4, place: 4.5, person: 5, sector: 5.5, title: 6, honorific: 7, coref: 8 } as const;

const require = createRequire(import.meta.url);
let countryList: readonly Country[] | undefined;

/**
 * world-countries (CommonJS exporting the array), required when a lexicon is built: it is a 1.4 MB JSON
 * file, and a run that restores the build's lexicon record (lexicon-snapshot.ts) never needs it.
 */
function countries(): readonly Country[] {
  countryList ??= require('world-countries') as readonly Country[];
  return countryList;
}

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.\-]+$/u;

// Territories and partially recognised states whose demonyms are worth matching besides UN members.
const EXTRA_STATES = new Set(['TWN', 'PSE', 'VAT', 'XKX']);

const stopwordsSchema = z.strictObject({ words: z.array(z.string().min(1)) });

// People named by their nationality ("two Russians were detained", "thousands of Panamanians marched").
const PEOPLE_SECTOR = 'CVL';

/** The plural of a demonym that names people of a state ("Haitian" → "Haitians", "Iraqi" → "Iraqis"), or null. */
function pluralDemonym(d: string): string | null {
  // "-ese", "-ish", "-ch" demonyms have no plural in -s ("the Chinese", "the British", "the French").
  return /(?:an|i|k|ot|ite)$/.test(d) && !/\s/.test(d) ? `${d}s` : null;
}

/** Builds the lexicon from data sources and people (defaults: the files in data/). */
export function buildActorLexicon(
  sources: LexiconSources = loadLexiconSources(),
  people: readonly Person[] = loadLeaders(),
  nameStopwords: readonly string[] = loadValidated('name-stopwords.yaml', stopwordsSchema).words,
  trie: TokenTrie<LexValue> = new TokenTrie<LexValue>(),
): ActorLexicon {
  const { countries: extra } = sources;
  const excluded = new Set(extra.exclude.map((s) => s.toLowerCase()));

  for (const phrase of [...extra.nonActors, ...sources.sectors.notActors]) trie.add(phrase, { kind: 'none' }, PRIORITY.none);

  for (const org of sources.organisations.organisations) {
    const value: LexValue = { kind: 'actor', code: org.code, via: 'organisation' };
    for (const n of org.names) trie.add(n, value, PRIORITY.organisation);
  }

  // Country names: world-countries first, then the curated extras (same surface twice adds nothing).
  const nameValue = new Map<string, LexValue>();
  const nameOf = (code: string): LexValue => {
    let v = nameValue.get(code);
    if (!v) {
      v = { kind: 'actor', code, via: 'name' };
      nameValue.set(code, v);
    }
    return v;
  };
  for (const c of countries()) {
    const forms = [c.name.common, c.name.official, ...c.altSpellings];
    for (const f of forms) {
      if (f.length <= 3 || /[,()]/.test(f) || !LATIN.test(f) || excluded.has(f.toLowerCase())) continue;
      trie.add(f, nameOf(c.cca3), PRIORITY.name);
    }
  }
  for (const [code, list] of Object.entries(extra.names)) for (const n of list) trie.add(n, nameOf(code), PRIORITY.name);
  for (const [code, list] of Object.entries(extra.groups)) {
    for (const n of list) trie.add(n, { kind: 'actor', code, via: 'name' }, PRIORITY.name);
  }

  // Demonyms: the curated list decides; world-countries fills the rest where only one state claims it.
  const curated = new Set<string>();
  for (const [code, list] of Object.entries(extra.demonyms)) {
    const value: LexValue = { kind: 'actor', code, via: 'demonym' };
    for (const d of list) {
      curated.add(d.toLowerCase());
      // A listed plural ("Ukrainians", "Poles", "Argentines") names people of the state, as a made one does.
      trie.add(d, /\p{Ll}s$/u.test(d) && !/ss$/.test(d) ? { ...value, sector: PEOPLE_SECTOR } : value, PRIORITY.demonym);
      const plural = pluralDemonym(d);
      if (plural && !list.includes(plural)) trie.add(plural, { ...value, sector: PEOPLE_SECTOR }, PRIORITY.demonym);
    }
  }
  const claims = new Map<string, string[]>();
  for (const c of countries()) {
    if (!c.unMember && !EXTRA_STATES.has(c.cca3)) continue;
    const eng = c.demonyms?.['eng'];
    for (const d of new Set([eng?.m, eng?.f])) {
      if (!d || curated.has(d.toLowerCase()) || !LATIN.test(d)) continue;
      const list = claims.get(d) ?? [];
      if (!list.includes(c.cca3)) list.push(c.cca3);
      claims.set(d, list);
    }
  }
  for (const [d, codes] of claims) {
    if (codes.length !== 1) continue;
    const value: LexValue = { kind: 'actor', code: codes[0]!, via: 'demonym' };
    trie.add(d, value, PRIORITY.demonym);
    const plural = pluralDemonym(d);
    if (plural && !curated.has(plural.toLowerCase())) trie.add(plural, { ...value, sector: PEOPLE_SECTOR }, PRIORITY.demonym);
  }

  // "Russian-language media", "Chinese-made drones": a demonym that only qualifies a language or an
  // origin names no party (data/countries-extra.yaml, `nonActorCompounds`).
  const demonymSurfaces = [...Object.values(extra.demonyms).flat(), ...[...claims].filter(([, codes]) => codes.length === 1).map(([d]) => d)];
  for (const d of demonymSurfaces) for (const w of extra.nonActorCompounds) trie.add(`${d}-${w}`, { kind: 'none' }, PRIORITY.none);
  // "the former Spanish colony": a state described by its colonial past is not the colonial power
  // (data/countries-extra.yaml, `nonActorDemonymFrames`).
  for (const d of demonymSurfaces) for (const f of extra.nonActorDemonymFrames) trie.add(f.replace('{}', d), { kind: 'none' }, PRIORITY.none);
  // "pro-Russian separatists", "a pro-China party": the state a group sides with is not the group
  // (data/countries-extra.yaml, `nonActorPrefixes`).
  const sidedWith = [...demonymSurfaces, ...countries().map((c) => c.name.common).filter((n) => LATIN.test(n)), ...Object.values(extra.names).flat()];
  for (const d of sidedWith) for (const w of extra.nonActorPrefixes) trie.add(`${w}-${d}`, { kind: 'none' }, PRIORITY.none);

  for (const [code, list] of Object.entries(extra.capitals)) {
    const value: LexValue = { kind: 'actor', code, via: 'capital' };
    for (const n of list) trie.add(n, value, PRIORITY.capital);
  }

  // People: every alias and its spelling variants; one value per surface listing everyone who bears it.
  const stop = new Set(nameStopwords.map((w) => w.toLowerCase()));
  const bySurface = new Map<string, { surface: string; people: Person[] }>();
  for (const p of people) {
    for (const alias of [p.name, ...p.aliases]) {
      for (const v of nameVariants(alias)) {
        const toks = tokenize(v);
        if (toks.length === 0) continue;
        if (toks.length === 1 && stop.has(toks[0]!.key)) continue;
        const key = toks.map((t) => t.key).join(' ');
        const slot = bySurface.get(key) ?? { surface: v, people: [] };
        if (!slot.people.includes(p)) slot.people.push(p);
        bySurface.set(key, slot);
      }
    }
  }
  for (const { surface, people: ps } of bySurface.values()) trie.add(surface, { kind: 'person', people: ps }, PRIORITY.person);

  for (const t of sources.titles.titles) {
    const value: LexValue = { kind: 'title', role: t.role, sector: t.sector, modifier: t.modifier ?? false };
    for (const w of t.words) trie.add(w, value, PRIORITY.title, !t.caseSensitive);
  }

  // Sector nouns match in any case except where the data writes a capital ("Congress", "the Senate").
  for (const n of sources.sectors.nouns) {
    const value: LexValue = { kind: 'sector', sector: n.sector, modifier: n.modifier ?? false, bare: n.bare ?? true };
    for (const w of n.words) trie.add(w, value, PRIORITY.sector);
  }
  for (const g of sources.groups.groups) {
    const value: LexValue = { kind: 'group', code: g.country, sector: g.sector, ...(g.alsoIn ? { alsoIn: g.alsoIn } : {}) };
    for (const n of g.names) trie.add(n, value, PRIORITY.group);
  }
  // Places: the listed cities and regions. Every state's capital is its government by metonymy
  // ("Kinshasa accused Kigali …"), as the curated capitals are, unless it is an ordinary word or name in
  // English news (`excludeCapitals`).
  for (const [code, list] of Object.entries(sources.places.places)) {
    const value: LexValue = { kind: 'place', code };
    for (const n of list) trie.add(n, value, PRIORITY.place);
  }
  const capitalSurfaces = new Set(Object.values(extra.capitals).flat().map((c) => c.toLowerCase()));
  const excludedCapitals = new Set(sources.places.excludeCapitals.map((c) => c.toLowerCase()));
  for (const c of countries()) {
    if (!c.unMember && !EXTRA_STATES.has(c.cca3)) continue;
    for (const cap of c.capital ?? []) {
      const key = cap.toLowerCase();
      if (capitalSurfaces.has(key) || !LATIN.test(cap)) continue;
      if (excludedCapitals.has(key)) trie.add(cap, { kind: 'place', code: c.cca3 }, PRIORITY.place);
      else trie.add(cap, { kind: 'actor', code: c.cca3, via: 'capital' }, PRIORITY.capital);
    }
  }
  for (const h of sources.titles.honorifics) trie.add(h, { kind: 'honorific' }, PRIORITY.honorific);

  for (const [cls, list] of Object.entries(sources.coreference) as Array<[CorefClass | 'statePronounFollowers', string[]]>) {
    if (cls === 'statePronounFollowers' || (cls as string) === 'quoteAudienceWords') continue;
    const value: LexValue = { kind: 'coref', cls };
    for (const w of list) trie.add(w, value, PRIORITY.coref, true);
  }

  // Word keys only: "front-line" adds "front" and "line", never the hyphen.
  const keysOf = (list: readonly string[]) => new Set(list.flatMap((w) => tokenize(w).map((t) => t.key)).filter((k) => /\p{L}/u.test(k)));
  return {
    trie,
    people: new Map(people.map((p) => [p.id, p])),
    qualifiers: keysOf(sources.sectors.qualifiers),
    phraseEnds: keysOf(sources.sectors.phraseEnds),
    organisations: new Set(sources.organisations.organisations.map((o) => o.code)),
    statePronounFollowers: keysOf(sources.coreference.statePronounFollowers),
  };
}

/**
 * Spelling variants of a person's name that transliteration produces: Zh/J at a word start, -yev/-ev
 * and -yov/-ov endings, a hyphenated first name written with a space. Diacritics are folded by the trie.
 */
export function nameVariants(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  let variants: string[][] = [[]];
  for (const w of words) {
    const forms = new Set<string>([w]);
    for (const f of [...forms]) {
      if (/^Zh/.test(f)) forms.add(f.replace(/^Zh/, 'J'));
      else if (/^J[aeiouy]/.test(f)) forms.add(f.replace(/^J/, 'Zh'));
    }
    for (const f of [...forms]) {
      if (/-Zh/.test(f)) forms.add(f.replace(/-Zh/, '-J'));
      else if (/-J[aeiouy]/.test(f)) forms.add(f.replace(/-J/, '-Zh'));
    }
    for (const f of [...forms]) {
      let m: RegExpMatchArray | null;
      if ((m = f.match(/^(.*[aeiou])y(ev|eva|ov|ova)$/))) forms.add(m[1]! + m[2]!);
      else if ((m = f.match(/^(.*[aeiou])(ev|eva)$/))) forms.add(m[1]! + 'y' + m[2]!);
    }
    const next: string[][] = [];
    for (const prefix of variants) for (const f of forms) next.push([...prefix, f]);
    // Long names could multiply variants; the first 32 cover the realistic spellings.
    variants = next.slice(0, 32);
  }
  const out = new Set(variants.map((v) => v.join(' ')));
  for (const v of [...out]) if (/\p{L}-\p{L}/u.test(v) && v.includes(' ')) out.add(v.replace(/(\p{L})-(\p{L})/u, '$1 $2'));
  return [...out];
}
