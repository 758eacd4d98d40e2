/**
 * Words right after a group's name that make the name a place or its members rather than a partner
 * (data/organisations.yaml `group-as-place-after`: "in the ASEAN region", "our two countries").
 * Open item: "leaders of G20 countries" still reads the G20 as the party (a members-not-group reading was reverted:
 * it dropped the bloc's own events, "EU countries imposed sanctions", "the CIS countries met").
 */
import { loadValidated } from '../../core/data-files.js';
import { organisationsSchema } from './lexicon-data.js';

let placeAfter: RegExp | undefined;

/** One word list as a pattern read right after a name: its words (spaces may be any run of white space). */
function after(list: readonly string[]): RegExp {
  if (list.length === 0) return /(?!)/u;
  const alts = [...list].sort((a, b) => b.length - a.length).map((w) => w.split(' ').join('\\s+'));
  return new RegExp(`^\\s+(?:${alts.join('|')})\\b`, 'u');
}

/** Whether the text right after a group's name makes it a place or its members ("region", "countries"). */
export function groupAsPlaceAfter(following: string): boolean {
  placeAfter ??= after(loadValidated('organisations.yaml', organisationsSchema)['group-as-place-after']);
  return placeAfter.test(following);
}
