/**
 * Dates an event from the clause that holds its trigger: the finest date stated there; else a
 * "<duration> before/after" offset; else the date of the event told just before when the sentence
 * points back to it ("back then", "during the visit"); else, for a deed reported as done, the day the
 * lead reports the news on (news-day.ts), which the document date stands for when they are the same.
 */
import type { DateInterval, DateMention, Sentence } from '../../core/types.js';
import { afterClauseStart, afterReportedSpeech, clauseAround } from './clauses.js';
import type { EventCandidate, EventInput } from './event-extractor.js';
import { eventCues } from './event-patterns.js';
import { newsDay } from './news-day.js';
import { mentionsWithin } from './mentions-within.js';
import { compileNow } from '../../core/native-regexp.js';
import { addDays } from '../dates/calendar.js';
import { findDates } from '../dates/date-extractor.js';
import { clauseTense } from '../dates/date-candidate.js';
import { countValue, dateWords } from '../dates/date-words.js';
import { alternation } from '../../core/regex-words.js';
import { withMeetingNouns } from '../../core/meeting-nouns.js';
import { tagAlone } from '../../text/tagger.js';
import { attributionVerbs } from '../actors/lexicon-data.js';
import { ploverInfo } from '../../core/plover.js';

/** How an event's date was found: stated in its clause, offset from another date, taken from the event told before, or the document's. */
export type DateBasis = 'text' | 'offset' | 'anaphora' | 'paragraph' | 'document';

export interface EventDate {
  readonly date: DateInterval;
  readonly basis: DateBasis;
  /** The date is that of the report closing the sentence ("…, the ministry said Friday"), a bound rather than the deed's own day. */
  readonly reportTime?: true;
}

/** What earlier sentences left for later ones to refer back to. */
export interface DatedContext {
  lastDated: { date: DateInterval; sentence: number } | null;
  /** The last visit, talks or call told (CONSULT), dated or not (an undated one is the news), and its status. */
  lastMeeting?: MeetingMemory | null;
  /** The same for the last visit told, which "during the visit", "during X's trip", "while there" name. */
  lastVisit?: MeetingMemory | null;
}

/** A meeting told, for later words to point back to; `main`: the one its sentence's verb told, where a noun's came after it. */
export interface MeetingMemory {
  date: DateInterval | null;
  sentence: number;
  planned: boolean;
  verbal?: boolean;
  main?: MeetingMemory;
  /** The two sides of the meeting (a visit's visitor and host). */
  pair?: readonly [string, string];
}

const GRAIN_RANK: Record<DateMention['grain'], number> = { day: 0, month: 1, season: 2, quarter: 2, range: 3, year: 4 };
// Durations and spans that describe a stretch of time, not when an event happened.
const NOT_AN_EVENT_DATE = /^(?:since|over|for|throughout|during the past|in the past|within|until|till|by)\b/i;
// The same words just before a date the parser did not take in ("a programme for 2026-2028", "valid until
// 2030"): the period something covers, not when the event happened; so is a term of office ("backed its
// candidacy to the council for the term 2016-2018"); data/date-words.yaml durationBefore.
let durationBefore: RegExp | undefined;

/**
 * "is on a visit to Moscow, his first since winning the November 20 election and taking office on
 * November 26": times told after "since" past the trigger date what the event is measured from.
 */
function afterSince(text: string, cand: EventCandidate, d: DateMention): boolean {
  return d.span.start > cand.trigger.end && /\bsince\b/i.test(text.slice(cand.trigger.end, d.span.start));
}

// "suspended aid to Mali following last week's coup", "recalled its envoy after Tuesday's raid on the
// embassy": a time told after the deed, past a word that hangs the happening it answered on it
// (data/date-words.yaml newsDay.laterHappeningCues) and in the same stretch, is that happening's.
let laterHappening: RegExp | undefined;

function inLaterHappening(text: string, cand: EventCandidate, d: DateMention): boolean {
  if (d.span.start <= cand.trigger.end) return false;
  const cues = dateWords().newsDay.laterHappeningCues;
  if (cues.length === 0) return false;
  laterHappening ??= new RegExp(`\\s(?:${alternation(cues)})\\s(?:[^,;:.!?()"“”]|\\.(?=\\S))*$`, 'i');
  return laterHappening.test(text.slice(cand.trigger.end, d.span.start));
}

/**
 * "a visit by X to Ankara in September, following a trip by Y to Cairo in February": a happening named by
 * a noun takes its time inside its own phrase; a time before it past a comma belongs to the phrase before
 * (unless it opens the sentence: "On Monday, talks between X and Y …").
 */
function beforeCommaOfNoun(text: string, sentence: Sentence, cand: EventCandidate, d: DateMention): boolean {
  return cand.nominal && d.span.end <= cand.trigger.start && d.span.start - sentence.span.start > SENTENCE_OPENING
    && NOUN_PHRASE_LINK.test(text.slice(d.span.end, cand.trigger.start));
}

// What may stand between a noun's phrase and a time of its own ("visit to Riyadh in 2015", "talks in Cairo last May").
// ("Blinken's meeting with Wang in Munich in February": a place of its own may stand before that time.)
const OWN_PHRASE_GAP = /^\s*(?:(?:in|at) (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?\s+)?(?:in|on|of|during|last|earlier)?\s*$/;

// A comma and the word that hangs another happening's phrase on the one before: ", following a trip by …",
// ", and a visit by …", ", after talks in …".
const NOUN_PHRASE_LINK = /,\s*(?:following|after|before|and|as well as|including|preceded by|followed by|amid|ahead of)\s/i;

let aheadOfRe: RegExp | undefined;

/**
 * "Ahead of the 60th anniversary of … next year, X and Y have agreed to …": a time inside a phrase that opens
 * the sentence with a later happening (data/date-words.yaml newsDay.aheadOfCues), closed by a comma before the
 * trigger, is that happening's time.
 */
function inAheadOfPhrase(text: string, sentence: Sentence, cand: EventCandidate, d: DateMention): boolean {
  if (d.span.end > cand.trigger.start) return false;
  const cues = dateWords().newsDay.aheadOfCues;
  if (cues.length === 0) return false;
  aheadOfRe ??= new RegExp(`^\\W*(?:${alternation(cues)})\\b[^,;:]*$`, 'i');
  return aheadOfRe.test(text.slice(sentence.span.start, d.span.start)) && text.slice(d.span.end, cand.trigger.start).includes(',');
}

/** Whether a date mention names a span something covers rather than a time. */
function notAnEventDate(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.span.start - 40), d.span.start);
  // "scheduled for August", "planned for next week": the time set for the event, not a span it covers
  return NOT_AN_EVENT_DATE.test(text.slice(d.span.start, d.span.end)) || (durationBefore ??= new RegExp(`\\b(?:${alternation(dateWords().durationBefore.words)})\\s+(?:the\\s+)?(?:(?:${alternation(dateWords().durationBefore.nouns)})\\s+(?:of\\s+)?)?$`, 'i')).test(before.slice(-24)) && !eventCues().setForBefore.test(before);
}
// How far into a sentence a time that opens it may stand ("On Monday, …", "In late January 2024, …"); a
// longer opening phrase ends at a comma ("In a message to X on January 7, Y praised …").
const SENTENCE_OPENING = 12;
// How many sentences back "back then" or "during the call" may reach for the event it means.
const ANAPHORA_REACH = 6;
// "The same day" may point back past a few quoted sentences to the date the report opened with.
const TOLD_DATE_REACH = 10;
// How many sentences before a quotation may introduce it ("…, he said on Monday. \"…\"").
const QUOTE_INTRO_REACH = 2;

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, fifteenth: 15,
  twentieth: 20, twenty: 20, thirtieth: 30, thirty: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, hundredth: 100,
};
const ANNIVERSARY = /\b(?:(\d{1,3})(?:st|nd|rd|th)?|([a-z]+)(?:-[a-z]+)?)\s+anniversary\s+of\s+(?:the\s+)?(?:signing|establishment|adoption|conclusion|ratification|launch|opening|founding|entry into force)\b/i;

/** The year a deed named as "the Nth anniversary of …" happened, counted back from the document's year, or null. */
function anniversaryYear(before: string, published: string | null): number | null {
  if (!published) return null;
  const m = ANNIVERSARY.exec(before);
  if (!m) return null;
  const n = m[1] ? Number(m[1]) : ORDINAL_WORDS[m[2]!.toLowerCase()];
  return n && n > 0 && n < 200 ? Number(published.slice(0, 4)) - n : null;
}

/** The interval an event happened (or is to happen) in, or null where the text gives none. */
export function dateEvent(input: EventInput, sentence: Sentence, cand: EventCandidate, ctx: DatedContext): EventDate | null {
  const around = clauseAround(input.text, sentence.span, cand.trigger);
  // "cut ties on Sunday after protesters stormed its embassy on Saturday": an "after" clause has its own time.
  const clause = { start: afterClauseStart(input.text, around.start, cand.trigger.start, around.end), end: around.end };
  // "… will withdraw on Friday, X said in a call with Y": the time of what was said is not the call's,
  // unless it opens the sentence ("On Monday, …, X said …").
  const speechEnd = afterReportedSpeech(input.text, clause.start, cand.trigger.start);
  const inClause = input.dates.filter(
    // A date that opens in the clause is its own, even where it runs on past a bracket the clause ends at
    // ("will arrive in China next Sunday (March 26), for a state visit").
    (d) => d.span.start >= clause.start && d.span.start < clause.end && !notAnEventDate(input.text, d)
      && (d.span.start >= speechEnd || d.span.start - sentence.span.start <= SENTENCE_OPENING)
      && !belongsToLaterVerb(input, cand, d, cand.nominal) && !afterSince(input.text, cand, d)
      && !inLaterHappening(input.text, cand, d)
      && !acrossRelativeClause(input.text, sentence, cand, d, input.published)
      && !pastBeforePlanned(input, cand, d) && !pastForPlanned(input, cand, d)
      && !beforeCommaOfNoun(input.text, sentence, cand, d) && !inAheadOfPhrase(input.text, sentence, cand, d),
  );
  // "since May, when Peru protested …", "the first since October 1975, when troops ambushed …": a deed
  // told in a "when" clause right after a time happened at that time (even a "since" time), unless the
  // clause states its own.
  const whenTime = timeBeforeWhen(input, sentence, cand);
  if (whenTime && !inClause.some((d) => d.span.start >= whenTime.span.end)) {
    return { date: clipToNews(timeItself(input, whenTime), cand, input.published), basis: 'text' };
  }
  // "The last time X recalled its envoy was 2019": the year the copula names, written bare.
  const timeNamed = lastTimeYear(input, sentence, cand);
  if (timeNamed) return { date: timeNamed, basis: 'text' };
  // "on the eve of the 10th anniversary of the signing of the agreement": the signing was ten years before.
  const anniversary = anniversaryYear(input.text.slice(clause.start, cand.trigger.end), input.published);
  // An anniversary falls at the time of year it is marked: the document's month, that many years before.
  if (anniversary !== null) {
    const month = input.published!.slice(5, 7);
    const last = new Date(Date.UTC(anniversary, Number(month), 0)).getUTCDate();
    return { date: { from: `${anniversary}-${month}-01`, to: `${anniversary}-${month}-${String(last).padStart(2, '0')}` }, basis: 'offset' };
  }
  // "… marks a warming six years after Israel attacked a boat": the deed lies that many years before the
  // time the sentence tells (the document's year when it tells none), unless its own words date it.
  const yearsBack = inClause.length === 0 ? yearOffset(input.text.slice(Math.max(sentence.span.start, cand.trigger.start - 60), cand.trigger.start)) : null;
  if (yearsBack !== null) {
    const base = mainClauseDay(input, sentence, cand.trigger.start) ?? dayOf(input.published);
    if (base) {
      const year = Number(base.slice(0, 4)) - yearsBack;
      return { date: { from: `${year}-01-01`, to: `${year}-12-31` }, basis: 'offset' };
    }
  }
  const offsetWords = input.text.slice(Math.max(clause.start, cand.trigger.start - 40), cand.trigger.start + 1);
  const offset = relativeOffset(offsetWords);
  const vague = offset ? null : vagueOffset(offsetWords);
  if (offset || vague) {
    // The day counted from: one told in the clause before the trigger, else the day the clause the offset
    // hangs on tells ("lifted the ban on Thursday, a day after X visited"), else the document's.
    const told = inClause.find((d) => d.span.end <= cand.trigger.start && d.grain === 'day')?.interval.from
      ?? mainClauseDay(input, sentence, clause.start);
    const base = told ?? dayOf(input.published);
    if (base && offset) {
      const day = addDays(base, offset);
      return { date: { from: day, to: day }, basis: 'offset' };
    }
    // A count left unsaid is read against a day the sentence tells, or a stretch of a few days ("over the
    // weekend, days after X detained …"); with none, a deed "days after" which the sentence's news happened
    // ("The talks came days after X met Y") lies that far before the news day, never on it. (A deed "days
    // before" something untold is dated as any other.)
    const toldSpan = told ? { from: told, to: told } : vague ? mainClauseSpan(input, sentence, clause.start) : null;
    if (toldSpan && vague) return { date: clipToNews({ from: addDays(toldSpan.from, vague[0]), to: addDays(toldSpan.to, vague[1]) }, cand, input.published), basis: 'offset' };
    // ("Days after the vote, protesters stormed …": the words after a comma are the news itself.)
    const hangs = !/,[^,]*$/.test(offsetWords.slice(offsetWords.search(/\b(?:hours|days|weeks)\s+(?:before|after|ahead of)\b(?![\s\S]*\b(?:hours|days|weeks)\s+(?:before|after|ahead of)\b)/i)));
    const news = !toldSpan && vague && vague[1] < 0 && hangs && cand.status === 'occurred' ? newsDay(input) ?? dayOf(input.published) : null;
    if (news && vague) return { date: { from: addDays(news, vague[0]), to: addDays(news, vague[1]) }, basis: 'offset' };
  }
  // "… was added to the constitution in 2017, and protesters took to the streets", "is chairing the CIS
  // this year and invited Putin": a clause joined by "and" is a deed of its own, and the time told inside
  // the clause before it is not its time; a time that opens the sentence ("On Monday X praised Y and
  // pledged aid") is shared.
  const coordinated = /^and\b/i.test(input.text.slice(clause.start, clause.end));
  const opensSentence = (d: DateMention) => d.span.start - sentence.span.start <= SENTENCE_OPENING
    || /^\s*,(?!\s*(?:and|but)\b)/i.test(input.text.slice(d.span.end, d.span.end + 8));
  // "Brazil has closed its border since March", "two soldiers have been held since 3 July": a material deed
  // in the perfect measured from a time was done then, and has lasted since (a verbal one, "has accused Y
  // since 2019", is said again and again, and the time tells nothing of this saying).
  const since = inClause.length === 0 && cand.status === 'occurred' && ploverInfo(cand.type).quad.startsWith('material')
    ? perfectSince(input, clause, cand) : null;
  if (since) return { date: clipToNews(timeItself(input, since), cand, input.published), basis: 'text' };
  // The time of the report closing the sentence bounds the deed; a time the deed's own words give wins
  // ("agreed to hold talks next month, officials said on Monday": next month).
  // "X said on Monday that Y had warned Z in May", "… told reporters on Monday it would hold talks in
  // August": a time right after a verb of saying before the deed is when it was said; a time the deed's
  // own words give after it wins.
  const saidTimes = inClause.filter((d) => d.span.end <= cand.trigger.start && isSayingTime(input.text, sentence, d));
  // "X said on Tuesday that she plans to discuss …": the day a deed still to come was announced is not its day.
  const plannedSaid = (d: DateMention) => cand.status === 'planned' && saidTimes.includes(d) && d.grain === 'day';
  const ownTimes = inClause.filter((d) => (d.span.start < cand.trigger.end || !isReportTime(input.text, d)) && !plannedSaid(d)
    && !(saidTimes.includes(d) && inClause.some((o) => o.span.start >= d.span.end && !saidTimes.includes(o) && !isReportTime(input.text, o))));
  // "Yesterday's visit follows X's visit to Riyadh in 2015": a time right after a noun's own phrase is that
  // happening's, whatever finer time the clause tells of another (recall13a).
  const ownPhrase = cand.nominal ? inClause.find((d) => d.span.start >= cand.trigger.end && OWN_PHRASE_GAP.test(input.text.slice(cand.trigger.end, d.span.start))) : undefined;
  // "X will visit Y in February, with agreements expected to be signed, Z said on Wednesday": the day a deed still
  // to come was announced is not its day; the time the sentence gives its meeting is (meet16).
  const announced = cand.status === 'planned' && ownTimes.length === 0 && inClause.length > 0 && inClause.every((d) => (d.span.start > cand.trigger.end && isReportTime(input.text, d)) || plannedSaid(d));
  const best = pickDate(ownPhrase ? [ownPhrase] : ownTimes.length > 0 ? ownTimes : announced ? [] : inClause, cand)
    ?? (cand.status === 'occurred' ? pickDate(openingPhraseDates(input, sentence, cand), cand) : null)
    ?? pickDate(sentenceFrameDates(input, sentence, cand).filter((d) => !belongsToLaterVerb(input, cand, d, cand.nominal)
      && !inLaterHappening(input.text, cand, d)
      && !acrossRelativeClause(input.text, sentence, cand, d, input.published)
      && !pastBeforePlanned(input, cand, d)
      && !(coordinated && d.span.end <= clause.start && !opensSentence(d) && !(cand.status === 'occurred' && sharedByPastVerb(input, clause.start, d)))), cand);
  if (best) {
    const date = spanOfVisit(input.text.slice(cand.trigger.start, clause.end), cand, clipToNews(adjustForStatus(best, cand, input.published), cand, input.published), input.text.slice(clause.start, cand.trigger.start));
    const reportTime = cand.status === 'occurred' && ownTimes.length === 0 && best.span.start > cand.trigger.end && isReportTime(input.text, best);
    return reportTime ? { date, basis: 'text', reportTime: true } : { date, basis: 'text' };
  }
  const cue = pointsBack(input.text, sentence, cand);
  // "During the visit, …", "on the sidelines": the visit or talks told last, not a background deed told
  // after it ("The visit marked ten years since the signing of the 2014 statement. During the visit, …").
  const pointed = cue && meetingCue().test(cue) ? (visitCue().test(cue) ? ctx.lastVisit : ctx.lastMeeting) : null;
  // "X held talks with Y and discussed the follow-up to Z's visit in December. On the sidelines, …": a later
  // sentence points back to the meeting the verb told, not to the background one a noun named after it.
  const named = pointed && pointed.sentence < sentence.index && pointed.main ? pointed.main : pointed;
  const meeting = named && sentence.index - named.sentence <= ANAPHORA_REACH && (!named.planned || cand.status === 'planned') ? named : null;
  if (meeting) {
    const told = lastToldDate(input, sentence, meeting.sentence, cand.status === 'occurred');
    if (told) return { date: told, basis: 'anaphora' };
    if (meeting.date) return { date: meeting.date, basis: 'anaphora' };
    // An undated meeting is the article's news: the deed told during it takes the news day too.
    if (cand.status !== 'occurred') return null;
    const day = newsDay(input);
    return day && day !== dayOf(input.published) ? { date: { from: day, to: day }, basis: 'document' } : null;
  }
  if (cue) {
    const earlier = ctx.lastDated && sentence.index - ctx.lastDated.sentence <= ANAPHORA_REACH ? ctx.lastDated : null;
    // "The same day", "on the sidelines": the time last told, by an event or a bare date ("at the
    // forum on 17 June … On the sidelines, …").
    const told = lastToldDate(input, sentence, earlier?.sentence ?? -1, cand.status === 'occurred');
    if (told) return { date: told, basis: 'anaphora' };
    if (earlier) return { date: earlier.date, basis: 'anaphora' };
  }
  // "Both countries agreed to withdraw their troops on August 28", told months later: the past day its "to"
  // verb is done on is taken as the deed's own (news tells such an agreement on or just before that day), a
  // nearer time than one an earlier sentence told.
  const complementDay = cand.status === 'occurred' ? pastComplementDay(input, sentence, cand, clause.end) : null;
  if (complementDay) return { date: complementDay, basis: 'text' };
  // date18: "Peruvian troops shot at Chilean guards. … Chile condemned the clash, which happened on Saturday": a
  // material deed told without its day takes the day a sentence just after it gives the incident it names.
  const incidentDay = cand.status === 'occurred' && ploverInfo(cand.type).quad.startsWith('material') ? namedLaterDay(input, sentence) : null;
  if (incidentDay) return { date: incidentDay, basis: 'anaphora' };
  // A paragraph that opens "In September 2022, …" tells what followed in that September; a quotation
  // is dated by the report that introduced it.
  // A deed told in the present progressive ("officials are currently meeting") is going on on the news day,
  // not on a day an earlier sentence told.
  // A deed told as an answer ("In response to this, … has recalled its ambassador") came after what was told
  // before it, so neither takes the time of its paragraph or of the report before its quotation.
  const beforeTrigger = input.text.slice(sentence.span.start, cand.trigger.end);
  const opening = PRESENT_PROGRESSIVE.test(input.text.slice(clause.start, cand.trigger.end)) || answerCue().test(beforeTrigger) ? null
    : paragraphDate(input, sentence) ?? quotationDate(input, sentence);
  if (opening && cand.status === 'occurred') return { date: opening, basis: 'paragraph' };
  // An undated deed the article reports as its news happened on the day its lead reports ("held talks
  // on Tuesday", published on Wednesday). Where that is the document date itself, the extractor's own
  // fallback gives it after merging, so nothing changes for same-day reports.
  if (cand.status === 'occurred') {
    const day = newsDay(input);
    if (day && day !== dayOf(input.published)) return { date: { from: day, to: day }, basis: 'document' };
  }
  return null;
}

/** How many sentences after a deed's may name it as "the incident" and give its day. */
const INCIDENT_REACH = 2;
let incidentRe: { noun: RegExp; gap: RegExp; other: RegExp; placed: RegExp } | undefined;

/**
 * The day the next sentences give "the incident" (data/date-words.yaml newsDay.incidentNouns): a single day
 * told right after the noun, after a determiner, no later than the document date; null if none. The noun must
 * head its phrase ("the attack of …" names another), the sentence tell of no other happening ("Separately, …",
 * "another attack"), and a place or agent named right after the day must be one the deed's sentence names.
 */
function namedLaterDay(input: EventInput, sentence: Sentence): DateInterval | null {
  if (!incidentRe) {
    const w = dateWords().newsDay;
    incidentRe = {
      noun: new RegExp(`\\b(?:${alternation(w.incidentDeterminers)})\\s+(?:${alternation(w.incidentNouns)})\\b(?!\\s+of\\b)`, 'gi'),
      gap: new RegExp(`^,?\\s+(?:(?:${alternation(w.incidentRelatives)})\\s+(?:${alternation(w.incidentHappenVerbs)})\\s+)?(?:(?:${alternation(w.incidentDayPrepositions)})\\s+)?$`, 'i'),
      other: new RegExp(`\\b(?:${alternation(w.incidentOtherCues)})\\b`, 'i'),
      placed: new RegExp(`^\\s+(?:${alternation(w.incidentPlacePrepositions)})\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}’'-]*)`, 'u'),
    };
  }
  const published = dayOf(input.published);
  const deedText = input.text.slice(sentence.span.start, sentence.span.end);
  for (const next of input.sentences.slice(sentence.index + 1, sentence.index + 1 + INCIDENT_REACH)) {
    const sentenceText = input.text.slice(next.span.start, next.span.end);
    if (incidentRe.other.test(sentenceText)) continue;
    incidentRe.noun.lastIndex = 0;
    for (let m = incidentRe.noun.exec(sentenceText); m; m = incidentRe.noun.exec(sentenceText)) {
      const end = next.span.start + m.index + m[0].length;
      const day = input.dates.find((d) => d.span.start >= end && d.span.start - end <= 40 && d.grain === 'day'
        && d.interval.from === d.interval.to && incidentRe!.gap.test(input.text.slice(end, d.span.start)));
      if (!day || (published && day.interval.to > published)) continue;
      // "the attack on Monday in Kherson", "… by Houthi rebels": a place or agent the deed's sentence does not name.
      const named = incidentRe.placed.exec(input.text.slice(day.span.end, next.span.end));
      if (named && !deedText.includes(named[1]!)) continue;
      return day.interval;
    }
  }
  return null;
}

let anaphoricAll: RegExp | undefined;

/**
 * Whether the sentence ties itself to the time of an event told before ("during the visit, …"). Words
 * that are the event's own trigger do not: "During his meeting with X, Y said …" tells that meeting.
 */
function pointsBack(text: string, sentence: Sentence, cand: EventCandidate): string | null {
  const re = (anaphoricAll ??= compileNow(new RegExp(eventCues().anaphoricTime.source, 'giu')));
  re.lastIndex = 0;
  const sentenceText = text.slice(sentence.span.start, sentence.span.end);
  for (let m = re.exec(sentenceText); m; m = re.exec(sentenceText)) {
    const start = sentence.span.start + m.index;
    const end = start + m[0].length;
    if (!(start < cand.trigger.end && cand.trigger.start < end)) return m[0] || ' ';
    if (m[0].length === 0) re.lastIndex++;
  }
  return null;
}

// "are currently meeting", "is now holding talks": a present progressive up to the trigger.
const PRESENT_PROGRESSIVE = /\b(?:is|are|am)\s+(?:(?:currently|now|still|already)\s+)?[a-z]{2,}ing\b/i;
// Words of a pointing-back phrase that name a meeting ("during the visit", "on the sidelines", "while there"),
// and those that name a visit (the nouns of data/meeting-nouns.yaml).
let meetingCueRe: RegExp | undefined;
let visitCueRe: RegExp | undefined;
const meetingCue = () => (meetingCueRe ??= new RegExp(withMeetingNouns('\\b(?:{meeting-nouns}|sidelines|margins|while (?:there|in)|during which)\\b'), 'i'));
const visitCue = () => (visitCueRe ??= new RegExp(withMeetingNouns('\\b(?:{visit-nouns}|while (?:there|in))\\b'), 'i'));

let answerCueRe: RegExp | undefined;
const answerCue = (): RegExp => (answerCueRe ??= new RegExp(`\\b(?:${alternation(dateWords().newsDay.answerCues)})\\b`, 'i'));

/** The latest day or month stated in the few sentences before the quotation the sentence stands in. */
function quotationDate(input: EventInput, sentence: Sentence): DateInterval | null {
  const quote = input.quotes.find((q) => q.span.start <= sentence.span.start && sentence.span.start < q.span.end);
  if (!quote) return null;
  const opening = input.sentences.findIndex((s) => s.span.end > quote.span.start);
  const from = input.sentences[Math.max(0, opening - QUOTE_INTRO_REACH)]?.span.start ?? 0;
  return latestStatedDate(input, from, quote.span.start);
}

/** The latest day or month stated earlier in the sentence's paragraph, before the sentence. */
function paragraphDate(input: EventInput, sentence: Sentence): DateInterval | null {
  let first = sentence.index;
  while (first > 0 && input.sentences[first - 1]!.paragraph === sentence.paragraph) first--;
  return latestStatedDate(input, input.sentences[first]!.span.start, sentence.span.start, true);
}

/**
 * The last day or month stated in text[from, before) that dates a happening (not "since …", "over …"); for a
 * deed told as done, not a time set for what is still to come ("She will meet X on Friday. X arrived …").
 */
function latestStatedDate(input: EventInput, from: number, before: number, done = false): DateInterval | null {
  let found: DateMention | null = null;
  for (const d of input.dates) {
    if (d.span.start >= before) break;
    if (d.span.start < from || (d.grain !== 'day' && d.grain !== 'month')) continue;
    if (done && clauseTense(input.text, d.span.start, d.span.end) === 'future') continue;
    // "… reported that the proposed date is July 3. For his part, X invited Y": a day after the report is no time of a deed done (meet16).
    if (done && dayOf(input.published) && d.interval.from > dayOf(input.published)!) continue;
    if (notAnEventDate(input.text, d) || inSinceStretch(input.text, d) || backgroundRelative(input, d) || namesOtherHappening(input.text, d)
      || inAfterStretch(input, d)) continue;
    found = d;
  }
  return found?.interval ?? null;
}

// A determiner or possessive right before a date used as a modifier: "the October 7 attacks", "the rebels' 7 October raids".
const ATTRIBUTIVE_BEFORE = /(?:\b(?:the|a|an|its|his|her|their)|['’]s?)\s+$/i;
// A lower-case word right after it, no word of grammar: the noun the date modifies.
const NOUN_AFTER = /^\s+(?!(?:the|a|an|and|or|but|to|in|on|at|of|for|with|by|from|he|she|it|they|we|when|as|after|before|that|which|who|was|were|is|are|has|had|have|will|would)\b)[a-z][a-z-]+/;

/**
 * "… the war triggered by the October 7 attacks": a date that modifies the noun of another happening names
 * that happening; a later undated deed of the paragraph did not take place then. A gathering or statement
 * ("at the 3 March summit") is where the later deeds were done, and its time is carried (event-cues.yaml).
 */
function namesOtherHappening(text: string, d: DateMention): boolean {
  const after = text.slice(d.span.end, d.span.end + 40);
  return NOUN_AFTER.test(after) && ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, d.span.start - 16), d.span.start))
    && !eventCues().carriedOccasionNoun.test(after);
}

// "his first trip since taking office last month", "since winning the election on November 20 and
// taking office on November 26": the time a stretch is measured from, told in passing, is not the time
// of the happening a later sentence refers back to ("During the talks, …").
const SINCE_STRETCH = /\bsince\b(?:[^,;:.!?()"“”]|\.(?=\S))*$/i;

// "This comes after comments Friday from X …", "…, in response to the expulsion of its envoys in March": a
// time told in what a deed came after or answered is that earlier happening's, not the time a later
// sentence of the paragraph goes on with (data/date-words.yaml newsDay.earlierHappeningCues). Not when the
// phrase opens the sentence ("After talks on Monday, …"), which sets the time of what follows.
let afterStretch: RegExp | undefined;

function inAfterStretch(input: EventInput, d: DateMention): boolean {
  const sentence = input.sentences.find((s) => s.span.start <= d.span.start && d.span.start < s.span.end);
  if (!sentence) return false;
  afterStretch ??= new RegExp(`\\S\\s+(?:${alternation(dateWords().newsDay.earlierHappeningCues)})\\b(?:[^,;:.!?()"“”]|\\.(?=\\S))*$`, 'i');
  return afterStretch.test(input.text.slice(Math.max(sentence.span.start, d.span.start - 120), d.span.start));
}

function inSinceStretch(text: string, d: DateMention): boolean {
  return SINCE_STRETCH.test(text.slice(Math.max(0, d.span.start - 120), d.span.start));
}

/** The latest day or month stated before this sentence (within reach) and after the given sentence's event. */
function lastToldDate(input: EventInput, sentence: Sentence, afterSentence: number, done = false): DateInterval | null {
  const reachStart = input.sentences[Math.max(0, sentence.index - TOLD_DATE_REACH)]?.span.start ?? 0;
  const afterStart = afterSentence >= 0 ? input.sentences[afterSentence + 1]?.span.start ?? Infinity : 0;
  return latestStatedDate(input, Math.max(reachStart, afterStart), sentence.span.start, done);
}

// Words that open another verb phrase between an event and a later date ("met X and discussed the summit
// to be held on 29 September", "his second visit since he took office in 2018"): such a date belongs to
// that phrase.
// "accused Iran of being behind the attacks last year", "criticised X for sending troops in 2022": a
// gerund after "of"/"for" opens the deed accused or criticised, whose time that date is.
// "expelled three envoys in response to the expulsion of its diplomats in March": what a deed answers is
// another happening, and a time told after those words is its time.
// ("raised tariffs to as high as 145 percent in April": "to" before an amount's hedge opens no verb.)
const LATER_VERB = /\b(?:and|but|to be|which|that|who|whose|where|while|since|after|before|when|until|once|(?:in|as a) (?:response|reaction|retaliation|reply) (?:to|for|against)|in retaliation|to (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|(?:as|about|around|nearly|almost|roughly|some|over|under|more|less|just|only|record) )[a-z]+)\b/i;
// A gerund after "of"/"for" ("accused X of being behind …") opens another deed; written in lower case, so that
// names ("of Kunming") do not, and not the -ing words that are nouns of time or things (date-words.yaml `ingNouns`:
// "for nothing", "a memorandum of understanding").
let gerundAfterRe: RegExp | undefined;
const gerundAfter = (): RegExp => (gerundAfterRe ??= new RegExp(`\\b(?:of|for) (?!(?:${alternation(dateWords().ingNouns)})\\b)[a-z]{2,}ing\\b`));

// …unless the words only schedule the event noun itself ("the summit to be held in Berlin on 29 September").
const SCHEDULES_THE_NOUN = /^[\s,]*(?:(?:which|that) (?:will|is to) (?:be held|take place)|to be (?:held|hosted|organi[sz]ed|convened)|(?:scheduled|set|slated|planned|due) (?:for|to (?:be held|take place)))\b/i;

// A relative clause that only says the meeting happened: its time is the meeting's.
const OWN_HAPPENING = /^[\s,]*(?:which|that) (?:took place|was held|were held|had taken place|had been held|will take place|will be held)\b[^,;]*$/i;
// Triggers that end on a meeting noun, which such a clause can describe.
const MEETING_NOUN_END = /\b(?:talks|negotiations|meetings?|consultations|summit|visit|conversation|call)\W*$/i;

// The phrase that opens what an invitation asks for: "to visit", "to Accra", "for a visit", "for talks".
const INVITED_VISIT = /\b(?:to|for)\b/i;

// "and" inside a list of parties ("a meeting between X and Y took place on 3 May") joins names, not verb phrases.
const PARTY_LIST = /\x01(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=\x01)/g;

function belongsToLaterVerb(input: EventInput, cand: EventCandidate, d: DateMention, nominal = false): boolean {
  if (d.span.start < cand.trigger.end) return false;
  const text = input.text;
  // "urged X to free the activists in a March 3 statement": the date names the statement the deed was made
  // in, not the time of the phrase told between them.
  if (eventCues().datedStatementNoun.test(text.slice(d.span.end, d.span.end + 16)) && STATEMENT_BEFORE_DATE.test(text.slice(Math.max(0, d.span.start - 16), d.span.start))) return false;
  // A rule's match may end on the word that opens the later phrase ("X and Y agreed to | hold talks next month").
  const opener = /\s(?:to|that)$/i.exec(text.slice(cand.trigger.start, cand.trigger.end))?.[0] ?? '';
  const between = opener + withPartiesMarked(input, cand.trigger.end, d.span.start, nounJoiningAnds(input, cand, d)).replace(PARTY_LIST, '');
  // "invited X to Y in December", "invited X for a visit in May": a time after the phrase of the visit
  // is when that visit would be; "invited X on Monday to visit in May": one before it is the invitation's.
  if (cand.mode === 'invite' && INVITED_VISIT.test(between)) return true;
  if (nominal && SCHEDULES_THE_NOUN.test(between)) return false;
  // "held negotiations that took place on 13-14 May": the relative clause tells when the talks were.
  if (OWN_HAPPENING.test(between) && MEETING_NOUN_END.test(text.slice(cand.trigger.start, cand.trigger.end))) return false;
  // "detained an engineer when he was visiting the country on June 22": a "when" clause in the progressive
  // tells what was going on as the deed was done, so its time is the deed's.
  const doing = WHILE_DOING.exec(between);
  if (doing) {
    const outside = between.slice(0, doing.index) + ' ' + between.slice(doing.index + doing[0].length);
    return LATER_VERB.test(outside) || gerundAfter().test(outside);
  }
  // "agreed to resume talks earlier this year": a time marked as past is not the time of what was agreed
  // to, but of the agreeing (unless another verb or a participle stands between: "ties cut last year").
  if (cand.status === 'occurred' && pastMarked(input, d)) {
    const after = TO_VERB.exec(between);
    if (after && !LATER_VERB.test(between.slice(after[0].length)) && !gerundAfter().test(between.slice(after[0].length))
      && !eventCues().participle.test(between.slice(after[0].length))) return false;
  }
  // (After an event noun the participle is as often the sentence's own verb, "the visit … occurred on 21
  // December", or tells the noun's own time, "the summit held in Dushanbe on 16 September": verbs only.)
  return LATER_VERB.test(between) || gerundAfter().test(between) || (!nominal && reducedRelative(input, cand, d));
}

// The rest of a "to" phrase up to its time: words of its object, no comma and no clause of its own.
const COMPLEMENT_REST = /^[^,;:()"“”]*$/;

/**
 * The past day told right in the "to" phrase after a deed ("agreed to withdraw their troops on August 28"),
 * which only belongsToLaterVerb kept from dating it, or null.
 */
function pastComplementDay(input: EventInput, sentence: Sentence, cand: EventCandidate, clauseEnd: number): DateInterval | null {
  const day = dayOf(input.published);
  if (!day) return null;
  const opener = /\sto$/i.test(input.text.slice(cand.trigger.start, cand.trigger.end)) ? ' to' : '';
  for (const d of input.dates) {
    if (d.span.start < cand.trigger.end || d.span.start >= clauseEnd || d.grain !== 'day' || d.interval.to >= day) continue;
    if (notAnEventDate(input.text, d) || afterSince(input.text, cand, d) || acrossRelativeClause(input.text, sentence, cand, d, input.published)) continue;
    const between = opener + input.text.slice(cand.trigger.end, d.span.start);
    const to = TO_VERB.exec(between);
    if (!to || LATER_VERB.test(between.slice(to[0].length)) || !COMPLEMENT_REST.test(between)) return null;
    return d.interval;
  }
  return null;
}

let PARTICIPLE_WORD: RegExp | null = null;
/** The participle cue as a whole word. */
function participleWord(): RegExp {
  return (PARTICIPLE_WORD ??= new RegExp(`^${eventCues().participle.source}$`, 'i'));
}

/**
 * "freed dozens of schoolchildren kidnapped earlier this month": a participle right after a noun between the
 * deed and the date opens a reduced relative clause, whose time that date is (read with the tagger only
 * where a participle-like word stands there).
 */
function reducedRelative(input: EventInput, cand: EventCandidate, d: DateMention): boolean {
  const between = input.text.slice(cand.trigger.end, d.span.start);
  if (!eventCues().participle.test(between)) return false;
  const sentence = input.sentences[cand.sentence];
  if (!sentence || sentence.span.start > cand.trigger.start || sentence.span.end < d.span.end) return false;
  const tokens = (input.tokensOf ?? tagAlone)(sentence).filter((t) => t.start >= cand.trigger.start && t.end <= d.span.start);
  return tokens.some((t, i) => i > 0 && t.start >= cand.trigger.end && t.pos === 'VERB' && NOMINAL_TAGS.has(tokens[i - 1]!.pos)
    && participleWord().test(input.text.slice(t.start, t.end))
    && !NOMINAL_TAGS.has(tokens[i + 1]?.pos ?? ''));
}

// The words right before a date that modifies a statement noun: "in a March 3 statement", "in its 12 June letter".
const STATEMENT_BEFORE_DATE = /\b(?:in|by|through|with)\s+(?:a|an|the|its|his|her|their)\s+$/i;

// Word classes that make an "and" open a verb phrase or a clause of its own (universal POS tags).
const VERB_TAGS = new Set(['VERB', 'AUX']);

/**
 * "detained a former diplomat and businessman John Doe on December 10": where no verb follows an "and"
 * before the date, the "and" joins nouns and hands the date to no later verb. The offsets of such "and"s
 * between the trigger and the date (read with the tagger only where an "and" stands there).
 */
function nounJoiningAnds(input: EventInput, cand: EventCandidate, d: DateMention): Set<number> {
  const out = new Set<number>();
  const between = input.text.slice(cand.trigger.end, d.span.start);
  if (!/\band\b/i.test(between)) return out;
  const sentence = input.sentences[cand.sentence];
  if (!sentence || sentence.span.start > cand.trigger.start || sentence.span.end < d.span.end) return out;
  const tokens = (input.tokensOf ?? tagAlone)(sentence);
  // "and Eritrea's leader this week reopened …": a verb right after the date makes the words before it its subject.
  const next = tokens.find((t) => t.start >= d.span.end);
  if (next && VERB_TAGS.has(next.pos)) return out;
  const AND = /\band\b/gi;
  for (let m = AND.exec(between); m; m = AND.exec(between)) {
    const at = cand.trigger.end + m.index;
    const after = tokens.filter((t) => t.start >= at + 3 && t.end <= d.span.start);
    if (after.length > 0 && !after.some((t) => VERB_TAGS.has(t.pos)) && (opensNounPhrase(after) || pairedMeetingNoun(input, cand, at, after))) out.add(at);
  }
  return out;
}

/**
 * "host X for an official state visit and dinner in June", "talks and lunch on Monday": a lone noun joined
 * to a meeting noun, right before the time, is a second head of the same phrase, not a verb.
 */
function pairedMeetingNoun(input: EventInput, cand: EventCandidate, at: number, after: readonly { pos: string; start: number; end: number }[]): boolean {
  if (!MEETING_NOUN_END.test(input.text.slice(cand.trigger.start, at))) return false;
  const words = after.filter((t) => t.pos !== 'ADP');
  return words.length === 1 && words[0]!.pos === 'NOUN' && after.every((t) => t === words[0] || t.start > words[0]!.end);
}

// Tags that open a noun phrase after "and": "and a trader", "and Pablo Soto", "and two engineers".
const NOUN_PHRASE_OPENERS = new Set(['DET', 'PROPN', 'NUM']);
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN']);

/** Whether tagged words open a noun phrase: a determiner, a name or a number; or a noun (an adjective and a noun) before a name or noun ("engineer Pablo Soto"). The tagger reads a bare verb after "and" ("and open a port") as an adjective, so a lone adjective or noun does not count. */
function opensNounPhrase(t: readonly { pos: string }[]): boolean {
  if (NOUN_PHRASE_OPENERS.has(t[0]!.pos)) return true;
  const head = t[0]!.pos === 'ADJ' && t[1]?.pos === 'NOUN' ? 1 : 0;
  return t[head]!.pos === 'NOUN' && NOMINAL_TAGS.has(t[head + 1]?.pos ?? '');
}

// "when he was visiting", "when the ministers were meeting": a progressive "when" clause.
const WHILE_DOING = /\bwhen\s+(?:[^,;]{0,60}?\s)?(?:was|were)\s+[a-z]+ing\b/i;
// The infinitive a deed's words go on with ("agreed | to resume …", "agreed to | resume …").
const TO_VERB = /^\s*to\s+[a-z]+\b/i;

// ", which signed an accord in 2019,", ", who visited Lima last year,": a relative clause set off by a comma
// tells of another happening. A time inside it is not the time of the deed outside it, and a time outside
// it is not the time of a deed told inside it ("Chile, which expelled the envoy last week, signed …").
const RELATIVE_OPENER = /,\s*(?:which|who|whose)\b/gi;

/** The relative clauses (", which …" up to the next comma or the sentence end) of a sentence. */
function relativeClauses(text: string, sentence: Sentence): Array<{ start: number; end: number }> {
  const body = text.slice(sentence.span.start, sentence.span.end);
  const out: Array<{ start: number; end: number }> = [];
  RELATIVE_OPENER.lastIndex = 0;
  for (let m = RELATIVE_OPENER.exec(body); m; m = RELATIVE_OPENER.exec(body)) {
    const close = body.indexOf(',', m.index + m[0].length);
    out.push({ start: sentence.span.start + m.index, end: sentence.span.start + (close < 0 ? body.length : close) });
  }
  return out;
}

/**
 * "… the priorities of Hungary's presidency, which began on July 1. X congratulated Y on …": a time
 * told in a relative clause that lies well before the news describes the noun, not a happening a
 * later sentence of the paragraph or quotation goes on with.
 */
function backgroundRelative(input: EventInput, d: DateMention): boolean {
  if (!longBefore(d, input.published)) return false;
  const sentence = input.sentences.find((s) => s.span.start <= d.span.start && d.span.start < s.span.end);
  return !!sentence && relativeClauses(input.text, sentence).some((c) => c.start <= d.span.start && d.span.start < c.end);
}

// How many days before the document a time must start to be background rather than part of the news.
const BACKGROUND_DAYS = 7;

/** Whether a date starts more than a week before the document date (a year when the document has no day). */
function longBefore(d: DateMention, published: string | null): boolean {
  const day = dayOf(published);
  return day ? d.interval.from < addDays(day, -BACKGROUND_DAYS) : d.grain === 'year';
}

/** Whether the date and the trigger stand on two sides of a relative clause's edge. */
function acrossRelativeClause(text: string, sentence: Sentence, cand: EventCandidate, d: DateMention, published: string | null): boolean {
  const clauses = relativeClauses(text, sentence);
  if (clauses.length === 0) return false;
  const which = (at: number) => clauses.findIndex((c) => c.start <= at && at < c.end);
  const dateIn = which(d.span.start);
  // A phrase rule's match may open on a party before the clause: its verb is at its end.
  const triggerIn = which(cand.trigger.end - 1);
  if (dateIn === triggerIn) return false;
  // A time in the noun the clause describes ("the results of the October 26 elections, which X called
  // blackmail") may still bound what the clause tells; only the main verb's time after it is kept apart.
  if (triggerIn >= 0 && dateIn < 0 && d.span.end <= clauses[triggerIn]!.start) return false;
  // A time inside the clause is background to the deed outside only when it lies well behind the news
  // ("…, which signed an accord in 2019, …"); "…, who travels to Baku tomorrow on a state visit, …" tells
  // the time of the visit the rest of the sentence is about.
  // A time already past, told inside the clause, is no time of a deed still to come outside it ("X, who
  // arrived on Thursday, is expected to sign …").
  const pastForComing = cand.status === 'planned' && !!dayOf(published) && d.interval.to < dayOf(published)!;
  if (dateIn >= 0 && !longBefore(d, published) && !pastForComing) return false;
  // "…, which took place on 13-14 May", "…, which will be held on 29 September": the clause tells when the
  // meeting itself was or will be.
  const own = dateIn >= 0 ? text.slice(clauses[dateIn]!.start, clauses[dateIn]!.end) : '';
  return !(OWN_HAPPENING.test(own) || SCHEDULES_THE_NOUN.test(own));
}

// A verb of saying that closes the sentence, right before a time: ", officials said last week", ", the
// ministry told reporters on Monday".
// (", … said in a press release on Thursday morning": the words the report was made in may stand between,
// data/event-cues.yaml report-venue-nouns.)
let reportBeforeRe: RegExp | undefined;
// world17: ", according to villagers and the head of a local group on Thursday": the day the sources spoke, not the deed's.
const reportBefore = (): RegExp => (reportBeforeRe ??= new RegExp(`(?:,[^,;]{0,60}\\b(?:said|says|told\\s+[a-z]+|announced|reported|stated|confirmed|added)\\s+${eventCues().reportVenue}|,\\s*according\\s+to\\s+[^,;]{1,90}?\\s+)(?:on\\s+|in\\s+|at\\s+|during\\s+)?$`, 'i'));

let sayingBefore: RegExp | undefined;

/** Whether the date stands right after a verb of saying ("said on Monday that …", "told reporters on Monday"); data/attribution-verbs.yaml (`reportingClause`). */
function isSayingTime(text: string, sentence: Sentence, d: DateMention): boolean {
  sayingBefore ??= new RegExp(`\\b(?:${attributionVerbs().reportingClause.map((v) => v.replace(/ /g, '\\s+')).join('|')})(?:\\s+[a-z]+){0,3}?\\s+(?:on\\s+|in\\s+|at\\s+|during\\s+)?$`, 'i');
  return sayingBefore.test(text.slice(Math.max(sentence.span.start, d.span.start - 50), d.span.start));
}

/** Whether the date is the time a report closing the sentence was made ("…, X said on Monday"). */
function isReportTime(text: string, d: DateMention): boolean {
  return reportBefore().test(text.slice(Math.max(0, d.span.start - 110), d.span.start));
}

/** text[from, to) with each actor mention in it replaced by one marker character, and the "and"s at the given offsets by "&". */
function withPartiesMarked(input: EventInput, from: number, to: number, nounAnds: ReadonlySet<number> = new Set()): string {
  const piece = (s: number, e: number) => {
    let out = input.text.slice(s, e);
    for (const at of nounAnds) if (at >= s && at + 3 <= e) out = `${out.slice(0, at - s)}&  ${out.slice(at - s + 3)}`;
    return out;
  };
  let out = '';
  let at = from;
  for (const a of mentionsWithin(input.actors, from, to)) {
    if (a.span.start < at) continue;
    out += piece(at, a.span.start) + '\x01';
    at = a.span.end;
  }
  return out + piece(at, to);
}

const LENGTH_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const VISIT_LENGTH = /\b(two|three|four|five|six|seven|[2-7])[- ]day\b/i;

/**
 * "A three-day state visit" that began on a given day covers the days after it too; one that "wrapped up"
 * or was left on that day ("left Lima on Thursday after a two-day visit") covers the days before it.
 */
function spanOfVisit(visitWords: string, cand: EventCandidate, date: DateInterval, wordsBefore = ''): DateInterval {
  if (cand.mode !== 'visit' || date.from !== date.to) return date;
  const clause = wordsBefore + visitWords;
  const after = VISIT_LENGTH.exec(visitWords);
  const m = after ?? VISIT_LENGTH.exec(wordsBefore);
  if (!m) return date;
  const days = LENGTH_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  const at = after ? wordsBefore.length + after.index : m.index;
  if (eventCues().visitEnding.test(clause.slice(Math.max(0, at - 60), at))) return { from: addDays(date.from, -(days - 1)), to: date.from };
  return { from: date.from, to: addDays(date.from, days - 1) };
}

// A clause that tells of another happening ("once the treaty was ratified in 2019", "…, which began on
// 1 July") lends it no date.
const OTHER_EVENT_CLAUSE = /^[\s,]*(?:after|before|since|when|while|until|once|as soon as|following|which|that|who|whose)\b/i;

/** Dates elsewhere in the sentence, outside clauses about other happenings: the frame of "…, with X due to attend". */
function sentenceFrameDates(input: EventInput, sentence: Sentence, cand: EventCandidate): DateMention[] {
  return input.dates.filter((d) => {
    if (d.span.start < sentence.span.start || d.span.end > sentence.span.end) return false;
    if (NOT_AN_EVENT_DATE.test(input.text.slice(d.span.start, d.span.end))) return false;
    const clause = clauseAround(input.text, sentence.span, d.span);
    if (clause.start <= cand.trigger.start && cand.trigger.end <= clause.end) return false;
    const words = input.text.slice(clause.start, clause.end);
    // "…, when he was visiting the country on June 22": what was going on as the deed was done.
    return !OTHER_EVENT_CLAUSE.test(words) || (/^[\s,]*when\b/i.test(words) && WHILE_DOING.test(words) && clause.start >= cand.trigger.end);
  });
}

/**
 * "Chile this week reopened its embassy", "has this month expelled two envoys": a deed told as done lies
 * on or before the day it is reported, so a stretch running past that day ends there.
 */
function clipToNews(date: DateInterval, cand: EventCandidate, published: string | null): DateInterval {
  const day = dayOf(published);
  if (cand.status !== 'occurred' || !day || date.from > day || date.to <= day) return date;
  return { from: date.from, to: day };
}

/**
 * "On one of these visits in October, the delegation said that Chile delivered aid": a time in the phrase
 * a sentence opens on, up to its first comma, is the time of the deeds told after it, a verb of saying
 * between them or not.
 */
function openingPhraseDates(input: EventInput, sentence: Sentence, cand: EventCandidate): DateMention[] {
  const firstComma = input.text.indexOf(',', sentence.span.start);
  if (firstComma < 0 || firstComma >= cand.trigger.start || firstComma >= sentence.span.end) return [];
  // "In an interview on 2 May, X said Y had killed …": a deed told in the pluperfect lies before the telling.
  if (PLUPERFECT_BEFORE.test(input.text.slice(Math.max(sentence.span.start, cand.trigger.start - 40), cand.trigger.start))) return [];
  const opening = eventCues().openingTimePhrase;
  return input.dates.filter((d) => d.span.start >= sentence.span.start && d.span.end <= firstComma
    && !notAnEventDate(input.text, d) && opening.test(input.text.slice(sentence.span.start, d.span.start)));
}

// "had (already) killed", "had been detained": the auxiliaries of a pluperfect right before a trigger.
const PLUPERFECT_BEFORE = /\b(?:had|['’]d)\s+(?:\w+ly\s+)?(?:been\s+)?$/i;

// The words between a time and a deed told in a "when" clause right after it: ", when Peru protested".
const WHEN_AFTER_TIME = /^\s*,?\s+when\s[^,;:()]*$/i;

/** The time a "when" clause holding the trigger hangs on ("since May, when …"), or null. */
function timeBeforeWhen(input: EventInput, sentence: Sentence, cand: EventCandidate): DateMention | null {
  let found: DateMention | null = null;
  for (const d of input.dates) {
    if (d.span.start < sentence.span.start || d.span.end > cand.trigger.start) continue;
    if (WHEN_AFTER_TIME.test(input.text.slice(d.span.end, cand.trigger.start))) found = d;
  }
  return found;
}

// "The last time X …", "the first time X …" before a trigger, in the same stretch of the sentence.
const TIME_NAMED_BEFORE = /\b(?:the\s+)?(?:last|first|previous|only other)\s+time\s+(?:that\s+)?[^,;:.!?"“”]*$/i;
// "… was 2019", "… came in 2008" after it: the year the copula names (bare, so no date mention holds it).
const COPULA_YEAR = /^[^,;:.!?"“”]*?\b(?:was|came)\s+(?:back\s+)?(?:in\s+)?((?:19|20)\d{2})(?![\d-])/i;

/** "The last time Jordan recalled its envoy was 2019": the year of that earlier deed, or null. */
function lastTimeYear(input: EventInput, sentence: Sentence, cand: EventCandidate): DateInterval | null {
  if (cand.status !== 'occurred') return null;
  if (!TIME_NAMED_BEFORE.test(input.text.slice(sentence.span.start, cand.trigger.start))) return null;
  const m = COPULA_YEAR.exec(input.text.slice(cand.trigger.end, sentence.span.end));
  if (!m) return null;
  const year = m[1]!;
  if (input.published && year > input.published.slice(0, 4)) return null;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

// A perfect right before a deed's verb: "has closed", "have been held", "had long deployed".
const PERFECT_BEFORE = /\b(?:has|have|had|['’]s|['’]ve)\s+(?:(?:also|already|long|now)\s+)?(?:been\s+)?$/i;
const PERFECT_IN = /^(?:[^,;:]*\s)?(?:has|have|had)\s+(?:(?:also|already|long|now)\s+)?(?:been\s+)?[a-z]+\b/i;

/** The "since …" time in the clause of a deed told in the perfect ("has closed its border since March"), or null. */
function perfectSince(input: EventInput, clause: { start: number; end: number }, cand: EventCandidate): DateMention | null {
  const text = input.text;
  if (!PERFECT_BEFORE.test(text.slice(Math.max(clause.start, cand.trigger.start - 30), cand.trigger.start))
    && !PERFECT_IN.test(text.slice(cand.trigger.start, cand.trigger.end))) return null;
  return input.dates.find((d) => d.span.start >= clause.start && d.span.end <= clause.end
    && (/^since\s/i.test(text.slice(d.span.start, d.span.end)) || /\bsince\s+$/i.test(text.slice(Math.max(0, d.span.start - 6), d.span.start)))) ?? null;
}

let pastVerbAfterAnd: RegExp | undefined;

/**
 * "X visited Kabul in late November and urged the Taliban to …": a past verb right after "and", with no
 * subject of its own, goes on with the deed before it, and a month or day told there (already past) is
 * its time too. A year is too coarse to tell ("is chairing the CIS this year and invited …").
 */
function sharedByPastVerb(input: EventInput, clauseStart: number, d: DateMention): boolean {
  const day = dayOf(input.published);
  if (!day || d.interval.to >= day || (d.grain !== 'day' && d.grain !== 'month')) return false;
  // An auxiliary ("and had been granted", "and was …") opens a tense of its own.
  pastVerbAfterAnd ??= new RegExp(`^and\\s+(?:(?:then|also|later)\\s+)?(?!(?:had|was|were|did)\\b)(?:[a-z]+ed|${dateWords().pastCues.filter((w) => /^[a-z]+$/.test(w)).join('|')})\\b`);
  return pastVerbAfterAnd.test(input.text.slice(clauseStart, clauseStart + 40));
}

/** The time a stretch is measured from ("since May" → May), or the time itself. */
function timeItself(input: EventInput, d: DateMention): DateInterval {
  const words = input.text.slice(d.span.start, d.span.end);
  const lead = /^(?:since|from)\s+/i.exec(words);
  if (!lead) return d.interval;
  // Read again as a time of its own ("in May"): a bare "May" is read as a month only after a preposition.
  const inner = findDates(`in ${words.slice(lead[0].length)}`, { date: input.published });
  return inner.length === 1 && inner[0]!.interval.from === d.interval.from ? inner[0]!.interval : d.interval;
}

/** "Earlier this year", "last month", "two weeks ago": a time marked as past is no time of a deed to come. */
function pastForPlanned(input: EventInput, cand: EventCandidate, d: DateMention): boolean {
  return cand.status === 'planned' && pastMarked(input, d);
}

function pastMarked(input: EventInput, d: DateMention): boolean {
  const day = dayOf(input.published);
  return !!day && d.interval.from < day && eventCues().pastTimeWord.test(input.text.slice(d.span.start, d.span.end));
}

function pickDate(dates: readonly DateMention[], cand: EventCandidate): DateMention | null {
  let best: DateMention | null = null;
  let bestScore = Infinity;
  for (const d of dates) {
    const distance = d.span.end <= cand.trigger.start ? cand.trigger.start - d.span.end
      : d.span.start >= cand.trigger.end ? d.span.start - cand.trigger.end : 0;
    const score = GRAIN_RANK[d.grain] * 1000 + distance;
    if (score < bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * "met in Baku on Monday to prepare the upcoming visit of X to Y", "announced on Tuesday his planned trip":
 * a past time told before a planned event's noun is the time of the deed around it, not of the event to come.
 */
function pastBeforePlanned(input: EventInput, cand: EventCandidate, d: DateMention): boolean {
  const day = dayOf(input.published);
  return cand.nominal && cand.status === 'planned' && !!day && d.span.end <= cand.trigger.start && d.interval.to < day;
}

/** A planned event dated by a month or day written without a year lies ahead of the document, not behind. */
// date18: a planned deed's year-less day this few days before the document date stays in its year: news does
// not announce a deed a year ahead by its day alone ("On February 11 X said Y would visit soon", published on
// February 13, is the day of the saying, or a report printed a few days late), while a day or month further
// back ("will visit in January", told in December's news) is next year's.
const PLANNED_LAG_DAYS = 14;

function adjustForStatus(d: DateMention, cand: EventCandidate, published: string | null): DateInterval {
  const day = dayOf(published);
  const recentDay = day !== null && d.grain === 'day' && d.interval.to >= addDays(day, -PLANNED_LAG_DAYS);
  if (cand.status === 'planned' && d.inferredYear && day && d.interval.to < day && !recentDay) {
    return { from: shiftYear(d.interval.from, 1), to: shiftYear(d.interval.to, 1) };
  }
  return d.interval;
}

// "six years after | Israel attacked", "two years before | the army withdrew": a count of years right before
// the deed's subject and verb, no comma between (the words after a comma are another clause's: "Six years
// after the raid, Turkey signed …" dates nothing). The counts are data/date-words.yaml `numbers` (not the vague ones).
let yearsOffset: RegExp | undefined;

/** Years before the sentence's time implied by "N years after <subject> <verb>" (negative: after it), or null. */
function yearOffset(window: string): number | null {
  yearsOffset ??= new RegExp(`\\b(?<n>${alternation(Object.keys(dateWords().numbers))}|\\d{1,2}) years? (?<dir>before|after)(?:\\s+[^\\s,;:.!?"“”()]+){1,3}\\s*$`, 'i');
  const m = yearsOffset.exec(window);
  if (!m) return null;
  const n = countValue(m.groups!.n!);
  if (n === null || n <= 0) return null;
  return m.groups!.dir!.toLowerCase() === 'after' ? n : -n;
}

/** Days implied by "one week before …" (positive: the event is after the clause's date). */
let anchoredOffset: RegExp | undefined;

function relativeOffset(window: string): number | null {
  const re = (anchoredOffset ??= new RegExp(eventCues().relativeOffset.source + '\\s+\\S*\\s*$', 'iu'));
  const m = re.exec(window.trimEnd() + ' ');
  if (!m) {
    const loose = eventCues().relativeOffset.exec(window);
    if (!loose || window.length - (loose.index + loose[0].length) > 30) return null;
    return offsetDays(loose);
  }
  return offsetDays(m);
}

// "hours after", "days after", "weeks before": a count left unsaid, read right before the words of the deed.
const VAGUE_OFFSET = /\b(?:(?:just|only|mere|a few|several|some)\s+)?(hours|days|weeks)\s+(before|after|ahead of)\b/gi;
// How far before the trigger such words may end (the deed's subject stands between: "days after | Bachelet visited").
const VAGUE_REACH = 30;
// The days each unit may stand for: hours are the same day, days up to a week, weeks up to two months.
const VAGUE_SPAN: Record<string, [number, number]> = { hours: [0, 0], days: [1, 7], weeks: [7, 60] };

/** The interval of days implied by "days after …" (as [from, to] offsets from the clause's day), or null. */
function vagueOffset(window: string): [number, number] | null {
  let m: RegExpExecArray | null = null;
  VAGUE_OFFSET.lastIndex = 0;
  for (let x = VAGUE_OFFSET.exec(window); x; x = VAGUE_OFFSET.exec(window)) m = x;
  if (!m || window.length - (m.index + m[0].length) > VAGUE_REACH) return null;
  const [near, far] = VAGUE_SPAN[m[1]!.toLowerCase()]!;
  // "…, days after X visited": the visit lies that far before the day told; "…, days before X visits": after it.
  return m[2]!.toLowerCase() === 'after' ? [-far, -near] : [near, far];
}

/** The last single day told in the sentence before a clause that hangs on it ("… on Thursday, a day after …"). */
function mainClauseDay(input: EventInput, sentence: Sentence, clauseStart: number): string | null {
  let found: string | null = null;
  for (const d of input.dates) {
    if (d.span.start < sentence.span.start || d.span.end > clauseStart) continue;
    if (d.grain === 'day' && d.interval.from === d.interval.to && !notAnEventDate(input.text, d)) found = d.interval.from;
  }
  return found;
}

// The longest stretch a count left unsaid may be read against ("over the weekend", "on 3-4 May").
const SHORT_SPAN_DAYS = 3;

/** The last day, or short stretch of days, told in the sentence before a clause that hangs on it. */
function mainClauseSpan(input: EventInput, sentence: Sentence, clauseStart: number): DateInterval | null {
  let found: DateInterval | null = null;
  for (const d of input.dates) {
    if (d.span.start < sentence.span.start || d.span.end > clauseStart) continue;
    if ((d.grain === 'day' || d.grain === 'range') && addDays(d.interval.from, SHORT_SPAN_DAYS - 1) >= d.interval.to
      && !notAnEventDate(input.text, d)) found = d.interval;
  }
  return found;
}

function offsetDays(m: RegExpExecArray): number | null {
  const g = m.groups ?? {};
  // the counts of data/event-cues.yaml relative-offset, valued by data/date-words.yaml `numbers`
  const n = countValue(g.n ?? '');
  if (n === null) return null;
  const unit = (g.unit ?? '').toLowerCase();
  const days = unit.startsWith('week') ? n * 7 : unit.startsWith('month') ? n * 30 : n;
  return (g.dir ?? '').toLowerCase() === 'after' ? -days : days;
}

function dayOf(published: string | null): string | null {
  return published && published.length === 10 ? published : null;
}

function shiftYear(day: string, n: number): string {
  return `${Number(day.slice(0, 4)) + n}${day.slice(4)}`;
}
