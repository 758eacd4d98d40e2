/**
 * Event extraction: applies the rules of data/event-patterns.yaml to each sentence frame, fills
 * missing parties from context, decides status from the clause, dates each event, then hands the
 * candidates to the refiners.
 */
import type { ActorMention, DateInterval, DateMention, Diagnostic, Sentence, Span } from '../../core/types.js';
import type { EventStatus, RecordEvent } from '../../record/types.js';
import { afterClauseStart, afterReportedSpeech, clauseAround } from './clauses.js';
import { attributionVerbs } from '../actors/lexicon-data.js';
import { isLimitDate } from '../dates/limit-dates.js';
import { isEmbeddedDate } from '../dates/embedded-dates.js';
import { clauseTense } from '../dates/date-candidate.js';
import { alternation } from '../../core/regex-words.js';
import { eventCues, eventPatterns, isApposition, RELATIVE_ASIDE_OPENING, RELATIVE_ASIDE_WORDS, type EventCues, type EventPattern, type SlotName } from './event-patterns.js';
import { dateEvent, type DateBasis, type DatedContext } from './event-dating.js';
import { monthInterval } from '../dates/calendar.js';
import { dateWords, fullNames } from '../dates/date-words.js';
import { mergeEvents, mergeSameDay } from './merge-event-refiner.js';
import { CLOSE, buildFrame, buildFrames, groupsIn, sameItems, type ActorGroup, type SentenceFrame } from './sentence-frame.js';
import { isSummitTopicVerb, matchSummits } from './summit-rule.js';
import { envoySide, matchLexicon, mayHoldEvent, type LexiconMatch, type TagCache } from './lexicon-rule.js';
import { eventLexicon, type LexiconEntry } from './event-lexicon.js';
import { eventPair } from '../../core/plover.js';
import { isStateCode } from '../../core/states.js';
import type { SentenceTokens } from '../../text/tagger.js';
import { buildRulePrefilter, type RulePrefilter } from './rule-prefilter.js';
import { groupReferenceMentions } from './group-reference.js';
import { pairCounterpartMentions, pairObjectMentions, pairReferenceMentions } from './pair-reference.js';
import { mentionsWithin, sortedByStart } from './mentions-within.js';

/** A quotation with the code of the actor its speaker stands for. */
export interface QuoteContext {
  readonly span: Span;
  readonly speaker: string | null;
}

export interface EventInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly actors: readonly ActorMention[];
  readonly dates: readonly DateMention[];
  readonly quotes: readonly QuoteContext[];
  /** Cities and regions named as places: where things happened, for the lexicon reading only. */
  readonly places?: readonly ActorMention[];
  /** The document date (YYYY-MM-DD, YYYY-MM or null). */
  readonly published: string | null;
  /** Tagged tokens of a sentence, from the splitter's reading where it tagged the line (default: tag it alone). */
  readonly tokensOf?: SentenceTokens;
}

/** An event before merging: one rule match in one sentence. */
export interface EventCandidate {
  readonly type: RecordEvent['type'];
  readonly mode: string | null;
  readonly cameo: string;
  readonly source: string;
  readonly target: string;
  readonly sourceSector?: string;
  readonly targetSector?: string;
  readonly status: EventStatus;
  readonly date: DateInterval | null;
  readonly dateBasis: DateBasis | null;
  readonly evidence: Span[];
  readonly rule: string;
  readonly sentence: number;
  readonly paragraph: number;
  readonly trigger: Span;
  /** The rule's trigger is a noun phrase (see EventPattern.nominal). */
  readonly nominal: boolean;
  /** Its parties are those of the visit or talks announced before it (MeetingContext.planned), whose days it takes. */
  readonly ofPlannedMeeting?: true;
  /** Its date is the day of the report closing its sentence (EventDate.reportTime). */
  readonly dateFromReport?: true;
  /** Its clause tells it as a later round of a series ("held a second round of talks"): not a repeat of one told before. */
  readonly laterRound?: true;
}

/** Every event the document reports, merged so that one happening is one event. */
export function extractEvents(given: EventInput): { events: RecordEvent[]; diagnostics: Diagnostic[] } {
  // Mentions are looked up by binary search (mentions-within.ts): they must be in text order.
  const input: EventInput = { ...given, actors: sortedByStart(given.actors), places: given.places && sortedByStart(given.places) };
  // Tags depend on the sentence only: the second reading reuses the first one's.
  const tags: TagCache = new Map();
  const phrases: PhraseCache = new Map();
  const lexicon: LexiconCache = new Map();
  let pass = readEvents(input, tags, phrases, lexicon);
  // "His guest", "the hosts", "the visiting president" name a side of a visit told before, "the two
  // presidents", "the sides" the pair of the event told before: resolve them against the first
  // reading, then read again with those mentions in place.
  // "his counterparts in both countries" is the pair as a whole (ahead of any other reading of its words).
  const counterparts = pairCounterpartMentions(input.text, input.actors);
  const roles = [...visitRoleMentions(input, pass.candidates), ...pairReferenceMentions(input.text, input.sentences, input.actors, pass.candidates)]
    .filter((r) => !counterparts.some((c) => c.span.start < r.span.end && r.span.start < c.span.end))
    .concat(counterparts, groupReferenceMentions(input.text, input.sentences, input.actors));
  // The role phrase replaces the pronoun inside it ("his" in "his guest" is the host, not the guest).
  const kept = roles.length > 0 ? input.actors.filter((a) => !roles.some((r) => r.span.start < a.span.end && a.span.start < r.span.end)) : input.actors;
  let actors = roles.length > 0 ? [...kept, ...roles].sort(byPosition) : input.actors;
  // ", urging them to …" after "both countries": "them" is that pair (no mention before this reading).
  const objects = pairObjectMentions(input.text, actors);
  if (objects.length > 0) actors = [...actors, ...objects].sort(byPosition);
  if (roles.length > 0 || objects.length > 0) pass = readEvents({ ...input, actors }, tags, phrases, lexicon);
  const standIn = input.published ? null : latestWrittenDay(input);
  return {
    events: mergeSameDay(mergeEvents([...pass.candidates, ...impliedProtests(input, pass.candidates)], input.published).map((e) => withDocumentDate(e, input.published)).map((e) => withLatestWrittenDay(e, standIn))),
    diagnostics: pass.diagnostics,
  };
}

/**
 * miss17: "police fired tear gas to disperse a crowd protesting against …", "security forces clashed with
 * anti-government protesters": a deed of a state's police or troops against civilians of its own, told of a
 * crowd named as protesting (event-cues.yaml protesting-crowds), implies that crowd's protest against its
 * government on the same day, unless the sentence already yields one.
 */
function impliedProtests(input: EventInput, cands: readonly EventCandidate[]): EventCandidate[] {
  const out: EventCandidate[] = [];
  const { protestingCrowds: crowds, protestingCrowdBreaks: breaks, crowdHandlerSectors: handlers } = eventCues();
  for (const c of cands) {
    if ((c.type !== 'COERCE' && c.type !== 'ASSAULT') || c.source !== c.target || c.targetSector !== 'CVL' || !handlers.has(c.sourceSector ?? '')) continue;
    if (cands.some((x) => x.type === 'PROTEST' && x.sentence === c.sentence) || out.some((x) => x.sentence === c.sentence)) continue;
    const sentence = input.sentences[c.sentence];
    if (!sentence) continue;
    // reviewA17: the crowd must be the deed's own patient: no relative, charge or later time between the deed
    // and the crowd ("arrested a man suspected of robbing demonstrators", "a day after the demonstrations ended").
    const patientCrowd = [...input.text.slice(sentence.span.start, sentence.span.end).matchAll(crowds)].some((m) => {
      const at = sentence.span.start + m.index;
      const gap = at >= c.trigger.end ? input.text.slice(c.trigger.end, at) : input.text.slice(at + m[0].length, c.trigger.start);
      return !breaks.test(gap);
    });
    if (!patientCrowd) continue;
    out.push({ ...c, type: 'PROTEST', mode: 'demo', cameo: '141', sourceSector: 'CVL', targetSector: 'GOV', rule: 'events/implied-protest' });
  }
  return out;
}

const byPosition = (a: ActorMention, b: ActorMention) => a.span.start - b.span.start || a.span.end - b.span.end;

let meetingKeysCache: RegExp | undefined;
let rulePrefilterCache: RulePrefilter | undefined;

/** Every phrase rule's keys, and the words its pattern needs, tested in one scan of the sentence. */
function rulePrefilter(): RulePrefilter {
  rulePrefilterCache ??= buildRulePrefilter(eventPatterns().map((p) => (p.wordSource !== undefined ? { keys: p.keys, wordSource: p.wordSource } : { keys: p.keys, pattern: p.regex })));
  return rulePrefilterCache;
}

let fillsNoneCache: boolean[] | undefined;

/** Per phrase rule, whether it fills no party from context (both come from the text). */
function rulesFillingNone(): boolean[] {
  fillsNoneCache ??= eventPatterns().map((p) => Object.keys(p.fill).length === 0 && Object.keys(p.fixed).length === 0);
  return fillsNoneCache;
}

/** The cheap tests of the rules that take their parties from the meeting just told, as one expression. */
function meetingRuleKeys(): RegExp {
  meetingKeysCache ??= new RegExp(eventPatterns().filter((p) => p.fill.a === 'meeting').map((p) => `(?:${p.keys.source})`).join('|'), 'i');
  return meetingKeysCache;
}

/** One reading of the document: every rule over every sentence, dated in order. */
function readEvents(input: EventInput, tags: TagCache, phraseCache: PhraseCache, lexiconCache: LexiconCache): { candidates: EventCandidate[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const candidates: EventCandidate[] = [];
  const context: DatedContext = { lastDated: null, lastMeeting: null, lastVisit: null };
  const meetings: MeetingContext = { last: null, planned: null, summit: null, summitFormat: [], aid: null };
  const quotes = [...input.quotes].sort((a, b) => a.span.start - b.span.start);
  // Sentences with no actor are read too: "the participants adopted a declaration" names its parties
  // only through the meeting told before.
  const meetingKeys = meetingRuleKeys();
  const places = input.places ?? [];
  const oneParty = eventLexicon().oneParty;
  // Sentences that name only a place ("protests erupted in Tehran") are read by the lexicon too.
  const readable = (s: Sentence) => meetingKeys.test(s.text) || (mentionsWithinSpan(places, s.span).length > 0 && mayHoldEvent(s.text, oneParty));
  for (const frame of buildFrames(input.text, input.sentences, input.actors, quotes.map((q) => q.span), readable)) {
    const sentence = frame.sentence;
    const quote = speakerQuote(quotes, sentence.span);
    if (frame.masked.length > MAX_FRAME_LENGTH) {
      diagnostics.push({ reason: `sentence of ${frame.masked.length} characters: too long to read for events`, rule: 'events/long-sentence', severity: 'warning', span: sentence.span });
      continue;
    }
    // A question asserts nothing ("Did India rebut the claims?", "Will Moscow send troops?").
    if (QUESTION_END.test(sentence.text)) continue;
    const found = matchSentence(input, frame, quote?.speaker ?? null, diagnostics, meetings, tags, phraseCache, lexiconCache);
    found.sort((x, y) => x.trigger.start - y.trigger.start || x.trigger.end - y.trigger.end);
    for (const c of found) {
      // "X invited Y to a summit. The meeting is scheduled to take place on November 6.": the sentence after an
      // undated planned meeting may set its date (not a planned sanction's or deployment's).
      // "will visit X on May 19 at the invitation of Y": the invitation was issued before the visit, so it is a
      // request made, and the visit's date is not its own.
      const standing = c.type === 'REQUEST' && c.mode === 'invite' && c.nominal && c.status === 'planned'
        && eventCues().standingInvitation.test(input.text.slice(Math.max(sentence.span.start, c.trigger.start - 64), c.trigger.start));
      // "said Moldova would face consequences next year": a threat is made when said; the time to come is what it threatens.
      const own = standing ? null : dateEvent(eventLexicon().saidNowTypes.has(c.type) ? withoutLaterDates(input, c.trigger.end) : input, sentence, c, context);
      const next = c.status === 'planned' && c.type === 'CONSULT' ? scheduledNext(input, sentence) : null;
      // "… a state visit in June. The June 22 visit will …": the next sentence may also narrow a coarser time.
      const nextOrOwn = own && next && (own.date.from !== next.date.from || own.date.to !== next.date.to)
        && own.date.from <= next.date.from && next.date.to <= own.date.to ? next : own ?? next;
      // "X will pay a state visit to Y on 14-15 July. … Following the summit, documents will be signed": a signing
      // of the visit announced before, with no time of its own, is done in the visit's days (meet16).
      // "X will pay a working visit to Y on June 19. The parties are expected to sign an agreement …": a signing
      // still to come between the same two parties, told right after the dated visit, is done in its days too.
      const samePairPlanned = c.status === 'planned' && (c.type === 'AGREE' || c.type === 'COOPERATE') && meetings.planned
        && sentence.index - meetings.planned.sentence <= 1 && sentence.index > meetings.planned.sentence
        && meetings.planned.pairs.some(([x, y]) => (x === c.source && y === c.target) || (x === c.target && y === c.source));
      const announced = (c.ofPlannedMeeting || samePairPlanned) && (!nextOrOwn || nextOrOwn.basis === 'document') && context.lastMeeting?.planned && context.lastMeeting.date
        ? { date: context.lastMeeting.date, basis: 'anaphora' as const } : null;
      const dated = announced ?? nextOrOwn;
      let status = standing ? 'occurred' as const : c.status;
      // "X will embark on a visit to Y tomorrow. X is visiting Y at the invitation of …": an undated present
      // progressive visit told just after one announced for a later day, between the same two, is that visit, still to come.
      const ahead = context.lastVisit;
      let carried: { date: DateInterval; basis: DateBasis } | null = null;
      if (!dated && status === 'occurred' && c.type === 'CONSULT' && c.mode === 'visit' && ahead?.planned && ahead.date && input.published
        && ahead.date.from > endOfDay(input.published) && sentence.index - ahead.sentence <= PROGRESSIVE_VISIT_REACH
        && !!ahead.pair && [ahead.pair[0], ahead.pair[1]].sort().join() === [c.source, c.target].sort().join()
        && eventCues().progressiveVisit.test(input.text.slice(sentence.span.start, c.trigger.end))) {
        status = 'planned';
        carried = { date: ahead.date, basis: 'anaphora' };
      }
      // A date the clause states, later than the document, makes the event announced rather than done;
      // a date borrowed from context ("on the sidelines") does not.
      if (status === 'occurred' && dated && dated.basis !== 'anaphora' && input.published && dated.date.from > endOfDay(input.published)) status = 'planned';
      // date18: "the ministers are to review the fisheries pact Chile and Peru signed in March 2015": a time the
      // clause states in a year before the document's is a deed done, whatever future governs the clause.
      // fixA18: only a participle trigger no modal governs ("will send aid to Y, as it did in 2022" stays planned).
      if (status === 'planned' && dated && dated.basis === 'text' && input.published && dated.date.to < `${input.published.slice(0, 4)}-01-01`
        && pastDeedTrigger(input.text.slice(sentence.span.start, c.trigger.end), input.text.slice(c.trigger.start, c.trigger.end))) status = 'occurred';
      // fixA18: "met on Monday ahead of talks between X and Y on Tuesday", published on Friday: a happening the news came
      // before, whose own day the text tells on or before the report's, has taken place.
      if (status === 'planned' && c.nominal && dated && dated.basis === 'text' && input.published && dated.date.to <= endOfDay(input.published)
        && eventCues().aheadBeforeNoun.test(input.text.slice(sentence.span.start, c.trigger.start))) status = 'occurred';
      // "They met in Geneva in January. … held a second round of talks": a later round told without a time of its own
      // does not take the time of its paragraph, which is the earlier round's.
      const clause = clauseAround(input.text, sentence.span, c.trigger);
      const laterRound = eventCues().laterRound.test(input.text.slice(clause.start, clause.end));
      const kept = laterRound && dated?.basis === 'paragraph' ? null : dated;
      const event = { ...c, date: (kept ?? carried)?.date ?? null, dateBasis: (kept ?? carried)?.basis ?? null, status, ...(kept && "reportTime" in kept && kept.reportTime ? { dateFromReport: true as const } : {}),
        ...(laterRound ? { laterRound: true as const } : {}) };
      // "Back then" points to a time something happened, not to an announced one.
      if (dated && status === 'occurred') context.lastDated = { date: dated.date, sentence: sentence.index };
      // "During the visit" points back to the visit or talks told last, dated or not.
      // A happening a noun names after the sentence's own meeting verb ("held talks with X and discussed the
      // follow-up to Y's visit in December") is background: the meeting told by the verb stays the one meant.
      // Later sentences mean the verb's meeting; a relative in the same sentence ("…'s visit in April, during
      // which …") means the noun's.
      if (c.type === 'CONSULT' && c.mode !== 'multilateral') {
        const before = context.lastMeeting;
        const main = c.nominal && before?.sentence === sentence.index ? (before.main ?? (before.verbal ? before : undefined)) : undefined;
        context.lastMeeting = { date: event.date, sentence: sentence.index, planned: status !== 'occurred', verbal: !c.nominal, main, pair: [c.source, c.target] };
        if (c.mode === 'visit') context.lastVisit = context.lastMeeting;
      }
      // A bilateral encounter is what "documents were signed" refers to when no summit was told since.
      if (c.type === 'CONSULT' && c.mode !== 'multilateral' && status === 'occurred') rememberMeeting(meetings, [[c.source, c.target]], sentence.index);
      if (c.type === 'CONSULT' && c.mode !== 'multilateral' && status === 'planned') {
        if (meetings.planned?.sentence !== sentence.index) meetings.planned = { sentence: sentence.index, pairs: [] };
        if (!meetings.planned.pairs.some(([x, y]) => x === c.source && y === c.target)) meetings.planned.pairs.push([c.source, c.target]);
      }
      if (c.type === 'AID' && isStateCode(c.target) && c.source !== c.target) meetings.aid = { sentence: sentence.index, recipient: c.target };
      candidates.push(event);
    }
  }
  return { candidates, diagnostics };
}

/**
 * The date set by the sentence right after a plan, when that sentence only schedules "the meeting" ("The
 * meeting is scheduled to take place on November 6 in Washington."; `scheduled-next` in data/event-cues.yaml)
 * and names no party but a place.
 */
function scheduledNext(input: EventInput, sentence: Sentence): { date: DateInterval; basis: DateBasis } | null {
  const next = input.sentences.find((s) => s.index === sentence.index + 1);
  if (!next || !eventCues().scheduledNext.test(next.text)) return null;
  if (mentionsWithin(input.actors, next.span.start, next.span.end).some((a) => a.via !== 'capital')) return null;
  const d = input.dates.find((x) => x.span.start >= next.span.start && x.span.end <= next.span.end);
  return d ? { date: d.interval, basis: 'anaphora' } : null;
}

// How many sentences after an announced visit such a progressive may be told and still be that visit.
const PROGRESSIVE_VISIT_REACH = 3;

// A relative of what is done inside a happening: "…, during which he will meet …", "in the course of which".
const DURING_WHICH = /\s*,?\s*\b(?:during|in|at|in the course of|on the sidelines of) which\b/i;

// A sentence that ends in a question mark, closing quotes or brackets aside.
const QUESTION_END = /\?[\s"'”’»)\]]*$/;

// How many sentences back "his guest" may look for the visit it refers to.
const VISIT_ROLE_REACH = 5;

/** Mentions for "his guest" / "the host" / "the visiting leader": the visitor or host of the last visit told. */
function visitRoleMentions(input: EventInput, candidates: readonly EventCandidate[]): ActorMention[] {
  const visits = candidates.filter((c) => c.type === 'CONSULT' && c.mode === 'visit');
  if (visits.length === 0) return [];
  const out: ActorMention[] = [];
  const re = eventCues().visitRoles;
  re.lastIndex = 0;
  for (let m = re.exec(input.text); m; m = re.exec(input.text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (input.actors.some((a) => a.via !== 'pronoun' && a.span.start < span.end && span.start < a.span.end)) continue;
    const sentence = input.sentences.find((s) => s.span.start <= span.start && span.start < s.span.end);
    if (!sentence) continue;
    const visit = [...visits].reverse().find((v) => v.trigger.end <= span.start && sentence.index - v.sentence <= VISIT_ROLE_REACH);
    if (!visit) continue;
    const isHost = /host/i.test(m[0]);
    out.push({ kind: 'actor', span, code: isHost ? visit.target : visit.source, via: 'pronoun', rule: 'events/visit-role' });
  }
  return out;
}

/**
 * An event the text reports but does not date is the article's news: it takes the document date
 * (shared/spec, "Dates"). So does an announced one ("X is to attend the meeting", "after the talks
 * they are expected to sign …"): the announcement is the news, and the team's gold dates such events
 * by the report's day (a null gold date accepts any date).
 */
function withDocumentDate(event: RecordEvent, published: string | null): RecordEvent {
  if (event.date || !published) return event;
  // Only the month is known (a URL's /2023/04/): the news happened within that month.
  if (published.length === 7) return { ...event, date: monthInterval(Number(published.slice(0, 4)), Number(published.slice(5, 7))), dateBasis: 'document' };
  if (published.length !== 10) return event;
  return { ...event, date: { from: published, to: published }, dateBasis: 'document' };
}

/**
 * A document nothing dates still tells when its news happened where it writes a full day ("left Ghana
 * on May 2, 2017 …", "Dated this 14th day of December, 2023"): the latest such day stands in for the
 * document date of its undated deeds (never of announced events, which lie after it). Only days that
 * tell when something happened count, so the latest day is bounded: not one in a photo caption or an
 * embedded post, in a clause in the future ("will be held on …"), nor a limit or deadline ("valid until
 * 31 December 2030", "by June 30", limit-dates.ts), which lies after the news by its nature.
 */
function latestWrittenDay(input: EventInput): string | null {
  let latest: string | null = null;
  for (const d of input.dates) {
    if (d.grain !== 'day' || d.inferredYear || d.interval.from !== d.interval.to) continue;
    if (isEmbeddedDate(input.text, d.span) || isLimitDate(input.text, d.span) || clauseTense(input.text, d.span.start, d.span.end) === 'future') continue;
    if (latest === null || d.interval.from > latest) latest = d.interval.from;
  }
  return latest;
}

function withLatestWrittenDay(event: RecordEvent, day: string | null): RecordEvent {
  if (event.date || !day || event.status !== 'occurred') return event;
  return { ...event, date: { from: day, to: day }, dateBasis: 'document' };
}

/** The quotation a sentence stands in (wholly, else partly), found by binary search over sorted quotes. */
export function speakerQuote<Q extends QuoteContext>(quotes: readonly Q[], span: Span): Q | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.span.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let partial: Q | undefined;
  for (let k = lo; k < quotes.length && quotes[k]!.span.start < span.end; k++) {
    const q = quotes[k]!;
    if (q.span.start <= span.start && span.end <= q.span.end) return q;
    partial ??= q;
  }
  return partial;
}

const SUMMIT_NOUN = /\bsummit\b/i;

let aheadOfOpening: RegExp | undefined;
/** The text with a phrase opening it on a later happening ("Ahead of the summit next month, …") blanked, same length. */
function blankAheadOf(s: string): string {
  const cues = dateWords().newsDay.aheadOfCues;
  if (cues.length === 0) return s;
  aheadOfOpening ??= new RegExp(`^\\W*(?:${alternation(cues)})\\b[^,;:.]*,`, 'i');
  return s.replace(aheadOfOpening, (m) => ' '.repeat(m.length));
}

const CONTINUITY = /\b(?:will|shall) (?:continue|keep(?: on)?) (?:to )?/gi;

// A news sentence is rarely longer than a thousand characters; a longer "sentence" is a table or a
// dump without punctuation, where the rules would only find noise (and cost quadratic time).
const MAX_FRAME_LENGTH = 3000;
// How far back "the participants" may reach for the meeting they took part in.
const MEETING_REACH = 8;

/** The meeting (a summit's pairs, or a bilateral visit or talks) told most recently, which "the participants adopted …" or "documents were signed" refers to. */
interface MeetingContext {
  last: { sentence: number; pairs: Array<[string, string]> } | null;
  /**
   * The visit or talks last announced as still to come: "X will pay a state visit to Y on 14-15 July. … Documents
   * will be signed." A signing told in the future refers to it (meet16); one told as done does not.
   */
  planned: { sentence: number; pairs: Array<[string, string]> } | null;
  /** The last summit's pairs, which a later "during the summit" brings back into focus. */
  summit: { sentence: number; pairs: Array<[string, string]> } | null;
  /** The organisation or format of the last summit that named one. */
  summitFormat: readonly string[];
  /** The receiver of the last aid told, which the next donors of a list give to ("… has also provided …"). */
  aid: { sentence: number; recipient: string } | null;
}

// How many sentences after an aid event its receiver still receives the gifts told without one.
const AID_REACH = 6;

function rememberMeeting(meetings: MeetingContext, pairs: ReadonlyArray<[string, string]>, sentence: number): void {
  if (meetings.last?.sentence !== sentence) meetings.last = { sentence, pairs: [] };
  for (const [a, b] of pairs) if (!meetings.last.pairs.some(([x, y]) => x === a && y === b)) meetings.last.pairs.push([a, b]);
}

/**
 * The input without the times that begin after its document's day, nor those written without their year after a
 * word of the future past the trigger ("said it would act in June"): for deeds that are their saying.
 */
function withoutLaterDates(input: EventInput, triggerEnd: number): EventInput {
  if (!input.published) return input;
  const day = endOfDay(input.published);
  const { saidNowFuture: future, saidNowFutureNext: futureNext } = eventLexicon();
  const told = (gap: string) => future.test(gap) || futureNext.test(gap);
  return {
    ...input,
    dates: input.dates.filter((d) => d.interval.from <= day
      && !(d.inferredYear && d.span.start >= triggerEnd && told(input.text.slice(triggerEnd, d.span.start)))),
  };
}

function endOfDay(published: string): string {
  return published.length === 7 ? `${published}-31` : published;
}

interface RawMatch {
  readonly pattern: EventPattern;
  readonly trigger: Span;
  readonly slots: Partial<Record<SlotName, number[]>>;
  /** Parties already decided by a rule of its own (multilateral formats). */
  readonly pairs?: Array<[string, string]>;
  /** Sectors of the sides of `pairs`, index for index (lexicon readings of sub-state actors). */
  readonly sectors?: Array<[string | null, string | null]>;
  /** A reading of the event lexicon (these come after the phrase rules' readings). */
  readonly lexicon?: boolean;
  /** A lexicon reading told as promised ("pledged aid to X"): planned whatever the clause's tense. */
  readonly promised?: boolean;
}

/**
 * Phrase-rule matches per sentence frame, shared by the two readings of one document: by sentence index,
 * each frame read with its matches. A frame with the same group spans and masked text has the same
 * matches (the second reading mostly gets the very same frame object back: sentence-frame.ts).
 */
type PhraseCache = Map<number, Array<{ readonly frame: SentenceFrame; readonly raws: RawMatch[] }>>;

function samePhraseFrame(a: SentenceFrame, b: SentenceFrame): boolean {
  if (a === b) return true;
  if (a.groups.length !== b.groups.length || a.masked !== b.masked) return false;
  for (let i = 0; i < a.groups.length; i++) {
    const x = a.groups[i]!;
    const y = b.groups[i]!;
    // The phrase rules also read how many parties a group names (a pair resolved at the same span).
    if (x.span.start !== y.span.start || x.span.end !== y.span.end || x.codes.length !== y.codes.length) return false;
  }
  return true;
}

/** The lexicon reading of one sentence, with what it was read from (see lexiconMatches). */
interface LexiconReading {
  readonly groups: readonly ActorGroup[];
  readonly places: readonly ActorMention[];
  readonly previous: readonly string[];
  readonly recipient: string | null;
  readonly matches: LexiconMatch[];
}

/** Lexicon readings by sentence index, shared by the two readings of one document. */
type LexiconCache = Map<number, LexiconReading>;

/**
 * The lexicon reading of the frame (its places standing as groups too). The second reading of a document
 * (after "the two sides" got their pair) gives most sentences the very same mentions: the frame is built
 * from them alone and the reading depends only on the frame, the sentence's tags and the codes named
 * in the sentence before (and the receiver of the aid told last), so where the mentions (the same objects,
 * grouped alike), the places and those codes are the same, the first reading's matches are the answer.
 */
function lexiconMatches(
  input: EventInput, frame: SentenceFrame, places: readonly ActorMention[], tags: TagCache, cache: LexiconCache, recipient: string | null,
): LexiconMatch[] {
  const previous = previousCodes(input, frame.sentence.index);
  const known = cache.get(frame.sentence.index);
  if (known && sameGroups(known.groups, frame.groups) && sameItems(known.places, places) && sameItems(known.previous, previous)
    && known.recipient === recipient) return known.matches;
  const matches = matchLexicon(withPlaces(input, frame, places), tags, input.tokensOf, previous, recipient);
  cache.set(frame.sentence.index, { groups: frame.groups, places, previous, recipient, matches });
  return matches;
}

function sameGroups(a: readonly ActorGroup[], b: readonly ActorGroup[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.span.start !== y.span.start || x.span.end !== y.span.end || x.resolved !== y.resolved || x.quoted !== y.quoted
      || !sameItems(x.codes, y.codes) || !sameItems(x.mentions, y.mentions)) return false;
  }
  return true;
}

/** The phrase rules' matches in one sentence frame, appended to `raws`. */
function phraseMatches(frame: SentenceFrame, base: number, noActor: boolean, raws: RawMatch[]): void {
  const patterns = eventPatterns();
  const mayMatch = rulePrefilter().scan(frame.masked);
  const fillsNone = rulesFillingNone();
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p]!;
    if (noActor && pattern.fill.a !== 'meeting') continue;
    // A rule that takes both parties from the text cannot pair anything in a one-actor sentence.
    if (frame.groups.length === 1 && fillsNone[p] && frame.groups[0]!.codes.length < 2) continue;
    if (!mayMatch[p]) continue;
    // Made and compiled when a sentence first needs it (event-patterns.ts).
    const regex = pattern.regex;
    regex.lastIndex = 0;
    for (let found = regex.exec(frame.masked); found; found = regex.exec(frame.masked)) {
      if (found[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const m = casedMatch(pattern, found, frame.masked);
      if (!m) {
        regex.lastIndex = found.index + 1;
        continue;
      }
      const g = m.groups ?? {};
      const slots: Partial<Record<SlotName, number[]>> = {};
      for (const name of ['src', 'tgt', 'a', 'b'] as const) if (g[name] !== undefined) slots[name] = groupsIn(g[name]);
      for (const name of ['src', 'a'] as const) {
        const opened = openingPhraseMembers(frame.masked, g[name], m.index);
        if (opened > 0) slots[name] = slots[name]!.slice(opened);
      }
      const trigger = { start: base + frame.toText(m.index), end: base + frame.toText(m.index + m[0].length) };
      raws.push({ pattern, trigger, slots });
      // Let overlapping matches of the same rule be found too ("A met B, and C met D"), without
      // re-reading the same list of actors from each of its positions.
      const firstClose = frame.masked.indexOf(CLOSE, m.index);
      regex.lastIndex = firstClose >= 0 && firstClose < m.index + m[0].length ? firstClose + 1 : m.index + 1;
    }
  }
}

// A phrase of time opening the sentence, up to its comma: "Earlier on November 12, ", "On Monday, ", "Last week, ".
// (A number, a full weekday or month name, or a word of data/date-words.yaml leadingTimeWords.)
let leadingTimePhrase: RegExp | undefined;
function leadingTime(): RegExp {
  if (leadingTimePhrase) return leadingTimePhrase;
  const w = dateWords();
  const words = [...fullNames(w.weekdays), ...fullNames(w.months), ...w.leadingTimeWords];
  return (leadingTimePhrase = new RegExp(`^\\s*[^,\\uE000]{0,40}?\\b(?:\\d{1,4}|${alternation(words)})\\b[^,\\uE000]{0,20},\\s*`, 'i'));
}

/**
 * How many leading members of a doer's list stand inside an exchange phrase that opens the sentence ("In a
 * letter to ⟨X⟩, ⟨Y⟩ accused …", "During talks with ⟨A⟩, ⟨B⟩ and ⟨C⟩, ⟨D⟩ proposed …": the addressees are
 * no doers). The phrase opens with a word of `addressee-openers`, names an exchange (`addressee-frames`)
 * and ends in "to"/"with" right before the list, or it is a phrase of time (`time-phrase-openers`: "Before
 * flying to ⟨X⟩, ⟨Y⟩ …"); its own list ends at the first comma-set part that closes with "and", else at the
 * first comma.
 */
function openingPhraseMembers(masked: string, list: string | undefined, from: number): number {
  if (!list || !list.includes(',')) return 0;
  const at = masked.indexOf(list, from);
  if (at < 0) return 0;
  const before = masked.slice(0, at);
  const words = before.toLowerCase().match(/[a-z]+/g) ?? [];
  const lex = eventLexicon();
  // "(Earlier on November 12,) within the framework of the summits in ⟨X⟩, ⟨A⟩ had talks with ⟨B⟩": a phrase of the
  // occasion, after a phrase of time at most, ends at its comma too (meet16).
  const occasionLead = before.replace(leadingTime(), '').toLowerCase();
  const occasion = !occasionLead.includes(',') && /\b(?:in|at)\s+$/i.test(occasionLead)
    && lex.occasionPhraseOpeners.some((o) => occasionLead.startsWith(`${o} `));
  if (!occasion && (before.includes(',') || words.length < 2)) return 0;
  const exchange = lex.addresseeOpeners.has(words[0]!) && /\b(?:to|with)\s+(?:the\s+)?$/i.test(before) && words.some((w) => lex.addresseeFrames.has(w));
  // "Before flying to ⟨X⟩, ⟨Y⟩ held talks …": a phrase of time that ends in a party ends at its comma.
  // The phrase must end in a preposition or a gerund before the party ("While the United States, Britain and
  // France met …" opens with no phrase of its own).
  // "In addition to the wars in ⟨X⟩ and ⟨Y⟩, ⟨A⟩ and ⟨B⟩ signed …": a phrase of other topics ends the same way.
  const opener = before.toLowerCase().trimStart();
  // (Its end is not read: a match may start inside its own list, "… Syria and ⟨Libya⟩, ⟨A⟩ and ⟨B⟩".)
  // Only a phrase of other things before its parties: "In addition to the United States, Britain and France imposed …"
  // names a doer too.
  const topicOpener = lex.topicPhraseOpeners.find((o) => opener.startsWith(`${o} `));
  const topicLead = topicOpener === undefined ? '' : opener.slice(topicOpener.length + 1).split('\uE000')[0]!;
  const topicPhrase = topicOpener !== undefined && /\b(?!(?:the|a|an|its|his|her|their)\b)[a-z]{3,}\b/.test(topicLead);
  // ("Before flying to ⟨X⟩ and ⟨Y⟩, ⟨A⟩ and ⟨B⟩ …": a match that starts inside the phrase's own list reads the phrase's end before that list.)
  const phraseEnd = before.replace(/(?:\uE000\d+\uE001(?:,\s*|\s+and\s+))+$/u, '');
  const timePhrase = occasion || topicPhrase || lex.timePhraseOpeners.has(words[0]!) && /\b(?:to|in|into|with|from|at|for|of|on|by|\w+ing)\s+(?:(?:the|his|her|its|their)\s+)?$/i.test(phraseEnd);
  if (!exchange && !timePhrase) return 0;
  const parts = list.split(',');
  // The addressees' own list closes with "and" in a part before the last; else the first part alone.
  const closing = parts.findIndex((part, k) => k < parts.length - 1 && /\s(?:and|&)\s/.test(part));
  const inside = parts.slice(0, closing >= 0 ? closing + 1 : 1).join(',');
  const opened = groupsIn(inside).length;
  return opened < groupsIn(list).length ? opened : 0;
}

/**
 * The match itself when its appositions (unlisted "title Name" after a party) have the case such words
 * have; else the same rule read without them at the same place, or null. The rules run case-insensitively,
 * so only here can "sanctions coordinator James O'Brien" be told from any run of six words.
 */
function casedMatch(pattern: EventPattern, m: RegExpExecArray, text: string): RegExpExecArray | null {
  if (!pattern.appositions || !pattern.withoutApposition || !m.indices) return m;
  const spans = m.indices.groups ?? {};
  const cased = pattern.appositions.every((name) => {
    const span = spans[name];
    return span === undefined || isApposition(text.slice(span[0], span[1]), text.slice(span[1], span[1] + 8));
  });
  if (cased) return m;
  pattern.withoutApposition.lastIndex = m.index;
  return pattern.withoutApposition.exec(text);
}

/** The multilateral-meeting rule, in the same shape as the pattern rules. */
const SUMMIT_RULE: EventPattern = {
  // The fields in the order of the lexicon's rules (lexiconPattern): one hidden class for both.
  id: 'multilateral-meeting', type: 'CONSULT', mode: 'multilateral', cameo: '040',
  reason: 'a summit or council: participants paired with the organisation or format', regex: /$^/, keys: /summit|ministerial|council|meeting|conference/i,
  directed: false, fill: {}, nominal: true, fixed: {}, negatable: true, habitualStatement: false, negatedAs: undefined,
};

function matchSentence(
  input: EventInput,
  frame: SentenceFrame,
  speaker: string | null,
  diagnostics: Diagnostic[],
  meetings: MeetingContext,
  tags: TagCache,
  phraseCache: PhraseCache,
  lexiconCache: LexiconCache,
): EventCandidate[] {
  const raws: RawMatch[] = [];
  const base = frame.sentence.span.start;
  const noActor = frame.groups.length === 0;
  const sentencePlaces = mentionsWithinSpan(input.places ?? [], frame.sentence.span);
  if (noActor && !meetings.last && !meetings.planned && sentencePlaces.length === 0) return [];
  // The second reading (after "the two sides" got their pair) finds the same phrase matches in every
  // sentence whose actors did not change: take them from the first.
  const read = phraseCache.get(frame.sentence.index) ?? [];
  const cached = read.find((r) => samePhraseFrame(r.frame, frame));
  if (cached) raws.push(...cached.raws);
  else {
    phraseMatches(frame, base, noActor, raws);
    read.push({ frame, raws: [...raws] });
    phraseCache.set(frame.sentence.index, read);
  }
  const recentSummit = meetings.summit && frame.sentence.index - meetings.summit.sentence <= MEETING_REACH ? meetings.summitFormat : [];
  const summits = noActor ? [] : matchSummits(frame, speaker, recentSummit);
  // The format rules know who met whom at a summit: other readings of the same words yield to them.
  if (summits.length) {
    for (let i = raws.length - 1; i >= 0; i--) {
      const r = raws[i]!;
      if (r.pattern.type === 'CONSULT' && summits.some((m) => m.trigger.start < r.trigger.end && r.trigger.start < m.trigger.end)) raws.splice(i, 1);
    }
  }
  // The who-did-what-to-whom reading adds what the phrase rules do not know; where both read the
  // same words, the phrase rules (tuned on diplomatic news) win.
  if (!noActor || sentencePlaces.length > 0) {
    const recipient = meetings.aid && frame.sentence.index - meetings.aid.sentence <= AID_REACH ? meetings.aid.recipient : null;
    for (const lm of lexiconMatches(input, frame, sentencePlaces, tags, lexiconCache, recipient)) {
      // A summit pairs its participants by the format rules; a generic "meeting" reading would pair them with each other.
      // "X and Y discussed trade and the SCO summit planned for June": a summit named in the object of a verb of
      // talking is its topic; the talk is theirs.
      if (summits.length > 0 && lm.entry.type === 'CONSULT'
        && !(isSummitTopicVerb(lm.entry.lemma) && summits.every((m) => m.trigger.start >= lm.trigger.end))) continue;
      raws.push(lexiconRaw(lm));
    }
  }
  for (const summit of summits) {
    // kaz15: the same summit told again (its format taken from the context) pairs its own participants. The meeting
    // remembered for later sentences is this sentence's pairs only: adding the pairs told before made a later
    // "documents were signed" an agreement of every participant, which the sealed split did not bear out (session 15).
    if (summit.pairs.length > 0) raws.push({ pattern: SUMMIT_RULE, trigger: summit.trigger, slots: {}, pairs: summit.pairs });
    rememberMeeting(meetings, summit.pairs, frame.sentence.index);
    meetings.summit = meetings.last;
    if (summit.format.length > 0) meetings.summitFormat = summit.format;
  }
  // "During the summit, the leaders …": the summit told before is the meeting in focus again.
  if (summits.length === 0 && meetings.summit && SUMMIT_NOUN.test(frame.masked)
    && frame.sentence.index - meetings.summit.sentence <= MEETING_REACH) {
    meetings.last = { sentence: frame.sentence.index, pairs: [...meetings.summit.pairs] };
  }
  const out: EventCandidate[] = [];
  const cues = eventCues();
  // Phrase-rule readings that found their parties cover their words: a lexicon reading inside them yields.
  const covered: Array<Span & { negated: boolean; type: string }> = [];
  const alleged = eventLexicon().allegedDeeds;
  // "X's visit to Y was marked by the signing of …", "agreements will be signed during X's visit to Y":
  // a visit or talks told in the same sentence is the meeting those documents belong to, before any told earlier.
  for (let k = 0; k < raws.length; k++) raws[k] = envoySender(input.text, frame, openerCut(input.text, frame, raws[k]!));
  const hereMeetings = raws.some((r) => r.pattern.fill.a === 'meeting')
    ? raws.filter((r) => r.pattern.type === 'CONSULT' && r.pattern.fill.a !== 'meeting' && !r.pairs && !r.lexicon)
      .flatMap((r) => resolveParties(r, frame, speaker, verbClause(input.text, frame, r).end))
    : [];
  for (let raw of raws) {
    const lastDone = meetings.last && frame.sentence.index - meetings.last.sentence <= MEETING_REACH ? meetings.last : null;
    // "… will pay a state visit to Y. Following the summit, documents will be signed": a signing told in the
    // future belongs to the visit announced last, when that was told after any meeting told as done.
    const lastPlanned = raw.pattern.fill.a === 'meeting' && hereMeetings.length === 0 && meetings.planned
      && frame.sentence.index - meetings.planned.sentence <= MEETING_REACH && (!lastDone || lastDone.pairs.length === 0 || meetings.planned.sentence > lastDone.sentence)
      && cues.planned.test(input.text.slice(frame.sentence.span.start, raw.trigger.end)) ? meetings.planned : null;
    const meetingPairs = hereMeetings.length > 0 ? hereMeetings : lastPlanned ? lastPlanned.pairs : lastDone ? lastDone.pairs : [];
    const ofPlanned = !raw.pairs && raw.pattern.fill.a === 'meeting' && hereMeetings.length === 0 && !!lastPlanned;
    // A phrase rule's match runs from its first party to its last; the clause that holds its verb is the
    // one its end stands in ("Peru will host the summit next year and has signed an accord with Chile").
    const wholeClause = verbClause(input.text, frame, raw);
    const parties = raw.pairs ?? (raw.pattern.fill.a === 'meeting' ? meetingPairs : resolveParties(raw, frame, speaker, wholeClause.end));
    if (parties.length === 0) continue;
    // A refusal inside a negated phrase reading is the lexicon's to read ("refused to meet X": no meeting, a rejection).
    // The accusation a told deed carries ("Kigali said Congolese forces had shelled Rwandan villages":
    // ACCUSE RWA>COD on "shelled") is no second reading of the phrase rule's deed: it stays.
    if (raw.lexicon && covered.some((c) => c.start <= raw.trigger.start && raw.trigger.end <= c.end && !(c.negated && raw.pattern.type === 'REJECT')
      // "Kagame, whose government Kinshasa accuses of …, met …": a relative clause the phrase rule stepped over tells its own deed.
      && !inRelativeAside(input.text, c, raw.trigger)
      && !(raw.pattern.type === 'ACCUSE' && c.type !== 'ACCUSE' && alleged.has(c.type))
      // accuse16: "Pakistan rejected Indian allegations": the charge turned down is its owner's, besides the rejection.
      && !(raw.pattern.type === 'ACCUSE' && raw.pattern.nominal && c.type === 'REJECT')
      // "X accepted Y's invitation to visit Z": the invitation is Y's request, besides the visit the phrase reads.
      && !(raw.pattern.mode === 'invite' && c.type === 'CONSULT'))) continue;
    // "… will withdraw on Friday, the president said in a phone call with X": what was said before the
    // verb of saying is the speech, not the call's tense or negation.
    // "…, X told his counterpart Y": a verb of saying that is itself the trigger leaves its speech out too.
    // "will ask the EU for help after China blocked imports": a deed told in an "after" clause is not the main clause's future.
    const speechCut = afterReportedSpeech(input.text, wholeClause.start, raw.lexicon ? raw.trigger.end : raw.trigger.start);
    const clause = { start: afterClauseStart(input.text, speechCut, raw.trigger.start, wholeClause.end), end: wholeClause.end };
    // "said Poland would expel …": a reported "will" (see reported-future in data/event-cues.yaml).
    // "Macron, who will visit Kyiv next week, called Zelensky": a relative clause a phrase rule stepped over has a
    // tense of its own, blanked (same length) for the rule's cues.
    // (Blanked from the sentence's start: the clause may open inside the aside, after its "who".)
    const sentenceStart = frame.sentence.span.start;
    const stepped = (from: number, to: number) => (raw.lexicon || from < sentenceStart ? input.text.slice(from, to)
      : withoutRelativeAsides(input.text.slice(sentenceStart, to)).slice(from - sentenceStart));
    // "Ahead of the anniversary next year, X and Y have agreed to …": the opening phrase's later happening
    // gives the clause no tense (data/date-words.yaml newsDay.aheadOfCues).
    const before = reportedWill(blankAheadOf(stepped(clause.start, raw.trigger.end)), cues.reportedFuture);
    const whole = reportedWill(blankAheadOf(stepped(clause.start, clause.end)), cues.reportedFuture);
    // "ruled out talks with Y": the rule's own negative verb is its sense, not a negation of it.
    const scoped = raw.lexicon ? coordinatedScope(before) : before;
    const negationText = raw.pattern.ownNegative ? scoped.replace(raw.pattern.ownNegative, (w) => ' '.repeat(w.length)) : scoped;
    let skip = raw.pattern.negatable && cues.negated.test(negationText) ? 'negated' : cues.hypothetical.test(before) ? 'hypothetical'
      : raw.pattern.type !== 'THREATEN' && cues.threatened.test(before) ? 'threatened'
      // "… and demanded that Ankara withdraw its troops", "accused the UAE of supplying …": the deed is the
      // demand's or the charge's content, not a deed told as done (the demand and the charge are events of their own).
      // An alleged attack or arrest is coded as told (see alleged-deeds in data/event-lexicon.yaml).
      : raw.pattern.type !== 'REQUEST' && raw.pattern.type !== 'ACCUSE' && embeddedDeed(input.text.slice(frame.sentence.span.start, raw.trigger.start), alleged.has(raw.pattern.type))
        ? 'demanded, planned or alleged'
      // a threat or demand is conditional by nature ("threatened sanctions unless …"): only deeds are held back
      : raw.pattern.type !== 'THREATEN' && raw.pattern.type !== 'REQUEST' && cues.conditionalAfter.test(input.text.slice(raw.trigger.end, clause.end)) ? 'conditional'
      : !raw.pattern.habitualStatement && (cues.habitual.test(whole) || cues.habitualOccasion.test(whole) && !cues.singleOccasion.test(ownPart(input.text, clause, raw.trigger))) ? 'habitual'
      // "X's planned visit to Y was cancelled": the noun's own verb comes after it
      : raw.pattern.nominal && raw.pattern.negatable && cues.cancelledAfter.test(input.text.slice(raw.trigger.end, clause.end)) ? 'cancelled'
      // "X's state visit to Y will take ties to a new level": the future is the visit's effect, not the visit's date
      // (an "upcoming visit … will boost ties" stays planned by its modifier).
      : raw.pattern.nominal && raw.pattern.type === 'CONSULT' && cues.effectFutureAfter.test(input.text.slice(raw.trigger.end, clause.end))
        && !cues.plannedModifiers.test(before) ? 'effect, not the meeting' : null;
    // "refused to recognise", "would not accept": the negated deed is an event of its own.
    if (skip === 'negated' && raw.pattern.negatedAs && cues.refusal.test(before)) {
      raw = { ...raw, pattern: raw.pattern.negatedAs };
      skip = null;
    }
    // sent18: "would strike Iran if it attacked", "will cut gas to Poland unless it pays": a coercive deed willed on a
    // condition is a threat of it, made when told.
    let threat = (skip === 'hypothetical' || skip === 'conditional') && conditionalThreat(raw, cues, before, input.text.slice(frame.sentence.span.start, clause.end));
    if (threat) skip = null;
    if (!raw.lexicon) covered.push({ ...raw.trigger, negated: skip === 'negated', type: raw.pattern.type });
    if (skip) {
      diagnostics.push({ reason: `${raw.pattern.id}: ${skip} statement, not coded`, rule: `events/${raw.pattern.id}`, severity: 'info', span: raw.trigger });
      continue;
    }
    const preceding = blankAheadOf(input.text.slice(clause.start, raw.trigger.start));
    // "An upcoming visit" is planned; "called off a planned visit" is a deed about a planned thing;
    // "will continue to support" carries a standing position on, not a future act.
    const own = input.text.slice(raw.trigger.start, raw.trigger.end);
    // "…thanked Y for backing its bid to host the games, in a phone call on Monday": a noun in a frame
    // phrase set off by a comma takes its status from that phrase, not from the clause before it.
    const nounFrom = raw.pattern.nominal ? framePhraseStart(input.text, clause.start, raw.trigger.start) : clause.start;
    // "In a phone call on Tuesday, X told Y that Turkey was ready to host talks", "Speaking after talks with Y, X
    // said trade would grow": what is said after a verb of saying that follows the noun is speech, not its tense.
    // "ordered sanctions on Y that are expected to cut its revenue": a relative telling the deed's effect, no tense of it.
    const nounEnd = raw.pattern.nominal ? effectRelativeStart(input.text, raw.trigger.end, reportedContentStart(input.text, raw.trigger.end, clause.end)) : clause.end;
    // "arrived on Monday on a four-day visit, during which he will meet …": a relative telling what is done
    // during the noun's happening is no tense of the happening itself.
    const during = raw.pattern.nominal ? DURING_WHICH.exec(input.text.slice(raw.trigger.end, nounEnd)) : null;
    const duringEnd = during ? input.text.slice(raw.trigger.end + during.index + during[0].length, nounEnd).search(/,/) : -1;
    const nounText = during
      ? input.text.slice(nounFrom, raw.trigger.end + during.index) + (duringEnd >= 0 ? input.text.slice(raw.trigger.end + during.index + during[0].length + duringEnd, nounEnd) : '')
      : null;
    const nounWhole = nounText !== null ? reportedWill(nounText, cues.reportedFuture)
      : nounFrom === clause.start && nounEnd === clause.end ? whole : reportedWill(input.text.slice(nounFrom, nounEnd), cues.reportedFuture);
    const nounBefore = nounFrom === clause.start ? before : reportedWill(input.text.slice(nounFrom, raw.trigger.end), cues.reportedFuture);
    // "accepted an invitation to visit Kazakhstan this fall": what a request noun asks for is its content, not its tense.
    const nounStatus = raw.pattern.type === 'REQUEST' ? nounBefore : nounWhole;
    const plannedByCues = raw.pattern.ownStatus ? cues.planned.test(own) || cues.plannedModifiers.test(own) : cues.planned.test((raw.pattern.nominal ? nounStatus : before).replace(CONTINUITY, ''))
      || cues.plannedModifiers.test(raw.pattern.nominal ? nounBefore : preceding)
      || (raw.pattern.nominal && cues.plannedBeforeNoun.test(preceding))
      // read up to the trigger's end, so that the words offered can be seen ("offered condolences")
      || startsBefore(cues.plannedContext, before, preceding.length)
      || (nounFrom !== clause.start && cues.futureMainClause.test(input.text.slice(clause.start, nounFrom)));
    // "pledged $10 million to Vanuatu": a deed told as promised is planned whatever the clause's tense.
    // "…agreed to meet in May during a phone call that took place on April 30": the noun's own past relative clause wins.
    const tookPlace = raw.pattern.nominal && cues.occurredAfterNoun.test(input.text.slice(raw.trigger.end, clause.end));
    const planned = raw.promised === true || (plannedByCues && !tookPlace);
    // "agreed to slap sanctions on X if it tests a missile": a plan on a condition the other side may meet is a threat.
    if (!threat && planned) threat = conditionalThreat(raw, cues, before, input.text.slice(frame.sentence.span.start, clause.end));
    if (threat) {
      const shape = cues.conditionalThreatTypes.get(raw.pattern.type)!;
      raw = { ...raw, pattern: { ...raw.pattern, type: 'THREATEN', mode: shape.mode, cameo: shape.cameo } };
    }
    const status: EventStatus = planned && !threat ? 'planned' : 'occurred';
    // "would impose a curfew if the protests turned violent": a future on a condition told after it is no event.
    if (!threat && planned && cues.conditionalAfterPlanned.test(input.text.slice(raw.trigger.end, clause.end))) {
      diagnostics.push({ reason: `${raw.pattern.id}: conditional statement, not coded`, rule: `events/${raw.pattern.id}`, severity: 'info', span: raw.trigger });
      continue;
    }
    parties.forEach(([source, target], k) => {
      const [sourceSector, targetSector] = raw.sectors?.[k] ?? [slotSector(raw, frame, source), slotSector(raw, frame, target)];
      out.push({
        type: raw.pattern.type, mode: raw.pattern.mode, cameo: raw.pattern.cameo,
        source, target, ...(sourceSector ? { sourceSector } : {}), ...(targetSector ? { targetSector } : {}), status, date: null, dateBasis: null, evidence: [frame.sentence.span],
        rule: `events/${raw.pattern.id}`, sentence: frame.sentence.index, paragraph: frame.sentence.paragraph,
        trigger: raw.trigger, nominal: raw.pattern.nominal, ...(ofPlanned && status === 'planned' ? { ofPlannedMeeting: true as const } : {}),
      });
    });
  }
  return dropSubsumed(out);
}

/**
 * The sector of a phrase rule's party, from the mentions of its slots: "US lawmakers voiced support for Taiwan"
 * (USA/LEG). One sector among the slots' mentions of that code, else none; a government's own officials
 * (GOV) are the state itself and stay bare, as the phrase rules have always written them.
 */
function slotSector(raw: RawMatch, frame: SentenceFrame, code: string): string | null {
  const found = new Set<string>();
  for (const idx of Object.values(raw.slots)) {
    for (const i of idx ?? []) for (const m of frame.groups[i]?.mentions ?? []) if (m.code === code) found.add(m.sector ?? '');
  }
  const only = found.size === 1 ? [...found][0]! : '';
  return only && only !== 'GOV' ? only : null;
}

/** The clause of a trigger up to the first comma or semicolon after it ("held their annual summit on Saturday", not "…, the ministry said on Monday"). */
function ownPart(text: string, clause: Span, trigger: Span): string {
  const after = text.slice(trigger.end, clause.end).search(/[,;]/);
  if (after >= 0) return text.slice(clause.start, trigger.end + after);
  // kaz17: "the regular meeting of the Commonwealth of Independent States (CIS) in Minsk on April 12": a short
  // bracketed name or acronym ends the clause read, not the meeting's own words; they go on after it.
  const bracket = BRACKETED_NAME_THEN.exec(text.slice(clause.end, clause.end + 160));
  return text.slice(clause.start, bracket ? clause.end + bracket[0].length : clause.end);
}
// A bracketed aside of a few words right at the clause's end, and the words after it up to a stop or comma.
const BRACKETED_NAME_THEN = /^\s*\([^()\n,;]{1,40}\)[^,;.!?()\n]*/;

/**
 * sent18: whether a coercive deed (data/event-cues.yaml `conditional-threat-types`) held back as conditional is a threat:
 * the teller's will stands before it and a condition in its sentence up to its clause's end, but not between the will and the deed ("warned they
 * would target warships if Washington attacked Yemen": the attack is the condition, not the deed threatened).
 */
function conditionalThreat(raw: RawMatch, cues: EventCues, before: string, clause: string): boolean {
  if (!cues.conditionalThreatTypes.has(raw.pattern.type) || !cues.conditionalThreat.test(clause)) return false;
  const will = new RegExp(cues.conditionalThreatWill.source, 'giu');
  let last = -1;
  for (let m = will.exec(before); m; m = will.exec(before)) last = m.index + m[0].length;
  return last >= 0 && !cues.conditionalThreat.test(before.slice(last));
}

/** Whether the words before a trigger make its deed demanded, intended or (unless `tellingAccuses`) alleged. */
function embeddedDeed(before: string, tellingAccuses: boolean): boolean {
  const cues = eventCues();
  return cues.embeddedDeed.test(before) || (!tellingAccuses && cues.allegedContext.test(before));
}

/** Whether the first match of the global expression `re` in `text` starts before `limit` (matches come in text order). */
function startsBefore(re: RegExp, text: string, limit: number): boolean {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m !== null && m.index < limit;
}

/** The clause with each "would" of reported speech read as "will" (same length, so offsets hold). */
function reportedWill(clause: string, reportedFuture: RegExp): string {
  // The cue's look-behind is costly; most clauses hold no "would" at all.
  if (!clause.includes('would')) return clause;
  reportedFuture.lastIndex = 0;
  return reportedFuture.test(clause) ? clause.replace(reportedFuture, 'will ') : clause;
}

/** Where the comma-set frame phrase holding the noun at `triggerStart` begins, else `clauseStart`. */
function framePhraseStart(text: string, clauseStart: number, triggerStart: number): number {
  const span = text.slice(clauseStart, triggerStart + 8);
  let at = clauseStart;
  // A frame phrase after a comma: "…, in a phone call on Monday", "…, during talks in Oslo".
  const framePhrase = eventCues().framePhrase;
  framePhrase.lastIndex = 0;
  for (let m = framePhrase.exec(span); m; m = framePhrase.exec(span)) {
    const from = clauseStart + m.index + m[0].length;
    // The phrase reaches the noun: no other comma and only a few words (the determiner, a modifier) between.
    if (from <= triggerStart + 1 && !text.slice(from, triggerStart).includes(',') && text.slice(from, triggerStart).split(/\s+/).length <= 4) at = from;
  }
  return at;
}

/** The actors named in the sentence before `index` ("Peru expelled the envoy. Mexico called the decision unfounded."). */
function previousCodes(input: EventInput, index: number): string[] {
  const before = input.sentences[index - 1]?.index === index - 1 ? input.sentences[index - 1] : input.sentences.find((s) => s.index === index - 1);
  if (!before) return [];
  // A sub-state actor keeps its sector ("MMR/MIL"): a judgement of the deed told before may be domestic.
  // A capital named as where something happened ("met in Ankara") is no party of that sentence.
  const where = (a: ActorMention) => a.via === 'capital' && /\b(?:in|at|near)\s+$/i.test(input.text.slice(Math.max(0, a.span.start - 6), a.span.start));
  return [...new Set(mentionsWithin(input.actors, before.span.start, before.span.end).filter((a) => !where(a)).map((a) => (a.sector ? `${a.code}/${a.sector}` : a.code)))];
}

const mentionsWithinSpan = <T extends { readonly span: Span }>(sorted: readonly T[], span: Span): T[] => mentionsWithin(sorted, span.start, span.end);

/** The frame with the sentence's places standing as groups too, for the lexicon reading. */
function withPlaces(input: EventInput, frame: SentenceFrame, places: readonly ActorMention[]): SentenceFrame {
  if (places.length === 0) return frame;
  const inside = frame.groups.flatMap((g) => g.mentions);
  const free = places.filter((p) => !frame.groups.some((g) => g.span.start < p.span.end && p.span.start < g.span.end));
  const mentions = [...inside, ...free].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return buildFrame(input.text, frame.sentence, mentions);
}

const lexiconPatterns = new Map<string, EventPattern>();

/** A lexicon reading in the shape of a phrase-rule match, its parties decided. */
function lexiconRaw(m: LexiconMatch): RawMatch {
  return {
    pattern: lexiconPattern(m.entry), trigger: m.trigger, slots: {}, lexicon: true,
    pairs: m.parties.map((p) => [p.source.code, p.target.code]),
    sectors: m.parties.map((p) => [p.source.sector, p.target.sector]),
    ...(m.promised ? { promised: true } : {}),
  };
}

function lexiconPattern(e: LexiconEntry): EventPattern {
  let p = lexiconPatterns.get(e.id);
  if (!p) {
    p = {
      id: e.id, type: e.type, mode: e.mode, cameo: e.cameo, reason: `lexicon ${e.kind} "${e.lemma}"`, regex: /$^/, keys: /$^/,
      directed: true, fill: {}, nominal: e.kind === 'noun', fixed: {}, negatable: e.negatable, habitualStatement: false,
      // Always present (undefined where the entry has no negated reading): one hidden class for every rule made here.
      negatedAs: e.negated ? {
        id: `${e.id}-negated`, type: e.negated.type, mode: e.negated.mode, cameo: e.negated.cameo, reason: `lexicon ${e.kind} "${e.lemma}" negated`,
        regex: /$^/, keys: /$^/, directed: true, fill: {}, nominal: false, fixed: {}, negatable: false, habitualStatement: false, negatedAs: undefined,
      } : undefined,
    };
    lexiconPatterns.set(e.id, p);
  }
  return p;
}

/** The clause holding a match's verb (a phrase rule's last character stands in it). */
function verbClause(text: string, frame: SentenceFrame, raw: RawMatch): Span {
  const clause = clauseAround(text, frame.sentence.span, raw.lexicon ? raw.trigger : { start: raw.trigger.end - 1, end: raw.trigger.end });
  // "will meet the presidents of A, B, and C": a list's last name after its serial comma ends the rule's match
  // but opens no clause of its own; the verb's clause is the one the match starts in.
  if (!raw.lexicon && clause.start > raw.trigger.start && SERIAL_TAIL.test(text.slice(clause.start, raw.trigger.end))) {
    return { start: clauseAround(text, frame.sentence.span, { start: raw.trigger.start, end: raw.trigger.start + 1 }).start, end: clause.end };
  }
  return clause;
}

// The tail of a list after a serial comma, up to the match's end: "and the Kyrgyz Republic", "and Uzbekistan".
const SERIAL_TAIL = /^[\s,]*and\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*$/u;

/**
 * "During talks with Turkey, Kazakhstan praised …", "Speaking at a press conference with X, Y said …": in a
 * sentence that opens with an adverbial, a rule's list of parties must not run over the adverbial's comma;
 * the actor after it is the main clause's subject (the slot left out is then filled from the sentence).
 */
function openerCut(text: string, frame: SentenceFrame, raw: RawMatch): RawMatch {
  if (raw.lexicon) return raw;
  const clause = clauseAround(text, frame.sentence.span, { start: raw.trigger.start, end: raw.trigger.start + 1 });
  const lead = text.slice(clause.start, raw.trigger.start);
  // "During a visit to Beijing, Hungary's prime minister met …": a nominal rule's match may open with the adverbial itself.
  if (!eventCues().openingAdverbial.test(lead) && !(lead.trim() === '' && eventCues().openingAdverbial.test(text.slice(raw.trigger.start, raw.trigger.end)))) return raw;
  let slots: RawMatch['slots'] | null = null;
  const bareComma = (a: number, b: number) => /^\s*,\s*$/.test(text.slice(frame.groups[a]!.span.end, frame.groups[b]!.span.start));
  for (const [name, idx] of Object.entries(raw.slots) as Array<[SlotName, number[] | undefined]>) {
    if (!idx || idx.length < 2 || idx.some((i) => !frame.groups[i])) continue;
    const first = frame.groups[idx[0]!]!;
    // "At a summit in Jakarta, Vietnam and Malaysia signed …": a list that opens the rule's match (its verb
    // follows) and starts inside the adverbial (no comma before it in the clause) keeps the main clause's
    // subjects after the adverbial's comma.
    const leads = first.span.start >= raw.trigger.start && text.slice(raw.trigger.start, first.span.start).trim() === '';
    if (leads) {
      if (text.slice(clause.start, first.span.start).includes(',')) continue;
      const cut = idx.findIndex((_, k) => k + 1 < idx.length && bareComma(idx[k]!, idx[k + 1]!));
      if (cut >= 0) slots = { ...(slots ?? raw.slots), [name]: idx.slice(cut + 1) };
      continue;
    }
    // "During talks with X, Y praised …": a list inside the adverbial does not run on to the subject after its comma.
    if (bareComma(idx[idx.length - 2]!, idx[idx.length - 1]!)) slots = { ...(slots ?? raw.slots), [name]: idx.slice(0, -1) };
  }
  return slots ? { ...raw, slots } : raw;
}
let reportedContent: RegExp | undefined;

/**
 * Where a verb of saying told after `from` stands ("… told Putin that …", "…, the minister said cooperation
 * would grow"): what follows it is speech. Else `end`.
 * The verbs are data/attribution-verbs.yaml's reporting-clause verbs.
 */
/** Where a relative clause telling the noun's effect opens between `from` and `end` (effect-relative-after), else `end`. */
function effectRelativeStart(text: string, from: number, end: number): number {
  const m = eventCues().effectRelativeAfter.exec(text.slice(from, end));
  return m ? from + m.index : end;
}

function reportedContentStart(text: string, from: number, end: number): number {
  reportedContent ??= new RegExp(`\\b(?:${attributionVerbs().reportingClause.join('|')})\\b`, 'iu');
  const m = reportedContent.exec(text.slice(from, end));
  return m ? from + m.index : end;
}

/**
 * "Kenya's deputy ambassador to the United Nations criticised Sudan": a list of parties opening a rule's
 * match whose first member is the post of an envoy (data/event-cues.yaml, `envoy-posts`) stands for the
 * envoy's sending state, named just before the post.
 */
function envoySender(text: string, frame: SentenceFrame, raw: RawMatch): RawMatch {
  if (raw.lexicon) return raw;
  let slots: RawMatch['slots'] | null = null;
  for (const [name, idx] of Object.entries(raw.slots) as Array<[SlotName, number[] | undefined]>) {
    if (!idx || idx.length === 0) continue;
    const post = frame.groups[idx[0]!];
    const sender = frame.groups[idx[0]! - 1];
    if (!post || !sender || post.span.start < raw.trigger.start || text.slice(raw.trigger.start, post.span.start).trim() !== '') continue;
    if (!eventCues().envoyPost.test(text.slice(sender.span.start, post.span.start))) continue;
    slots = { ...(slots ?? raw.slots), [name]: [idx[0]! - 1, ...idx.slice(1)] };
  }
  return slots ? { ...raw, slots } : raw;
}

/**
 * Source–target pairs of one match, with empty slots filled as the rule allows. A party filled from the
 * sentence after the trigger must stand in the trigger's clause: "talks between Caracas and Washington,
 * while the U.S. released a Colombian businessman" gives the talks no Colombian side.
 */
function resolveParties(raw: RawMatch, frame: SentenceFrame, speaker: string | null, clauseEnd: number): Array<[string, string]> {
  const { pattern } = raw;
  const [first, second] = pattern.directed ? (['src', 'tgt'] as const) : (['a', 'b'] as const);
  const notSectors = pattern.notSectors;
  const excluded = (i: number): boolean => notSectors !== undefined
    && (frame.groups[i]?.mentions.every((m) => m.sector !== undefined && notSectors.has(m.sector)) ?? false);
  const codesOf = (idx: number[] | undefined) => (idx ?? []).flatMap((i) => (excluded(i) ? [] : frame.groups[i]?.codes ?? []));
  // A slot whose first actor (the one next to the verb) has an excluded sector takes no party at all: what
  // follows it in a list is often the next clause ("hosting French troops, and Togo received …").
  if ([first, second].some((slot) => { const idx = raw.slots[slot]; return idx !== undefined && idx.length > 0 && excluded(idx[0]!); })) return [];
  if (pattern.statesOnly && [first, second].some((slot) => (raw.slots[slot] ?? []).some((i) => (frame.groups[i]?.codes ?? []).some((c) => !isStateCode(c))))) return [];
  let left = codesOf(raw.slots[first]);
  let right = codesOf(raw.slots[second]);
  const fixedLeft = pattern.fixed[first];
  const fixedRight = pattern.fixed[second];
  if (fixedLeft) left = [fixedLeft];
  if (fixedRight) right = [fixedRight];
  const used = new Set([...(raw.slots[first] ?? []), ...(raw.slots[second] ?? [])]);
  const fillFrom = (slot: SlotName, other: string[]): string[] => {
    const how = pattern.fill[slot];
    if (how === 'group') {
      // "the two leaders held talks": the other party is the other member of the plural mention.
      return other.length >= 2 ? other.slice(1) : [];
    }
    if (how === 'quote') return speaker ? [speaker] : [];
    if (how === 'author') {
      // "…,” the ministry said in a statement that condemned Y": who wrote it is who speaks, else the
      // actor before the trigger ("Jordan recalled its envoy in a letter that denounced Y"), never one after it.
      if (speaker && !other.includes(speaker)) return [speaker];
      // Only a party that issued or wrote the text ("in a statement", "issued a letter"): "vetoed a
      // declaration which criticised China" is no veto by the declaration's author.
      const lead = /([a-z]+)\s+(?:(?:a|an|the|its|his|her|their|joint|new|formal|written|official)\s+)*$/i.exec(frame.sentence.text.slice(Math.max(0, raw.trigger.start - frame.sentence.span.start - 60), raw.trigger.start - frame.sentence.span.start));
      if (!lead || !eventCues().authoringWords.has(lead[1]!.toLowerCase())) return [];
      const pick = nearestOtherGroup(frame.groups, used, raw.trigger, other, raw.trigger.start);
      return pick ? pick.codes.filter((c) => !other.includes(c)) : [];
    }
    if (how === 'visitor') {
      // "X met the head of the World Bank during a visit to Beijing": the party a meeting verb names as its
      // object is met there, it does not travel; the one before it does. A host's guest ("received Y during
      // a state visit") is the visitor.
      const pick = nearestOtherGroup(frame.groups, used, raw.trigger, other, clauseEnd);
      if (pick && pick.span.end <= raw.trigger.start) {
        const before = frame.groups.filter((g) => g.span.end <= pick.span.start && !used.has(g.index) && !g.codes.every((c) => other.includes(c)) && !(g.resolved && g.codes.length > 1));
        const prev = before[before.length - 1];
        const lead = frame.sentence.text.slice((prev ? prev.span.end : frame.sentence.span.start) - frame.sentence.span.start, pick.span.start - frame.sentence.span.start);
        if (prev && MET_OBJECT.test(lead) && !HOSTING.test(lead)) return prev.codes.filter((c) => !other.includes(c));
      }
      if (pick) return pick.codes.filter((c) => !other.includes(c));
      return speaker && !other.includes(speaker) ? [speaker] : [];
    }
    if (how === 'doer') {
      // "X urged that the world give support to Haiti, while thanking Chile": the one who thanks is a doer named
      // before the participle, not a party inside a phrase ("to Haiti"); the nearest such, else as `sentence`.
      const doers = frame.groups.filter((g) => g.span.end <= raw.trigger.start && !used.has(g.index) && !g.codes.every((c) => other.includes(c))
        && !(g.resolved && g.codes.length > 1) && !PHRASE_BEFORE.test(frame.sentence.text.slice(0, g.span.start - frame.sentence.span.start)));
      const pick = doers[doers.length - 1];
      if (pick) return pick.codes.filter((c) => !other.includes(c));
    }
    if (how === 'sentence' || how === 'doer') {
      let near = nearestOtherGroup(frame.groups, used, raw.trigger, other, clauseEnd);
      // verbal15: "Russia vetoed the draft at the Security Council, accusing Washington ...": a party named as
      // the venue ("at"/"in" just before it) is where it was said; an earlier party named as no venue is the doer.
      if (near && near.span.end <= raw.trigger.start && VENUE_BEFORE.test(frame.sentence.text.slice(0, near.span.start - frame.sentence.span.start))) {
        const earlier = frame.groups.filter((g) => g.span.end <= near!.span.start && !used.has(g.index) && !g.codes.every((c) => other.includes(c)) && !(g.resolved && g.codes.length > 1)
          && !VENUE_BEFORE.test(frame.sentence.text.slice(0, g.span.start - frame.sentence.span.start)));
        if (earlier.length) near = earlier[earlier.length - 1]!;
      }
      // "The UN special envoy for Yemen held talks with …": the envoy's sender, not the post.
      const pick = near ? frame.groups[envoySide(frame, near.index)] ?? near : near;
      if (pick) return pick.codes.filter((c) => !other.includes(c));
      return speaker && !other.includes(speaker) ? [speaker] : [];
    }
    return [];
  };
  if (left.length === 0 && right.length === 0 && pattern.fill[first] === 'sentence' && pattern.fill[second] === 'sentence') {
    // Both parties from the sentence: only when it names exactly two actors (plus the speaker's "we").
    const codes = [...new Set(frame.groups.flatMap((g) => g.codes))];
    if (speaker && !codes.includes(speaker) && codes.length === 1) codes.unshift(speaker);
    if (codes.length !== 2) return [];
    left = [codes[0]!];
    right = [codes[1]!];
  }
  if (left.length === 0) left = fillFrom(first, right);
  if (right.length === 0) {
    if (pattern.fill[second] === 'group' && left.length >= 2) {
      // "The three leaders will meet": each member with each other, as a list of parties is read.
      const members = [...new Set(left)];
      return members.flatMap((s, i) => members.slice(i + 1).map((t): [string, string] => [s, t]));
    }
    right = fillFrom(second, left);
  }
  const pairs: Array<[string, string]> = [];
  for (const s of left) for (const t of right) if (s !== t && !pairs.some(([a, b]) => a === s && b === t)) pairs.push([s, t]);
  return pairs;
}

// A party named as what a meeting verb acts on ("met the head of X", "held talks with X"), and a host's verbs.
const MET_OBJECT = /\b(?:met|meets|meeting|talks with|talked with|spoke with|spoke to|signed|discussed [^,;]{0,40} with)\b/i;
const HOSTING = /\b(?:received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes|welcoming|greeted|greets)\b/i;

// verbal15: a party right after "at"/"in" (the), named as the venue of what is told.
/** Whether a trigger holds a past participle no modal or "to" governs (`upTo`: the sentence up to the trigger's end). */
function pastDeedTrigger(upTo: string, trigger: string): boolean {
  // (a pattern's trigger may open on its actors, "Chile and Peru signed": a word in lower case is the verb)
  const participle = eventCues().participle;
  return (trigger.match(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*/gu) ?? []).some((w) => participle.exec(w)?.[0].length === w.length)
    && !eventCues().futureBeforeDeed.test(upTo);
}

// A party named inside a prepositional phrase ("support to Haiti"), no doer of a participle after it.
const PHRASE_BEFORE = /\b(?:to|for|with|of|on|against|toward|towards|from|in|at|by|into|over|about)\s+(?:the\s+)?(?:people\s+of\s+)?$/i;
const VENUE_BEFORE = /\b(?:at|in)\s+(?:the\s+)?$/i;

/** The actor group closest to the trigger that the match did not use, preferring one before it (a subject). */
function nearestOtherGroup(groups: readonly ActorGroup[], used: Set<number>, trigger: Span, exclude: string[], clauseEnd: number): ActorGroup | null {
  let best: ActorGroup | null = null;
  let bestScore = Infinity;
  for (const g of groups) {
    if (used.has(g.index) || g.codes.every((c) => exclude.includes(c))) continue;
    if (g.span.start >= clauseEnd) continue;
    // "bilateral" names the pair of a relation, not a party that acts.
    if (g.resolved && g.codes.length > 1) continue;
    const score = g.span.end <= trigger.start ? trigger.start - g.span.end : g.span.start - trigger.end + 1000;
    if (score < bestScore) {
      best = g;
      bestScore = score;
    }
  }
  return best;
}

// The ", who …," aside `{adv}` lets phrase rules step over (event-patterns.ts), closed and still open.
const RELATIVE_ASIDE = new RegExp(`${RELATIVE_ASIDE_OPENING}${RELATIVE_ASIDE_WORDS}{1,80},`, 'gi');
const OPEN_RELATIVE_ASIDE = new RegExp(`${RELATIVE_ASIDE_OPENING}${RELATIVE_ASIDE_WORDS}{0,80}$`, 'i');

/** The text with each relative clause set off by commas blanked, same length. */
function withoutRelativeAsides(text: string): string {
  return text.includes(' who') ? text.replace(RELATIVE_ASIDE, (m) => ' '.repeat(m.length)) : text;
}

/** Whether `trigger` stands in a relative clause set off by commas (", who …,", ", whose …,") inside `span`. */
function inRelativeAside(text: string, span: Span, trigger: Span): boolean {
  const before = text.slice(span.start, trigger.start);
  const after = text.slice(trigger.end, span.end);
  return OPEN_RELATIVE_ASIDE.test(before) && after.includes(',');
}

/**
 * A call and a visit are never one reading of the same words: "Macron, who visited Kyiv in May, called
 * Zelensky on Tuesday" tells both, the call's words spanning the visit's.
 */
function callAndVisit(a: EventCandidate, b: EventCandidate): boolean {
  const modes = new Set([a.mode, b.mode]);
  return modes.size === 2 && modes.has('phone') && modes.has('visit');
}

/**
 * Within one sentence, two rules that read the same words as the same type and pair are one
 * reading: keep the one whose trigger covers more text (it saw more of the sentence).
 */
function dropSubsumed(cands: EventCandidate[]): EventCandidate[] {
  const pairKey = (c: EventCandidate) => eventPair(c.type, c.source, c.target).join('~');
  const sorted = [...cands].sort((a, b) => (b.trigger.end - b.trigger.start) - (a.trigger.end - a.trigger.start) || a.trigger.start - b.trigger.start);
  const kept: EventCandidate[] = [];
  for (const c of sorted) {
    const overlapped = kept.some((k) => k.type === c.type && pairKey(k) === pairKey(c)
      && k.trigger.start < c.trigger.end && c.trigger.start < k.trigger.end && !callAndVisit(k, c));
    if (!overlapped) kept.push(c);
  }
  return kept.sort((a, b) => a.trigger.start - b.trigger.start || a.trigger.end - b.trigger.end);
}

/**
 * accuse16: "China denies any involvement and is calling on Germany to …", "Kigali rejected the report and called on
 * Kinshasa to …": a finite verb coordinated by "and"/"but" right before the trigger (a form in -s/-ed, or one after an
 * auxiliary) has its own negation; what was denied or negated before the conjunction is not its (a bare verb, "did
 * not sign and ratify", shares it). The part of `before` from the conjunction on, or all of it.
 */
export function coordinatedScope(before: string): string {
  const m = /\b(?:and|but)\s+(?:(?:also|then|later|now|has|have|had|is|are|was|were)\s+){0,2}([a-z]+)(?:\s+(?:on|upon|for|off|down|out|up))?\s*$/i.exec(before);
  if (!m) return before;
  const aux = /\b(?:has|have|had|is|are|was|were)\s+[a-z]+(?:\s+\w+)?\s*$/i.test(before.slice(m.index));
  return aux || /(?:[^s]s|ed)$/i.test(m[1]!) ? before.slice(m.index) : before;
}

