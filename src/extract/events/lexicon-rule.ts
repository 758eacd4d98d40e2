/**
 * Events from the event lexicon (data/event-lexicon.yaml) read over the clause reader's predicates:
 * a verb or noun whose lemma the lexicon knows becomes an event when both of its sides name actors
 * (or, for domestic events such as protests, one side and the place it happened).
 */
import type { Span } from '../../core/types.js';
import { tagAlone, type SentenceTokens, type TaggedToken } from '../../text/tagger.js';
import { borderOwnerAfter, glossStart, isLeader, isModal, openingPhraseComma, isMoneySign, isReportingVerb, leavesInState, originAgent, holderAgent, phrase, predicateWith, tellerAfter, passiveLemmaAfter, bareParticipleLemmaAfter, readPhrase, readPredicates, unitsOf, type Phrase, type Predicate, type Unit } from './clause-reader.js';
import { isStateCode } from '../../core/states.js';
import { eventLexicon, type LexiconEntry } from './event-lexicon.js';
import type { SentenceFrame } from './sentence-frame.js';
import { eventCues } from './event-patterns.js';

/** One side of an event: an actor code and, for sub-state actors, a sector. */
export interface Side {
  readonly code: string;
  readonly sector: string | null;
  /** The frame group of a plural reference both of whose parties act ("the two sides"). */
  readonly pair?: number;
  /** The sector noun's state was only guessed from the states its sentence or paragraph names ("Russia's drones … killed two workers"). */
  readonly guessed?: boolean;
}

/** One lexicon reading in a sentence, with its sides already decided. */
export interface LexiconMatch {
  readonly entry: LexiconEntry;
  readonly trigger: Span;
  readonly parties: ReadonlyArray<{ readonly source: Side; readonly target: Side }>;
  /** The deed is told as promised ("pledged $10 million to X", "announced funding for X"): planned. */
  readonly promised?: boolean;
}

/** Tagged sentences by sentence index, for one document. */
export type TagCache = Map<number, TaggedToken[]>;

/** Lexicon events of one sentence frame. */
export function matchLexicon(frame: SentenceFrame, tags: TagCache = new Map(), tokensOf: SentenceTokens = tagAlone, previous: readonly string[] = [], recipient: string | null = null): LexiconMatch[] {
  const lex = eventLexicon();
  // world16: one group may name two parties ("the two countries established relations", "Chile and Peru
  // upgraded ties" after a pair reference): such a sentence can pair them as two groups can.
  const twoParties = frame.groups.length >= 2 || frame.groups.some((g) => new Set(g.codes).size >= 2);
  if (frame.groups.length === 0 || !mayHoldEvent(frame.sentence.text, twoParties ? lex.allForms : lex.oneParty)) return [];
  let tokens = tags.get(frame.sentence.index);
  if (!tokens) {
    tokens = tokensOf(frame.sentence);
    tags.set(frame.sentence.index, tokens);
  }
  const units = unitsOf(tokens, frame.groups);
  const lemmaOf = (lemma: string, lower: string) => lex.forms.get(lower) ?? lemma;
  // A capitalised noun opening a sentence is tagged as a name, its plural kept ("Protests erupted").
  const nounLemma = (lemma: string) => (lex.nouns.has(lemma) ? lemma : singular(lemma));
  const preds = readPredicates(
    units,
    (lemma, u) => lex.verbs.has(lemmaOf(lemma, u.lower)),
    (lemma) => lex.nouns.has(nounLemma(lemma)),
  );
  const out: LexiconMatch[] = [];
  // The first verb the lexicon knows whose sides the reader could not name (see sidesByPosition).
  let unread: { entry: LexiconEntry; p: Predicate } | null = null;
  const nounHeads = preds.filter((p) => p.kind === 'noun').map((p) => p.head);
  // Doers of the nouns' own readings, by head: a verb whose subject such a noun heads does not turn on them.
  const nounDoers = new Map<number, Set<string>>();
  for (const read of preds) {
    const head = units[read.head]!;
    const lemma = read.kind === 'verb' ? lemmaOf(read.lemma, head.lower) : nounLemma(read.lemma);
    const entries = (read.kind === 'verb' ? lex.verbs : lex.nouns).get(lemma) ?? [];
    // "refused to hand over the detained soldiers to X": a particle the reader took for a preposition
    // ("over the soldiers") opens the object of a verb the lexicon knows with that particle.
    const particleObject = read.kind === 'verb' && !read.passive && !read.object && !!read.particle
      && entries.some((e) => e.particle === read.particle) ? read.preps.get(read.particle) ?? null : null;
    const p: Predicate = particleObject ? predicateWith(read, read.lemma, particleObject) : read;
    const entry = pickEntry(entries, p, (ph) => sectorsOf(frame, ph), units, (ph) => codesOf(frame, ph));
    if (!entry) continue;
    if (leavesInState(units, p)) continue;
    // recall13b: "police fired tear gas to disperse the crowd", "opened fire to disperse protesters": the dispersal is
    // the purpose of the force told before it, one deed, not a second one.
    if (p.kind === 'verb' && entry.type === 'COERCE' && entry.mode === 'crowd-control' && units[p.head - 1]?.lower === 'to'
      && out.some((m) => m.entry.type === 'ASSAULT' && m.trigger.start < head.start)) continue;
    // (a verb of answering blocks what it answers, "responded to the strikes", not the answer it gives, "responded with strikes")
    // (accuse16: a charge turned down, "rejected Indian allegations", is the owner's charge all the same)
    if (p.kind === 'noun' && p.governor && lex.blockingVerbs.has(p.governor.lemma) && p.introducedBy !== 'with' && !(entry.type === 'ACCUSE' && answered(entry, p))
      && !(p.governor.lemma === 'agree' && lex.agreedDeeds.has(nounLemma(p.lemma)))
      // request16: "ignored the threat by X to …": a threat reacted to was made.
      && !(lex.madeActTypes.has(entry.type) && lex.madeActVerbs.has(p.governor.lemma))) continue;
    // "said the curfew in Dhaka would be lifted": a noun heading the subject of a passive blocking verb
    // (after a verb of saying or none) is ended or refused, not done.
    if (p.kind === 'noun' && (!p.governor || isReportingVerb(p.governor.lemma)) && lex.blockingVerbs.has(passiveLemmaAfter(units, p.head + 1) ?? '')) continue;
    // material15: "US aid to Mali suspended following coup": a headline's bare participle of a blocking verb
    // after aid or cooperation holds it back as "was suspended" does (fighting "halted" still took place).
    if (p.kind === 'noun' && !p.governor && (entry.type === 'AID' || entry.type === 'COOPERATE')
      && lex.blockingVerbs.has(bareParticipleLemmaAfter(units, p.head + 1) ?? '')) continue;
    // "threatened to impose sanctions", "urged Kyiv to pull out": the deed is threatened or asked, not done.
    if (p.controller && lex.infinitiveBlocking.has(p.controller)) continue;
    // "support for the talks", "the implementation of the agreement": a noun inside another noun's
    // phrase is what that phrase is about, not an event told.
    if (p.kind === 'noun' && p.introducedBy && !p.governor && lex.nounBlockingPreps.has(p.introducedBy)
      && !entry.agent.includes(`clause-${p.introducedBy}`) && !entry.target.includes(`clause-${p.introducedBy}`) && !causeOf(units, p)) continue;
    // "Kinshasa said Rwanda's aggression must stop": a judging noun owned by a state is the teller's accusation.
    if (entry.judgement) {
      const judged = judgedParties(units, p, frame);
      if (judged.length) out.push({ entry, trigger: { start: head.start, end: head.end }, parties: judged });
      continue;
    }
    let reading = entry;
    let parties = sidesOf(entry, p, frame, units, nounHeads, previous, recipient, preds);
    // "Georgia protested to Russia", "lodged a strong protest with Beijing": a state's protest is a
    // complaint (ACCUSE), a crowd's a demonstration.
    if (parties === STATE_PROTEST) {
      reading = complaintOf(entry);
      parties = sidesOf(reading, p, frame, units, nounHeads, previous, recipient, preds);
    }
    // "U.S. and British strikes on Houthi targets in Yemen hit sites …, the Pentagon said": the verb retells
    // the noun's deed; none of the noun's doers is its victim.
    if (p.kind === 'noun') nounDoers.set(p.head, new Set(parties.map((x) => x.source.code)));
    else {
      const doers = doersOfSubjectNoun(units, p, nounDoers);
      if (doers) parties = parties.filter((x) => !doers.has(x.target.code));
    }
    if (parties.length === 0) {
      // (an entry that already looks for the next actor, or one named before, found none for a reason; a crowd's deed
      // needs a crowd; an entry that names no other side, or turns a deed on the doer's own people when none is
      // named ("detained a man"), means it; "called in a phone conversation", "backed away from": phrasal
      // verbs are left alone)
      if (!unread && p.kind === 'verb' && !p.passive && !p.controller && !reading.particle && !p.particle && !reading.crowdSubject
        && reading.target.length > 0 && !reading.inwardTarget
        && !reading.target.includes('next') && !reading.target.includes('previous')) unread = { entry: reading, p };
      continue;
    }
    const teller = lex.allegedDeeds.has(reading.type) && p.kind === 'verb' ? allegingTeller(units, p.head, frame) : null;
    // "Thailand's army said Cambodian forces had shelled a village": a deed aimed at no side named, told
    // by another state's forces, was aimed at the teller's own ground, not at the doer's own people. Only
    // forces and police report their own front so; a state at large ("The United States said …") may be
    // telling a war elsewhere.
    if (teller && isStateCode(teller.code) && eventLexicon().frontTellerSectors.has(teller.sector ?? '')) {
      parties = parties.map((x) => (x.inward && x.source.code !== teller.code ? { source: x.source, target: { code: teller.code, sector: null } } : x));
    }
    // "pledged $10 million to Vanuatu", "announced funding for Bangladesh": aid promised is planned.
    const promised = lex.promisedTypes.has(reading.type)
      && lex.promiseVerbs.has(p.kind === 'verb' ? lemmaOf(p.lemma, head.lower) : p.governor?.lemma ?? '');
    out.push({ entry: reading, trigger: { start: head.start, end: head.end }, parties, ...(promised ? { promised: true } : {}) });
    if (lex.allegedDeeds.has(reading.type) && p.kind === 'verb') {
      // The side that suffered the deed tells it as an accusation (the teller is its target, or the deed
      // names no other state and the teller stands for its victim); a third party's report is news.
      const accused = teller
        ? parties.filter((x) => x.source.code !== teller.code && (x.target.code === teller.code || x.target.code === x.source.code))
        : [];
      if (teller && accused.length > 0) {
        const pairs = [...new Map(accused.map((x) => [x.source.code, { source: teller, target: { code: x.source.code, sector: x.source.sector } }])).values()];
        out.push({ entry: allegationOf(reading), trigger: { start: head.start, end: head.end }, parties: pairs });
      }
    }
  }
  if (unread && out.length === 0) {
    const parties = sidesByPosition(units, unread.p, frame);
    if (parties) out.push({ entry: unread.entry, trigger: { start: units[unread.p.head]!.start, end: units[unread.p.head]!.end }, parties: [parties] });
  }
  return out;
}

/**
 * The sides of a known verb the reader could not attach, by position, as a keyword coder would: the verb's
 * subject names one state, its object and prepositional phrases name no actor at all, and the rest of its
 * clause names one other state, outside any phrase of its own or as the subject of a relative clause about
 * the object ("expelled two diplomats that Latvia had sent"). Where the reader saw a party after the verb and
 * still read no event, it had a reason (a judged deed's victims, the one asked to punish another): such verbs
 * stay unread. A sentence naming more states on either side is left unread too.
 */
function sidesByPosition(units: readonly Unit[], p: Predicate, frame: SentenceFrame): { source: Side; target: Side } | null {
  const lex = eventLexicon();
  const statesIn = (from: number, to: number): string[] => {
    const codes = new Set<string>();
    for (let k = from; k < to; k++) {
      const g = units[k]!.group;
      if (g === null || frame.groups[g]!.quoted || bracketed(units, k)) continue;
      const opener = phraseOpener(units, k);
      if (openedBy(opener, lex.positionalExcluded) || openedBy(opener, lex.placePrepositions)) continue;
      if (k > p.head && innerToRelative(units, p.head, k)) continue;
      for (const c of frame.groups[g]!.codes) if (isStateCode(c)) codes.add(c);
    }
    return [...codes];
  };
  const subject = (p.subject?.groups ?? []).flatMap((g) => frame.groups[g]!.codes).filter((c) => isStateCode(c));
  if (new Set(subject).size !== 1) return null;
  // "may (also) seek help from China if …": a deed only possible or owed is for the reader to weigh, not for position.
  let m = p.head - 1;
  while (m >= 0 && units[m]!.group === null && (units[m]!.pos === 'ADV' || units[m]!.lower === 'not')) m--;
  if (lex.positionalModals.has(units[m]?.lower ?? '')) return null;
  if ((p.object?.groups.length ?? 0) > 0 || (p.second?.groups.length ?? 0) > 0 || [...p.preps.values()].some((ph) => ph.groups.length > 0)) return null;
  const before = statesIn(0, p.head);
  const after = statesIn(p.head + 1, clauseEndAfter(units, p.head));
  if (before.length !== 1 || after.length !== 1 || before[0] !== subject[0] || after[0] === subject[0]) return null;
  return { source: { code: subject[0]!, sector: null }, target: { code: after[0]!, sector: null } };
}

const NOUN_PHRASE_WORDS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN']);

/**
 * Whether the actor unit at `k`, after the verb at `head`, stands inside a restrictive relative clause
 * ("firms that sold arms to Nigeria", "a man who had travelled from Nigeria") other than as its subject
 * ("remarks that a Nigerian minister made" names the maker of the object): the inner verb's own sides are
 * no side of the verb read by position.
 */
function innerToRelative(units: readonly Unit[], head: number, k: number): boolean {
  let rel = -1;
  for (let j = k - 1; j > head; j--) if (units[j]!.group === null && RELATIVE_WORDS.has(units[j]!.lower)) { rel = j; break; }
  if (rel < 0) return false;
  let j = rel + 1;
  while (j < k && units[j]!.group === null && NOUN_PHRASE_WORDS.has(units[j]!.pos)) j++;
  if (j !== k) return true;
  // the relative's subject: its own verb follows (nouns of its phrase, auxiliaries and adverbs between)
  let v = k + 1;
  while (v < units.length && units[v]!.group === null && NOUN_PHRASE_WORDS.has(units[v]!.pos)) v++;
  while (v < units.length && units[v]!.group === null && (units[v]!.pos === 'AUX' || units[v]!.pos === 'ADV' || units[v]!.pos === 'PART')) v++;
  return !(units[v] && units[v]!.group === null && units[v]!.pos === 'VERB');
}

/** The word that opens the phrase of the actor unit at `k` (over the words of its noun phrase), and the word before it. */
function phraseOpener(units: readonly Unit[], k: number): readonly [Unit | undefined, Unit | undefined] {
  let j = k - 1;
  while (j >= 0 && units[j]!.group === null && NOUN_PHRASE_WORDS.has(units[j]!.pos)) j--;
  const w = units[j];
  if (!w || w.group !== null) return [undefined, undefined];
  const before = units[j - 1];
  return [w, before && before.group === null ? before : undefined];
}

/**
 * Whether a phrase is opened by one of the words: "fought alongside Ethiopia's army", or by a preposition
 * right after one ("including to Libya").
 */
function openedBy([w, before]: readonly [Unit | undefined, Unit | undefined], words: ReadonlySet<string>): boolean {
  if (!w) return false;
  return words.has(w.lower) || (w.pos === 'ADP' && !!before && words.has(before.lower));
}

/** Whether the unit at `k` stands inside brackets ("(half of it from Japan)"): an aside, not a side. */
function bracketed(units: readonly Unit[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const w = units[j]!.lower;
    if (w === ')') return false;
    if (w === '(') return true;
  }
  return false;
}

/**
 * Where the part of the sentence that may name the verb's other side ends: at a clause of its own, opened by
 * a conjunction or a relative word after a comma (", but Moscow …", ", which Togo had opposed"), a semicolon,
 * a subordinating word ("if the IMF refuses") or an infinitive ("its decision to close the border with
 * Belarus"), whose states have roles of their own. A restrictive relative goes on (see innerToRelative).
 */
function clauseEndAfter(units: readonly Unit[], head: number): number {
  for (let k = head + 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.group !== null) continue;
    if (u.lower === ';') return k;
    if (u.lower === ',' && (units[k + 1]?.pos === 'CCONJ' || units[k + 1]?.pos === 'SCONJ' || RELATIVE_WORDS.has(units[k + 1]?.lower ?? ''))) return k;
    if (u.pos === 'SCONJ' && u.lower !== 'that') return k;
    if (u.lower === 'to' && units[k + 1]?.pos === 'VERB') return k;
  }
  return units.length;
}

/**
 * The doers of an event noun that heads the subject of the verb `p` ("strikes" in "U.S. strikes on X in Y
 * hit …"): a noun read before the verb with no verb or clause mark between them; null when none.
 */
function doersOfSubjectNoun(units: readonly Unit[], p: Predicate, nounDoers: ReadonlyMap<number, ReadonlySet<string>>): ReadonlySet<string> | null {
  if (p.passive || !p.subject || p.subject.end <= 0) return null;
  // "expressed gratitude to Japan for donating …": a gerund after "for" has a subject lent to it, headed by no noun of its own.
  if (units[p.head - 1]?.lower === 'for' && units[p.head - 1]!.group === null) return null;
  for (let k = p.subject.end - 1; k >= 0 && p.head - k <= 14; k--) {
    const doers = nounDoers.get(k);
    if (doers) return doers;
    const u = units[k]!;
    if (u.group === null && (u.pos === 'VERB' || u.lower === ',' || u.lower === ';' || RELATIVE_WORDS.has(u.lower))) return null;
  }
  return null;
}

const RELATIVE_WORDS = new Set(['who', 'which', 'that']);

/**
 * Who tells the deed at `head` as a claim: the subject of an alleging verb before it ("Kyiv said (that)
 * Russian troops had shelled …", "officials in Kyiv claimed …"), or the party named with one after it
 * (", the Ukrainian army said"). Null when no party tells it or the telling is a question of reporting
 * only (no actor).
 */
function allegingTeller(units: readonly Unit[], head: number, frame: SentenceFrame): Side | null {
  const lex = eventLexicon();
  const alleges = (u: Unit | undefined) => !!u && u.group === null && (u.pos === 'VERB' || u.pos === 'AUX') && lex.allegingVerbs.has(u.lemma);
  // Before: the nearest alleging verb, with an actor just before it and no other verb between it and the deed.
  for (let k = head - 1; k > 0; k--) {
    const u = units[k]!;
    if (u.lower === ';' || u.lower === '“' || u.lower === '"') break;
    // Another verb, or a clause joined by a conjunction after a comma, tells the deed outside the
    // saying verb's complement ("Russia said it would keep talking, while Ukrainian drones attacked …").
    if (u.lower === ',' && (units[k + 1]?.pos === 'CCONJ' || units[k + 1]?.pos === 'SCONJ')) break;
    // "Kigali said Congolese forces, which had been fighting alongside militias, had shelled …": an aside
    // opened by a relative word tells about the doer, not the deed; the teller is before it.
    if (u.lower === ',') {
      const open = asideStart(units, k);
      if (open !== null) {
        k = open;
        continue;
      }
    }
    if (u.group === null && u.pos === 'VERB' && !alleges(u)) break;
    if (!alleges(u)) continue;
    let j = k - 1;
    while (j >= 0 && units[j]!.group === null && (units[j]!.pos === 'ADV' || units[j]!.pos === 'AUX' || units[j]!.pos === 'PART')) j--;
    // "Ukraine's military intelligence (HUR) says": a short gloss in brackets after the teller
    const gloss = glossStart(units, j);
    if (gloss < j) j = gloss - 1;
    // "Rwanda's government spokeswoman said": a speaker's noun the actor reading left out, right after the actor.
    let n = j;
    while (n >= 0 && j - n < 2 && units[n]!.group === null && units[n]!.pos === 'NOUN') n--;
    if (n < j && n >= 0 && units[n]!.group !== null) j = n;
    const g = units[j]?.group;
    return g === null || g === undefined ? null : sidesOfGroup(frame, g)[0] ?? null;
  }
  // After: ", X said" or ", said X" closing the sentence part.
  for (let k = head + 1; k < units.length - 1; k++) {
    const u = units[k]!;
    if (u.lower === ';') break;
    if (u.lower !== ',') continue;
    const a = units[k + 1]!;
    const b = units[k + 2];
    if (a.group !== null && alleges(b)) return sidesOfGroup(frame, a.group)[0] ?? null;
    if (alleges(a) && b?.group !== null && b?.group !== undefined) return sidesOfGroup(frame, b.group)[0] ?? null;
  }
  return null;
}

/** The comma opening a relative aside (", which …," / ", who …,") that the comma at `close` ends, or null. */
function asideStart(units: readonly Unit[], close: number): number | null {
  for (let j = close - 1; j > 0 && close - j <= 15; j--) {
    const w = units[j]!;
    if (w.lower === ';' || w.lower === '.') return null;
    if (w.lower !== ',') continue;
    const first = units[j + 1];
    return first && first.group === null && RELATIVE_WORDS.has(first.lower) && first.lower !== 'that' ? j : null;
  }
  return null;
}

/**
 * The accusations a judging noun carries: from the party that tells it with a verb of saying (before it,
 * "Kyiv said Moscow's provocations …", or after it, "…, Kyiv said") to the state that owns the noun
 * ("Moscow's", "Russian"). A noun told by nobody, or owned by its own teller, is no accusation.
 */
function judgedParties(units: readonly Unit[], p: Predicate, frame: SentenceFrame): Array<{ source: Side; target: Side }> {
  if (p.kind !== 'noun') return [];
  const owners = p.before.flatMap((g) => sidesOfGroup(frame, g)).filter((x) => isStateCode(x.code) && (!x.sector || !eventLexicon().crowdSectors.has(x.sector)));
  if (owners.length === 0) return [];
  const teller = allegingTeller(units, p.head, frame);
  if (!teller || !isStateCode(teller.code)) return [];
  const accused = [...new Set(owners.map((x) => x.code))].filter((code) => code !== teller.code);
  return accused.map((code) => ({ source: teller, target: { code, sector: null } }));
}

const allegations = new Map<string, LexiconEntry>();

/** The accusation a told deed carries: ACCUSE allege, the teller against the doer. */
function allegationOf(entry: LexiconEntry): LexiconEntry {
  let a = allegations.get(entry.id);
  if (!a) {
    a = { ...entry, id: `${entry.id}-alleged`, type: 'ACCUSE', mode: 'allege', cameo: '112', domestic: false, sectors: {} };
    allegations.set(entry.id, a);
  }
  return a;
}

/** What sidesOf answers for a protest made by a state rather than a crowd. */
/** A source and target; `inward` where the target is the doer's own people only because the deed named no other side. */
interface PartyPair { readonly source: Side; readonly target: Side; readonly inward?: true }

const STATE_PROTEST: PartyPair[] = [];
const complaints = new Map<string, LexiconEntry>();

/** The complaint reading of a protest entry: ACCUSE, the other side after "to", "with", "against" or "over". */
function complaintOf(entry: LexiconEntry): LexiconEntry {
  let c = complaints.get(entry.id);
  if (!c) {
    c = {
      ...entry, id: `${entry.id}-complaint`, type: 'ACCUSE', mode: 'disapprove', cameo: '111', crowdSubject: false, complaintIfState: false,
      domestic: false, sectors: {}, target: ['to', 'with', 'against', 'over', 'at', 'object'],
    };
    complaints.set(entry.id, c);
  }
  return c;
}


// Answers already given, per word list: a sentence is asked about as a line, as a sentence that may hold a
// one-party event and by the lexicon reading (twice where the document is read again). Cleared when large.
const mayHoldAnswers = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();
const MAY_HOLD_KEPT = 4096;

/**
 * Whether one of the sentence's words is a form the lexicon knows (tagging costs; most sentences have none).
 * The words are what the expression [a-z]+(?:-[a-z]+)* finds, left to right, in the lower-cased text (runs of
 * a-z joined by single hyphens), read with a plain loop: the expression's match objects cost more than the look-ups.
 */
export function mayHoldEvent(sentence: string, forms: ReadonlySet<string>): boolean {
  let answers = mayHoldAnswers.get(forms);
  if (!answers) mayHoldAnswers.set(forms, (answers = new Map()));
  const known = answers.get(sentence);
  if (known !== undefined) return known;
  if (answers.size >= MAY_HOLD_KEPT) answers.clear();
  const answer = holdsForm(sentence.toLowerCase(), forms);
  answers.set(sentence, answer);
  return answer;
}

function isLowerLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

function holdsForm(lower: string, forms: ReadonlySet<string>): boolean {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isLowerLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n && isLowerLetter(lower.charCodeAt(i))) i++;
    // A hyphen joins the next run of letters (none after it: the word ends before it).
    while (i + 1 < n && lower.charCodeAt(i) === 45 && isLowerLetter(lower.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isLowerLetter(lower.charCodeAt(i))) i++;
    }
    if (forms.has(lower.slice(start, i))) return true;
  }
  return false;
}

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && /(?:sh|ch|ss|x)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Whether the verb is followed by a short subject, a modal and a verb of consequence ("warned (that) it would result in …"). */
function forecastAfter(units: readonly Unit[], head: number, speaker: (group: number) => boolean): boolean {
  // The modal within a short subject after the verb ("warned it would", "warned that this move could").
  let k = head + 1;
  // verbal15: "warned in a call with his French counterpart that relations could fall …": a phrase with no
  // verb between the warning and its "that" is passed over; the foretold clause starts after "that".
  for (let j = head + 1; j < units.length && j <= head + 14; j++) {
    if (units[j]!.pos === 'VERB' || units[j]!.lower === '.' || units[j]!.lower === ';') break;
    if (units[j]!.lower === 'that') {
      k = j + 1;
      break;
    }
  }
  const start = k;
  while (k < units.length && k <= start + 4 && !isModal(units[k]!.lower)) {
    if (units[k]!.pos === 'VERB' || units[k]!.pos === 'PUNCT') return false;
    k++;
  }
  if (!isModal(units[k]?.lower ?? '')) return false;
  // "warned it would hurt US interests" with "it" the speaker, "warned they would …": the speaker's own
  // deed may be a threat ("it" read as another party, "warned it would result in …", stays a forecast).
  const subject = units.slice(start, k);
  if (subject.some((u) => (u.group !== null && speaker(u.group)) || eventLexicon().forecastOwnSubjects.has(u.lower))) return false;
  // "warned that Pakistan's economy would contract": another party (or what it owns) is the subject of what
  // is foretold; only a reprisal named after the verb (checked by the caller) makes it a threat.
  if (subject.some((u) => u.group !== null)) return true;
  // "would result in", "could further destabilise": a consequence foretold, not a deed the speaker will do.
  const verb = units[k + 1]?.pos === 'ADV' ? units[k + 2] : units[k + 1];
  return !!verb && eventLexicon().forecastVerbs.has(verb.lemma);
}


/** Whether the verb at `head` is the "to" infinitive (an adverb may stand between) of one of `words`: "agreed to (further) cooperate". */
function controlledBy(units: readonly Unit[], head: number, words: ReadonlySet<string>): boolean {
  let k = head - 1;
  if (units[k]?.pos === 'ADV' && units[k]!.group === null) k--;
  const to = units[k], word = units[k - 1];
  return !!to && to.lower === 'to' && to.group === null && !!word && word.group === null && (words.has(word.lemma) || words.has(word.lower));
}

/**
 * Whether the object is the subject of a clause that follows it: the first verb after the object and its
 * phrases ("announced a deal with Kazakhstan was off", "announced the accord had collapsed") is one of `words`.
 */
function objectClauseHas(units: readonly Unit[], at: number, words: ReadonlySet<string>): boolean {
  for (let k = at; k < units.length && k <= at + 8; k++) {
    const u = units[k]!;
    if (u.pos === 'PUNCT' || u.pos === 'CCONJ' || u.pos === 'SCONJ' || u.pos === 'PRON') return false;
    if (u.group !== null) continue;
    if (u.pos === 'VERB' || u.pos === 'AUX') return words.has(u.lower) || words.has(u.lemma);
  }
  return false;
}

/** Whether a "to …" infinitive starting at `at` names, within six words, one of `words`. */
function infinitiveHas(units: readonly Unit[], at: number, words: ReadonlySet<string>): boolean {
  if (units[at]?.lower !== 'to') return false;
  for (let k = at + 1; k < units.length && k <= at + 6; k++) {
    const u = units[k]!;
    if (u.pos === 'PUNCT') return false;
    if (words.has(u.lower) || words.has(u.lemma)) return true;
  }
  return false;
}

/** Whether one of a phrase's nouns, as written or in the singular, is in the word list. */
function namesOneOf(nouns: readonly string[] | undefined, words: ReadonlySet<string>): boolean {
  return (nouns ?? []).some((n) => words.has(n) || words.has(singular(n)));
}

/** Whether one of `words` follows the verb at `head` within its sentence part ("called the move a provocation"). */
function hasComplement(units: readonly Unit[], head: number, words: ReadonlySet<string>, reach = 16): boolean {
  for (let k = head + 1; k < units.length && k <= head + reach; k++) {
    const u = units[k]!;
    if (u.lower === ';' || u.lower === '.') break;
    if (u.group === null && (words.has(u.lower) || words.has(u.lemma))) return true;
    // sent17: a list may name two-word phrases ("step down", "to resign"), found close to the verb only (six units on).
    if (u.group === null && k <= head + 6 && units[k + 1] && words.has(`${u.lemma} ${units[k + 1]!.lower}`)) return true;
  }
  return false;
}

/**
 * "sent aircraft for the relief effort", "gathered to mourn the victims": one of `words` inside the verb's own
 * purpose, a "for" phrase or "to" infinitive in its clause (not "weeks after floods hit", not ", ignoring
 * humanitarian concerns").
 */
function purposeHas(units: readonly Unit[], head: number, words: ReadonlySet<string>, reach = 30): boolean {
  const { purposeOpeners, purposeStops, purposeAsides, cargoWords, cargoParticiples } = eventLexicon();
  let inPurpose = false;
  for (let k = head + 1; k < units.length && k <= head + reach; k++) {
    const u = units[k]!;
    if (u.group !== null) continue;
    if (purposeStops.has(u.lower)) break;
    if (purposeAsides.has(u.lower)) inPurpose = false;
    else if (purposeOpeners.has(u.lower)) inPurpose = true;
    // world17: "dispatched a ship loaded with humanitarian aid": the cargo a vessel carries tells its errand too.
    else if (cargoWords.has(u.lower) || (u.lower === 'with' && cargoParticiples.has(units[k - 1]?.lower ?? ''))) inPurpose = true;
    // "gathered to protest the law in a festival atmosphere": a phrase after the purpose's noun is not it
    else if (inPurpose && u.pos === 'ADP' && u.lower !== 'of' && (units[k - 1]?.pos === 'NOUN' || units[k - 1]?.pos === 'PROPN')) inPurpose = false;
    else if (inPurpose && (words.has(u.lower) || words.has(u.lemma))) return true;
  }
  return false;
}

/** Sectors all of crowds (workers, protesters …): such a doer neither bombs nor censors. */
function isCrowd(sectors: readonly string[]): boolean {
  return sectors.length > 0 && sectors.every((x) => eventLexicon().crowdSectors.has(x));
}

/** "warned of consequences", not "warned of a catastrophe": after "of"/"about" right after the verb, one of `nouns` must follow. */
function aboutFits(units: readonly Unit[], p: Predicate, nouns: ReadonlySet<string>): boolean {
  let k = p.head + 1;
  while (units[k]?.pos === 'ADV') k++;
  const word = units[k]?.lower;
  if (word !== 'of' && word !== 'about') return true;
  return (p.preps.get(word)?.nouns ?? []).some((n) => nouns.has(n) || nouns.has(singular(n)));
}

/** The parties of a phrase that lead the body it names ("the Kenyan-led mission": Kenya). */
function leadersOf(units: readonly Unit[], ph: Phrase): number[] {
  return ph.groups.filter((g) => units.some((u, k) => u.group === g && isLeader(units, k)));
}

/** The phrase without the parties that lead the body it names ("to the Kenyan-led mission": no party left). */
function withoutLeaders(units: readonly Unit[], ph: Phrase | undefined): Phrase | undefined {
  const leaders = ph ? leadersOf(units, ph) : [];
  return ph && leaders.length ? { ...ph, groups: ph.groups.filter((g) => !leaders.includes(g)) } : ph;
}

/** Sectors of the actors of a phrase. */
function sectorsOf(frame: SentenceFrame, ph: Phrase | null): string[] {
  return (ph?.groups ?? []).flatMap((g) => frame.groups[g]?.mentions.map((m) => m.sector ?? '') ?? []);
}

/** Codes of the actors of a phrase. */
function codesOf(frame: SentenceFrame, ph: Phrase | null): string[] {
  return (ph?.groups ?? []).flatMap((g) => frame.groups[g]?.codes ?? []);
}

/**
 * The reading whose particle, object and modifier conditions the predicate meets: one with a particle
 * at once, else the first whose object or modifier list it meets ("struck a deal" before "struck"),
 * else the first without such a list.
 */
function pickEntry(entries: readonly LexiconEntry[], p: Predicate, sectors: (ph: Phrase | null) => string[], units: readonly Unit[], codes: (ph: Phrase | null) => string[]): LexiconEntry | null {
  // "$100 million in aid", "5,000 tons of flour": the noun after "in" names what was given; so do the
  // second object ("granted Kenya a loan", "was awarded the order") and, after an actor object, the
  // "with" phrase ("supplied Armenia with armoured vehicles").
  // A capitalised noun opening a sentence keeps its plural ("Restrictions … were eased").
  const actorObject = !p.passive && !!p.object && p.object.groups.length > 0;
  // The "in" phrase counts only right after the object ("$40 million in assistance"), not as the place of a
  // passive's deed ("supplies … were handed over to Afghan officials in the border town").
  const amountIn = !(p.kind === 'verb' && p.passive) || units[p.head + 1]?.lower === 'in';
  // Read only for an entry with an object list (most entries have none).
  let objectNounsRead: string[] | undefined;
  const objectNouns = (): string[] => (objectNounsRead ??= [
    ...(p.passive ? p.subject?.nouns ?? [] : p.object?.nouns ?? []), ...(amountIn ? p.preps.get('in')?.nouns ?? [] : []), ...(p.second?.nouns ?? []),
    ...(actorObject ? p.preps.get('with')?.nouns ?? [] : []),
    // "pledged $100,000 to Fiji": a bare sum written with a currency sign is money given
    ...(p.kind === 'verb' && !p.passive && p.object && moneySign(units, p.head + 1, p.object.end) ? ['dollar'] : []),
    // "a request Baghdad declined": the noun the verb's clause hangs on is its object
    ...[relativeObject(units, p)].filter((n): n is string => n !== null),
    // "data released by the ministry": a passive participle with no subject hangs on the noun just before it
    ...[reducedRelativePatient(units, p)].filter((n): n is string => n !== null),
  // A headline in title case ("Russia Expels Three Slovak Diplomats") tags its nouns as names: compare them in lower case.
  ].flatMap((n) => (n === n.toLowerCase() ? [n, singular(n)] : [n, singular(n), n.toLowerCase(), singular(n.toLowerCase())])));
  // "targeting Russia's defence and high-technology industries": the phrase read stops at "and"; the nouns of the
  // conjunct after it (naming no actor) may also say what the verb was done to (read for `objectNot` only).
  let conjunctRead: string[] | undefined;
  const conjunctNouns = (): string[] => (conjunctRead ??= (() => {
    const ob = p.kind === 'verb' && !p.passive ? p.object : null;
    if (!ob || !['and', 'or'].includes(units[ob.end]?.lower ?? '')) return [];
    const next = readPhrase(units, ob.end + 1);
    return next.groups.length ? [] : next.nouns.flatMap((n) => [n, singular(n)]);
  })());
  let fallback: LexiconEntry | null = null;
  let specific: LexiconEntry | null = null;
  for (const e of entries) {
    // "agreed with the assessment of …": a phrase headed by one of these nouns names no party.
    if (e.phraseNot.size && [...p.preps.values()].some((ph) => ph.nouns.length > 0 && e.phraseNot.has(singular(ph.nouns[0]!)))) continue;
    // "asked Namibia for forgiveness": the preposition may also follow an actor object, one that ends on the
    // actor ("called Kyrgyzstan a reliable partner for Astana" names a partner, no call for anything).
    const afterObject = !!e.followedBy && actorObject && units[p.object!.end - 1]?.group !== null && units[p.object!.end]?.lower === e.followedBy;
    if (e.followedBy && !followedBy(units, p.head, e.followedBy) && !afterObject) continue;
    // "called for stronger sanctions against X": what is called for counts as the object.
    const called = e.followedBy ? (p.preps.get(e.followedBy)?.nouns ?? []).flatMap((n) => [n, singular(n)]) : [];
    if (e.objectNot.size && [...objectNouns(), ...called, ...conjunctNouns()].some((n) => e.objectNot.has(n))) continue;
    // "the attack demonstrates the regime's recklessness": a verb of crowds read only without an object is no deed with one.
    if (e.objectless && p.kind === 'verb' && !p.passive && (p.object?.nouns.length ?? 0) > 0) continue;
    if (e.modifiers && !p.modifiers.slice(0, 2).some((m) => e.modifiers!.has(m)) && !(e.actorModifier && p.before.length > 0)) continue;
    if (e.subjectSectors && !(p.passive ? [] : sectors(p.subject)).some((x) => e.subjectSectors!.has(x))) continue;
    if (p.modifiers.some((m) => e.unless.has(m))) continue;
    // "expressed support for X", and also "Turkey's support for X": an owner tells whose the deed is.
    if (e.governed && !p.governor && !(p.possessed && e.ownerActs)) continue;
    if (p.introducedBy && e.notAfter.has(p.introducedBy)) continue;
    // "the ambassador was recalled for consultations": the consultations are a recall's pretext, no meeting.
    if (p.clauseVerb && e.clauseNot.has(p.clauseVerb)) continue;
    // "asked for forgiveness": with `followedBy`, what follows the preposition may meet the object list.
    if (e.objects && ![...objectNouns(), ...called].some((n) => e.objects!.has(n))) continue;
    // mob15: "the army was put on high alert": in a passive the reader takes the complement's "on" for a particle.
    const onComplement = p.kind === 'verb' && p.passive && p.particle === 'on';
    if (e.complement && ((p.particle && !onComplement) || !hasComplement(units, p.head, e.complement))) continue;
    // "mobilised its transport aircraft for the relief effort in Nepal": forces sent for relief are no show of force.
    if (e.purposeNot && p.kind === 'verb' && purposeHas(units, p.head, e.purposeNot)) continue;
    // the governor's word as written too: the tagger lemmatises some forms oddly ("staged" → "stag")
    if (e.governorNot.size && p.governor && (e.governorNot.has(p.governor.lemma) || e.governorNot.has(p.governor.lower ?? ''))) continue;
    if (e.governedBy && !(p.governor && (e.governedBy.has(p.governor.lemma) || e.governedBy.has(p.governor.lower ?? '')))) continue;
    // (a noun's own owner, when it has one, tells whose it is: "accepted the miners' demand", request16)
    if (e.notCrowd && isCrowd(p.kind === 'verb' ? (p.passive ? [] : sectors(p.subject))
      : sectors(phrase(p.before, [], 0)).length ? sectors(phrase(p.before, [], 0)) : sectors(p.governor?.subject ?? null))) continue;
    if (e.prepNot.size && [...p.preps.keys()].some((k) => e.prepNot.has(k))) continue;
    if (e.notFollowedBy.size && e.notFollowedBy.has(wordAfter(units, p.head))) continue;
    if (e.infinitiveNot && p.kind === 'verb' && p.object && infinitiveHas(units, p.object.end, e.infinitiveNot)) continue;
    if (e.objectClauseNot && p.kind === 'verb' && !p.passive && p.object && objectClauseHas(units, p.object.end, e.objectClauseNot)) continue;
    if (e.controllerNot && p.kind === 'verb' && controlledBy(units, p.head, e.controllerNot)) continue;
    if (e.objectInfinitive && !(p.kind === 'verb' && !p.passive && actorObject && infinitiveAfter(units, p.object!.end))) continue;
    if (e.aboutNouns && !aboutFits(units, p, e.aboutNouns)) continue;
    // "Mali ended the French military presence": what is ended is another party's, so the host sanctions, not withdraws.
    if (e.ownObject && p.kind === 'verb' && (() => {
      const doers = new Set(codes(p.passive ? p.preps.get('by') ?? null : p.subject));
      return codes(p.passive ? p.subject : p.object).some((c) => !doers.has(c));
    })()) continue;
    // "supported Namibia with 1.1 billion euros": what the "with" phrase gives makes the reading.
    if (e.withNouns && !namesOneOf(p.preps.get('with')?.nouns, e.withNouns)) continue;
    if (e.subjectNot.size && (p.subject?.nouns ?? []).some((n) => e.subjectNot.has(n) || e.subjectNot.has(singular(n)))) continue;
    // world17: "the Kataeb Hezbollah militia backed by Iran": a passive whose subject is an armed group describes the group.
    if (e.passiveSubjectNot && p.kind === 'verb' && p.passive && (p.subject?.nouns ?? []).some((n) => e.passiveSubjectNot!.has(n) || e.passiveSubjectNot!.has(singular(n)))) continue;
    // "the earthquake that struck southern Turkey": a relative's subject is the noun it follows, which the
    // reader may pass over for a party named before it.
    if (e.subjectNot.size && p.kind === 'verb' && relativeAntecedentIn(units, p.head, e.subjectNot)) continue;
    // "appointed X as its ambassador to Y": the post named in the "as" phrase makes the reading.
    if (e.asNouns && !namesOneOf(p.preps.get('as')?.nouns, e.asNouns)) continue;
    // "assured Y of its full support": what the "of" phrase holds makes the reading (the phrase reader keeps
    // "Y of Turkey's support" as one object phrase, so its nouns are looked at too).
    if (e.ofNouns && !namesOneOf(p.preps.get('of')?.nouns, e.ofNouns) && !(p.kind === 'verb' && namesOneOf(p.object?.nouns, e.ofNouns))) continue;
    // "came under fire from Tajik positions": a military "from" phrase tells shooting from the idiom of criticism.
    if (e.fromNouns && !namesOneOf(p.preps.get('from')?.nouns, e.fromNouns)) continue;
    if (e.particle) {
      if (p.particle === e.particle) return e;
      continue;
    }
    // A verb with a particle the entry does not name is another verb ("break out", "pull out").
    if (p.particle && p.kind === 'verb' && entries.some((x) => x.particle === p.particle)) continue;
    if (e.objects || e.modifiers || e.withNouns || e.asNouns || e.ofNouns || e.fromNouns) specific ??= e;
    fallback ??= e;
  }
  return specific ?? fallback;
}


/**
 * The party of an exchange phrase that opens the sentence before `head` ("In a letter to X,", "During talks
 * with X on Monday,", "Speaking to X by phone,"; the phrase's end as `openingPhraseComma` reads it). One
 * party only, else none.
 */
function openingAddressee(units: readonly Unit[], head: number): number[] {
  const lex = eventLexicon();
  const end = openingPhraseComma(units);
  if (end < 0 || end >= head || !lex.addresseeOpeners.has(units[0]!.lower)) return [];
  // The act must be the main clause's first verb ("In a meeting with X, Y said Z had asked …" is Z's request, not to X).
  if (units.slice(end + 1, head).some((w) => w.group === null && (w.pos === 'VERB' || w.pos === 'AUX'))) return [];
  // "Speaking to X by phone,": the gerund is the exchange itself.
  let framed = units[0]!.pos === 'VERB';
  let toward = false;
  let closed = false;
  const groups: number[] = [];
  for (let k = 1; k < end; k++) {
    const u = units[k]!;
    if (u.group !== null) {
      if (toward && !closed) groups.push(u.group);
      continue;
    }
    // "At a meeting with Biden in Washington,": the place after the party is no second addressee; and only
    // the first "to"/"with" phrase may name one ("Speaking to reporters after talks with X,": none).
    if (toward && u.pos === 'ADP') closed = true;
    if (lex.addresseeFrames.has(u.lemma) || lex.addresseeFrames.has(u.lower)) framed = true;
    else if (framed && (u.lower === 'to' || u.lower === 'with')) toward = true;
    else if (u.pos === 'VERB' && k > 1) return [];
  }
  // A list of parties ("talks with A, B and C,") names no one addressee.
  return framed && toward && groups.length === 1 ? groups : [];
}

/** Whether the verb's object holds a capitalised word that is no actor ("the West", "Western countries"). */
function namesUncodedParty(units: readonly Unit[], p: Predicate, frame: SentenceFrame): boolean {
  if (p.kind !== 'verb' || p.passive || !p.object) return false;
  const { text, span } = frame.sentence;
  for (let k = p.head + 1; k < p.object.end; k++) {
    const u = units[k]!;
    if (u.group === null && /^\p{Lu}/u.test(text.slice(u.start - span.start, u.end - span.start))) return true;
  }
  return false;
}

/** Whether a "to" infinitive (or "not to") opens at unit `at`: "told Manila (not) to stop". */
function infinitiveAfter(units: readonly Unit[], at: number): boolean {
  const k = units[at]?.lower === 'not' ? at + 1 : at;
  return units[k]?.group === null && units[k]!.lower === 'to' && units[k + 1]?.group === null && units[k + 1]!.pos === 'VERB';
}

/** Whether a currency sign opens the units from `from` to `end` (the object phrase of a verb). */
function moneySign(units: readonly Unit[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 3; k++) if (units[k]!.group === null && isMoneySign(units[k]!.lower)) return true;
  return false;
}

/** The word right after the verb at `head`, adverbs aside (lower case; '' at the end). */
function wordAfter(units: readonly Unit[], head: number): string {
  let k = head + 1;
  while (units[k]?.pos === 'ADV') k++;
  return units[k]?.lower ?? '';
}

/** Whether "each other" or "one another" follows the verb at `head`. */
function eachOther(units: readonly Unit[], head: number): boolean {
  const a = units[head + 1]?.lower;
  const b = units[head + 2]?.lower;
  return a === 'each' && b === 'other' || a === 'one' && b === 'another';
}

/** Whether the preposition `prep` follows the verb at `head`, adverbs aside ("called urgently for …"). */
function followedBy(units: readonly Unit[], head: number, prep: string): boolean {
  let k = head + 1;
  while (units[k]?.pos === 'ADV' && units[k]!.group === null) k++;
  return units[k]?.group === null && units[k]!.lower === prep;
}

/** A noun governed by a verb of receiving whose "from" phrase names a doer ("drew criticism from X"). */
function receivedFrom(p: Predicate, units: readonly Unit[]): boolean {
  return p.kind === 'noun' && !!p.governor && eventLexicon().receivingVerbs.has(p.governor.lemma) && fromGroups(p, units).length > 0;
}

/** The actor groups of the noun's "from" phrase, also set off by a comma and "including" ("…, including from the UN"). */
function fromGroups(p: Predicate, units: readonly Unit[]): number[] {
  const direct = p.preps.get('from')?.groups ?? [];
  if (direct.length) return [...direct];
  let k = p.head + 1;
  if (units[k]?.lower !== ',' || !eventLexicon().singlingWords.has(units[k + 1]?.lower ?? '')) return [];
  k += 2;
  if (units[k]?.lower !== 'from' || units[k]!.group !== null) return [];
  k++;
  while (units[k] && units[k]!.group === null && (units[k]!.pos === 'DET' || units[k]!.pos === 'ADJ')) k++;
  const u = units[k];
  return u && u.group !== null ? [u.group] : [];
}

function sidesOf(entry: LexiconEntry, p: Predicate, frame: SentenceFrame, units: readonly Unit[], nounHeads: readonly number[] = [], previous: readonly string[] = [], recipient: string | null = null, preds: readonly Predicate[] = []): PartyPair[] {
  // "… shelled its villages" told by the ministry: the teller's state, not its ministry.
  // (a meeting's envoy stands for its sender; a recall or an appointment needs the post, so only CONSULT)
  const side = (ph: Phrase | null | undefined): Side[] => [...new Set((ph ? ph.groups : []).map((g) => (entry.type === 'CONSULT' ? envoySide(frame, g) : g)))].flatMap((g) => sidesOfGroup(frame, g))
    .map((x) => (ph?.owned ? { ...x, sector: null } : x));
  const place = (): Side[] => side(p.preps.get('in') ?? p.preps.get('at') ?? p.preps.get('across') ?? p.preps.get('inside') ?? p.preps.get('through') ?? null);
  // "an investigation into the shelling of Kherson by Russian forces": a "by" phrase after another event
  // noun names that noun's agent.
  const byIsInner = (): boolean => {
    let by = p.head + 1;
    while (by < units.length && !(units[by]!.lower === 'by' && units[by]!.group === null)) by++;
    return nounHeads.some((h) => h > p.head && h < by);
  };
  let sources: Side[];
  // A noun's doer named in its own phrase ("al-Shabaab's bombing", "the bombing … by militants"), not lent by a verb.
  let ownDoer = p.kind === 'verb';
  if (p.kind === 'noun') {
    sources = p.before.flatMap((g) => sidesOfGroup(frame, g));
    for (const prep of entry.agent) {
      if (sources.length > 0) break;
      // "clause-on": "… arrived in Astana on a state visit" — the clause's subject is the visitor.
      if (prep.startsWith('clause-')) sources = p.introducedBy === prep.slice(7) ? side(p.clauseSubject) : [];
      else if (prep === 'by' && byIsInner()) sources = [];
      else sources = side(p.preps.get(prep));
    }
    ownDoer = sources.length > 0;
    // "Kenya drew criticism from Uganda", "received support from Turkey": the "from" phrase of a deed
    // received is its doer.
    if (sources.length === 0 && receivedFrom(p, units)) sources = side(phrase(fromGroups(p, units), [], 0));
    // "the country, which has seen protests against …", "it has seen large protests": a place described by
    // the deeds it saw names no crowd of its own.
    if (sources.length === 0 && p.governor && entry.crowdSubject && eventLexicon().witnessVerbs.has(p.governor.lemma)) return [];
    // "… was summoned to lodge a strong protest": a protest lodged or conveyed is a state's complaint,
    // read by the complaint rules, whoever the sentence names as its place.
    if (p.governor && entry.crowdSubject && entry.complaintIfState && eventLexicon().complaintVerbs.has(p.governor.lemma)) return STATE_PROTEST;
    // "Denmark condemned the storming of its embassy": who condemns a deed did not do it.
    // "militants were killed in an air strike": who suffered it did not strike, but who was killed in clashes took part.
    // fixA18: "Kazakhstan announced an agreement between China and Russia": a "between" phrase naming both sides
    // leaves the governor's subject out of the deed.
    if (sources.length === 0 && p.governor && !eventLexicon().victimVerbs.has(p.governor.lemma) && !answered(entry, p) && !reactedTo(entry, p)
      && (p.preps.get('between')?.groups.length ?? 0) < 2
      && !(p.governor.passive && !entry.reciprocal && !p.preps.get('with')?.groups.length)) sources = side(p.governor.subject);
    if (entry.crowdSubject && sources.length > 0 && sources.every((x) => !x.sector || !eventLexicon().crowdSectors.has(x.sector))) return entry.complaintIfState ? STATE_PROTEST : [];
  } else if (entry.source === 'subject') {
    // notes16: "Kenya's ambassador to Eritrea praised …", "The ambassador of Eritrea to Kenya urged …": an envoy
    // who acts speaks for the sending state; the post named after the sender is no doer.
    sources = placeDropped(p.passive ? side(p.preps.get('by')) : side(withoutPosts(frame, p.subject)));
    // "Georgia protested": a state's protest is a complaint, which the phrase rules read as ACCUSE.
    if (entry.crowdSubject && sources.some((x) => !x.sector || !eventLexicon().crowdSectors.has(x.sector))) return entry.complaintIfState ? STATE_PROTEST : [];
    // "post": "the Kenyan ambassador to Uganda was expelled": the state of the envoy's post sent the envoy away.
    // accuse16: "the Chinese envoy will be summoned to express opposition to China's acts": a party after the
    // preposition that is the patient's own is no agent of the passive.
    const patients = new Set(p.passive && !p.preps.has('by') && entry.passiveSource.length ? side(p.subject).map((x) => x.code) : []);
    for (const prep of p.passive && !p.preps.has('by') ? entry.passiveSource : []) if (sources.length === 0) sources = (prep === 'post' ? envoyPosts(frame, p.subject) : side(p.preps.get(prep))).filter((x) => prep === 'post' || !patients.has(x.code));
    // "The accord, signed between X and Y, covers …": a participle with no subject of its own is a reduced
    // passive; its "between" phrase names both sides.
    if (sources.length === 0 && p.kind === 'verb' && !p.passive && !p.subject && entry.passiveSource.includes('between')) sources = side(p.preps.get('between'));
    // "200 protesters were arrested in Nairobi": the state where it happened, acting through the entry's own sector.
    // (sent17: forces whose subject names their own state, "Kenyan police were deployed in Haiti", were sent by that state: patientAgent below.)
    const ownForces = entry.type === 'MOBILIZE' && (p.subject?.groups ?? []).some((g) => !frame.groups[g]?.resolved && sidesOfGroup(frame, g).some((x) => isStateCode(x.code)));
    // (the forces sent keep their own sector: "police were deployed in Nairobi" are Kenya's police)
    const patientSector = entry.type === 'MOBILIZE' ? (p.subject?.groups ?? []).flatMap((g) => sidesOfGroup(frame, g)).find((x) => x.sector === 'COP' || x.sector === 'MIL')?.sector ?? null : null;
    if (sources.length === 0 && p.passive && entry.locationAgent && !ownForces) sources = place().map((x) => ({ ...x, sector: x.sector ?? patientSector ?? entry.locationSector }));
    // "Dozens of protesters were detained", "opposition activists were arrested": with no agent and no
    // place, the state of the crowd acted, when the sentence names that state only. (A state telling of
    // arrests with no crowd named may speak of its citizens held abroad: "nine were arrested, the
    // ministry said" is no reading.)
    if (sources.length === 0 && p.passive && entry.locationAgent && !p.preps.has('by')) sources = unnamedAgent(frame, p, entry);
    // world16: "Russia's security agency said that an American had been taken into custody": an arrest told in the
    // passive with no agent and no place, by one state's organ about another state's national, is the teller's
    // (a state telling of its own citizens held abroad names no agent: "two Indians were detained, India said").
    if (sources.length === 0 && p.kind === 'verb' && p.passive && entry.type === 'COERCE' && entry.mode === 'arrest' && !p.preps.has('by') && place().length === 0) {
      const held = side(p.subject).filter((x) => isStateCode(x.code));
      const tellers = held.length > 0 ? earlierTeller(preds, units, p, held, side).filter((x) => isStateCode(x.code)) : [];
      if (new Set(tellers.map((x) => x.code)).size === 1) sources = tellers.slice(0, 1);
    }
    // "Fifteen soldiers were killed in a militant attack", "… in an attack blamed on jihadists": the attack names its doers.
    if (sources.length === 0 && p.kind === 'verb' && p.passive && !p.preps.has('by') && entry.type === 'ASSAULT') sources = attackDoers(units, p, frame, side(p.subject), place());
    // "Kenyan police were deployed to Haiti": forces sent with no sender named go for their own state.
    // Only a state the text itself gives them ("Kenyan police"): bare "peacekeepers" take their state
    // from context, which need not be the sender's.
    // "Supplies donated by Kazakhstan were handed over to Afghan officials": a passive with no agent of its
    // own is done by the agent of the participle that describes its subject.
    if (sources.length === 0 && p.kind === 'verb' && p.passive && !p.preps.has('by') && p.subject) sources = side(phrase(participleAgents(units, p), [], 0));
    // "Canada has been asked to extradite the suspects, India's foreign ministry said": a request told in the
    // passive with no asker named is the teller's own.
    if (sources.length === 0 && p.kind === 'verb' && p.passive && !p.preps.has('by') && entry.type === 'REQUEST') sources = side(tellerAfter(units, p.head));
    // accuse16: "the Chinese ambassador will be summoned, the Philippine foreign secretary said", "Hanoi said the Chinese
    // envoy was summoned": an envoy called in with no summoner named is called in by the teller (passiveSource `teller`).
    if (sources.length === 0 && p.kind === 'verb' && p.passive && !p.preps.has('by') && entry.passiveSource.includes('teller')) {
      const teller = allegingTeller(units, p.head, frame);
      if (teller) sources = [teller];
    }
    // mob15: "troops will be deployed to the U.S. border with Mexico": forces sent with no sender named to one
    // state's own border with another are that state's (the subject names no party of its own: bare "troops" the
    // context lent a state count as unnamed).
    // (Only forces the entry lists as what it moves: "Peacekeepers/medical teams were deployed to the X border with Y"
    // are sent by someone else.)
    if (sources.length === 0 && p.kind === 'verb' && p.passive && !p.preps.has('by') && entry.type === 'MOBILIZE'
      && (p.subject?.nouns ?? []).some((n) => movedBy(entry).has(singular(n.toLowerCase())))
      && (p.subject?.groups ?? []).every((g) => frame.groups[g]?.resolved)) sources = side(phrase(borderOwnerAfter(units, p.head), [], 0));
    if (sources.length === 0 && p.passive && entry.patientAgent && !p.preps.has('by') && p.subject) {
      const named = p.subject.groups.filter((g) => !frame.groups[g]?.resolved && frame.groups[g]?.mentions.every((m) => m.via !== 'pronoun'));
      sources = named.flatMap((g) => sidesOfGroup(frame, g)).filter((x) => !!x.sector && entry.patientAgent!.has(x.sector)).slice(0, 1);
      // mob15: "Hundreds of police officers were mobilised to stop protesters": police act at home, so bare police
      // take the state the context gives them (troops and peacekeepers, which may be sent abroad, do not).
      if (sources.length === 0 && entry.type === 'MOBILIZE' && entry.patientAgent.has('COP')) {
        sources = p.subject.groups.filter((g) => !named.includes(g)).flatMap((g) => sidesOfGroup(frame, g)).filter((x) => x.sector === 'COP').slice(0, 1);
      }
    }
    // fix18: "the Kenyan-led mission was deployed to Haiti": a body sent with no sender named is sent by its leader.
    if (sources.length === 0 && p.kind === 'verb' && p.passive && !p.preps.has('by') && entry.type === 'MOBILIZE' && p.subject) {
      sources = side(phrase(leadersOf(units, p.subject), [], 0)).filter((x) => isStateCode(x.code));
    }
  } else if (entry.source === 'object') {
    // "Y hosted X": the guest is the visitor.
    sources = p.passive ? side(p.subject) : side(p.object);
  } else sources = side(p.preps.get(entry.source));
  // The receiver of a deed received is its other side, before any phrase after the noun.
  let targets: Side[] = receivedFrom(p, units) ? side(p.governor!.subject).filter((t) => !sources.some((x) => x.code === t.code)) : [];
  // A place that named only the doer itself: look on at the other places, but not at whoever comes next.
  let selfNamed = false;
  // The deed's victim was filled in as the doer's own people because no side was named at all.
  let inward = false;
  // A judged deed names only its victims: nobody after the verb is accused.
  let victimsOnly = false;
  // Bodies of the doer's own state that only a state named bare acting at home would take (data home-force).
  const homeTargets: Side[] = [];
  for (const where of targets.length ? [] : entry.target) {
    // "warned it would result in a catastrophe": the actor a modal follows is the subject of what is
    // forecast; only a reprisal named after the verb makes the warning a threat to anyone.
    if (entry.aboutNouns && p.kind === 'verb' && !p.passive && forecastAfter(units, p.head, (g) => sidesOfGroup(frame, g).some((x) => sources.some((y) => y.code === x.code))) && !hasComplement(units, p.head, entry.aboutNouns)) break;
    if (where === 'object') {
      targets = p.kind === 'verb' ? (p.passive ? side(p.subject) : side(p.object)) : [];
      // "condemned the attack on Turkish soldiers (by PKK militants)": the deed's doers are accused, its victims not.
      const judged = entry.type === 'ACCUSE' ? judgedDeedDoers(units, p) : null;
      if (judged) {
        targets = side(phrase(judged, [], 0));
        victimsOnly = targets.length === 0;
        if (victimsOnly) continue;
      }
      // "rejected a proposal put forward by Egypt": an object that names no party comes from the agent of
      // the participle of putting forward after it.
      // "rejected a Gaza ceasefire proposal presented by Kerry": the thing's author, whatever place names its topic (types15).
      if (p.kind === 'verb' && !p.passive && p.object && !p.object.clause) {
        if (targets.length === 0 || eventLexicon().judgedOwnerTypes.has(entry.type)) {
          const origin = side(phrase(originAgent(units, p.object.end), [], p.object.end));
          if (origin.length > 0) targets = origin;
        }
        // "bombed positions held by the RSF": the place hit names whose it was.
        if (targets.length === 0 && entry.type === 'ASSAULT') targets = side(phrase(holderAgent(units, p.object.end), [], p.object.end));
      }
    }
    else if (where === 'subject') targets = p.passive ? side(p.preps.get('by')) : side(p.subject);
    else if (where === 'location') targets = place();
    // "sent 5,000 soldiers into the region to confront ELN guerrillas": the object of a purpose against someone.
    else if (where === 'purpose') {
      // "police were mobilised to stop the protesters": a passive's purpose too, its forces its agent (types15)
      targets = p.kind === 'verb' && (!p.passive || !!entry.patientAgent) ? side(phrase(purposeObject(units, p.head), [], 0)) : [];
      // "Pakistan deployed police to disperse opposition supporters": a state named bare acts at home through the home sector.
      const home = entry.home;
      if (home) sources = sources.map((x) => (x.sector || !targets.some((t) => t.code === x.code && t.sector) ? x : { ...x, sector: home.source ?? null }));
    }
    // fix18: "sent troops to join the Kenyan-led mission in Haiti", "to join Russian forces in Syria": where the body
    // the forces join serves, else the body's own state ("to join the Haitian police"), never its leader.
    else if (where === 'joined') {
      const body = p.kind === 'verb' && !p.passive ? joinedBody(units, p.head) : null;
      targets = body ? placeAfter(units, body.end - 1, frame) : [];
      if (body && targets.length === 0) targets = side(withoutLeaders(units, body));
    }
    // "would provide $50 million to help Indonesia monitor its waters": the one a gift's purpose is for.
    else if (where === 'benefit') targets = p.kind === 'verb' && !p.passive || p.kind === 'noun' ? side(phrase(purposeObject(units, p.head, eventLexicon().benefitVerbs), [], 0)) : [];
    // "threatened to shut the pipeline if Poland closes the border": the party whose deed the threat
    // is conditioned on is the one threatened.
    else if (where === 'condition') targets = p.kind === 'verb' && !p.passive ? conditionParty(units, p.head, frame, sources) : [];
    // sent18: "called for an immediate halt to the Israeli assault on Gaza": the one asked to stop is the deed's doer.
    else if (where === 'halted') targets = p.kind === 'verb' && !p.passive ? haltedDoers(units, p.head, frame, sources) : [];
    else if (where === 'next') targets = selfNamed || victimsOnly ? [] : nextActor(units, p.head, frame, sources, eventLexicon().agentOnlyTypes.has(entry.type) || condemnsUnownedViolence(p), eventLexicon().punishedNotAskedTypes.has(entry.type));
    // "Peru expelled the envoy. Mexico called the decision unfounded.": a judgement or threat whose
    // sentence names nobody else is about the one other party the sentence before named.
    else if (where === 'previous') targets = selfNamed || p.kind !== 'verb' || p.passive || phraseHasActor(p.object) ? [] : previousParty(previous, sources, entry, units, p);
    // "Pakistan blamed India for the bombing, a charge New Delhi rejected", "Russia offered to mediate, but
    // Yerevan turned down the offer": a said thing referred back to ("the offer", "a charge" the verb's
    // relative object) is the one the subject of the clause before it told.
    // "Fiji thanked Australia for sending relief supplies": the one who thanks for a gift received it.
    else if (where === 'thanker') targets = p.kind === 'verb' && !p.passive && !phraseHasActor(p.object) ? thankerOf(preds, units, p, side).filter((t) => !sources.some((x) => x.code === t.code)) : [];
    else if (where === 'earlier') targets = selfNamed || p.kind !== 'verb' || p.passive || !referredBack(units, p) ? [] : earlierTeller(preds, units, p, sources, side);
    // "India pledged aid to Fiji. The French Government has provided one aircraft …": a donor of a list
    // whose gift names no receiver gives to the receiver of the aid told just before (event-extractor.ts).
    else if (where === 'recipient') targets = recipient && p.kind === 'verb' && !p.passive && !phraseHasActor(p.object) && sources.length > 0
      && sources.every((x) => isStateCode(x.code) && x.code !== recipient) ? [{ code: recipient, sector: null }] : [];
    // "X arrived in Moscow at the invitation of Y": the subject of the clause the noun's phrase stands in.
    else if (where.startsWith('clause-')) targets = p.introducedBy === where.slice(7) ? side(p.clauseSubject) : [];
    // "X accepted an invitation from Y", "X arrived following an invitation from Y": the governing verb's subject.
    else if (where === 'governor') targets = side(p.governor?.subject);
    else if (where === 'by' && p.kind === 'noun' && !byIsInner()) targets = [];
    else {
      // fix18: "Benin will send troops to the Kenyan-led mission in Haiti": forces sent to join a body led by another
      // party go to where it serves (a place read next), not to its leader.
      const ph = entry.type === 'MOBILIZE' ? withoutLeaders(units, p.preps.get(where)) : p.preps.get(where);
      targets = side(ph);
      // "air strikes on positions held by the RSF": the place hit names whose it was.
      if (targets.length === 0 && ph && entry.type === 'ASSAULT') targets = side(phrase(holderAgent(units, ph.end), [], ph.end));
      // "expressed support for the policies pursued by the US President": a phrase that names no party is owned by the agent after it.
      if (targets.length === 0 && ph && eventLexicon().judgedOwnerTypes.has(entry.type)) targets = side(phrase(originAgent(units, ph.end), [], ph.end));
    }
    // "Turkey struck militants in Iraq" where the militants were read as Turkey's: the doer itself is no
    // other side, look further.
    if (sources.length && targets.length) {
      // A body of the doer's own state is the other side only when no other place or party is named (below).
      homeTargets.push(...targets.filter((t) => sources.every((x) => selfPair(entry, x, t)) && sources.every((x) => !selfPair(entry, x, t, true))));
      targets = targets.filter((t) => !sources.every((x) => selfPair(entry, x, t)));
      // "warned that South Korea will take measures against Japan": a that-clause about the speaker's
      // own side names no place; the other side may still come next.
      // "warned that Japan would hold talks with China" is no threat: what the clause tells must be a reprisal.
      const ownClause = where === 'object' && p.kind === 'verb' && !p.passive && !!p.object?.clause
        && (!entry.aboutNouns || hasComplement(units, p.head, entry.aboutNouns));
      selfNamed ||= targets.length === 0 && !ownClause;
    }
    if (p.kind === 'noun' && where === 'between' && targets.length >= 2 && sources.length === 0) {
      // notes16: "mutual accusations between A and B": with a mutual entry each side acts on the other.
      sources = entry.mutual ? targets : targets.slice(0, 1);
      targets = entry.mutual ? targets : targets.slice(1);
    }
    if (targets.length) break;
  }
  // "Ethiopia bombed TPLF positions", "Iran arrested dozens of protesters": with no other side named, the
  // state named bare acts on its own people (selfPair's `home`); "Turkey struck Kurdish militants in Iraq" keeps Iraq.
  if (targets.length === 0 && homeTargets.length > 0 && !victimsOnly) targets = homeTargets;
    // "In a letter to the French president, Lebanon's premier asked for aid": a speech act that names no
  // other side is addressed to the party of the exchange the sentence opens with.
  // Not when the act names its own other side in words no actor stands for ("accused the West of …",
  // "rejected the Western plan": a capitalised word in its object), nor to the media ("In an interview with
  // Chinese state media, …").
  if (targets.length === 0 && sources.length > 0 && eventLexicon().addresseeTypes.has(entry.type) && !namesUncodedParty(units, p, frame)) {
    targets = side(phrase(openingAddressee(units, p.head), [], 0))
      .filter((t) => !sources.some((x) => x.code === t.code) && t.sector !== 'MED');
  }
  // "Ukraine condemned the shelling by Russian artillery": who condemns a deed done to no one named suffered it
  // (a deed that harms: "criticised the withdrawal of forces by the US" was suffered by no one).
  if (targets.length === 0 && p.kind === 'noun' && p.governor
    && (eventLexicon().victimVerbs.has(p.governor.lemma) && eventLexicon().judgedDeedTypes.has(entry.type) || answered(entry, p))) {
    targets = side(p.governor.subject).filter((t) => isStateCode(t.code));
  }
  // "A and B traded accusations": both ways.
  if (targets.length === 0 && entry.mutual && new Set(sources.map((x) => x.code)).size === 2) {
    const [a, b] = [sources[0]!, sources.find((x) => x.code !== sources[0]!.code)!];
    return [{ source: a, target: b }, { source: b, target: a }];
  }
  // "X and Y clashed": a reciprocal verb with a plural subject pairs its members.
  // "X and Y congratulated each other", "accused one another": each side acts on the other.
  if (targets.length === 0 && p.kind === 'verb' && !p.passive && eachOther(units, p.head) && sources.length >= 2) targets = sources;
  // Sectors count: "the government and the ELN rebels agreed" pairs COL/GOV with COL/REB.
  if (targets.length === 0 && entry.reciprocal && new Set(sources.map((x) => `${x.code}/${x.sector ?? ''}`)).size >= 2) {
    targets = sources.slice(1);
    sources = sources.slice(0, 1);
  }
  // "Sri Lanka deployed soldiers in Colombo", "called in the army across the country": a deed whose
  // only other side is the doer's own state (a place of it, its forces posted there, or a place that
  // named the doer itself) stays at home, between the entry's home sectors.
  if (entry.home && targets.length === 0 && sources.length > 0 && sources.every((x) => isStateCode(x.code))) {
    const codes = new Set(sources.map((x) => x.code));
    const placed = [...place(), ...(p.kind === 'verb' && !p.passive ? postedForces(frame, p.object) : [])];
    if (selfNamed || placed.length > 0 && placed.every((t) => codes.has(t.code))) {
      const home = entry.home;
      sources = sources.map((x) => ({ code: x.code, sector: x.sector ?? home.source ?? null }));
      targets = [...codes].map((code) => ({ code, sector: home.target ?? null }));
    }
  }
  // Domestic events name one side and the place: the country acts within itself.
  if (entry.domestic) {
    // "people rallied outside the French embassy in Niamey": the crowd is of the place, the target the embassy's state.
    let here = place();
    // miss17: "Protests against fuel prices broke out in Lusaka", "clashes erupted during protests over the
    // arrest in Male": a crowd's deed named by a noun with a phrase of its own (naming no party) happened where
    // the rest of its clause places it.
    if (p.kind === 'noun' && entry.type === 'PROTEST' && entry.mode === 'demo' && sources.length === 0 && targets.length === 0 && here.length === 0 && p.before.length === 0) {
      here = placeAfter(units, p.head, frame);
      if (new Set(here.map((x) => x.code)).size === 1) targets = here.slice(0, 1).map((x) => ({ code: x.code, sector: null }));
      else here = [];
    }
    // A verb with no subject at all ("summoned the envoy … to protest against …") names no crowd.
    const subjectless = p.kind === 'verb' && !p.passive && p.subject === null;
    if (sources.length === 0 && targets.length && !subjectless) sources = (here.length ? here : targets).map((t) => ({ code: t.code, sector: null }));
    if (targets.length === 0 && sources.length) targets = sources.map((s) => ({ code: s.code, sector: null }));
  }
  // "Police arrested about 500 people", "guerrillas attacked the base": a sub-state actor's deed with no
  // actor on the other side stays within its state (a domestic event, scored only where gold lists them).
  // "…shot down a Ukrainian jet, killing all 176 people on board": a participle's victims without a
  // party are not the doer's own people.
  // "Sri Lanka freed the detained fishermen": with `inwardState`, a state named bare acts through that sector.
  const patientNouns = (p.kind === 'verb' ? (p.passive ? p.subject : p.object)?.nouns ?? [] : []).flatMap((n) => [n, singular(n)]);
  if (entry.inwardTarget && entry.inwardState && !p.participle && sources.length > 0 && sources.every((x) => x.sector || isStateCode(x.code))
    && (!entry.inwardObjects || sources.every((x) => x.sector) || patientNouns.some((n) => entry.inwardObjects!.has(n)))
    && (targets.length === 0 || targets.every((t) => t.sector !== entry.inwardState && sources.some((x) => x.code === t.code)))) {
    // "Nicaragua lifted the travel ban on Catholic clergy": a bare state acts on its own clergy through that sector.
    const own = entry.inwardState;
    sources = sources.map((x) => ({ ...x, sector: x.sector ?? own }));
  }
  // Targets made of the doers' own people: each doer acts on its own only.
  let ownPeople = false;
  // "Pakistani troops killed, 5 injured in border clashes": a transitive deed told with its doer and no
  // object at all is a headline's passive (the troops were killed), not a deed against the doer's own people.
  // (A gerund is no headline passive: "resumed fighting in late 2021", "…, detaining the leader".)
  // ("pardoned and released 3,000 prisoners": a verb coordinated with the next shares its object.)
  // (sent17: a verb whose infinitive follows it, "Mubarak refused to step down", has its complement there: no headline passive.)
  const objectless = p.kind === 'verb' && !p.passive && p.object === null && !/ing$/.test(units[p.head]!.lower)
    && !['and', 'or', '&'].includes(units[p.head + 1]?.lower ?? '')
    && !(units[p.head + 1]?.lower === 'to' && units[p.head + 2]?.pos === 'VERB');
  // ("police clashed with protesters, arresting dozens": a participle's arrests by a body at home stay at home.)
  if (entry.inwardTarget && ownDoer && !objectless && (!p.participle || entry.type === 'COERCE' && sources.every((x) => x.sector === 'COP')) && sources.length > 0 && sources.every((x) => x.sector)) {
    // "Hungary's government banned the rally in Budapest": the place is the doer's own state, the deed inward.
    const unnamed = targets.length === 0;
    if (targets.length > 0 && targets.every((t) => !t.sector && sources.some((x) => x.code === t.code))) targets = [];
    // "Japan and South Korea scrapped tariffs on each other's goods": states of a coordinated subject that
    // act on each other are each other's other side, not each on its own people.
    if (targets.length === 0 && EACH_OTHER.test(units.slice(p.head + 1).map((u) => u.lower).join(' ')) && new Set(sources.map((x) => x.code)).size >= 2) {
      sources = sources.map((x) => ({ ...x, sector: null }));
      targets = sources;
    }
    if (targets.length === 0) {
      targets = sources.map((x) => ({ code: x.code, sector: entry.inwardTarget! }));
      ownPeople = true;
      // "shelled their own trenches": a victim the doer owns is the doer's own, whoever tells it.
      const object = p.kind === 'verb' && !p.passive ? p.object : null;
      inward = unnamed && !(object && units.slice(p.head + 1, object.end).some((u) => u.group === null && eventLexicon().doerOwnedWords.has(u.lower)));
    }
  }
  // "hosted French troops": a side whose first actor has a sector the reading excludes takes no party at
  // all (what follows it in a list is often the next clause: "…, and Togo received …").
  const barred = (xs: Side[]) => entry.notSectors !== null && xs[0]?.sector != null && entry.notSectors.has(xs[0].sector);
  if (barred(sources) || barred(targets)) return [];
  const pairs: PartyPair[] = [];
  // "The parties said such visits …": the two of one plural reference do not act on each other,
  // unless the verb is reciprocal or the text says so ("congratulated each other").
  const mutual = entry.reciprocal || EACH_OTHER.test(frame.sentence.text);
  for (const s0 of sources) {
    for (const t0 of targets) {
      if (s0.pair !== undefined && s0.pair === t0.pair && !mutual) continue;
      if (ownPeople && s0.code !== t0.code) continue;
      // "Ethiopia bombed TPLF positions", "Iran arrested the protesters": a state named bare that strikes or
      // coerces a body of its own people acts through its forces or its government (data/event-lexicon.yaml `home-force`).
      const own = !s0.sector && !entry.sectors.source && t0.sector && t0.code === s0.code && isStateCode(s0.code) ? homeForce(entry.type, t0) : null;
      const s = { code: s0.code, sector: s0.sector ?? entry.sectors.source ?? own ?? null };
      const t = { code: t0.code, sector: t0.sector ?? entry.sectors.target ?? null };
      // One state on both sides is an event only between two of its sectors (police and protesters).
      if (selfPair(entry, s0, t0, true)) continue;
      if (!pairs.some((x) => x.source.code === s.code && x.target.code === t.code)) pairs.push(inward && s.code === t.code ? { source: s, target: t, inward: true } : { source: s, target: t });
    }
  }
  return pairs;
}


/** recall13b: the states named by "in"/"near" phrases after unit `k`, up to the end of its clause. */
function placeAfter(units: readonly Unit[], k: number, frame: SentenceFrame): Side[] {
  for (let m = k + 1; m < units.length - 1; m++) {
    const w = units[m]!;
    if (w.group === null && (w.lower === ',' || w.lower === ';' || w.lower === '.')) break;
    if (w.group === null && (w.lower === 'in' || w.lower === 'near' || w.lower === 'inside')) {
      let n = m + 1;
      while (n < units.length && units[n]!.group === null && (units[n]!.pos === 'DET' || units[n]!.pos === 'ADJ')) n++;
      const g = units[n]?.group;
      if (g !== null && g !== undefined) return sidesOfGroup(frame, g).filter((x) => isStateCode(x.code));
    }
  }
  return [];
}

/**
 * recall13b: the doers of a deed suffered in a passive with no agent, told by the attack noun of its "in" phrase:
 * an armed group word before the noun ("in a militant attack": the armed group of the victims' state, else of the
 * place) or a party the attack is laid on ("in an attack blamed on jihadists", "claimed by al-Shabaab").
 */
function attackDoers(units: readonly Unit[], p: Predicate, frame: SentenceFrame, victims: readonly Side[], places: readonly Side[]): Side[] {
  const lex = eventLexicon();
  const ph = p.preps.get('in');
  if (!ph) return [];
  let start = p.head + 1;
  while (start < ph.end && !(units[start]!.lower === 'in' && units[start]!.group === null)) start++;
  for (let k = start + 1; k < ph.end + 1 && k < units.length; k++) {
    const u = units[k]!;
    if (u.group !== null || !(lex.attackNouns.has(u.lemma) || lex.attackNouns.has(singular(u.lower)))) continue;
    for (let m = k - 1; m > start && m >= k - 2; m--) {
      const w = units[m]!;
      if (w.group !== null) {
        const named = sidesOfGroup(frame, w.group).filter((x) => x.sector === 'REB' || x.sector === 'SEP');
        if (named.length) return named;
        break;
      }
      if (lex.attackDoerWords.has(w.lower) || lex.attackDoerWords.has(w.lemma)) {
        // the state named where the attack happened ("… in a militant attack in Mali"), else the victims' own
        const state = [...placeAfter(units, k, frame), ...places, ...victims].find((x) => isStateCode(x.code));
        return state ? [{ code: state.code, sector: 'REB' }] : [];
      }
    }
    const blame = units[k + 1];
    const prep = units[k + 2];
    const doer = units[k + 3];
    if (blame && prep && doer && blame.group === null && lex.attackBlameWords.has(blame.lemma) && (prep.lower === 'on' || prep.lower === 'by') && doer.group !== null) {
      return sidesOfGroup(frame, doer.group).filter((x) => x.sector === 'REB' || x.sector === 'SEP' || isStateCode(x.code) && !x.sector);
    }
    return [];
  }
  return [];
}

/**
 * The actor groups that a participle inside the subject of the passive `p` names as its agent ("supplies
 * donated by Kazakhstan were handed over …", "intelligence gathered by Jordan was shared …"): the groups
 * right after "by", which follows a participle in -ed/-en/-wn, before the verb.
 */
function participleAgents(units: readonly Unit[], p: Predicate): number[] {
  const out: number[] = [];
  for (let k = 2; k < p.head; k++) {
    const u = units[k]!;
    if (u.group === null || units[k - 1]!.lower !== 'by' || units[k - 1]!.group !== null) continue;
    const participle = units[k - 2]!;
    if (participle.group !== null || !/(?:ed|en|wn)$/.test(participle.lower)) continue;
    if (p.subject!.groups.includes(u.group)) out.push(u.group);
  }
  return out;
}

/**
 * The actor groups a purpose infinitive after the verb at `head` acts against ("… to confront ELN guerrillas"):
 * the first "to" with a verb of `purpose-against` within the clause (up to 14 units on, no clause break), then
 * its object. Empty when none.
 */
function purposeObject(units: readonly Unit[], head: number, verbs: ReadonlySet<string> = eventLexicon().purposeVerbs): number[] {
  for (let k = head + 1; k < units.length && k - head <= 14; k++) {
    const u = units[k]!;
    if (u.group === null && (u.lower === ',' || u.lower === ';' || u.lower === '.' || u.pos === 'CCONJ' || u.pos === 'SCONJ' || u.lower === 'to' && !verbs.has(units[k + 1]?.lemma ?? '') && units[k + 1]?.pos === 'VERB')) return [];
    if (u.group !== null || u.lower !== 'to' || units[k + 1]?.pos !== 'VERB') continue;
    let c = k + 2;
    // "to shore up Pakistan's reserves": the verb's particle too.
    while (units[c] && units[c]!.group === null && (units[c]!.pos === 'ADV' || units[c]!.pos === 'DET' || units[c]!.pos === 'ADJ' || units[c]!.pos === 'NUM' || units[c]!.pos === 'PART' && units[c]!.lower !== 'to' || units[c]!.lower === 'up')) c++;
    return units[c] && (units[c]!.group !== null || units[c]!.pos === 'NOUN' || units[c]!.pos === 'PROPN') ? readPhrase(units, c).groups : [];
  }
  return [];
}

/** The body a "to join" infinitive right after the verb's object names ("sent troops to join the Kenyan-led mission"). */
function joinedBody(units: readonly Unit[], head: number): Phrase | null {
  const joins = eventLexicon().joinVerbs;
  for (let k = head + 1; k < units.length && k - head <= 8; k++) {
    const u = units[k]!;
    if (u.group === null && (u.lower === ',' || u.lower === ';' || u.lower === '.' || u.pos === 'CCONJ' || u.pos === 'SCONJ')) return null;
    if (u.group !== null || u.lower !== 'to' || !joins.has(units[k + 1]?.lemma ?? '')) continue;
    return k + 2 < units.length ? readPhrase(units, k + 2) : null;
  }
  return null;
}

/** The state that did a passive deed told with no agent and no place (see sidesOf), or none. */
function unnamedAgent(frame: SentenceFrame, p: Predicate, entry: LexiconEntry): Side[] {
  const all = frame.groups.flatMap((g) => sidesOfGroup(frame, g.index));
  if (new Set(all.map((x) => x.code)).size !== 1 || !all.every((x) => isStateCode(x.code))) return [];
  const patient = (p.subject?.groups ?? []).flatMap((g) => sidesOfGroup(frame, g));
  const ownCrowd = patient.length > 0 && patient.every((x) => !!x.sector && eventLexicon().homeCrowdSectors.has(x.sector));
  return ownCrowd ? [{ code: all[0]!.code, sector: entry.locationSector }] : [];
}

/** States of a phrase named as an envoy's post right after the envoy's sender ("the Kenyan ambassador to Uganda": UGA; see envoySide). */
function envoyPosts(frame: SentenceFrame, ph: Phrase | null): Side[] {
  return (ph?.groups ?? []).filter((g) => g > 0 && envoySide(frame, g) === g - 1 && (ph?.groups ?? []).includes(g - 1))
    .flatMap((g) => sidesOfGroup(frame, g)).filter((x) => isStateCode(x.code));
}

/** A phrase without the states named as an envoy's post right after the envoy's sender (see envoyPosts). */
function withoutPosts(frame: SentenceFrame, ph: Phrase | null): Phrase | null {
  if (!ph || ph.groups.length < 2) return ph;
  const posts = new Set(ph.groups.filter((g) => g > 0 && envoySide(frame, g) === g - 1 && ph.groups.includes(g - 1)));
  return posts.size ? { ...ph, groups: ph.groups.filter((g) => !posts.has(g)) } : ph;
}

/** Actors of a phrase that are forces named with their post ("soldiers in Colombo"): they stand in their state. */
function postedForces(frame: SentenceFrame, ph: Phrase | null): Side[] {
  return (ph?.groups ?? []).filter((g) => frame.groups[g]?.mentions.some((m) => m.rule === 'actors.sector-place')).flatMap((g) => sidesOfGroup(frame, g));
}

/** "Riot police in the Mozambican capital Maputo": a place beside a body of the same state only says where that body is. */
function placeDropped(sides: Side[]): Side[] {
  return sides.filter((x) => x.sector || !sides.some((y) => y.sector && y.code === x.code));
}

// Rules that give a bare sector noun the state its sentence or paragraph names, whoever that state is (src/extract/actors/sector-context-refiner.ts).
const GUESSED_HOMES = new Set(['actors.sector-sentence', 'actors.sector-paragraph', 'actors.sector-main-country', 'actors.sector-dateline']);

/** The sector through which a state named bare strikes or coerces a body of its own people of sector `target` (data/event-lexicon.yaml `home-force`); null for other deeds. */
function homeForce(type: string, target: Side): string | null {
  const h = eventLexicon().homeForce;
  if (!target.sector || !h.targets.has(target.sector) || (target.guessed && h.named.has(type))) return null;
  return h.sectors.get(type) ?? null;
}

/**
 * "disrupted as a result of an ongoing strike by nurses", "closed because of a strike by teachers": a noun after
 * "of" that a word of cause opens (`cause-heads`) is a deed told as the cause, not another noun's topic (types15).
 */
function causeOf(units: readonly Unit[], p: Predicate): boolean {
  if (p.introducedBy !== 'of') return false;
  let k = p.head - 1;
  while (k >= 0 && k >= p.head - 5 && !(units[k]!.group === null && units[k]!.lower === 'of')) k--;
  const head = units[k - 1];
  return k >= 1 && units[k]!.lower === 'of' && !!head && head.group === null && eventLexicon().causeHeads.has(head.lower);
}

/** One state on both sides without two different sectors (the entry's default sectors filled in): no event. */
function selfPair(entry: LexiconEntry, source: Side, target: Side, home = false): boolean {
  const s = source.sector ?? entry.sectors.source ?? (home && target.sector && target.code === source.code && isStateCode(source.code) ? homeForce(entry.type, target) : null) ?? null;
  const t = target.sector ?? entry.sectors.target ?? null;
  return source.code === target.code && (!s || !t || s === t);
}

// Words that open a contrasting clause, past which the next actor named is no addressee of the verb before.
const CONTRAST = new Set(['but', 'whereas', 'while', 'although', 'though', 'yet']);

/**
 * The party named right after "if" or "unless" later in the verb's sentence ("… if Poland closes the
 * border", "unless Vilnius reverses its decision"), not the doer itself; none when a clause break comes first.
 */
function conditionParty(units: readonly Unit[], head: number, frame: SentenceFrame, sources: readonly Side[]): Side[] {
  const own = new Set(sources.map((s) => s.code));
  for (let k = head + 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.group === null && (u.lower === ';' || u.lower === ':' || u.lower === '.')) break;
    if (u.group !== null || (u.lower !== 'if' && u.lower !== 'unless')) continue;
    let j = k + 1;
    while (j < units.length && units[j]!.group === null && units[j]!.pos === 'DET') j++;
    const g = units[j]?.group;
    if (g === null || g === undefined) return [];
    return sidesOfGroup(frame, g).filter((x) => !own.has(x.code));
  }
  return [];
}

/**
 * sent18: for a demand whose object is a stopping noun followed by "to" and a deed of `judged-deed-types` ("called for
 * an end to Israel's assault on Gaza", "demanded a halt to the Russian shelling"): the parties named before the deed
 * noun in its phrase, its doers; none otherwise.
 */
function haltedDoers(units: readonly Unit[], head: number, frame: SentenceFrame, sources: readonly Side[]): Side[] {
  const lex = eventLexicon();
  let k = head + 1;
  if (units[k]?.lower === 'for') k++;
  while (units[k] && units[k]!.group === null && (units[k]!.pos === 'DET' || units[k]!.pos === 'ADJ')) k++;
  if (!units[k] || units[k]!.group !== null || !lex.haltingNouns.has(units[k]!.lemma) || units[k + 1]?.lower !== 'to') return [];
  const doers: number[] = [];
  for (let j = k + 2; j < units.length && j <= k + 10; j++) {
    const u = units[j]!;
    if (u.group !== null) {
      doers.push(u.group);
      continue;
    }
    const deed = (u.pos === 'NOUN' || u.pos === 'PROPN') && (lex.nouns.get(u.lemma) ?? lex.nouns.get(singular(u.lemma)) ?? []).some((e) => lex.judgedDeedTypes.has(e.type));
    if (deed) {
      const own = new Set(sources.map((s) => s.code));
      return [...new Set(doers)].flatMap((g) => sidesOfGroup(frame, g)).filter((x) => !own.has(x.code));
    }
    if (!['DET', 'ADJ', 'NOUN', 'CCONJ', 'PART'].includes(u.pos) && u.lower !== ',') return [];
  }
  return [];
}

/**
 * The first actor named after the word at `head` that is not the source: "warned of sanctions if
 * Georgia …", "approved grants to help Haiti". An actor that a reporting verb follows ("…, Kyiv said")
 * only tells the news and is passed over.
 */
function nextActor(units: readonly Unit[], head: number, frame: SentenceFrame, sources: readonly Side[], skipPlaces = false, request = false): Side[] {
  const own = new Set(sources.map((s) => s.code));
  // "…, analysts warn, the handshake remains …": a verb that ends its clause names nobody after it.
  if (units[head + 1]?.lower === ',') return [];
  for (let k = head + 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.lower === ';' || u.lower === ':') break;
    // "Kyiv welcomed the statement, but Moscow rejected …": a contrasting clause has parties of its own.
    if (u.group === null && CONTRAST.has(u.lower)) break;
    // "pledged $30 billion in aid for Africa, saying … after Russia's invasion": speech told after the deed
    // names the parties of what is said, not the deed's.
    if (u.lower === ',' && saysAfter(units[k + 1])) break;
    // verbal15: "accused the West of ignoring the violence and called on the Security Council to meet": a verb
    // coordinated after the first one's own words opens a clause with parties of its own ("condemned and
    // rejected Russia's move" still reaches Russia).
    if (u.group === null && u.lower === 'and' && k > head + 1 && units[k + 1]?.pos === 'VERB' && units[k + 1]?.group === null && /(?:ed|ged)$/.test(units[k + 1]!.lower)) break;
    if (u.group === null) continue;
    const reports = (w: Unit | undefined) => !!w && w.group === null && (w.pos === 'VERB' || w.pos === 'AUX') && isReportingVerb(w.lemma);
    const reporter = reports(units[k + 1]) || reports(units[k + 2]);
    if (reporter || units[k - 1]?.lower === 'to' && units[k - 2]?.lower === 'according') continue;
    // "condemned the terrorist attack in Moscow": the place of a deed nobody owns suffered it.
    if (skipPlaces && eventLexicon().placePrepositions.has(units[k - 1]?.lower ?? '')) continue;
    // "urged its allies to impose tougher sanctions on Moscow": the one punished is not the one asked (types11).
    // (data/event-lexicon.yaml punished-prepositions, punitive-nouns)
    if (request && eventLexicon().punishedPrepositions.has(units[k - 1]?.lower ?? '')
      && units.slice(Math.max(head + 1, k - 4), k - 1).some((w) => w.group === null && eventLexicon().punitiveNouns.has(singular(w.lemma)))) return [];
    const sides = sidesOfGroup(frame, u.group).filter((s) => !own.has(s.code));
    if (sides.length) return sides;
  }
  return [];
}

/**
 * For a judging verb ("condemned", "criticised") whose object is a deed of `judged-deed-types` ("the attack
 * on X", "Russia's strike", "the arrest of a journalist … by Y"): the parties that did it (before the noun
 * in its phrase, or in a "by" phrase after it); null when the object is no such deed.
 */
function judgedDeedDoers(units: readonly Unit[], p: Predicate): number[] | null {
  if (p.kind !== 'verb' || p.passive || !p.object || p.object.clause) return null;
  const lex = eventLexicon();
  if (!lex.condemningVerbs.has(p.lemma)) return null;
  const deedTypes = (u: Unit): string[] => (u.group === null && (u.pos === 'NOUN' || u.pos === 'PROPN')
    ? (lex.nouns.get(u.lemma) ?? lex.nouns.get(singular(u.lemma)) ?? []).map((e) => e.type).filter((t) => lex.judgedDeedTypes.has(t)) : []);
  let noun = -1;
  let types: string[] = [];
  for (let k = p.head + 1; k < p.object.end; k++) {
    types = deedTypes(units[k]!);
    if (types.length) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return null;
  const doers: number[] = [];
  for (let k = p.head + 1; k < noun; k++) if (units[k]!.group !== null) doers.push(units[k]!.group!);
  // "… by Russian forces": the first "by" after the noun, before the clause ends.
  // (past a participle: "the shelling carried out by Russian artillery", "sanctions imposed on it by Canada")
  for (let k = noun + 1; k < units.length && k <= noun + 12; k++) {
    const u = units[k]!;
    if (u.group === null && (u.lower === ',' || u.lower === ';')) break;
    if (u.group === null && u.lower === 'by') {
      for (let j = k + 1; j < units.length && units[j]!.lower !== ','; j++) {
        if (units[j]!.group !== null) doers.push(units[j]!.group!);
        else if (units[j]!.pos === 'ADP' || units[j]!.pos === 'VERB') break;
      }
      break;
    }
  }
  // "criticised the arrest of a journalist in Moscow": an arrest with no doer named is the place's state's;
  // with no place either ("condemned the arrest of Russian opposition leader Navalny") the victim's own state
  // arrested him, so the object's party stays the one accused (no judged-deed reading).
  if (doers.length === 0 && types.every((t) => t === 'COERCE')) {
    const place = p.preps.get('in') ?? p.preps.get('at');
    return place && place.groups.length > 0 ? [...place.groups] : null;
  }
  return doers;
}

/**
 * Whether a verb of judging has for object an act of violence that names no doer ("condemned the attack
 * in Moscow", "denounced the bombing at the market"): the places after it are where the victims were.
 */
function condemnsUnownedViolence(p: Predicate): boolean {
  if (p.kind !== 'verb' || p.passive || !p.object || p.object.groups.length > 0) return false;
  if (!eventLexicon().condemningVerbs.has(p.lemma)) return false;
  return p.object.nouns.some((n) => (eventLexicon().nouns.get(n) ?? eventLexicon().nouns.get(singular(n)) ?? []).some((e) => e.type === 'ASSAULT'));
}

/** The one party other than the source the sentence before named, if there is exactly one. */
function previousParty(previous: readonly string[], sources: readonly Side[], entry: LexiconEntry, units: readonly Unit[], p: Predicate): Side[] {
  if (sources.length === 0) return [];
  // "warned that …": only a reprisal told after the verb makes the warning a threat to someone.
  if (entry.aboutNouns && !hasComplement(units, p.head, entry.aboutNouns)) return [];
  const own = new Set(sources.map((s) => s.code));
  const named = previous.map((x) => ({ code: x.split('/')[0]!, sector: x.split('/')[1] ?? null }));
  const others = [...new Set(named.map((x) => x.code).filter((c) => !own.has(c)))];
  if (others.length === 1) return [{ code: others[0]!, sector: null }];
  if (others.length > 1) return [];
  // "Myanmar's military bombed a village. The opposition called the strike a heinous act.": no other state
  // named, but one other sector of the speaker's own state is (a domestic judgement).
  // Only a judgement, and only of a sector that acts with force or power (crowds named before are more
  // often the victims: "100 civilians were killed …").
  if (entry.type !== 'ACCUSE' || sources.some((s) => !s.sector)) return [];
  const mine = new Set(sources.map((s) => s.sector));
  const crowd = eventLexicon().crowdSectors;
  const sectors = [...new Set(named.filter((x) => own.has(x.code) && x.sector && !mine.has(x.sector) && !crowd.has(x.sector)).map((x) => `${x.code}/${x.sector}`))];
  return sectors.length === 1 ? [{ code: sectors[0]!.split('/')[0]!, sector: sectors[0]!.split('/')[1]! }] : [];
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);

// Determiners of a noun that refers back to something told ("the offer", "this claim", "such demands").
const BACK_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'such']);

/**
 * Whether the verb's object refers back to something told before it: a definite object naming no party
 * ("rejected the charge"), or a noun the verb's clause hangs on as its relative object ("a charge New Delhi
 * rejected", "the offer that Yerevan turned down").
 */
function referredBack(units: readonly Unit[], p: Predicate): boolean {
  if (p.object) {
    if (p.object.groups.length > 0 || p.object.clause || !p.object.nouns.some((n) => eventLexicon().saidThings.has(singular(n)))) return false;
    const first = units[p.head + 1 + (p.particle && units[p.head + 1]?.lower === p.particle ? 1 : 0)];
    return !!first && first.group === null && BACK_DETERMINERS.has(first.lower);
  }
  const noun = relativeObject(units, p);
  return !!noun && eventLexicon().saidThings.has(noun);
}

/**
 * The noun a reduced passive relative hangs on ("according to data released by the ministry", "figures published
 * by Beijing"): a participle with its "by" phrase right after a bare noun, which is what the deed was done to.
 */
function reducedRelativePatient(units: readonly Unit[], p: Predicate): string | null {
  if (p.kind !== 'verb' || units[p.head + 1]?.lower !== 'by' || !/ed$|en$/.test(units[p.head]!.lower)) return null;
  const noun = units[p.head - 1];
  return noun && noun.group === null && noun.pos === 'NOUN' ? singular(noun.lemma) : null;
}

/**
 * The noun a verb with no object of its own takes as its relative object ("a charge New Delhi rejected",
 * "a plan, which China dismissed"): the noun right before its subject (and "that"/"which"), in the singular.
 */
function relativeObject(units: readonly Unit[], p: Predicate): string | null {
  if (p.kind !== 'verb' || p.passive || p.object || !p.subject || p.subject.groups.length === 0) return null;
  const starts = p.subject.groups.map((g) => units.findIndex((u) => u.group === g)).filter((x) => x >= 0);
  if (starts.length === 0) return null;
  let k = Math.min(...starts) - 1;
  if (units[k] && units[k]!.group === null && (units[k]!.lower === 'that' || units[k]!.lower === 'which')) k--;
  if (units[k]?.lower === ',' && units[k + 1]?.lower === 'which') k--;
  const noun = units[k];
  return noun && noun.group === null && noun.pos === 'NOUN' ? singular(noun.lemma) : null;
}

/**
 * Who thanks the doer of the gerund `p` ("Fiji thanked Australia for sending …", "Taiwan expressed gratitude to
 * Japan for donating …"): the subject of the verb of thanking, or of the verb that governs the noun of thanking.
 */
function thankerOf(preds: readonly Predicate[], units: readonly Unit[], p: Predicate, side: (ph: Phrase | null | undefined) => Side[]): Side[] {
  if (!/ing$/.test(units[p.head]!.lower) || units[p.head - 1]?.lower !== 'for' || units[p.head - 1]!.group !== null) return [];
  let k = p.head - 2;
  while (k >= 0 && (units[k]!.group !== null || units[k]!.pos === 'DET' || units[k]!.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(units[k]!.lower))) k--;
  if (k === p.head - 2) return [];
  const thanking = eventLexicon().thankingWords;
  if (units[k]?.group === null && units[k]!.pos === 'VERB' && thanking.has(units[k]!.lemma)) {
    const q = preds.find((x) => x.kind === 'verb' && x.head === k);
    return q && !q.passive ? side(q.subject) : [];
  }
  if (units[k]?.lower === 'to' && units[k - 1]?.group === null && thanking.has(units[k - 1]!.lemma)) {
    const q = preds.find((x) => x.kind === 'noun' && x.head === k - 1);
    return q?.governor ? side(q.governor.subject) : [];
  }
  return [];
}

/** The subject of the nearest clause before `p` told by another party than its sources: who made the offer or charge. */
function earlierTeller(preds: readonly Predicate[], units: readonly Unit[], p: Predicate, sources: readonly Side[], side: (ph: Phrase | null | undefined) => Side[]): Side[] {
  if (sources.length === 0) return [];
  const own = new Set(sources.map((x) => x.code));
  const telling = eventLexicon().tellingVerbs;
  const before = preds.filter((q) => q.kind === 'verb' && q.head < p.head && !q.passive && q.subject && q.subject.groups.length > 0
    && [q.lemma, eventLexicon().forms.get(units[q.head]!.lower) ?? q.lemma].some((l) => telling.has(l) || isReportingVerb(l)));
  // "has repeatedly accused the UAE of …, claims that Abu Dhabi has denied": a charge told as repeated is a
  // standing dispute, and so is its denial.
  const repeated = (v: number) => units.slice(Math.max(0, v - 3), v).some((w) => w.group === null && eventLexicon().repeatedTelling.has(w.lower));
  for (let k = before.length - 1; k >= 0; k--) {
    if (repeated(before[k]!.head)) return [];
    const tellers = side(before[k]!.subject).filter((x) => !own.has(x.code));
    if (tellers.length > 0) return tellers.map((x) => ({ code: x.code, sector: null }));
  }
  // "China said the vessel had entered its waters, a claim Manila rejected": the party opening the sentence
  // with a verb of saying (which the lexicon does not read) told it.
  const first = units.findIndex((u) => u.group !== null);
  let v = first + 1;
  // world16: the head nouns of the teller's phrase ("the Russian agency said", "Iran's judiciary said").
  if (units[v] && units[v]!.group === null && /^[’']s?$/.test(units[v]!.lower)) v++;
  for (let n = 0; n < 3 && v < p.head && units[v]!.group === null && (units[v]!.pos === 'NOUN' || units[v]!.pos === 'ADJ'); n++) v++;
  while (v < p.head && units[v]!.group === null && (units[v]!.pos === 'AUX' || units[v]!.pos === 'ADV')) v++;
  const verb = units[v];
  if (first < 0 || v >= p.head || repeated(v) || !verb || verb.group !== null || verb.pos !== 'VERB' || !(telling.has(verb.lemma) || isReportingVerb(verb.lemma))) return [];
  return side(phrase([units[first]!.group!], [], first + 1)).filter((x) => !own.has(x.code)).map((x) => ({ code: x.code, sector: null }));
}

function phraseHasActor(ph: Phrase | null): boolean {
  return !!ph && ph.groups.length > 0;
}

const EACH_OTHER = /\b(?:each other|one another|mutual(?:ly)?)\b/i;

// Resolutions of a plural reference that name two parties who act together (or are acted on alike:
// "urging them", "his counterparts in both countries").
const ACTING_PAIR = new Set(['events/pair-reference', 'actors.two-people', 'events/pair-object', 'events/pair-counterpart', 'events/group-reference']);

/**
 * "The UN special envoy for Yemen held talks with …": a party named as an envoy's post right after the party
 * that sent the envoy (title words only between them) stands for the sender (event-cues.yaml envoy-posts,
 * envoy-modifiers). Used where a phrase rule fills a party from the sentence (event-extractor.ts) and in
 * the lexicon's CONSULT readings; other readings keep the post, which recalls and appointments need ("the
 * Kenyan ambassador to Uganda was recalled").
 */
export function envoySide(frame: SentenceFrame, index: number): number {
  const post = frame.groups[index];
  const sender = frame.groups[index - 1];
  if (!post || !sender || sender.resolved) return index;
  const s0 = frame.sentence.span.start;
  const cues = eventCues();
  return cues.envoyTitle.test(frame.sentence.text.slice(sender.span.end - s0, post.span.start - s0))
    && cues.envoyPost.test(frame.sentence.text.slice(sender.span.start - s0, post.span.start - s0)) ? index - 1 : index;
}

function sidesOfGroup(frame: SentenceFrame, index: number): Side[] {
  const group = frame.groups[index];
  if (!group) return [];
  // "bilateral" names a pair, not one party that acts; "the two sides" resolved to the pair of the
  // event just told, or "the two leaders" to two people named, are both parties acting alike
  // ("Both sides condemned the launch": each of them condemned it).
  if (group.resolved && group.codes.length > 1 && !group.mentions.every((m) => ACTING_PAIR.has(m.rule))) return [];
  const sector = group.mentions.map((m) => m.sector).find((s): s is string => !!s) ?? null;
  if (group.resolved && group.codes.length > 1) return group.codes.map((code) => ({ code, sector, pair: index }));
  const guessed = !!sector && group.mentions.every((m) => !m.sector || GUESSED_HOMES.has(m.rule));
  return group.codes.map((code) => (guessed ? { code, sector, guessed } : { code, sector }));
}

// The relative words that may open a clause whose verb follows at once ("the storm that hit …", "which struck").
const SUBJECT_RELATIVES = new Set(['that', 'which', 'who']);

/** Whether the verb at `v` follows a relative word right after a noun of `nouns` ("the quake that struck"). */
function relativeAntecedentIn(units: readonly Unit[], v: number, nouns: ReadonlySet<string>): boolean {
  const rel = units[v - 1];
  const noun = units[v - 2];
  if (!rel || !noun || rel.group !== null || !SUBJECT_RELATIVES.has(rel.lower) || noun.group !== null) return false;
  return nouns.has(noun.lemma) || nouns.has(singular(noun.lower));
}

/** A present participle of saying right after a comma (", saying …", ", adding …"): speech of the subject's. */
function saysAfter(u: Unit | undefined): boolean {
  return !!u && u.group === null && u.pos === 'VERB' && /ing$/.test(u.lower) && isReportingVerb(u.lemma);
}

/** request16: a noun of the `made-act-types` (threats) governed by a verb reacting to it ("dismissed the threat by X"): the act is another's. */
function reactedTo(entry: LexiconEntry, p: Predicate): boolean {
  const lex = eventLexicon();
  return p.kind === 'noun' && !!p.governor && lex.madeActTypes.has(entry.type) && lex.madeActVerbs.has(p.governor.lemma);
}

/**
 * A request noun governed by a verb of answering it ("granted extradition requests"): its subject was asked; an
 * accusation noun read only under the verbs of its `governedBy` list ("rejected Indian allegations", accuse16): its
 * subject was charged.
 */
function answered(entry: LexiconEntry, p: Predicate): boolean {
  return (entry.type === 'REQUEST' || entry.type === 'ACCUSE' && entry.kind === 'noun' && entry.governedBy !== null) && p.kind === 'noun' && !!p.governor && eventLexicon().answeringVerbs.has(p.governor.lemma);
}

let movedCache: Map<string, ReadonlySet<string>> | undefined;
/**
 * What a verb of mobilising moves, by the object lists of its entries ("deploy": troops, police, missiles …): the
 * entry's own list, else every list its lemma's entries give.
 */
function movedBy(entry: LexiconEntry): ReadonlySet<string> {
  if (entry.objects) return entry.objects;
  movedCache ??= new Map();
  let set = movedCache.get(entry.lemma);
  if (!set) {
    set = new Set((eventLexicon().verbs.get(entry.lemma) ?? []).flatMap((e) => (e.type === entry.type && e.objects ? [...e.objects] : [])));
    movedCache.set(entry.lemma, set);
  }
  return set;
}
