/** Loads and validates data/date-words.yaml: month, weekday, season and number words and tense cues. */
import { z } from 'zod';
import { loadValidated } from '../../core/data-files.js';

const wordList = z.array(z.string().min(1));

const schema = z.object({
  months: z.record(z.string(), z.number().int().min(1).max(12)),
  weekdays: z.record(z.string(), z.number().int().min(0).max(6)),
  seasons: z.record(z.string(), z.tuple([z.number().int().min(1).max(12), z.number().int().min(1).max(12)])),
  numbers: z.record(z.string(), z.number().int().positive()),
  vagueNumbers: z.record(z.string(), z.number().int().positive()).default({}),
  ordinals: z.record(z.string(), z.number().int().positive()),
  futureCues: wordList,
  pastCues: wordList,
  yearContext: z.object({ before: wordList, weakBefore: wordList, followOk: wordList, after: wordList, units: wordList }),
  completedYearCues: z.object({ before: wordList, after: wordList }),
  stampLabels: z.object({ published: wordList, updated: wordList }),
  agencyMarks: wordList,
  anaphoricDays: z.object({ forward: wordList, back: wordList, same: wordList }),
  dayParts: wordList,
  embedMarks: z.object({ opening: wordList, closing: wordList }),
  limitCues: wordList,
  currentYear: wordList,
  partsOfMonth: z.object({ early: wordList, mid: wordList, late: wordList, firstHalf: wordList.default([]), secondHalf: wordList.default([]) }).default({ early: [], mid: [], late: [], firstHalf: [], secondHalf: [] }),
  newsDay: z.object({ verbs: wordList, earlierDeedCues: wordList, earlierHappeningCues: wordList, answerCues: wordList.default([]), laterHappeningCues: wordList.default([]), aheadOfCues: wordList.default([]), incidentNouns: wordList.default([]), incidentDeterminers: wordList.default([]), incidentRelatives: wordList.default([]), incidentHappenVerbs: wordList.default([]), incidentDayPrepositions: wordList.default([]), incidentOtherCues: wordList.default([]), incidentPlacePrepositions: wordList.default([]) }),
  attributiveMonthNouns: wordList.default([]),
  durationBefore: z.object({ words: wordList, nouns: wordList }).default({ words: [], nouns: [] }),
  bareYearAfterMonth: wordList.default([]),
  ingNouns: wordList.default([]),
  leadingTimeWords: wordList.default([]),
  headlinePluralSubjects: wordList.default([]),
});

/** The validated contents of data/date-words.yaml, keys lower-cased. */
export type DateWords = z.infer<typeof schema>;

let cached: DateWords | undefined;

/** Returns the date word lists, loading and validating them on first use. */
export function dateWords(): DateWords {
  if (cached === undefined) {
    cached = loadValidated('date-words.yaml', schema);
  }
  return cached;
}

/** Month name pattern: capitalised or upper-case full names, abbreviations only with their dot. */
export function monthNamePattern({ dotless = false }: { dotless?: boolean } = {}): string {
  const words = Object.keys(dateWords().months);
  const full = words.filter((w) => w.length > 4 || w === 'june' || w === 'july' || w === 'may' || w === 'march' || w === 'april');
  const abbr = words.filter((w) => !full.includes(w));
  const forms: string[] = [];
  for (const w of full) forms.push(cap(w), w.toUpperCase());
  // Abbreviations need their dot ("Jan." not the name "Jan"), except where the caller's context is
  // safe without it (a range of two months, "Jan-Sept").
  const dot = dotless ? '\\.?' : '\\.';
  for (const w of abbr) forms.push(`${cap(w)}${dot}`, `${w.toUpperCase()}${dot}`);
  return forms.sort((a, b) => b.length - a.length).join('|');
}

/** The full names of a map of month or weekday words: those no other word of the same number begins with ("jan" is not). */
export function fullNames(map: Readonly<Record<string, number>>): string[] {
  const words = Object.keys(map);
  return words.filter((w) => !words.some((o) => o !== w && o.startsWith(w) && map[o] === map[w]));
}

/** The month number of a written month name or abbreviation ("Sept." → 9), or null. */
export function monthNumber(word: string): number | null {
  return dateWords().months[word.replace(/\.$/, '').toLowerCase()] ?? null;
}

/** Parses a count written in digits or as a word ("nine", "10", "several"), or null. */
export function countValue(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const w = word.toLowerCase();
  return dateWords().numbers[w] ?? dateWords().vagueNumbers[w] ?? dateWords().ordinals[w] ?? null;
}

let partOfCache: RegExp | undefined;

/**
 * The third of a month named by a phrase before it ("at the end of June" → late, "the beginning of last
 * month" → early, as "late June", "early last month"), or null. A deadline ("by the end of June") is none.
 */
export function partOfMonthBefore(before: string): 'early' | 'mid' | 'late' | 'firsthalf' | 'secondhalf' | null {
  const parts = dateWords().partsOfMonth;
  const all = [...parts.early, ...parts.mid, ...parts.late, ...parts.firstHalf, ...parts.secondHalf].map((w) => w.replace(/ /g, '\\s+'));
  if (all.length === 0) return null;
  // the deadline words are the limit cues of data/date-words.yaml ("no later than the end of June"), and "before"
  const limits = () => [...dateWords().limitCues, 'before'].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  partOfCache ??= new RegExp(`(?:^|\\s)(${limits().join('|')})?\\s*\\bthe\\s+(${all.join('|')})\\s+of\\s+(?:the\\s+)?$`, 'i');
  const m = partOfCache.exec(before);
  if (!m || m[1]) return null;
  const w = m[2]!.toLowerCase().replace(/\s+/g, ' ');
  if (parts.firstHalf.includes(w)) return 'firsthalf';
  if (parts.secondHalf.includes(w)) return 'secondhalf';
  return parts.early.includes(w) ? 'early' : parts.mid.includes(w) ? 'mid' : 'late';
}

function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
