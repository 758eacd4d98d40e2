/**
 * The actor layer of extraction: finds and resolves every actor mention in a document (countries,
 * demonyms, capitals, organisations, people, titles, pronouns) and the speakers of its quotations.
 * The lexicon is compiled once, on first use, into one token trie from data/ (world-countries,
 * countries-extra, organisations, titles, coreference, attribution-verbs, name-stopwords, leaders/*.yaml).
 *
 * Choices callers can rely on:
 * - A title phrase is ONE mention covering the whole phrase: "Chinese President Xi Jinping" → CHN,
 *   via 'person', person 'xi-jinping'; "the Kazakh President" → "Kazakh President", KAZ, via 'title'
 *   (person attached when one of that country was named before). Hyphenated compounds
 *   ("Kazakh-Chinese") give one mention per part.
 * - Group references ("the two countries", "bilateral", "our two countries") give one mention per
 *   resolved actor on the same span, via 'pronoun'.
 * - Capitals and seats of power are emitted (via 'capital') even where they are just places; event rules
 *   decide. "European" alone is not the EU.
 * - Quotes: a quotation of at most SCARE_QUOTE_MAX_WORDS words is returned only when an attribution cue
 *   with a person-like speaker is near; longer ones are always returned (speaker null when none found).
 * - Unresolvable references are left out of `mentions` and reported as info diagnostics.
 */
import type { ActorMention, Sentence } from '../../core/types.js';
import { compileCues } from '../quotes/speaker-attributor.js';
import { createActorAnalyser, type ActorAnalyser, type ActorAnalysis } from './actor-analyser.js';
import { officeWindow, type OfficeWindow } from './office-window.js';
import { loadActorLexicon, type LexiconOrigin } from './lexicon-snapshot.js';

// Types and builders for callers that need their own lexicon (tests, other leaders data).
export type { ActorAnalysis, QuoteMention, ActorLookup, ActorAnalyser } from './actor-analyser.js';
export { createActorAnalyser } from './actor-analyser.js';
export { buildActorLexicon } from './actor-lexicon.js';

let defaultAnalyser: ActorAnalyser | null = null;
let defaultPeople: ReturnType<typeof loadActorLexicon>['lexicon']['people'] | null = null;
let lexiconOrigin: LexiconOrigin | null = null;

/**
 * The analyser over the data files, compiled on first use (the compiled lexicon is never mutated), from
 * the build's record of the lexicon where that is current (lexicon-snapshot.ts).
 */
export function defaultActorAnalyser(): ActorAnalyser {
  if (!defaultAnalyser) {
    const { lexicon, origin } = loadActorLexicon();
    defaultPeople = lexicon.people;
    defaultAnalyser = createActorAnalyser(lexicon, compileCues());
    lexiconOrigin = origin;
  }
  return defaultAnalyser;
}

let dataCurrentTo: string | null = null;

/**
 * When the people a document names held the offices it names them in (see office-window.ts). Offices
 * still held run to `notAfter` or, with none, to the latest day the leaders data records: the data is
 * current to then, and the clock is never read.
 */
export function officeWindowOf(mentions: readonly ActorMention[], notAfter: string | null, text = ''): OfficeWindow | null {
  return officeWindow(mentions, defaultPeople!, notAfter ?? leadersDataCurrentTo(), text);
}

/** The latest day the leaders data records (an office's start or end): the present as the data knows it. */
export function leadersDataCurrentTo(): string {
  defaultActorAnalyser();
  dataCurrentTo ??= [...defaultPeople!.values()].flatMap((p) => p.offices.flatMap((o) => [o.from, o.to ?? ''])).reduce((a, b) => (b > a ? b : a), '');
  return dataCurrentTo;
}

/** Whether the default lexicon was restored from the build's record or built; null before first use. */
export function defaultLexiconOrigin(): LexiconOrigin | null {
  return lexiconOrigin;
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
