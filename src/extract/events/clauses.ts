/**
 * Clause bounds inside a sentence: status, negation and dates are read from the clause that holds an
 * event's trigger, so "once the treaty was ratified in 2019" does not date a meeting held in March.
 */
import type { Span } from '../../core/types.js';
import { attributionVerbs } from '../actors/lexicon-data.js';
import { eventCues } from './event-patterns.js';
import { eventLexicon } from './event-lexicon.js';
import { escapeRegExp } from '../../core/regex-words.js';
import { dateWords } from '../dates/date-words.js';

// A clause ends at strong punctuation, at a comma/dash that opens a subordinate or coordinate clause, or
// before a second verb phrase joined by "and" ("will send troops and has summoned the envoy", "is chairing
// the CIS this year and invited Putin"): each carries its own tense and time. A participial clause after a
// comma (", accusing Tokyo of …") is a clause of its own: a negation in the quotation before it is not its.
// So is a time clause after a comma (", a day after protesters stormed …"), and "as both/the two …" without one
// ("arrived in Riyadh for talks as both powers maintain close links": the links are no habit of the visit).
const BOUNDARY_SOURCE =
  /;|:(?=\s)|\s[—–]\s|\(|\)|,\s+(?=(?:and|but|while|whereas|although|though|after|before|when|which|who|whom|whose|where|as|since|because|so|with|saying|adding|noting|stressing|according)\b|(?!(?:including|according|regarding|concerning|following|during|notwithstanding|excluding|involving)\b)[a-z]+ing\s)|,\s+(?=TIME_CLAUSE)|\s(?=(?:but|while|whereas|although|though|because)\s)|\s(?=as\s+(?:both|the\s+two|the\s+three)\s)|\s(?=and\s+(?:has|have|had|was|were|did|also\s+[a-z]+ed|[a-z]+ed)\b)/giu.source;

let boundary: RegExp | undefined;

/**
 * BOUNDARY_SOURCE with the time clauses of data/event-cues.yaml (`time-clause`: ", a day after …") in place,
 * and an apposed thing said (", a charge New Delhi rejected", data/event-lexicon.yaml `said-things`) that
 * opens a clause of its own about what was told before it.
 */
function boundaryExpression(): RegExp {
  boundary ??= new RegExp(`${BOUNDARY_SOURCE.replace('TIME_CLAUSE', `(?:${eventCues().timeClause.source})`)}|,\\s+(?=(?:a|an)\\s+(?:${[...eventLexicon().saidThings].map((w) => escapeRegExp(w)).join('|')})s?\\b)`, 'giu');
  return boundary;
}

let afterOpener: RegExp | undefined;
// The word afterOpener needs, folded as it folds it (case-insensitive, no u flag).
const AFTER_WORD = /after/i;

/**
 * "will ask the EU for help after China blocked imports last week": "after" with a subject and a past verb
 * of its own (no comma between) opens a clause whose deed is done and whose time is its own, not the main
 * clause's. A noun phrase after it ("after talks on Monday") is no clause; nor is a count of time before
 * it ("a day after …", a time clause of its own). Where the trigger stands in such a clause, its start;
 * else `start`.
 */
export function afterClauseStart(text: string, start: number, triggerStart: number, end: number): number {
  if (!afterOpener) {
    const past = dateWords().pastCues.filter((w) => /^[a-z]+$/.test(w) && !NOT_A_VERB_OF_ITS_OWN.has(w));
    afterOpener = new RegExp(`(?<!\\b(?:minutes?|hours?|days?|weeks?|months?|years?|shortly|soon|just|only|long|right|immediately|moments?))\\s+(after)\\s+(?:[^\\s,;:.]+\\s+){1,5}?([a-z]{3,}ed|${past.join('|')})\\b`, 'gid');
  }
  // Only a match whose "after" starts before the trigger moves the cut: without one (most clauses) the
  // expression, which tries its look-behind at every position, need not run.
  if (!AFTER_WORD.test(text.slice(start, Math.min(end, triggerStart + 'after'.length - 1)))) return start;
  const part = text.slice(start, end);
  let cut = start;
  afterOpener.lastIndex = 0;
  for (let m = afterOpener.exec(part); m; m = afterOpener.exec(part)) {
    // The flag lets "After" open a sentence; the verb itself is written in lower case ("after talks with the
    // United States" names no clause).
    if (m[2] !== m[2]!.toLowerCase()) continue;
    const at = start + m.indices![1]![0];
    if (at < triggerStart) cut = at;
    else break;
    afterOpener.lastIndex = m.indices![1]![1];
  }
  return cut;
}

// Past cues that are auxiliaries or time words, not the verb of an "after" clause.
const NOT_A_VERB_OF_ITS_OWN = new Set(['was', 'were', 'had', 'did', 'last', 'earlier', 'previous', 'previously', 'ago']);

/** The clause of `text` (absolute offsets) that contains `trigger`, bounded by the sentence `within`. */
export function clauseAround(text: string, within: Span, trigger: Span): Span {
  const bounds = boundariesOf(text, within);
  let start = within.start;
  let end = within.end;
  for (let i = 0; i < bounds.length; i += 2) {
    const at = bounds[i]!;
    const after = bounds[i + 1]!;
    if (after <= trigger.start) start = after;
    else if (at >= trigger.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

// The clause boundaries of the sentences of the last text asked about, by sentence span: the clause of
// every candidate, rule and dating step is cut from the same few sentences.
let boundaryText: string | undefined;
const boundaryCache = new Map<string, number[]>();

/** Every clause boundary of `text` within `within`, as absolute [at, after] pairs in order. */
function boundariesOf(text: string, within: Span): number[] {
  if (text !== boundaryText) {
    boundaryText = text;
    boundaryCache.clear();
  }
  const key = `${within.start}:${within.end}`;
  let bounds = boundaryCache.get(key);
  if (bounds) return bounds;
  const BOUNDARY = boundaryExpression();
  const sentence = text.slice(within.start, within.end);
  bounds = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    const at = within.start + m.index;
    bounds.push(at, at + m[0].length);
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  boundaryCache.set(key, bounds);
  return bounds;
}

let sayingCache: RegExp | undefined;

/** A verb of saying after a comma or a name ("…, X said during talks with Y", "…, said X at a meeting with Y"); data/attribution-verbs.yaml (`reportingClause`). */
function sayingCue(): RegExp {
  if (!sayingCache) {
    const verbs = attributionVerbs().reportingClause
      .map((v) => escapeRegExp(v).replace(/ /g, '\\s+')).join('|');
    sayingCache = new RegExp(`,\\s+(?:[^,.;:!?]{0,60}?\\s)?(?:${verbs})\\b`, 'gi');
  }
  return sayingCache;
}

// An aside of saying closed by a comma ("…, the ministry said, …") whose words before it stop inside a verb
// phrase, on an auxiliary or a negation ("has not, the ministry said, recalled …"; data/event-cues.yaml,
// aside-interrupts): the aside interrupts one clause, and what stands before it is that clause's tense and
// negation, not a reported speech.
const ASIDE_CLOSED = /^[^,.;:!?]*,/;

/** Where the clause of a trigger starts once the speech reported before its verb of saying is left out. */
export function afterReportedSpeech(text: string, start: number, triggerStart: number): number {
  const part = text.slice(start, triggerStart);
  if (!part.includes(',')) return start;
  let cut = start;
  const saying = sayingCue();
  saying.lastIndex = 0;
  for (let m = saying.exec(part); m; m = saying.exec(part)) {
    const aside = ASIDE_CLOSED.test(part.slice(m.index + m[0].length)) && eventCues().asideInterrupts.test(part.slice(0, m.index));
    if (!aside) cut = start + m.index + 1;
  }
  return cut;
}
