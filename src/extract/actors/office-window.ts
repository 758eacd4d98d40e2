/**
 * The days on which a document can have been written, as far as the people it names tell: "President
 * of Turkmenistan Serdar Berdimuhamedov" and "Josep Borrell, EU High Representative" together place an
 * undated article in the years both held those offices. Used only when nothing else dates a document.
 */
import type { ActorMention } from '../../core/types.js';
import type { Person } from './leaders.js';

// Words before a name that put its bearer in another office than a leader's: envoys, former holders, deputies.
const OTHER_OFFICE_BEFORE = /\b(?:ambassador|envoy|charg[eé] d'affaires|consul|former|ex-|then-|late|deputy|vice|spokes(?:man|woman|person)|aide|adviser|advisor)\b[^.;]*$/i;
const OTHER_OFFICE_REACH = 45;

/** A span of days (inclusive, ISO), or null where the people named do not agree on one. */
export interface OfficeWindow {
  readonly from: string;
  readonly to: string;
}

/**
 * The intersection, over the distinct people mentioned, of the time each held an office for the actor
 * they were named for; `today` closes offices still held. Null with no people or when the terms do not
 * overlap (a name resolved to the wrong namesake should not date a document).
 */
export function officeWindow(mentions: readonly ActorMention[], people: ReadonlyMap<string, Person>, today: string, text = ''): OfficeWindow | null {
  let from = '';
  let to = '';
  const seen = new Set<string>();
  for (const m of mentions) {
    if (!m.person || seen.has(m.person) || m.via === 'pronoun') continue;
    // "Kazakh Ambassador to Russia Ermek Kosherbaev", "former President X": the text names the person in
    // another office than the one the lexicon knows them by, so their term says nothing of the date.
    if (OTHER_OFFICE_BEFORE.test(text.slice(Math.max(0, m.span.start - OTHER_OFFICE_REACH), m.span.start))) continue;
    seen.add(m.person);
    const offices = people.get(m.person)?.offices.filter((o) => o.actor === m.code && (!m.role || o.role === m.role)) ?? [];
    if (offices.length === 0) continue;
    const start = offices.reduce((a, o) => (o.from < a ? o.from : a), offices[0]!.from);
    const end = offices.reduce((a, o) => ((o.to ?? today) > a ? (o.to ?? today) : a), offices[0]!.to ?? today);
    if (from === '' || start > from) from = start;
    if (to === '' || end < to) to = end;
  }
  return from !== '' && from <= to ? { from, to } : null;
}
