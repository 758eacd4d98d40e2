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
});
/** The validated content of data/countries-extra.yaml. */
export type CountriesExtra = z.infer<typeof countriesExtraSchema>;

/** data/organisations.yaml: one entry per organisation or group code. */
export const organisationsSchema = z.strictObject({
  organisations: z.array(z.strictObject({ code, names: surfaces.min(1) })),
});
/** The validated content of data/organisations.yaml. */
export type Organisations = z.infer<typeof organisationsSchema>;

/** data/titles.yaml: titles of office mapped onto leaders roles or meta roles (head_of_state, leader, minister, any). */
export const titlesSchema = z.strictObject({
  titles: z.array(z.strictObject({ words: surfaces.min(1), role: z.enum([...LEADER_ROLES, ...META_ROLES]) })),
  honorifics: surfaces,
});
/** The validated content of data/titles.yaml. */
export type Titles = z.infer<typeof titlesSchema>;

/** data/coreference.yaml: pronouns and phrases that point back to named actors. */
export const coreferenceSchema = z.strictObject({
  narrationPersonPronouns: surfaces,
  quoteSpeakerPronouns: surfaces,
  quoteGroupPronouns: surfaces,
  former: surfaces,
  latter: surfaces,
  twoPeople: surfaces,
  twoCountries: surfaces,
  theCountry: surfaces,
});
/** The validated content of data/coreference.yaml. */
export type Coreference = z.infer<typeof coreferenceSchema>;

/** data/attribution-verbs.yaml: verbs and prepositions that attribute a quotation. */
export const attributionSchema = z.strictObject({
  verbs: surfaces.min(1),
  prepositions: surfaces,
});
/** The validated content of data/attribution-verbs.yaml. */
export type Attribution = z.infer<typeof attributionSchema>;

export { loadValidated };

/** Everything the actor lexicon is built from, apart from the leaders. */
/** data/places.yaml: cities and regions that name their state, and capitals that are common words. */
export const placesSchema = z.strictObject({
  'capital-exclude': surfaces,
  places: z.record(code, surfaces),
});
/** The validated content of data/places.yaml. */
export type Places = z.infer<typeof placesSchema>;

export interface LexiconSources {
  readonly countries: CountriesExtra;
  readonly places: Places;
  readonly organisations: Organisations;
  readonly titles: Titles;
  readonly coreference: Coreference;
}

/** Loads and validates the lexicon files. */
export function loadLexiconSources(): LexiconSources {
  return {
    countries: loadValidated('countries-extra.yaml', countriesExtraSchema),
    places: loadValidated('places.yaml', placesSchema),
    organisations: loadValidated('organisations.yaml', organisationsSchema),
    titles: loadValidated('titles.yaml', titlesSchema),
    coreference: loadValidated('coreference.yaml', coreferenceSchema),
  };
}
