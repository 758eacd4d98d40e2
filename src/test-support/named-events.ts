/**
 * The event extractor alone on a text whose actors are a fixed name table (no actor layer), with the
 * document's publication date given: events as "TYPE SRC>TGT status [from..to]" lines, for dating tests.
 */
import { findDates } from '../extract/dates/date-extractor.js';
import { extractEvents } from '../extract/events/event-extractor.js';
import { splitSentences } from '../text/sentences.js';
import { actorsByName } from './mentions.js';

/** Four states with their demonyms and capitals, for the dating tests' own sentences. */
export const FOUR_STATES: Readonly<Record<string, string>> = {
  Chile: 'CHL', Chilean: 'CHL', Santiago: 'CHL',
  Peru: 'PER', Peruvian: 'PER', Lima: 'PER',
  Norway: 'NOR', Norwegian: 'NOR', Oslo: 'NOR',
  Ghana: 'GHA', Ghanaian: 'GHA', Accra: 'GHA',
};

export function namedEvents(text: string, published: string | null, names: Readonly<Record<string, string>> = FOUR_STATES): string[] {
  const { events: out } = extractEvents({
    text, sentences: splitSentences(text), actors: actorsByName(text, { ...names }),
    dates: findDates(text, { date: published }), quotes: [], published,
  });
  return out.map((e) => `${e.type} ${e.source}>${e.target} ${e.status}${e.date ? ` ${e.date.from}..${e.date.to}` : ''}`);
}
