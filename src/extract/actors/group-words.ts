/**
 * Words right after a group's name that make the name a place or its members rather than a party
 * (data/organisations.yaml `group-as-place-after`: "in the ASEAN region", "EU countries"), and those of them that
 * name the group's member states (`group-members-after`: "leaders of G20 countries" are those states, not the G20).
 */
import { loadValidated } from '../../core/data-files.js';
import { organisationsSchema } from './lexicon-data.js';

let words: { placeAfter: RegExp; membersAfter: RegExp } | undefined;

/** One word list as a pattern read right after a name: its words (spaces may be any run of white space). */
function after(list: readonly string[]): RegExp {
  if (list.length === 0) return /(?!)/u;
  const alts = [...list].sort((a, b) => b.length - a.length).map((w) => w.split(' ').join('\\s+'));
  return new RegExp(`^\\s+(?:${alts.join('|')})\\b`, 'u');
}

function groupWords(): { placeAfter: RegExp; membersAfter: RegExp } {
  if (words) return words;
  const d = loadValidated('organisations.yaml', organisationsSchema);
  return (words = { placeAfter: after(d['group-as-place-after']), membersAfter: after(d['group-members-after']) });
}

/** Whether the text right after a group's name makes it a place or its members ("region", "countries"). */
export function groupAsPlaceAfter(following: string): boolean {
  return groupWords().placeAfter.test(following);
}

/** Whether the text right after a group's name makes it its member states ("countries", "member states"). */
export function groupMembersAfter(following: string): boolean {
  return groupWords().membersAfter.test(following);
}
