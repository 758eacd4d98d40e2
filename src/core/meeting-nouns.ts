/**
 * The nouns of a meeting of the parties (data/meeting-nouns.yaml), one list for the event cues, the event
 * dater and the figure reader: patterns in their data files write {meeting-nouns} or {visit-nouns}.
 */
import { z } from 'zod';
import { loadValidated } from './data-files.js';
import { alternation } from './regex-words.js';

const Nouns = z.array(z.string().regex(/^[a-z]+$/)).min(1);
const fileSchema = z.strictObject({ visit: Nouns, talks: Nouns });

let nouns: { readonly visit: readonly string[]; readonly all: readonly string[] } | undefined;

/** The visit nouns ("visit", "trip", "stay") and all meeting nouns, visits first. */
export function meetingNouns(): { readonly visit: readonly string[]; readonly all: readonly string[] } {
  if (nouns) return nouns;
  const d = loadValidated('meeting-nouns.yaml', fileSchema);
  nouns = { visit: d.visit, all: [...d.visit, ...d.talks] };
  return nouns;
}

/** A pattern with {meeting-nouns} and {visit-nouns} written out as alternations (without a group of their own). */
export function withMeetingNouns(pattern: string): string {
  return pattern
    .replaceAll('{meeting-nouns}', () => alternation(meetingNouns().all))
    .replaceAll('{visit-nouns}', () => alternation(meetingNouns().visit));
}
