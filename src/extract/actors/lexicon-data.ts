/**
 * Zod schemas and loaders for the hand-written actor lexicons in data/: country extras, organisations,
 * titles and coreference phrases. Each loader validates once and names the file on bad input.
 */
import { z } from 'zod';
import { loadValidated } from '../../core/data-files.js';
import { LEADER_ROLES, META_ROLES } from './leaders.js';

const code = z.string().regex(/^[A-Z][A-Z0-9_]{1,11}$/, 'actor codes are capitals (ISO alpha-3 or organisation code)');
const surfaces = z.array(z.string().min(1));

/** data/countries-extra.yaml: names, demonyms, groups, capitals and non-actor phrases. */
export const countriesExtraSchema = z.strictObject({
  names: z.record(code, surfaces),
  exclude: surfaces.default([]),
  demonyms: z.record(code, surfaces),
  groups: z.record(code, surfaces),
  capitals: z.record(code, surfaces),
  nonActors: surfaces.default([]),
  nonActorCompounds: z.array(z.string().regex(/^\p{Ll}+$/u)).default([]),
  nonActorPrefixes: z.array(z.string().regex(/^\p{Ll}+$/u)).default([]),
  // Phrases around a demonym ("former {} colony") that name no party, for every demonym: actor-lexicon.ts.
  nonActorDemonymFrames: z.array(z.string().regex(/^[^{}]*\{\}[^{}]*$/u)).default([]),
  // A state's formal style between a title and its name ("of the Federal Republic of"): mention-combiner.ts.
  formalStyle: z.strictObject({ modifiers: z.array(z.string().min(1)), heads: z.array(z.string().min(1)) }).default({ modifiers: [], heads: [] }),
});
/** The validated content of data/countries-extra.yaml. */
export type CountriesExtra = z.infer<typeof countriesExtraSchema>;

/** data/organisations.yaml: one entry per organisation or group code. */
export const organisationsSchema = z.strictObject({
  organisations: z.array(z.strictObject({ code, names: surfaces.min(1) })),
  // Names an organisation shares with a state's own body ("the Security Council"): the organisation's only
  // where no state is tied to them ("of Kazakhstan", "Russia's", "the Kazakh …"); state-body.ts.
  'state-body-names': z.array(z.string().regex(/^[\p{Ll} ]+$/u)).default([]),
  // Words after such a name that make it the organisation's again ("Russia's Security Council veto", "Japan's Security Council bid").
  'state-body-organisation-words': z.array(z.string().regex(/^\p{Ll}+$/u)).default([]),
  // Words after a group's name that make it a place or its members ("in the ASEAN region", "EU countries"); group-words.ts.
  'group-as-place-after': z.array(z.string().regex(/^[\p{Ll} ]+$/u)).default([]),
});
/** The validated content of data/organisations.yaml. */
export type Organisations = z.infer<typeof organisationsSchema>;

/** The CAMEO role codes a sub-state actor may carry (shared/spec "Sectors"). */
export const SECTORS = ['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'REB', 'SEP', 'CVL', 'BUS', 'MED', 'EDU', 'LAB', 'REL', 'NGO', 'SPY', 'REF'] as const;
/** One CAMEO sector code. */
export type Sector = (typeof SECTORS)[number];
const sector = z.enum(SECTORS);

/** data/titles.yaml: titles of office mapped onto leaders roles or meta roles (head_of_state, leader, minister, any, envoy, official). */
export const titlesSchema = z.strictObject({
  titles: z.array(
    z.strictObject({
      words: surfaces.min(1),
      role: z.enum([...LEADER_ROLES, ...META_ROLES]),
      sector,
      caseSensitive: z.boolean().optional(),
      modifier: z.boolean().optional(),
    }),
  ),
  honorifics: surfaces,
});
/** The validated content of data/titles.yaml. */
export type Titles = z.infer<typeof titlesSchema>;

/** data/coreference.yaml: pronouns and phrases that point back to named actors. */
export const coreferenceSchema = z.strictObject({
  narrationPersonPronouns: surfaces,
  malePronouns: surfaces.default([]),
  femalePronouns: surfaces.default([]),
  maleTitleWords: surfaces.default([]),
  femaleTitleWords: surfaces.default([]),
  quoteSpeakerPronouns: surfaces,
  quoteGroupPronouns: surfaces,
  quoteAddresseePronouns: surfaces.default([]),
  // Words of an audience that a quoted "you" speaks to (no actor then); actor-analyser.ts, never trie entries.
  quoteAudienceWords: z.array(z.string().regex(/^[\p{Ll} ]+$/u)).default([]),
  former: surfaces,
  latter: surfaces,
  twoPeople: surfaces,
  thePair: surfaces.default([]),
  twoCountries: surfaces,
  theCountry: surfaces,
  theGroup: surfaces.default([]),
  theBody: surfaces.default([]),
  theNeighbour: surfaces.default([]),
  thePerson: surfaces.default([]),
  statePronouns: surfaces,
  statePronounFollowers: surfaces,
});
/** The validated content of data/coreference.yaml. */
export type Coreference = z.infer<typeof coreferenceSchema>;

/** data/attribution-verbs.yaml: verbs and prepositions that attribute a quotation. */
export const attributionSchema = z.strictObject({
  verbs: surfaces.min(1),
  prepositions: surfaces,
  reportingClause: surfaces.min(1),
  adverbialOpeners: surfaces.min(1),
  ownPossessiveVerbs: surfaces.default([]),
}).refine((a) => a.reportingClause.every((v) => a.verbs.includes(v)), { message: 'every reportingClause verb must be one of verbs', path: ['reportingClause'] });
/** The validated content of data/attribution-verbs.yaml. */
export type Attribution = z.infer<typeof attributionSchema>;

let attribution: Attribution | undefined;

/** data/attribution-verbs.yaml, validated once per process: the quote attributor and the clause reader both read it. */
export function attributionVerbs(): Attribution {
  attribution ??= loadValidated('attribution-verbs.yaml', attributionSchema);
  return attribution;
}

/** data/sectors.yaml: sector nouns, the qualifiers allowed between a country word and its noun, and phrase ends. */
export const sectorsSchema = z.strictObject({
  subjectVerbGap: z.strictObject({ beforeVerb: z.array(z.string().regex(/^\p{L}+$/u)), afterVerb: z.array(z.string().regex(/^\p{L}+$/u)) }),
  addressingVerbs: z.array(z.string().regex(/^\p{L}+$/u)).default([]),
  crowdSectors: z.array(sector).default([]),
  sectors: z.array(sector).min(1),
  nouns: z.array(
    z.strictObject({ sector, words: surfaces.min(1), modifier: z.boolean().optional(), bare: z.boolean().optional() }),
  ),
  qualifiers: surfaces,
  phraseEnds: surfaces,
  notActors: surfaces.default([]),
  locationQualifiers: surfaces.default([]),
  locationPrepositions: surfaces.default([]),
  homeSectors: z.array(sector).default([]),
  homeBodies: z.array(sector).default([]),
  coupRulers: z.strictObject({ words: surfaces.min(1), cues: surfaces.min(1) }).optional(),
  postLinks: surfaces.default([]),
});
/** The validated content of data/sectors.yaml. */
export type Sectors = z.infer<typeof sectorsSchema>;

/** data/sub-state-groups.yaml: named armed groups, parties and movements (country null: from context). */
export const groupsSchema = z.strictObject({
  groups: z.array(z.strictObject({ country: code.nullable(), sector, names: surfaces.min(1), alsoIn: z.array(code).optional() })),
});
/** The validated content of data/sub-state-groups.yaml. */
export type Groups = z.infer<typeof groupsSchema>;

/** data/places.yaml: cities and regions that place a sector noun in a country (never actors themselves). */
export const placesSchema = z.strictObject({
  excludeCapitals: surfaces,
  places: z.record(code, surfaces),
});
/** The validated content of data/places.yaml. */
export type Places = z.infer<typeof placesSchema>;

export { loadValidated };

/** Everything the actor lexicon is built from, apart from the leaders. */
export interface LexiconSources {
  readonly countries: CountriesExtra;
  readonly organisations: Organisations;
  readonly titles: Titles;
  readonly coreference: Coreference;
  readonly sectors: Sectors;
  readonly groups: Groups;
  readonly places: Places;
}

/** Loads and validates the lexicon files. */
export function loadLexiconSources(): LexiconSources {
  return {
    countries: loadValidated('countries-extra.yaml', countriesExtraSchema),
    organisations: loadValidated('organisations.yaml', organisationsSchema),
    titles: loadValidated('titles.yaml', titlesSchema),
    coreference: loadValidated('coreference.yaml', coreferenceSchema),
    sectors: loadValidated('sectors.yaml', sectorsSchema),
    groups: loadValidated('sub-state-groups.yaml', groupsSchema),
    places: loadValidated('places.yaml', placesSchema),
  };
}
