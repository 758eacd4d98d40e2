/**
 * The actor layer of extraction: finds and resolves every actor mention in a document (countries,
 * demonyms, capitals, organisations, people, titles, pronouns) and the speakers of its quotations.
 * The lexicon is compiled once, on first use, from data/ (world-countries, countries-extra,
 * organisations, titles, coreference, attribution-verbs, name-stopwords, leaders/*.yaml).
 */
import type { ActorMention, Sentence } from '../../core/types.js';
import { compileCues } from '../quotes/speaker-attributor.js';
import { buildActorLexicon } from './actor-lexicon.js';
import { createActorAnalyser, type ActorAnalyser, type ActorAnalysis } from './actor-analyser.js';

export type { ActorAnalysis, QuoteMention, ActorLookup, ActorAnalyser } from './actor-analyser.js';
export { createActorAnalyser } from './actor-analyser.js';
export { buildActorLexicon } from './actor-lexicon.js';

let defaultAnalyser: ActorAnalyser | null = null;

/** The analyser over the data files, compiled on first use (the compiled lexicon is never mutated). */
export function defaultActorAnalyser(): ActorAnalyser {
  defaultAnalyser ??= createActorAnalyser(buildActorLexicon(), compileCues());
  return defaultAnalyser;
}

/** Finds and resolves every actor mention in a document; refDate is the document date (YYYY-MM-DD, YYYY-MM or null). */
export function analyseActors(text: string, sentences: readonly Sentence[], refDate: string | null): ActorAnalysis {
  return defaultActorAnalyser().analyse(text, sentences, refDate);
}

/** Looks up one name (country, demonym, capital, organisation, person) as of a date; null if unknown. */
export function lookupActor(
  name: string,
  date: string | null,
): { code: string; via: ActorMention['via']; person?: string; role?: string } | null {
  return defaultActorAnalyser().lookup(name, date);
}
