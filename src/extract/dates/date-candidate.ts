/**
 * The working shape every date parser emits before refiners merge, filter and finalise it, plus the
 * shared context helpers (tense of the clause, year of a year-less day) the parsers rely on.
 */
import type { DateInterval, DateMention } from '../../core/types.js';
import { alternation } from '../../core/regex-words.js';
import { dateWords } from './date-words.js';
import { dayNumber, isValidDay, type RefDate } from './calendar.js';
import { attributionVerbs } from '../actors/lexicon-data.js';

/** The parts of a date whose year the text did not state, kept so a later step can place it. */
export interface YearlessParts {
  readonly month: number;
  readonly day?: number;
  readonly weekday?: number;
  /** Last day of a written day range ("June 4-5") in the same month. */
  readonly dayTo?: number;
}

/** A date expression found by one parser; `interval` is null when the reference could not place it. */
export interface DateCandidate {
  readonly start: number;
  readonly end: number;
  readonly interval: DateInterval | null;
  readonly grain: DateMention['grain'];
  readonly inferredYear: boolean;
  readonly relation?: DateMention['relation'];
  readonly rule: string;
  /** Set when the year was not written, so refiners and the document-date resolver can re-place it. */
  readonly yearless?: YearlessParts;
  /** Clause tense around the expression, where cue words show it. */
  readonly tense?: Tense;
  /** True for expressions that count from the reference date ("yesterday", "last year"). */
  readonly relative?: boolean;
  /** For an open span whose end the reference would give ("since 2019" with no reference): its first day. */
  readonly floor?: string;
  /** For a fiscal-year label: what it names (see DateMention.fiscal). */
  readonly fiscal?: DateMention['fiscal'];
}

/** The tense cue words give a clause: narrating the past or speaking of the future. */
export type Tense = 'past' | 'future';

/** What every parser receives: the text (whole document), the window to scan and the reference. */
export interface ParseInput {
  readonly text: string;
  readonly from: number;
  readonly to: number;
  readonly ref: RefDate | null;
}

let cueRegex: { future: RegExp; past: RegExp } | undefined;

function cues(): { future: RegExp; past: RegExp } {
  if (!cueRegex) {
    const w = dateWords();
    cueRegex = {
      future: new RegExp(`(?<![\\w'’])(?:${alternation(w.futureCues)})(?![\\w'’])`, 'gi'),
      // Listed past words, or any lower-case "-ed" word of five letters or more (signed, resumed).
      past: new RegExp(`(?<![\\w'’])(?:${alternation(w.pastCues)}|[a-z]{3,}ed)(?![\\w'’])`, 'gi'),
    };
  }
  return cueRegex;
}

let futureSet: Set<string> | undefined;
function futureWords(): Set<string> {
  futureSet ??= new Set(dateWords().futureCues.map((w) => w.toLowerCase()));
  return futureSet;
}

let reportingSet: Set<string> | undefined;
function reportingVerbs(): Set<string> {
  reportingSet ??= new Set(attributionVerbs().reportingClause.map((w) => w.toLowerCase()));
  return reportingSet;
}

/** Bounds of the clause-sized window around [start, end): up to the nearest sentence stop or 200 chars. */
export function sentenceWindow(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  const minS = Math.max(0, start - 200);
  while (s > minS) {
    const c = text.charCodeAt(s - 1);
    // '.', '!', '?', '\n', ';' end a clause; a '.' right after a short abbreviation ("Jan.") does not.
    if (c === 10 || c === 33 || c === 63 || c === 59) break;
    if (c === 46 && !/\b(?:[A-Z][a-z]{1,3}|[A-Z])$/.test(text.slice(Math.max(0, s - 6), s - 1))) break;
    s--;
  }
  let e = end;
  const maxE = Math.min(text.length, end + 200);
  while (e < maxE) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 33 || c === 63 || c === 59) break;
    if (c === 46 && !/\b(?:[A-Z][a-z]{1,3}|[A-Z])$/.test(text.slice(Math.max(0, e - 5), e))) break;
    e++;
  }
  return { start: s, end: e };
}

// A relative pronoun, or a conjunction after a comma: an "and" between two names ("On Friday, China and
// Russia will sign …") opens no clause.
const LATER_CLAUSE = /\b(?:that|which|who|whose|whereas)\b|,\s*(?:and|but|while)\b/i;

/**
 * The tense of the clause holding [start, end): the cue word nearest to the expression wins, so "met in
 * May and will meet again in June" reads May as past and June as future.
 */
// How much farther a tense cue counts when a comma stands between the expression and it.
const AFTER_COMMA_PENALTY = 40;

/**
 * "X to visit Brazil, meet with Y on Tuesday": a headline (a line with no closing stop) tells what is
 * still to come with a bare infinitive after its subject; its weekday is no day the news was reported on.
 */
export function headlineInfinitive(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl).trim();
  if (/[.!?"”]$/.test(line) || line.length > 160) return false;
  const m = /^([A-Z][^,;:]*?)\s+to\s+(?!the\b|a\b|an\b|be\b)[a-z]{3,}\b/.exec(text.slice(lineStart, at));
  if (!m) return false;
  // reviewA17: no finite verb before "to" ("Putin speaks to reporters …", "Erdogan returns to talks …").
  const plurals = new Set(dateWords().headlinePluralSubjects);
  return !m[1]!.split(/\s+/).some((w) => /^[a-z]+(?:[^s]s|ed)$/.test(w) && !plurals.has(w));
}

export function clauseTense(text: string, start: number, end: number): Tense | undefined {
  if (headlineInfinitive(text, start)) return 'future';
  const win = sentenceWindow(text, start, end);
  const slice = text.slice(win.start, win.end);
  let best: Tense | undefined;
  let bestDistance = Infinity;
  for (const [tense, re] of [['future', cues().future], ['past', cues().past]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const at = win.start + m.index;
      // Generic "-ed" words: not capitalised names ("United"), not words listed as future ("expected").
      if (tense === 'past' && m[0].endsWith('ed') && (/^[A-Z]/.test(m[0]) || futureWords().has(m[0].toLowerCase()))) continue;
      // Cue words inside the expression itself ("last", "next") are the expression's own business.
      if (at >= start && at < end) continue;
      // A cue after the expression behind a relative pronoun or a conjunction is another clause's verb:
      // "signed an accord on Monday that will run until 2030" is a past Monday.
      if (at >= end && LATER_CLAUSE.test(text.slice(end, at))) continue;
      // "X will meet Y on Wednesday, the ministry said": the verb of a reporting clause after a comma is the
      // report's tense, not the clause's (data/attribution-verbs.yaml, reportingClause).
      if (tense === 'past' && at >= end && text.slice(end, at).includes(',') && reportingVerbs().has(m[0].toLowerCase())) continue;
      // English puts the verb before its date adjunct ("was signed in 2013"), so a cue after the
      // expression counts double unless it directly follows it as the verb of a year subject ("2025 will").
      const after = at - end;
      // "X, who arrived in Lima on Thursday, is expected to …": a cue behind a comma after the expression is
      // the verb of the clause the comma returns to, farther from it than the verb told before it.
      const acrossComma = at >= end && text.slice(end, at).includes(',') ? AFTER_COMMA_PENALTY : 0;
      const distance = at < start ? start - (at + m[0].length) : (after <= 2 ? after : after * 2) + acrossComma;
      if (distance < bestDistance) {
        bestDistance = distance;
        // "will be held", "is to be signed": a past participle after a future auxiliary is future.
        // A bare "to be" is not enough: "continues to be strengthened", "is said to be based" are no future.
        best = tense === 'past' && /\b(?:will|shall|would|(?:is|are|was|were|due|set|expected|scheduled|going|planned|slated|yet)\s+to)\s+(?:be|have\s+been)\s+$/i.test(slice.slice(Math.max(0, m.index - 30), m.index))
          ? 'future' : tense;
      }
    }
  }
  return best;
}

/**
 * The year of a day written without one: the occurrence closest to the reference (as chrono does), moved
 * one year back when the clause narrates the past but that occurrence lies more than a week ahead, and
 * one year forward when the clause is about the future but it lies more than a week behind.
 */
export function yearForDay(month: number, day: number, ref: RefDate, tense: Tense | undefined): number | null {
  if (ref.month === null) return isValidDay(ref.year, month, day) ? ref.year : null;
  const refN = dayNumber(ref.year, ref.month, ref.day ?? 15);
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
    if (!isValidDay(y, month, day)) continue;
    const distance = Math.abs(dayNumber(y, month, day) - refN);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = y;
    }
  }
  if (best === null) return null;
  const offset = dayNumber(best, month, day) - refN;
  // With only a month known, "ahead" means a later month, not a later day of the same month.
  const slack = ref.day === null ? 16 : 7;
  if (tense === 'past' && offset > slack && isValidDay(best - 1, month, day)) return best - 1;
  if (tense === 'future' && offset < -slack && isValidDay(best + 1, month, day)) return best + 1;
  return best;
}
