/**
 * Who did what to whom: a shallow reading of one tagged sentence in which the actor groups of its
 * frame stand as single units. For a verb it finds the subject, the object and the prepositional
 * phrases after them, turning passives round ("X was detained by Y": Y is the agent); for an event
 * noun the actors before it ("Israeli strikes"), its "by" phrase, its prepositional phrases, and the
 * verb that governs it ("launched strikes on …"). Relative clauses ("troops who shelled …"),
 * appositions and adverbial asides between commas, and coordinated verbs ("attacked X and killed Y")
 * lend their subject. Nothing here knows about event types: the lexicon rule does.
 */
import { z } from 'zod';
import { loadValidated } from '../../core/data-files.js';
import type { TaggedToken } from '../../text/tagger.js';
import type { ActorGroup } from './sentence-frame.js';

const WordList = z.array(z.string().min(1)).min(1);
const ClauseWords = z.strictObject({
  relative: WordList, 'singular-auxiliaries': WordList, 'passive-auxiliaries': WordList, coordinators: WordList, 'happening-verbs': WordList,
  'reporting-verbs': WordList, 'speaker-pronouns': WordList, 'time-words': WordList, 'bare-day-words': WordList, 'of-doing-verbs': WordList, 'thanking-words': WordList, 'for-doing-words': WordList,
  particles: WordList, 'aspectual-verbs': WordList, 'quantity-leads': WordList, 'border-nouns': WordList,
  'owned-by-nouns': WordList, 'ambiguous-particles': WordList, 'quantity-nouns': WordList, 'possessive-marks': WordList, 'possessive-pronouns': WordList,
  'noun-compounds': WordList, 'hyphen-nouns': WordList, 'clause-prepositions': WordList, 'clause-openers': WordList, 'adjunct-prepositions': WordList, 'intention-nouns': WordList,
  'span-nouns': WordList, 'phrase-participles': WordList, 'causative-verbs': WordList, magnitudes: WordList, 'acted-on': WordList,
  'amount-units': WordList, 'decision-nouns': WordList, 'decision-taking-verbs': WordList, 'naming-verbs': WordList, 'response-verbs': WordList, 'first-words': WordList, 'backer-participles': WordList, 'leader-participles': WordList, 'title-heads': WordList,
  'led-groups': WordList, 'object-participles': WordList, 'floating-quantifiers': WordList, 'attributive-participles': WordList,
  modals: WordList, 'money-signs': WordList, 'reduced-participles': WordList, 'reduced-participle-preps': WordList, 'reduced-of-participles': WordList,
  'origin-participles': WordList, 'holder-participles': WordList, 'light-passives': WordList, 'schedule-adjectives': WordList, 'portion-nouns': WordList, 'gerund-openers': WordList, 'result-adjectives': WordList, 'result-verbs': WordList,
  'order-verbs': WordList, 'irregular-participles': WordList, 'modifier-participles': WordList, 'plan-announcing-verbs': WordList, 'plan-nouns': WordList,
  'harm-links': WordList, 'member-nouns': WordList, 'belonging-nouns': WordList,
});
// The closed word classes this reader leans on (data/clause-words.yaml), loaded once.
const words = loadValidated('clause-words.yaml', ClauseWords);

/** A token, or an actor group standing in for the tokens it covers. */
export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  readonly lower: string;
  readonly lemma: string;
  /** Index of the frame's actor group, for units that are actors. */
  readonly group: number | null;
  /** For actor units: the lemma is the group's own head noun ("ambassador"), not guessed from an office. */
  readonly nounHead?: boolean;
  /** For actor units: the head noun is written in the plural ("Russian troops"). */
  readonly plural?: boolean;
}

/** What one noun phrase holds: the actor groups in it and the lemmas of its nouns. */
export interface Phrase {
  readonly groups: number[];
  readonly nouns: string[];
  /** Unit index one past the phrase. */
  readonly end: number;
  /** True for the subject of a that-clause read as the verb's object ("demanded that X stop …"). */
  readonly clause?: boolean;
  /** True for a phrase whose actors are the teller's, named by "its"/"their" ("… shelled its villages"): the state, no sector. */
  readonly owned?: boolean;
}

/** A verb or noun with the parties around it. */
export interface Predicate {
  readonly kind: 'verb' | 'noun';
  /** Unit index of the verb or noun. */
  readonly head: number;
  readonly lemma: string;
  readonly particle: string | null;
  readonly passive: boolean;
  readonly subject: Phrase | null;
  readonly object: Phrase | null;
  /** A second noun phrase after the verb: the thing given in "granted Kenya a loan", the retained object
   * of a passive ("was awarded the Order of Friendship by X"); it tells what the deed is about. */
  readonly second?: Phrase | null;
  /** First phrase after each preposition (lower-cased preposition → phrase). */
  readonly preps: ReadonlyMap<string, Phrase>;
  /** For nouns: actors before the noun in its own phrase; lemmas of the two words before it. */
  readonly before: number[];
  readonly modifiers: readonly string[];
  /** For nouns: the preposition that introduces the noun's phrase ("support for talks" → "for"), or null. */
  readonly introducedBy: string | null;
  /** For nouns after a preposition: the subject of the verb of their clause ("X arrived in Y on a visit"). */
  readonly clauseSubject?: Phrase | null;
  /** For nouns after a preposition: the lemma of the verb of their clause ("was recalled for consultations" → recall). */
  readonly clauseVerb?: string | null;
  /** For nouns: the verb whose object the noun is, with that verb's subject. */
  readonly governor: { readonly lemma: string; readonly lower?: string; readonly subject: Phrase | null; readonly passive?: boolean } | null;
  /** The verb whose infinitive the verb (or a noun's governor) is: "threatened to impose sanctions" → threaten. */
  readonly controller?: string | null;
  /** For nouns: an actor owns the noun through a possessive ("Turkey's support for …", "its backing of …"). */
  readonly possessed?: boolean;
  /** A participle after a comma ("…, killing seven"): its subject is lent by the clause before. */
  readonly participle?: boolean;
}

/**
 * A phrase, every field present (`clause` and `owned` undefined unless set): one object literal for all
 * phrases, so that they share one hidden class.
 */
export function phrase(groups: number[], nouns: string[], end: number, clause?: boolean, owned?: boolean): Phrase {
  return { groups, nouns, end, clause, owned };
}

/**
 * `p` with another lemma or object: written out field by field in the order the readers below build
 * predicates in, as a spread copy (`{ ...p, lemma }`) would get a hidden class of its own.
 */
export function predicateWith(p: Predicate, lemma: string = p.lemma, object: Phrase | null = p.object): Predicate {
  return {
    kind: p.kind, head: p.head, lemma, particle: p.particle, passive: p.passive, subject: p.subject, object, second: p.second, preps: p.preps,
    before: p.before, modifiers: p.modifiers, governor: p.governor, introducedBy: p.introducedBy, clauseSubject: p.clauseSubject,
    clauseVerb: p.clauseVerb, controller: p.controller, possessed: p.possessed, participle: p.participle,
  };
}

/**
 * A unit, every field present (`nounHead` and `plural` undefined for a token): one object literal for all
 * units, so that they share one hidden class and the reader's optimised code sees one shape.
 */
function unit(start: number, end: number, pos: string, lower: string, lemma: string, group: number | null, nounHead?: boolean, plural?: boolean): Unit {
  return { start, end, pos, lower, lemma, group, nounHead, plural };
}

// SYM: currency signs inside amounts ("$2 billion").
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'SYM']);
const SKIP_BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
const RELATIVE = new Set(words['relative']);
const BE = new Set(words['passive-auxiliaries']);
const COORD = new Set(words['coordinators']);
const POSSESSIVE = new Set(words['possessive-marks']);
const HAPPEN = new Set(words['happening-verbs']);
const REPORTING = new Set(words['reporting-verbs']);
const SPEAKER_PRONOUNS = new Set(words['speaker-pronouns']);
const TIME_WORDS = new Set(words['time-words']);
const BARE_DAYS = new Set(words['bare-day-words']);
const OF_DOING = new Set(words['of-doing-verbs']);
const FOR_DOING = new Set([...words['thanking-words'], ...words['for-doing-words']]);
const PARTICLES = new Set(words['particles']);
const ASPECTUAL = new Set(words['aspectual-verbs']);
// Participles of a reduced phrase describing the subject ("Militants armed with rockets attacked …").
const MODIFIER_PARTICIPLES = new Set(words['modifier-participles']);
// Verbs announcing a plan ("announced plans to expel …"): their subject does the plan's deed.
const PLAN_ANNOUNCING = new Set(words['plan-announcing-verbs']);
const PLAN_NOUNS = new Set(words['plan-nouns']);
const QUANTITY_LEAD = new Set(words['quantity-leads']);
const BORDER = new Set(words['border-nouns']);
const OWNED_BY = new Set(words['owned-by-nouns']);
const AMBIGUOUS_PARTICLES = new Set(words['ambiguous-particles']);
const QUANTITY = new Set(words['quantity-nouns']);
// Diplomatic titles the tagger calls names when capitalised ("the Kenyan Ambassador").
const TITLE_HEADS = new Set(words['title-heads']);
const AMOUNT_UNITS = new Set(words['amount-units']);
// First word → the words that follow it in a two-word noun ("tear" → "gas").
const COMPOUNDS = new Map<string, Set<string>>();
for (const c of words['noun-compounds']) {
  const [first, second] = c.split(' ') as [string, string];
  COMPOUNDS.set(first, (COMPOUNDS.get(first) ?? new Set()).add(second));
}
// Nouns whose infinitive is their content, not a purpose ("reiterated their readiness to coordinate").
const INTENTION = new Set(words['intention-nouns']);
// Stretches and runs before "of" ("three days of protests", "a spate of attacks"): what follows is what
// happened in them, not what a phrase is about.
const SPAN = new Set(words['span-nouns']);
// Participles the tagger calls verbs that stand inside a noun phrase ("held combined navy drills").
const PHRASE_PARTICIPLES = new Set(words['phrase-participles']);
// Participles the tagger reads as a second verb where they open the object ("hit suspected PKK targets").
const OBJECT_PARTICIPLES = new Set(words['object-participles']);
// Verbs that make their object do the infinitive's deed ("led Mexico to break ties"): the object acts.
const CAUSATIVE = new Set(words['causative-verbs']);
// Nouns of a choice made ("its decision to recall …"): an owner before one does its infinitive's deed.
const DECISION = new Set(words['decision-nouns']);
// Verbs that take such a choice as their subject's own ('approved the decision to send').
const DECISION_TAKING = new Set(words['decision-taking-verbs']);
const POSSESSIVE_PRONOUNS = new Set(words['possessive-pronouns']);
// Verbs of naming inside "what it called …" before a noun.
const NAMING = new Set(words['naming-verbs']);
// Verbs whose "with" phrase is the answer they give ("reacted with sanctions").
const RESPONSE = new Set(words['response-verbs']);
// "was (one of) the first to …"
const FIRST = new Set(words['first-words']);
// "are due to meet": an adjective of a time set between "be" and the infinitive.
const SCHEDULED = new Set(words['schedule-adjectives']);
// "the second shipment of aid": a part or batch of the noun after its "of".
const PORTION = new Set(words['portion-nouns']);
// "Since signing …, X and Y have met": words of time before a gerund opening the sentence.
const GERUND_OPENERS = new Set(words['gerund-openers']);
const RESULT_ADJECTIVES = new Set(words['result-adjectives']);
// Prepositions after a passive verb of harm that lead to the deed that caused it (clause-words.yaml `harm-links`).
const HARM_LINKS = new Set(words['harm-links']);
const RESULT_VERBS = new Set(words['result-verbs']);
// Relative words that may stand for a verb's object ("whose government X accuses", "whom Y expelled").
const RELATIVE_OBJECTS = new Set(['whose', 'which', 'whom']);
// Auxiliaries of one subject: "A and B, who is …" says the clause is about B alone.
const SINGULAR_AUX = new Set(words['singular-auxiliaries']);

/** "…, leaving 20 soldiers dead": a verb whose object ends in an adjective of the state it was left in tells a result. */
export function leavesInState(units: readonly Unit[], p: Predicate): boolean {
  if (p.kind !== 'verb' || p.passive || !p.object || !RESULT_VERBS.has(p.lemma)) return false;
  const last = units[p.object.end - 1];
  const next = units[p.object.end];
  return [last, next].some((u) => !!u && u.group === null && RESULT_ADJECTIVES.has(u.lower));
}
// Verbs of asking and ordering: an infinitive after their object is the object's to do.
const ORDER_VERBS = new Set(words['order-verbs']);
const MODALS = new Set(words.modals);
// "a Swedish diplomat detained in Iran": participles of verbs taking an object that, before a place or time
// phrase, are a reduced passive relative (clause-words.yaml `reduced-participles`, `reduced-participle-preps`).
const REDUCED_PARTICIPLES = new Set(words['reduced-participles']);
const REDUCED_PREPS = new Set(words['reduced-participle-preps']);
const REDUCED_OF = new Set(words['reduced-of-participles']);
// "a proposal put forward by Egypt": participles whose "by" phrase names where the object came from.
const ORIGIN_PARTICIPLES = new Set(words['origin-participles']);
const HOLDER_PARTICIPLES = new Set(words['holder-participles']);
// "A curfew was imposed in X", "protests were held in Y": passives that carry the noun before them.
const LIGHT_PASSIVES = new Set(words['light-passives']);
const MONEY_SIGNS = new Set(words['money-signs']);

/**
 * Whether a noun phrase (an actor or a noun's words) starts at `k`, or a particle then one ("rounded up
 * hundreds of residents").
 */
function startsObject(units: readonly Unit[], k: number): boolean {
  const np = (u: Unit | undefined) => !!u && (u.group !== null || NP_POS.has(u.pos));
  const u = units[k];
  return np(u) || !!u && u.group === null && PARTICLES.has(u.lower) && np(units[k + 1]);
}

/** A modal auxiliary ("would", "could", "'ll"). */
export function isModal(word: string): boolean {
  return MODALS.has(word);
}

/** A currency sign standing alone before a sum ("$", "€"): the sum is money. */
export function isMoneySign(word: string): boolean {
  return MONEY_SIGNS.has(word);
}
// Hyphenated nouns the tagger splits ("sit - in"): read as one noun.
const HYPHEN_NOUNS = new Set(words['hyphen-nouns']);
// Words the tagger calls prepositions that open a clause or a time ("as", "after"): a phrase after one is
// no part of the subject before it ("a strike paralysed Buenos Aires as unions protested").
const CLAUSE_PREPS = new Set(words['clause-prepositions']);
const CLAUSE_OPENERS = new Set(words['clause-openers']);
const ADJUNCT_PREPOSITIONS = new Set(words['adjunct-prepositions']);
const DASHES = new Set(['-', '–', '—']);
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'"]);
const MAGNITUDES = new Set(words.magnitudes);
// The possessive pronouns that own a noun ("his visit", "your support"): data/clause-words.yaml possessive-pronouns.
const OWNER_PRONOUNS = POSSESSIVE_PRONOUNS;
// "A and B have each pledged …", "both have both sent …": a quantifier after the subject or an auxiliary
// floats off the subject; the participle after it is the verb, not a modifier of what follows.
const FLOATING = new Set(words['floating-quantifiers']);
const ATTRIBUTIVE_PARTICIPLES = new Set(words['attributive-participles']);
const IRREGULAR_PARTICIPLES = new Set(words['irregular-participles']);

/** Words of thanking ("thanked X for sending …", data/clause-words.yaml): the thanker received the gift. */
export function thankingWords(): readonly string[] {
  return words['thanking-words'];
}

/** Verbs of naming ("what it called strikes", "described X as a threat", data/clause-words.yaml), for the event lexicon too. */
export function namingVerbs(): readonly string[] {
  return words['naming-verbs'];
}

/** Verbs of asking and ordering ("urged X to", data/clause-words.yaml), for the sector refiner too. */
export function orderVerbs(): readonly string[] {
  return words['order-verbs'];
}

/** Words of time that open a phrase on a gerund ("after attending", data/clause-words.yaml), for the summit reader too. */
export function gerundOpeners(): readonly string[] {
  return words['gerund-openers'];
}

/** Past participles not ending in -ed or -en (data/clause-words.yaml), for the readers of time too. */
export function irregularParticiples(): readonly string[] {
  return words['irregular-participles'];
}
// Prepositions after a subject's head that name what it acts on ("strikes on X", "attacks against X").
const ACTED_ON = new Set(words['acted-on']);
// Nouns of a body of people that "led by X" names through its leader ("a delegation headed by the minister").
const LED_GROUPS = new Set(words['led-groups']);
const MEMBER_NOUNS = new Set(words['member-nouns']);
const BELONGING = new Set(words['belonging-nouns']);

/** Whether a verb lemma reports speech ("said", "told"): an actor just before one is a source, not a party. */
export function isReportingVerb(lemma: string): boolean {
  return REPORTING.has(lemma);
}

/** The noun a named office holder stands for ("Foreign Minister X" → minister), so that "received X" has its guest. */
function officeNoun(mentions: ActorGroup['mentions']): string {
  const role = mentions.find((m) => m.role)?.role ?? '';
  if (role.includes('minister') || role === 'chancellor') return 'minister';
  if (role === 'king' || role === 'emir' || role === 'sultan' || role === 'crown_prince') return 'king';
  if (role === 'president' || role === 'vice_president') return 'president';
  return mentions.some((m) => m.via === 'person') ? 'leader' : '';
}

const OPENING_QUOTES = new Set(['“', '"', '‘']);
const CLOSING_QUOTES = new Set(['”', '"', '’']);

/**
 * "condemned the “illegal” sanctions", "it “strongly” rejected": quote marks around one to three words
 * inside a clause mark the words as the speaker's, they do not break the phrase; they are dropped (in place).
 */
function dropScareQuotes(units: Unit[]): void {
  for (let i = units.length - 3; i >= 1; i--) {
    if (units[i]!.group !== null || !OPENING_QUOTES.has(units[i]!.lower)) continue;
    for (let j = i + 2; j <= i + 4 && j < units.length; j++) {
      const u = units[j]!;
      if (u.group === null && CLOSING_QUOTES.has(u.lower)) {
        const inner = units.slice(i + 1, j);
        if (inner.every((w) => w.group === null && w.pos !== 'PUNCT' && w.pos !== 'VERB' && w.pos !== 'AUX')) {
          units.splice(j, 1);
          units.splice(i, 1);
        }
        break;
      }
      if (u.pos === 'PUNCT') break;
    }
  }
}

// How many units a partial quotation standing as a verb's object may hold.
const QUOTED_OBJECT_MAX = 40;

/**
 * dense18: "the U.S. encourages “continued discussions between India and Pakistan”": a partial quotation opening right
 * after a verb that is no verb of saying is that verb's object in the speaker's words; its quote marks are dropped
 * (in place), so that the object is read as any other.
 */
function dropQuotedObjectMarks(units: Unit[]): void {
  for (let i = units.length - 3; i >= 1; i--) {
    const q = units[i]!;
    const verb = units[i - 1]!;
    // (a present form after an actor the tagger may call a noun: "the U.S. encourages “…”")
    const verbal = verb.pos === 'VERB' || verb.pos === 'NOUN' && /[^s]s$/.test(verb.lower) && units[i - 2]?.group != null;
    if (q.group !== null || !OPENING_QUOTES.has(q.lower) || verb.group !== null || !verbal || isReportingVerb(verb.lemma)) continue;
    const next = units[i + 1]!;
    if (next.group === null && next.pos === 'PUNCT') continue;
    for (let j = i + 2; j <= i + QUOTED_OBJECT_MAX && j < units.length; j++) {
      const u = units[j]!;
      if (u.group !== null || !CLOSING_QUOTES.has(u.lower)) continue;
      units.splice(j, 1);
      units.splice(i, 1);
      // the tagger, seeing the quote, may call a participle opening it a verb ("“continued discussions”"): before a noun it describes it
      const w = units[i]!;
      if (w.group === null && w.pos === 'VERB' && /ed$/.test(w.lower) && units[i + 1]?.group === null && units[i + 1]!.pos === 'NOUN') units[i] = unit(w.start, w.end, 'ADJ', w.lower, w.lemma, null);
      break;
    }
  }
}

// How many units an aside set off by commas between an auxiliary and its verb may hold.
const AUX_ASIDE_MAX = 10;

/**
 * dense18: "he will, “in the near future,” issue new sanctions", "has, according to officials, imposed": an aside set
 * off by commas (its words may be quoted) between an auxiliary and its verb is passed over, so that the verb stands
 * right after its auxiliary as the readers of subjects and tenses expect. An aside that names a party, holds a verb
 * or a clause break of its own is kept.
 */
function dropAuxiliaryAsides(units: Unit[]): void {
  for (let i = units.length - 4; i >= 0; i--) {
    const aux = units[i]!;
    if (aux.group !== null || aux.pos !== 'AUX' || units[i + 1]!.group !== null || units[i + 1]!.lower !== ',') continue;
    for (let k = i + 2; k <= i + 1 + AUX_ASIDE_MAX && k < units.length - 1; k++) {
      const u = units[k]!;
      if (u.group !== null || u.pos === 'VERB' && u.lower !== 'according' || u.pos === 'AUX' || u.lower === ';' || u.lower === '.') break;
      if (u.lower !== ',') continue;
      let after = k + 1;
      if (units[after] && units[after]!.group === null && CLOSING_QUOTES.has(units[after]!.lower)) after++;
      while (units[after]?.pos === 'ADV' && units[after]!.group === null) after++;
      const verb = units[after];
      if (k > i + 2 && verb && verb.group === null && (verb.pos === 'VERB' || MODALS.has(aux.lower) && (verb.pos === 'NOUN' || verb.pos === 'ADJ'))) units.splice(i + 1, (k + 1) - (i + 1) + (units[k + 1] && CLOSING_QUOTES.has(units[k + 1]!.lower) && units[k + 1]!.group === null ? 1 : 0));
      break;
    }
  }
}

/** Units of a sentence: tokens, with each actor group's tokens folded into one unit. */
export function unitsOf(tokens: readonly TaggedToken[], groups: readonly ActorGroup[]): Unit[] {
  const units: Unit[] = [];
  let g = 0;
  for (const t of tokens) {
    while (g < groups.length && groups[g]!.span.end <= t.start) g++;
    const group = groups[g];
    if (group && group.span.start < t.end && t.start < group.span.end) {
      const last = units[units.length - 1];
      // An actor's last word is its head noun where it has one ("Russian diplomats" → diplomat), so
      // that "expelled two Russian diplomats" still has a diplomat for its object.
      // "the Nigerian High Commissioner", "the Kenyan Ambassador": a capitalised title the tagger calls a
      // name is the head noun all the same.
      // A headline in title case ("Russia Expels Three Slovak Diplomats"): such a word ending the group heads it too.
      // kaz17: so does a title before a known holder's name ("Kazakh Ambassador Yermek Kosherbaev was summoned").
      const titleHead = t.pos === 'PROPN' && TITLE_HEADS.has(t.lower) && (group.mentions.some((m) => m.via === 'title' || m.rule.startsWith('actors.title-')) || t.end === group.span.end);
      const head = t.pos === 'NOUN' ? t.lemma : titleHead ? t.lower.replace(/s$/, '') : officeNoun(group.mentions);
      if (last?.group === group.index) {
        // A name after the head noun keeps the noun ("the French ambassador Monday", "envoy John Smith").
        if (t.pos !== 'NOUN' && !titleHead && last.nounHead) continue;
        units[units.length - 1] = unit(last.start, last.end, last.pos, last.lower, head, last.group, t.pos === 'NOUN' || titleHead, t.pos === 'NOUN' && t.lower !== t.lemma && t.lower.endsWith('s'));
        continue;
      }
      units.push(unit(group.span.start, group.span.end, 'ACTOR', t.lower, head, group.index, t.pos === 'NOUN' || titleHead, t.pos === 'NOUN' && t.lower !== t.lemma && t.lower.endsWith('s')));
      continue;
    }
    const last = units[units.length - 1];
    // "sit-in", "walk-out": the word after a dash that joins a known noun
    const dash = units[units.length - 2];
    if (last && dash && last.group === null && dash.group === null && DASHES.has(last.lower) && last.start === dash.end && t.start === last.end
      && HYPHEN_NOUNS.has(`${dash.lower}-${t.lower}`)) {
      const lower = `${dash.lower}-${t.lower}`;
      units.splice(units.length - 2, 2, unit(dash.start, t.end, 'NOUN', lower, lower, null));
      continue;
    }
    if (last && last.group === null && COMPOUNDS.get(last.lower)?.has(t.lower)) {
      units[units.length - 1] = unit(last.start, t.end, 'NOUN', t.lower, t.pos === 'NOUN' ? t.lemma : t.lower, null);
      continue;
    }
    units.push(unit(t.start, t.end, t.pos, t.lower, t.lemma, null));
  }
  dropScareQuotes(units);
  dropQuotedObjectMarks(units);
  dropAuxiliaryAsides(units);
  // coerce16: "decided to suddenly close the border", "vowed to formally expel": an adverb splitting an infinitive
  // is passed over, so the verb stands right after its "to" as the readers of infinitives expect.
  for (let i = units.length - 2; i >= 1; i--) {
    const u = units[i]!;
    if (!(u.group === null && u.pos === 'ADV' && /ly$/.test(u.lower) && units[i - 1]!.group === null && units[i - 1]!.lower === 'to')) continue;
    const w = units[i + 1]!;
    // the tagger may call the base form an adjective there ("to suddenly close the border"): before a determiner it is the verb
    if (w.group === null && (w.pos === 'ADJ' || w.pos === 'NOUN') && units[i + 2]?.group === null && units[i + 2]!.pos === 'DET') {
      units[i + 1] = unit(w.start, w.end, 'VERB', w.lower, w.lower, null);
    }
    if (units[i + 1]!.group === null && units[i + 1]!.pos === 'VERB') units.splice(i, 1);
  }
  // "X and visiting President Y held talks", "the visiting Kazakh minister": a participle that only
  // describes the actor after it is an adjective of that actor's phrase, not a verb of its own.
  for (let i = 1; i < units.length - 1; i++) {
    const u = units[i]!;
    const before = units[i - 1]!;
    // After "and" only before a person ("and visiting President Y"): "and visiting Pyongyang" is a deed.
    const next = units[i + 1]!;
    if (u.group === null && u.pos === 'VERB' && ATTRIBUTIVE_PARTICIPLES.has(u.lower) && next.group !== null
      && before.group === null && (before.pos === 'DET' || before.pos === 'CCONJ' && next.lemma !== '')) units[i] = unit(u.start, u.end, 'ADJ', u.lower, u.lemma, u.group, u.nounHead, u.plural);
  }
  return units;
}

/** Reads the predicates whose heads the caller chose (`isVerb`, `isNoun` on lemma) from the units. */
export function readPredicates(
  units: readonly Unit[],
  isVerb: (lemma: string, unit: Unit) => boolean,
  isNoun: (lemma: string, unit: Unit) => boolean,
): Predicate[] {
  const out: Predicate[] = [];
  const subjects = new Map<number, Phrase | null>();
  const subjectOfVerb = (v: number): Phrase | null => {
    if (!subjects.has(v)) subjects.set(v, findSubject(units, v, subjectOfVerb));
    return subjects.get(v)!;
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.group !== null) continue;
    // The tagger calls some past forms nouns ("Pakistan shot down …"): a known verb form right after
    // an actor or an auxiliary is read as a verb all the same.
    const verbal = u.pos === 'VERB' || u.pos === 'AUX' && u.lemma !== 'be'
      || u.pos === 'NOUN' && /(?:ed|ot|uck|ught|ew|ok)$/.test(u.lower) && (units[i - 1]?.group !== null || units[i - 1]?.pos === 'AUX')
      // "A and B have each pledged aid": a past form after a floating quantifier, whatever the tagger called it
      || (u.pos === 'ADJ' || u.pos === 'NOUN') && /(?:ed|en|nt|wn|ght)$/.test(u.lower) && floatingBefore(units, i)
      // "Polish truckers blockaded …": a past form tagged as an adjective after the subject's noun
      // "Warsaw would close its border": a verb after a modal, whatever the tagger called it
      || (u.pos === 'ADJ' || u.pos === 'NOUN') && units[i - 1]?.pos === 'AUX' && units[i - 1]!.group === null && MODALS.has(units[i - 1]!.lower)
      || u.pos === 'ADJ' && /ed$/.test(u.lower) && (units[i - 1]?.group != null || units[i - 1]?.pos === 'NOUN' && units[i - 2]?.group != null) && startsObject(units, i + 1)
      || u.pos === 'NOUN' && /ing$/.test(u.lower) && units[i - 1]?.pos === 'VERB' && ASPECTUAL.has(units[i - 1]!.lemma)
      // "Restrictions … were relaxed by Washington": a past participle tagged as an adjective after a form of
      // "be" and before its agent is a passive verb
      || u.pos === 'ADJ' && /ed$/.test(u.lower) && units[i + 1]?.group === null && units[i + 1]!.lower === 'by' && isPassive(units, i)
      // "accused Azerbaijani troops of opening fire": the gerund after the one accused tells the deed
      || u.pos === 'NOUN' && /ing$/.test(u.lower) && units[i - 1]?.lower === 'of' && units[i - 1]!.group === null && accusedBefore(units, i - 1)
      // "The Philippines demands that …", "Russia warns Kyiv": a present form after an actor, before a clause or phrase
      || u.pos === 'NOUN' && /[^s]s$/.test(u.lower) && units[i - 1]?.group != null && startsClauseOrPhrase(units[i + 1]);
    // "…, leaving three soldiers wounded": the state the object of "leave" is left in is no deed of its own.
    if (u.pos === 'VERB' && RESULT_ADJECTIVES.has(u.lower) && i > 0 && units[phraseStart(units, i - 1) - 1]?.group === null && units[phraseStart(units, i - 1) - 1]!.lemma === 'leave') continue;
    // "the scrapping of agreements": a gerund after a determiner is a noun, known by its own form.
    // "Brazil's backing for …": after a possessive mark too.
    if (u.pos === 'VERB' && /ing$/.test(u.lower) && (units[i - 1]?.group === null && (units[i - 1]!.pos === 'DET' || OWNER_PRONOUNS.has(units[i - 1]!.lower) || POSSESSIVE.has(units[i - 1]!.lower)) || modifiedGerund(units, i) || openingGerund(units, i)) && isNoun(u.lower, u)) {
      out.push(predicateWith(readNoun(units, i, subjectOfVerb), u.lower, undefined));
    }
    // "large-scale exercises around Taiwan": a plural the tagger called a verb, after a modifier, is a noun.
    else if (u.pos === 'VERB' && /s$/.test(u.lower) && units[i - 1] && units[i - 1]!.group === null && ['ADJ', 'NOUN', 'DET', 'NUM'].includes(units[i - 1]!.pos) && isNoun(u.lemma, u)) {
      out.push(readNoun(units, i, subjectOfVerb));
    }
    // "over the storming of its embassy": a gerund after a determiner names a deed, it does not tell one.
    else if (u.pos === 'VERB' && /ing$/.test(u.lower) && units[i - 1]?.pos === 'DET' && units[i - 1]!.group === null) continue;
    // "his internationally recognised acumen": a participle inside a noun phrase describes, it tells no deed.
    else if (verbal && isVerb(u.lemma, u) && !isAttributiveParticiple(units, i) && !(i >= 2 && actorLed(units, i - 1))) out.push(readVerb(units, i, subjectOfVerb));
    else if ((u.pos === 'NOUN' || u.pos === 'PROPN') && isNoun(u.lemma, u)) out.push(readNoun(units, i, subjectOfVerb));
  }
  return out;
}

function readVerb(units: readonly Unit[], v: number, subjectOfVerb: (v: number) => Phrase | null): Predicate {
  let j = v + 1;
  let particle: string | null = null;
  if (units[j] && PARTICLES.has(units[j]!.lower) && units[j]!.group === null) {
    particle = units[j]!.lower;
    // A preposition with its phrase after it stays a preposition ("rallied in Nairobi"); a particle
    // that stands alone is part of the verb ("pulled out", "cracked down on").
    const next = units[j + 1];
    if (!(units[j]!.pos === 'ADP' && AMBIGUOUS_PARTICLES.has(units[j]!.lower) && next && (next.group !== null || NP_POS.has(next.pos)))) j++;
  }
  while (units[j]?.pos === 'ADV') j++;
  // material15: "demonstrated Monday in Bamako", "spoke Tuesday with X": a bare day is passed over (not "Monday's").
  if (units[j] && units[j]!.group === null && BARE_DAYS.has(units[j]!.lower) && !/^['’]s?$/.test(units[j + 1]?.lower ?? '')) {
    j++;
    while (units[j]?.pos === 'ADV') j++;
  }
  // "warned on Tuesday that …": a time phrase right after the verb is passed over.
  if (units[j]?.pos === 'ADP' && units[j]!.group === null && units[j + 1] && units[j + 1]!.group === null && TIME_WORDS.has(units[j + 1]!.lower)) {
    j += 2;
    while (units[j] && units[j]!.group === null && (TIME_WORDS.has(units[j]!.lower) || units[j]!.pos === 'NUM')) j++;
  }
  // "deported more than 10,000 Haitians", "killed at least 20 soldiers"
  for (let k = j; k < j + 3 && units[k] && units[k]!.group === null && QUANTITY_LEAD.has(units[k]!.lower); k++) {
    if (units[k + 1]?.pos === 'NUM') {
      j = k + 1;
      break;
    }
  }
  const passive = isPassive(units, v);
  // "protesters detained by police": a participle followed by "by" is passive even without "were".
  // "had spoken by phone with …": after a perfect's "have" the participle is active, its "by" a means.
  const reducedPassive = !passive && !afterPerfect(units, v) && (/(?:ed|en|wn)$/.test(units[v]!.lower) && (units[v + 1]?.lower === 'by' || insidePrepositionalPhrase(units, v)) || reducedRelative(units, v));
  let object: Phrase | null = null;
  // A pronoun followed by a verb opens a clause ("warned it would …"), it is no object.
  const pronounClause = (units[j]?.pos === 'PRON' || isPronounActor(units[j])) && (units[j + 1]?.pos === 'AUX' || units[j + 1]?.pos === 'VERB');
  // "Kyiv said Russian troops shelled its border villages": "its" stands for the teller.
  const owned = tellerOwned(units, v, subjectOfVerb);
  // "struck suspected rebel camps", "shelled disputed villages": the participle opens the object
  const openingParticiple = !!units[j] && units[j]!.group === null && OBJECT_PARTICIPLES.has(units[j]!.lower)
    && !!units[j + 1] && (units[j + 1]!.group !== null || NP_POS.has(units[j + 1]!.pos));
  if (!passive && !reducedPassive && openingParticiple) j++;
  // dense18: "sent off to Indonesia much needed supplies": a "to" phrase naming a party before the object (the object
  // shifted after it) is read with the verb's phrases; the object follows it.
  // ("much needed supplies": an adverb and a participle may open the object)
  let shiftedTo = -1;
  if (!passive && !reducedPassive && units[j]?.group === null && units[j]!.lower === 'to' && units[j + 1]?.group != null) {
    let k = j + 2;
    while (units[k]?.pos === 'ADV' && units[k]!.group === null) k++;
    if (units[k]?.group === null && units[k]!.pos === 'VERB' && /ed$/.test(units[k]!.lower) && units[k + 1]?.group === null && NP_POS.has(units[k + 1]!.pos)) k++;
    if (units[k]?.group === null && NP_POS.has(units[k]!.pos) && units[k]!.pos !== 'DET' || units[k]?.group === null && units[k]!.pos === 'DET' && units[k + 1] && NP_POS.has(units[k + 1]!.pos)) {
      shiftedTo = j;
      j = k;
    }
  }
  if (!passive && !reducedPassive && units[j] && !pronounClause && (NP_POS.has(units[j]!.pos) || units[j]!.group !== null || units[j]!.pos === 'PRON' && !RELATIVE.has(units[j]!.lower))) {
    object = owned(j, readPhrase(units, j));
    j = object.end;
  }
  // "resumed shelling of border villages": a gerund's "of" phrase is what it acts on.
  if (!object && !passive && !reducedPassive && /ing$/.test(units[v]!.lower) && units[j]?.lower === 'of' && units[j]!.group === null
    && units[j + 1] && (units[j + 1]!.group !== null || NP_POS.has(units[j + 1]!.pos))) {
    object = readPhrase(units, j + 1);
    j = object.end;
  }
  // "halted fighting", "stopped shelling": a bare gerund right after the verb is the thing it acts on.
  if (!object && !passive && !reducedPassive && units[j]?.pos === 'VERB' && units[j]!.group === null && /ing$/.test(units[j]!.lower)
    && !(units[j + 1] && (units[j + 1]!.group !== null || NP_POS.has(units[j + 1]!.pos)))) {
    object = phrase([], [units[j]!.lower], j + 1);
    j = j + 1;
  }
  // "demanded that X stop …": the clause's subject is the side the demand is made of.
  if (!object && !passive && !reducedPassive && units[j]?.lower === 'that' && units[j + 1] && !isPronounActor(units[j + 1]) && (units[j + 1]!.group !== null || NP_POS.has(units[j + 1]!.pos))) {
    const clauseSubject = readPhrase(units, j + 1);
    if (clauseSubject.groups.length) {
      object = phrase(clauseSubject.groups, clauseSubject.nouns, clauseSubject.end, true, clauseSubject.owned);
      j = clauseSubject.end;
    }
  }
  // "warned (that) it would halt imports of Lithuanian goods": a clause whose subject is a pronoun lends
  // its verb's object and phrases.
  if (!object && !passive && !reducedPassive) {
    let c = units[j]?.lower === 'that' ? j + 1 : j;
    if (units[c] && (units[c]!.pos === 'PRON' && units[c]!.group === null || isPronounActor(units[c])) && SPEAKER_PRONOUNS.has(units[c]!.lower)) {
      c++;
      while (units[c] && (units[c]!.pos === 'AUX' || units[c]!.pos === 'ADV' || units[c]!.pos === 'PART')) c++;
      if (units[c]?.pos === 'VERB') {
        c++;
        if (units[c] && PARTICLES.has(units[c]!.lower) && units[c]!.group === null && units[c]!.pos !== 'ADP') c++;
        if (units[c] && (NP_POS.has(units[c]!.pos) || units[c]!.group !== null)) {
          const clauseObject = readPhrase(units, c);
          if (clauseObject.groups.length) object = clauseObject;
          // the clause's own phrases follow its object ("cut gas supplies to Bulgaria")
          j = clauseObject.end;
        }
      }
    }
  }
  // "gunmen shot and killed two police officers", "stormed and seized a Kenyan base": a verb with no object
  // of its own, joined by a conjunction to the next verb, acts on that verb's object (when it names a party).
  if (!object && !passive && !reducedPassive && units[j] && units[j]!.group === null && COORD.has(units[j]!.lower)) {
    let c = j + 1;
    while (units[c]?.pos === 'ADV' && units[c]!.group === null) c++;
    if (units[c]?.pos === 'VERB' && units[c]!.group === null && !/ing$/.test(units[c]!.lower) && !isPassive(units, c)) {
      c++;
      while (units[c]?.pos === 'ADV' && units[c]!.group === null) c++;
      if (units[c] && units[c]!.group === null && OBJECT_PARTICIPLES.has(units[c]!.lower) && units[c + 1] && (units[c + 1]!.group !== null || NP_POS.has(units[c + 1]!.pos))) c++;
      if (units[c] && (NP_POS.has(units[c]!.pos) || units[c]!.group !== null) && !(units[c]!.pos === 'PRON' && units[c]!.group === null)) {
        const shared = owned(c, readPhrase(units, c));
        if (shared.groups.length) {
          object = shared;
          j = shared.end;
        }
      }
    }
  }
  // "granted Kenya a loan", "was awarded the Order of Friendship by X": a second phrase after an actor
  // object or after a passive verb names what was given.
  let second: Phrase | null = null;
  const afterActor = object !== null && object.end > 0 && units[object.end - 1]!.group !== null;
  if ((afterActor || passive && !object) && units[j] && units[j]!.group === null && (units[j]!.pos === 'DET' || units[j]!.pos === 'NUM' || units[j]!.pos === 'ADJ' || units[j]!.pos === 'NOUN' || units[j]!.pos === 'SYM')) {
    const ph = readPhrase(units, j);
    if (ph.nouns.length) {
      second = ph;
      j = ph.end;
    }
  }
  const preps = readPreps(units, j, owned);
  if (shiftedTo >= 0 && !preps.has('to')) preps.set('to', readPhrase(units, shiftedTo + 1));
  // "threatened to strike X", "vowed to impose sanctions on X": the complement's object and phrases
  // name the other side.
  if (!object && units[j]?.lower === 'to' && units[j + 1]?.pos === 'VERB') {
    let c = j + 2;
    if (units[c] && PARTICLES.has(units[c]!.lower) && units[c]!.group === null) c++;
    while (units[c] && (units[c]!.pos === 'ADV' || units[c]!.pos === 'DET' && units[c + 1]?.pos !== 'NOUN' && units[c + 1]?.group === null)) c++;
    if (units[c] && (NP_POS.has(units[c]!.pos) || units[c]!.group !== null)) {
      const complement = readPhrase(units, c);
      if (complement.groups.length) object = complement;
      for (const [k, ph] of readPreps(units, complement.end)) if (!preps.has(k)) preps.set(k, ph);
    }
  }
  // "Kagame, whose government Kinshasa accuses of backing the rebels, …": in a relative clause whose relative
  // word stands for the object, the verb acts on the phrase the clause hangs on.
  if (!object && !passive && !reducedPassive) object = relativeObject(units, v);
  return {
    // Every field of a predicate, in the one order a noun's has too (one hidden class for both kinds).
    kind: 'verb', head: v, lemma: units[v]!.lemma, particle, passive: passive || reducedPassive,
    subject: reducedPassive ? nounPhraseBefore(units, v) : subjectOfVerb(v), object, second, preps, before: [], modifiers: [], governor: null, introducedBy: null,
    clauseSubject: undefined, clauseVerb: undefined,
    controller: controllerOf(units, v),
    possessed: undefined,
    participle: /ing$/.test(units[v]!.lower) && units[v - 1]?.lower === ',',
  };
}

/**
 * The phrase a relative clause hangs on when its relative word ("whose government", "which", "whom") is the
 * object of the verb at `v` and a subject naming an actor stands between them; null otherwise.
 */
function relativeObject(units: readonly Unit[], v: number): Phrase | null {
  return relativeParts(units, v)?.object ?? null;
}

/** The object a relative word stands for and where the clause's own subject starts (see relativeObject). */
function relativeParts(units: readonly Unit[], v: number): { object: Phrase; subjectStart: number } | null {
  let i = v - 1;
  while (i >= 0 && units[i]!.group === null && (units[i]!.pos === 'AUX' || units[i]!.pos === 'ADV')) i--;
  if (i < 0 || units[i]!.group === null) return null;
  let r = i - 1;
  while (r >= 0 && v - r <= 8 && (units[r]!.group !== null || NP_POS.has(units[r]!.pos) && !RELATIVE_OBJECTS.has(units[r]!.lower))) r--;
  const rel = units[r];
  if (!rel || rel.group !== null || !RELATIVE_OBJECTS.has(rel.lower)) return null;
  // "whose government Kinshasa accuses": a noun owned by the antecedent, then the clause's own subject
  // ("whose troops Baku accuses": the owned noun may itself be an actor)
  if (rel.lower === 'whose' && !(units[r + 1] && (units[r + 1]!.group !== null || units[r + 1]!.pos === 'NOUN') && units[r + 2] && units[r + 2]!.group !== null)) return null;
  if (rel.lower !== 'whose' && r + 1 > i) return null;
  const end = units[r - 1]?.lower === ',' ? r - 1 : r;
  const antecedent = nounPhraseBefore(units, end);
  return antecedent.groups.length ? { object: antecedent, subjectStart: rel.lower === 'whose' ? r + 2 : r + 1 } : null;
}

function readNoun(units: readonly Unit[], n: number, subjectOfVerb: (v: number) => Phrase | null): Predicate {
  // The noun's own phrase to its left: "Israeli air strikes", "Russia's invasion", "the two sides' clashes".
  const before: number[] = [];
  let k = n - 1;
  while (k >= 0) {
    const u = units[k]!;
    if (u.group !== null) before.push(u.group);
    else if (DASHES.has(u.lower) && units[k - 1] && units[k - 1]!.group === null && units[k + 1]!.group === null && units[k - 1]!.end === u.start && units[k + 1]!.start === u.end) {
      // "large-scale exercises": a hyphen inside the phrase
    } else if ((COORD.has(u.lower) || u.lower === ',') && units[k - 1]?.group !== null && units[k + 1]?.group !== null && units[k - 1]) {
      // "French and British strikes": coordinated actors before the noun
    } else if ((COORD.has(u.lower) || u.lower === ',') && k + 1 < n && (nominal(units[k - 1]) || COORD.has(u.lower) && units[k - 1]?.lower === ',')
      && (nominal(units[k + 1]) || u.lower === ',' && COORD.has(units[k + 1]!.lower))) {
      // "joint army, navy and air force exercises": coordinated words inside the noun's own phrase
    } else if (COORD.has(u.lower) && k + 1 < n && units[k - 1]?.group === null && units[k - 1]!.pos === 'ADJ' && units[k + 1]!.group === null && units[k + 1]!.pos === 'ADJ') {
      // "economic and diplomatic measures", "financial and military aid": coordinated adjectives of the noun
    } else if (u.group === null && PHRASE_PARTICIPLES.has(u.lower)) {
      // "combined navy drills", "combined-arms exercises"
    } else if (u.group === null && u.lower === ')' && glossStart(units, k) < k) {
      // "an additional $20 million (Rs94 crore) aid": a gloss in brackets inside the noun's own phrase (types15)
      k = glossStart(units, k);
    } else if (!(NP_POS.has(u.pos) || POSSESSIVE.has(u.lower) || u.pos === 'PART' && POSSESSIVE.has(u.lower) || isAttributiveParticiple(units, k)
      // "expressed its support", "offered his condolences": a possessive pronoun opens the noun's phrase
      || u.pos === 'PRON' && OWNER_PRONOUNS.has(u.lower))) break;
    k--;
  }
  const modifiers = [units[n - 1], units[n - 2], units[n - 3]].filter((u): u is Unit => !!u && u.group === null).map((u) => u.lemma || u.lower);
  // Actors before the noun count as modifiers too ("Israeli strikes"): their words are not lemmas.
  let j = n + 1;
  // "support and solidarity for X", "aid and assistance to X": a noun joined to the head shares its phrases.
  if (units[j]?.group === null && units[j]!.lower === 'and') {
    let c = j + 1;
    while (units[c]?.group === null && units[c]!.pos === 'ADJ') c++;
    if (units[c]?.group === null && units[c]!.pos === 'NOUN' && units[c + 1]?.group === null && units[c + 1]!.pos === 'ADP') j = c + 1;
  }
  // "Clashes erupted in X", "protests rocked X": a verb of happening leads on to the place.
  let location: Phrase | null = null;
  // "talks held in the palace between A and B": a participle after the noun leads on to its phrases.
  if (units[j]?.pos === 'VERB' && units[j]!.group === null && (/ed$/.test(units[j]!.lower) || units[j]!.lower === 'held')) {
    // "shelling carried out by …": the participle's particle comes along
    const particle = units[j + 1] && PARTICLES.has(units[j + 1]!.lower) && units[j + 2]?.pos === 'ADP' ? 1 : 0;
    if (units[j + 1 + particle]?.pos === 'ADP') j += 1 + particle;
  }
  // "demonstrations have rocked Kenya": auxiliaries before the verb of happening
  let h = j;
  while (units[h]?.pos === 'AUX' && units[h]!.group === null) h++;
  if (h > j && units[h]?.pos === 'VERB' && HAPPEN.has(units[h]!.lemma)) j = h;
  if (units[j]?.pos === 'VERB' && HAPPEN.has(units[j]!.lemma)) {
    j++;
    if (units[j] && PARTICLES.has(units[j]!.lower)) j++;
    if (units[j]?.group !== null && units[j]) {
      location = readPhrase(units, j);
      j = location.end;
    }
  }
  // A phrase opening the sentence ("At the invitation of Z, X paid …") ends at its comma.
  const opening = k === 0 && units[0]!.group === null && units[0]!.pos === 'ADP';
  let comma = units.length;
  if (opening) for (let c = j; c < units.length; c++) if (units[c]!.group === null && units[c]!.lower === ',') { comma = c; break; }
  const preps = readPreps(comma < units.length ? units.slice(0, comma) : units, j);
  if (location && !preps.has('in')) preps.set('in', location);
  // The governing verb: walk left over the phrase's determiners and adjectives to a verb.
  let g = k;
  let quantity = false;
  while (g >= 0 && (units[g]!.pos === 'ADP' && units[g]!.lower === 'of' || units[g]!.pos === 'NOUN' && QUANTITY.has(units[g]!.lemma) || isSpan(units[g]!))) {
    quantity ||= units[g]!.pos !== 'ADP';
    g--;
  }
  // "declared a state of emergency", "launched a fresh wave of strikes": the quantity's own determiner and adjectives
  if (quantity) while (g >= 0 && units[g]!.group === null && (units[g]!.pos === 'DET' || units[g]!.pos === 'ADJ' || units[g]!.pos === 'NUM')) g--;
  // "announced $250 million in assistance to X": an amount before "in" is how much of the noun was given,
  // and the verb before the amount governs the noun.
  const amount = g === k ? amountBefore(units, k) : -1;
  if (amount >= 0) g = amount;
  // "launched what it called pre-emptive strikes", "what Moscow described as …": the verb before "what" governs the noun.
  const named = namedAfterWhat(units, g);
  if (named >= 0) g = named;
  let governor: Predicate['governor'] = null;
  if (g >= 0 && units[g]!.group === null && (units[g]!.pos === 'VERB' || units[g]!.pos === 'AUX') && (k - g <= (quantity ? 6 : amount >= 0 ? 9 : 3) || named >= 0)) {
    // "he was handed a protest": the subject of a passive governor receives the noun, it does not act.
    governor = { lemma: units[g]!.lemma, lower: units[g]!.lower, subject: isPassive(units, g) ? null : subjectOfVerb(g), passive: undefined };
  } else if (g >= 1 && (PARTICLES.has(units[g]!.lower) || units[g]!.lower === 'under'
    // "were killed during clashes", "were wounded after an ambush by …": the harm suffered in the deed (types15)
    || HARM_LINKS.has(units[g]!.lower) && RESULT_ADJECTIVES.has(units[g - 1]!.lower) && isPassive(units, g - 1)) && units[g - 1]!.pos === 'VERB') {
    // "went on strike", "came under heavy shelling"; "were killed in an air strike": a passive verb's subject
    // suffered the deed (marked, so that only a two-sided deed takes it for a doer: "killed in clashes with …").
    governor = { lemma: units[g - 1]!.lemma, lower: units[g - 1]!.lower, subject: subjectOfVerb(g - 1), passive: isPassive(units, g - 1) ? true : undefined };
  } else if (g >= 1 && g === k && units[g]!.group === null && units[g]!.lower === 'with' && units[g - 1]!.group === null && units[g - 1]!.pos === 'VERB' && RESPONSE.has(units[g - 1]!.lemma)) {
    // "Moscow reacted with trade sanctions against Ankara": the answer given is the verb's subject's deed
    governor = { lemma: units[g - 1]!.lemma, lower: units[g - 1]!.lower, subject: isPassive(units, g - 1) ? null : subjectOfVerb(g - 1), passive: undefined };
  }
  // "Sanctions on Iran were imposed by the EU": the noun heads the subject of a passive verb, whose "by"
  // phrase names who imposed them.
  let passiveAt = -1;
  if (!governor && !(units[k]?.group === null && units[k]!.pos === 'ADP')) {
    passiveAt = passiveVerbAfter(units, j);
    if (passiveAt >= 0) {
      governor = { lemma: units[passiveAt]!.lemma, lower: units[passiveAt]!.lower, subject: byAgent(units, passiveAt), passive: undefined };
      // "Sanctions were imposed on Myanmar by the EU": the passive verb's own phrases tell the noun's other side.
      for (const [prep, ph] of readPreps(units, passiveAt + 1)) if (prep !== 'by' && !preps.has(prep)) preps.set(prep, ph);
    }
    // "A curfew was imposed in the Indian state of Manipur": with no "by" phrase, the passive verb's own
    // phrases still tell where the deed was done (it names no doer).
    // "A rally against fuel prices was held in Lagos" (types13): past the noun's own phrases too, the
    // phrases it lacks.
    else {
      let at = j;
      if (preps.size) while (at < units.length && at - j < 16 && (units[at]!.group !== null || PHRASE_POS.has(units[at]!.pos))) at++;
      const bare = bareLightPassiveAfter(units, at);
      if (bare >= 0) for (const [prep, ph] of readPreps(units, bare + 1)) if (!preps.has(prep)) preps.set(prep, ph);
    }
  }
  const lead = units[k];
  // "three days of protests rocked …": the "of" after a stretch of time introduces what happened.
  const spanOf = lead?.lower === 'of' && !!units[k - 1] && (isSpan(units[k - 1]!) || units[k - 1]!.group === null && PORTION.has(units[k - 1]!.lemma));
  const introducedBy = lead && lead.group === null && lead.pos === 'ADP' && !spanOf ? lead.lower : null;
  // "X, who is in Bishkek on a state visit": the subject of the clause the phrase stands in.
  let clauseSubject: Phrase | null = null;
  let clauseVerb: string | null = null;
  if (introducedBy && !governor) {
    // "X is on a visit to Y, at the invitation of Z": one comma may stand between the verb and the phrase.
    let commas = 0;
    for (let c = k - 1; c >= 0 && k - c <= 14; c--) {
      const w = units[c]!;
      if (w.group === null && w.lower === ';') break;
      if (w.group === null && w.lower === ',' && (++commas > 1 || k - c > 2)) break;
      if (w.group === null && (w.pos === 'VERB' || w.pos === 'AUX')) {
        clauseSubject = subjectOfVerb(c);
        clauseVerb = w.lemma;
        break;
      }
    }
    // "At the invitation of Z, X paid a visit …": a phrase opening the sentence belongs to the clause after its comma.
    if (!clauseSubject && opening && comma < units.length) {
      const ph = readPhrase(units, comma + 1);
      if (ph.groups.length && (units[ph.end]?.pos === 'VERB' || units[ph.end]?.pos === 'AUX' || units[ph.end]?.pos === 'ADV')) clauseSubject = ph;
    }
  }
  const governorAt = passiveAt >= 0 ? passiveAt : governor ? (units[g]!.group === null && (units[g]!.pos === 'VERB' || units[g]!.pos === 'AUX') ? g : g - 1) : -1;
  return {
    // The fields in the order a verb's predicate has them (one hidden class for both kinds).
    kind: 'noun', head: n, lemma: units[n]!.lemma, particle: null, passive: false, subject: null, object: null, second: undefined, preps, before: before.reverse(), modifiers, governor, introducedBy, clauseSubject, clauseVerb,
    controller: governorAt >= 0 ? controllerOf(units, governorAt) : null,
    possessed: possessorOf(units, n) !== null,
    participle: undefined,
  };
}

/**
 * For the unit `g` before a noun's phrase, the verb before "what <party> called/described as" when `g` closes
 * such a naming ("launched what it called strikes"); else -1.
 */
function namedAfterWhat(units: readonly Unit[], g: number): number {
  let v = g;
  if (units[v]?.group === null && units[v]!.lower === 'as' && units[v - 1]?.group === null && NAMING.has(units[v - 1]!.lemma)) v--;
  const verb = units[v];
  if (!verb || verb.group !== null || verb.pos !== 'VERB' || !NAMING.has(verb.lemma)) return -1;
  const who = units[v - 1];
  if (!who || !(who.group !== null || who.pos === 'PRON')) return -1;
  if (units[v - 2]?.group !== null || units[v - 2]?.lower !== 'what') return -1;
  const gov = units[v - 3];
  // ("carried out what …": the particle, which leads to its verb)
  const particle = !!gov && gov.group === null && PARTICLES.has(gov.lower) && units[v - 4]?.group === null && units[v - 4]!.pos === 'VERB';
  return gov && gov.group === null && (gov.pos === 'VERB' || gov.pos === 'AUX' || particle) ? v - 3 : -1;
}

/**
 * Where the words before an amount end, for the "in" at `inAt` that follows the amount ("$250 million in
 * aid", "more than 2 billion euros in loans"): the index of the unit before the amount, or -1 when no
 * amount (a number with its currency, magnitude and leads) stands right before "in".
 */
function amountBefore(units: readonly Unit[], inAt: number): number {
  const at = units[inAt];
  if (!at || at.group !== null || at.lower !== 'in') return -1;
  let a = inAt - 1;
  let number = false;
  while (a >= 0 && units[a]!.group === null) {
    const u = units[a]!;
    if (u.pos === 'NUM') number = true;
    else if (!(u.pos === 'SYM' || u.pos === 'DET' || u.pos === 'ADJ' || MAGNITUDES.has(u.lower) || QUANTITY_LEAD.has(u.lower) || AMOUNT_UNITS.has(u.lower))) break;
    a--;
  }
  return number && a < inAt - 1 ? a : -1;
}

/** A word that may stand inside a noun's own phrase on either side of "and" or a comma: an actor or a noun. */
function nominal(u: Unit | undefined): boolean {
  return !!u && (u.group !== null || u.pos === 'NOUN');
}

/**
 * A gerund opening the sentence before a verb of happening ("Heavy fighting broke out between …"): a noun.
 * An opening adverbial set off by a comma ("Earlier, fighting continued …", "On Monday, …") and a
 * prepositional phrase between gerund and verb ("fighting between A and B continued") leave it opening.
 */
function openingGerund(units: readonly Unit[], i: number): boolean {
  let from = 0;
  const comma = units.slice(0, i).map((w) => w.lower).lastIndexOf(',');
  if (comma >= 0 && comma <= 4 && units.slice(0, comma).every((w) => w.group === null && w.pos !== 'VERB' && w.pos !== 'AUX')) from = comma + 1;
  if (i - from > 2 || units.slice(from, i).some((w) => w.group !== null || !(w.pos === 'ADJ' || w.pos === 'PROPN' || w.pos === 'DET'))) return false;
  let h = i + 1;
  // "between Thai and Cambodian troops": a preposition and its noun phrase, actors and "and" included
  if (units[h]?.pos === 'ADP' && units[h]!.group === null) {
    h++;
    while (units[h] && (units[h]!.group !== null || NP_POS.has(units[h]!.pos) || COORD.has(units[h]!.lower)) && h - i < 10) h++;
  }
  while (units[h]?.pos === 'AUX' && units[h]!.group === null) h++;
  return units[h]?.pos === 'VERB' && units[h]!.group === null && HAPPEN.has(units[h]!.lemma);
}

/**
 * A stretch or run before "of" ("days", "Weeks" opening a sentence, "a spate"). A time word counts only
 * in the plural: "in the first week of a crackdown" dates a deed told elsewhere in the clause.
 */
function isSpan(u: Unit): boolean {
  if (u.group !== null || !(u.pos === 'NOUN' || u.pos === 'PROPN')) return false;
  if (TIME_WORDS.has(u.lemma) || TIME_WORDS.has(u.lower.replace(/s$/, ''))) return /s$/.test(u.lower) && SPAN.has(u.lower.replace(/s$/, ''));
  return SPAN.has(u.lemma) || SPAN.has(u.lower);
}

/** The verb before "to" whose infinitive the verb at `v` is ("threatened to impose" → threaten), or null. */
function controllerOf(units: readonly Unit[], v: number): string | null {
  const to = units[v - 1];
  // "threatened on Monday to impose", "warned last week to …": a phrase of time between the verb and its "to".
  let k = v - 2;
  if (units[k] && units[k]!.group === null && TIME_WORDS.has(units[k]!.lower)) {
    let j = k - 1;
    while (j >= v - 5 && units[j] && units[j]!.group === null && (units[j]!.pos === 'ADP' || units[j]!.pos === 'DET' || units[j]!.pos === 'NUM' || units[j]!.pos === 'ADJ' || TIME_WORDS.has(units[j]!.lower))) j--;
    if (j < k - 1 && units[j] && units[j]!.group === null && units[j]!.pos === 'VERB') k = j;
  }
  const verb = units[k];
  if (!to || to.lower !== 'to' || to.group !== null || !verb || verb.group !== null) return null;
  return verb.pos === 'VERB' || verb.pos === 'AUX' || verb.pos === 'NOUN' && /[^s]s$/.test(verb.lower) && units[k - 1]?.group != null ? verb.lemma : null;
}

/** A gerund after adjectives or a nationality, after a determiner or preposition ("under heavy Russian shelling"): a noun. */
function modifiedGerund(units: readonly Unit[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (units[k]!.pos === 'ADJ' && units[k]!.group === null || units[k]!.group !== null && units[k]!.lemma === '')) k--;
  const lead = units[k];
  return k < i - 1 && !!lead && lead.group === null && (lead.pos === 'DET' || lead.pos === 'ADP');
}

/** An actor the actor layer resolved from a pronoun ("it said", "they would"): its unit keeps the word. */
function isPronounActor(u: Unit | undefined): boolean {
  return !!u && u.group !== null && SPEAKER_PRONOUNS.has(u.lower);
}

/** Whether a unit can open a verb's complement: "that", a determiner, a pronoun, an actor or "to". */
function startsClauseOrPhrase(u: Unit | undefined): boolean {
  return !!u && (u.group !== null || u.lower === 'that' || u.lower === 'to' || u.pos === 'DET' || u.pos === 'PRON');
}

/** Whether a floating quantifier after the subject or an auxiliary stands just before `k` ("have each pledged"). */
function floatingBefore(units: readonly Unit[], k: number): boolean {
  const q = units[k - 1];
  const lead = units[k - 2];
  return !!q && !!lead && q.group === null && FLOATING.has(q.lower) && (lead.group !== null || lead.pos === 'AUX');
}

/** A past participle inside a noun phrase, after a determiner or adjective and before its noun ("an expanded loan"). */
function isAttributiveParticiple(units: readonly Unit[], k: number): boolean {
  const u = units[k];
  let p = k - 1;
  // "its internationally recognised expertise": adverbs may stand between
  // A possessive pronoun may stand for an actor ("his"): its unit keeps the word. A whole actor phrase that
  // opens with one ("its troops killed …") has a head noun of its own and is a subject, not a determiner.
  const determiner = (w: Unit | undefined) => !!w && (OWNER_PRONOUNS.has(w.lower) && !(w.group !== null && w.nounHead)
    || w.group === null && (w.pos === 'DET' || POSSESSIVE.has(w.lower)));
  while (units[p]?.pos === 'ADV' && units[p]!.group === null && (determiner(units[p - 1]) || units[p - 1]?.pos === 'ADV')) p--;
  const prev = units[p];
  const next = units[k + 1];
  if (floatingBefore(units, k)) return false;
  return !!u && !!prev && !!next && u.group === null && u.pos === 'VERB' && (/(?:ed|en)$/.test(u.lower) || IRREGULAR_PARTICIPLES.has(u.lower))
    // "executed 50 captured Ukrainian soldiers": a number before it counts as a determiner would
    && (determiner(prev) || prev.group === null && (prev.pos === 'ADJ' || countBefore(units, p)))
    && (next.group !== null || next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.pos === 'SYM');
}

/**
 * A count that opens a noun phrase ("50 captured soldiers"), not a date or a year that stands before
 * the verb ("on March 5 detained …", "in 2022 detained …").
 */
function countBefore(units: readonly Unit[], p: number): boolean {
  const u = units[p];
  const lead = units[p - 1];
  return !!u && u.group === null && u.pos === 'NUM' && !/^(?:1[89]|20)\d\d$/.test(u.lower)
    && !(lead && !QUANTITY_LEAD.has(lead.lower) && (lead.pos === 'ADP' || lead.pos === 'PROPN' || TIME_WORDS.has(lead.lower)));
}

/** A form of "be"/"get" (with adverbs between) right before a past participle. */
/**
 * The participle of a passive verb whose subject a noun phrase is, reading on from `from` over the noun's
 * own phrases ("Sanctions on Iran and Syria were imposed …"), when a "by" phrase with a party follows it;
 * else -1.
 */
/**
 * The lemma of the passive verb whose subject the noun phrase read on from `from` heads, with or without a
 * "by" phrase ("the curfew in Dhaka would be lifted"), or null.
 */
export function passiveLemmaAfter(units: readonly Unit[], from: number): string | null {
  let k = from;
  while (k < units.length && k - from < 16 && (units[k]!.group !== null || PHRASE_POS.has(units[k]!.pos) && units[k]!.pos !== 'CCONJ')) k++;
  const v = verbAfterBe(units, k);
  return v >= 0 && !/ing$/.test(units[v]!.lower) ? units[v]!.lemma : null;
}

/**
 * material15: the lemma of a bare participle standing for a passive after the noun's phrase, as headlines
 * write them ("US aid to Mali suspended following coup", "Japanese aid frozen"): a verb with no "be" and
 * no object after it (a preposition, an adverb or the end follows), or null.
 */
export function bareParticipleLemmaAfter(units: readonly Unit[], from: number): string | null {
  let k = from;
  while (k < units.length && k - from < 16 && (units[k]!.group !== null || PHRASE_POS.has(units[k]!.pos) && units[k]!.pos !== 'CCONJ')) k++;
  const v = units[k];
  if (!v || v.group !== null || v.pos !== 'VERB' || v.lower === v.lemma || /ing$/.test(v.lower)) return null;
  const next = units[k + 1];
  return !next || next.group === null && (next.pos === 'ADP' || next.pos === 'ADV' || next.pos === 'PUNCT' || next.pos === 'SCONJ' || /^(?:following|pending)$/.test(next.lower)) ? v.lemma : null;
}

/** As passiveVerbAfter, with no "by" phrase required, for verbs that carry a noun's event ("was imposed", "were held"). */
function bareLightPassiveAfter(units: readonly Unit[], from: number): number {
  const v = verbAfterBe(units, from);
  return v >= 0 && LIGHT_PASSIVES.has(units[v]!.lemma) ? v : -1;
}

function passiveVerbAfter(units: readonly Unit[], from: number): number {
  let k = from;
  while (k < units.length && k - from < 16 && (units[k]!.group !== null || PHRASE_POS.has(units[k]!.pos) || tightDash(units, k) || k > 0 && tightDash(units, k - 1))) k++;
  const v = verbAfterBe(units, k);
  if (v < 0 || /ing$/.test(units[v]!.lower)) return -1;
  return byAgent(units, v) ? v : -1;
}

/**
 * The verb right after a run of auxiliaries and adverbs from `from` that holds a form of "be" ("would be
 * lifted", "was swiftly imposed"), or -1.
 */
function verbAfterBe(units: readonly Unit[], from: number): number {
  let k = from;
  let be = false;
  for (; k < units.length && units[k]!.group === null && (units[k]!.pos === 'AUX' || units[k]!.pos === 'ADV'); k++) if (BE.has(units[k]!.lemma)) be = true;
  const v = units[k];
  return be && v && v.group === null && v.pos === 'VERB' ? k : -1;
}

/** The "by" phrase naming a party right after the participle at `v` (its particle aside: "carried out by"). */
function byAgent(units: readonly Unit[], v: number): Phrase | null {
  let b = v + 1;
  // "carried out by": a particle is passed over; "imposed on Myanmar by": a preposition with its phrase is not.
  const prepositional = (w: Unit | undefined, next: Unit | undefined) => !!w && w.pos === 'ADP' && w.lower !== 'by' && !!next && (next.group !== null || NP_POS.has(next.pos));
  if (units[b] && units[b]!.group === null && PARTICLES.has(units[b]!.lower) && !prepositional(units[b], units[b + 1])) b++;
  while (units[b]?.group === null && units[b]!.pos === 'ADV') b++;
  // "sanctions were imposed on Myanmar by the EU", "was signed in Oslo on Friday by …": up to two
  // other prepositional phrases may stand between the participle and its "by" phrase.
  for (let hop = 0; hop < 2 && units[b]?.group === null && units[b]!.pos === 'ADP' && units[b]!.lower !== 'by'; hop++) {
    const next = units[b + 1];
    if (!next || !(next.group !== null || NP_POS.has(next.pos))) break;
    b = readPhrase(units, b + 1).end;
  }
  if (units[b]?.group !== null || units[b]?.lower !== 'by') return null;
  const agent = readPhrase(units, b + 1);
  return agent.groups.length > 0 ? agent : null;
}

const PHRASE_POS = new Set(['ADP', 'ADV', 'NUM', 'ADJ', 'DET', 'NOUN', 'PROPN', 'PART', 'CCONJ']);

/**
 * Whether the participle at `v` follows a noun phrase that stands after a preposition ("in a letter released
 * on Thursday", "with the funds frozen in 2022"): such a noun is no subject of a finite verb, so the
 * participle describes it (a reduced passive) and tells no deed of the words before.
 */
function insidePrepositionalPhrase(units: readonly Unit[], v: number): boolean {
  // the participle takes no object: a preposition (not an infinitive's "to"), a comma or the end follows it
  const next = units[v + 1];
  if (next && !(next.group === null && (next.pos === 'ADP' && next.lower !== 'to' || next.pos === 'PUNCT'))) return false;
  let k = v - 1;
  if (!units[k] || units[k]!.group !== null || units[k]!.pos !== 'NOUN') return false;
  while (k >= 0 && units[k]!.group === null && (units[k]!.pos === 'NOUN' || units[k]!.pos === 'ADJ' || units[k]!.pos === 'NUM')) k--;
  if (k >= 0 && units[k]!.group === null && units[k]!.pos === 'DET') k--;
  return k >= 0 && units[k]!.group === null && units[k]!.pos === 'ADP' && units[k]!.lower !== 'of';
}

/** Whether the participle at `v` follows a perfect's "have" ("has spoken", "had already talked"). */
function afterPerfect(units: readonly Unit[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
    const u = units[k]!;
    if (u.group !== null) return false;
    if ((u.pos === 'AUX' || u.pos === 'VERB') && u.lemma === 'have') return true;
    if (u.pos !== 'ADV' && u.pos !== 'PART') return false;
  }
  return false;
}

function isPassive(units: readonly Unit[], v: number): boolean {
  if (/ing$/.test(units[v]!.lower)) return false;
  for (let k = v - 1; k >= 0 && k >= v - 4; k--) {
    const u = units[k]!;
    if (u.group !== null) return false;
    if ((u.pos === 'AUX' || u.pos === 'VERB') && BE.has(u.lemma)) return true;
    if (u.pos !== 'ADV' && u.pos !== 'PART' && u.pos !== 'AUX') return false;
  }
  return false;
}

/** Where the number that lead words of a count ("at least", "more than") at `j` announce stands, else `j`. */
function quantityAhead(units: readonly Unit[], j: number): number {
  for (let k = j; k < j + 3 && units[k] && units[k]!.group === null && QUANTITY_LEAD.has(units[k]!.lower); k++) {
    if (units[k + 1]?.group === null && units[k + 1]!.pos === 'NUM') return k + 1;
  }
  return j;
}

/** Whether a quote mark stands between units `i` (inclusive) and `j` (exclusive): a mark at `j` would close it. */
function quoteOpenBefore(units: readonly Unit[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (units[k]!.group === null && QUOTE_MARKS.has(units[k]!.lower)) return true;
  return false;
}

/** The noun phrase that starts at unit `i`: actors and nouns, through "of" after a quantity and coordination. */
export function readPhrase(units: readonly Unit[], i: number): Phrase {
  const groups: number[] = [];
  const nouns: string[] = [];
  let j = i;
  while (j < units.length) {
    const u = units[j]!;
    if (u.group !== null) {
      // "Iran-backed rebels": the backer is not the phrase's party
      // (sent18: nor is "NATO" in "NATO members Poland and Bulgaria")
      if (!isBacker(units, j) && !describesNext(units, j)) groups.push(u.group);
      if (u.lemma) nouns.push(u.lemma);
    } else if (NP_POS.has(u.pos) || POSSESSIVE.has(u.lower)) {
      // "$50 million": a word of magnitude heads an amount as a noun would ("allocated $50 million to …")
      if (u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'NUM' && MAGNITUDES.has(u.lower)) nouns.push(u.lemma);
    } else if (isAttributiveParticiple(units, j)) {
      // "an expanded loan programme", "the proposed deal": a participle between determiner and noun
    } else if (QUOTE_MARKS.has(u.lower) && u.group === null && j > i && (units[j - 1]!.pos === 'DET' || units[j - 1]!.pos === 'ADJ') && !quoteOpenBefore(units, i, j)
      && units[j + 1] && units[j + 1]!.group === null && (units[j + 1]!.pos === 'ADJ' || units[j + 1]!.pos === 'NOUN')) {
      // accuse16: 'pledged a "harsh reaction" against …', 'lodged a "strong protest" with …': a quote opened inside
      // the phrase before its words quotes them, the phrase goes on
    } else if (j > i && u.group === null && COORD.has(units[j - 1]!.lower) && quantityAhead(units, j) > j) {
      // "… and at least 13 militiamen": the lead words of a count after "and" (types15)
      j = quantityAhead(units, j) - 1;
    } else if (u.pos === 'ADV' && u.group === null && j > i && (isAttributiveParticiple(units, j + 1) || adjectivesThenNoun(units, j + 1))) {
      // "a newly built hospital": the adverb of a participle inside the phrase
      // (sent18: "its most famous political inmates": of adjectives before the phrase's noun)
    } else if (u.pos === 'PRON' && !RELATIVE.has(u.lower) && j === i) {
      // a pronoun object the actor layer did not resolve: nothing to name
    } else if (u.lower === 'with' && j > i && units[j - 1]!.group === null && BORDER.has(units[j - 1]!.lemma) && units[j + 1] && (units[j + 1]!.group !== null || NP_POS.has(units[j + 1]!.pos))) {
      // "its border with Belarus": the phrase goes on to the neighbour
    } else if (u.lower === 'by' && j > i && units[j - 1]!.group === null && OWNED_BY.has(units[j - 1]!.lemma) && units[j + 1] && (units[j + 1]!.group !== null || NP_POS.has(units[j + 1]!.pos))) {
      // "a proposal by President X": the phrase goes on to its owner
    } else if ((u.lower === 'of' || u.lower === 'including') && j > i && units[j + 1] && (units[j + 1]!.group !== null || NP_POS.has(units[j + 1]!.pos))
      // "accused by Congo and the UN of arming the rebels": a gerund after "of" is the deed, no part of the phrase
      // ("the demands of striking miners": a participle before its noun stays in the phrase)
      && !(u.lower === 'of' && units[j + 1]!.group === null && units[j + 1]!.pos !== 'PROPN' && /ing$/.test(units[j + 1]!.lower)
        && !['NOUN', 'ADJ', 'PROPN', 'ACTOR'].includes(units[j + 2]?.pos ?? ''))) {
      // "dozens of protesters", "an ally of the president", "prisoners including ten foreigners": the phrase goes on
    } else if (j > i && groups.length === 0 && u.lower === 'from' && units[j - 1]!.group === null && LED_GROUPS.has(units[j - 1]!.lemma) && units[j + 1]?.group != null) {
      // "received a parliamentary delegation from Vietnam": the body's state is the one it comes from
    } else if (j > i && groups.length === 0 && u.lower === 'from' && units[j - 1]!.group === null && MEMBER_NOUNS.has(units[j - 1]!.lemma)
      && units[j + 1] && (units[j + 1]!.group !== null || units[j + 1]!.pos === 'DET')) {
      // world17: "killed 25 fighters from an Iran-backed militia in Iraq": members are of the body they come from, as with "of"
    } else if (j > i && groups.length === 0 && ledBy(units, j)) {
      // "met a delegation led by Chinese Vice Premier X": a body with no party of its own stands for its leader
      j++;
    } else if (j > i && actorLed(units, j)) {
      // "a Kenyan-led force", "the Saudi-backed coalition": the participle joined to an actor describes the noun
      j++;
    } else if (DASHES.has(u.lower) && units[j - 1]?.group != null && units[j + 1]?.group != null) {
      // "the Kazakhstan - European Union Cooperation Council": two parties joined by a dash
    } else if (j > i && (asWellAs(units, j) || u.lower === ',' && asWellAs(units, j + 1)) && continuesPhrase(units, j + (u.lower === ',' ? 4 : 3))
      && actorAhead(units, j + (u.lower === ',' ? 4 : 3))
      && !butClause(units, j)) {
      // "two Albanian diplomats, as well as the Greek military attache": "as well as" joins the phrase as "and" would (coerce16)
      j += u.lower === ',' ? 3 : 2;
    } else if ((COORD.has(u.lower) || u.lower === ',') && continuesPhrase(units, j + 1) && !(u.lower === ',' && (tellerAhead(units, j + 1) || closesOpeningPhrase(units, j)))
      && !butClause(units, j)) {
      // "Russia and China", "police, troops and …" (but not "…, Foreign Minister X said": the teller)
    } else if (j > i && joinedDash(units, j)) {
      // "low-interest loans", "much-needed aid", "quake-hit Nepal": a hyphen the tagger split inside the
      // phrase; the word after it belongs to the phrase whatever its tag (a noun after it is read as one:
      // "a cease-fire", "the build-up" keep their head)
      if (!NP_POS.has(units[j + 1]!.pos)) j++;
    } else if (j > i && u.lower === ':' && colonListEnd(units, j) > j) {
      // "the presidents of five Central Asian nations: Kazakhstan, …, and Uzbekistan": the states
      // listed after a colon are the phrase's parties, not the group word or count that announced them.
      const end = colonListEnd(units, j);
      groups.length = 0;
      for (let k = j + 1; k < end; k++) if (units[k]!.group !== null && groups[groups.length - 1] !== units[k]!.group) groups.push(units[k]!.group!);
      j = end - 1;
    } else if (j > i && dashListEnd(units, j) > j) {
      // sent18: "threatened America's neighbours and closest trading partners — Canada and Mexico — saying …": the
      // parties set off by spaced dashes after a plural noun are the phrase's parties, not the owner before them.
      const end = dashListEnd(units, j);
      groups.length = 0;
      for (let k = j + 1; k < end; k++) if (units[k]!.group !== null && groups[groups.length - 1] !== units[k]!.group) groups.push(units[k]!.group!);
      j = end;
    } else if (j > i && glossEnd(units, j) > j) {
      // "50 billion yen (US$473 million) in loans": a gloss in brackets names nobody, the phrase goes on
      j = glossEnd(units, j);
    } else break;
    j++;
  }
  return phrase(groups, nouns, j);
}

/**
 * A run of parties from `k` joined only by commas and "and": the index after its last party and how many it
 * holds, or null when no party stands at `k`.
 */
function partyListEnd(units: readonly Unit[], k: number): { end: number; count: number } | null {
  let count = 0;
  for (;;) {
    const g = units[k]?.group;
    // only the first step can find no party: a later one starts where a party was seen
    if (g === null || g === undefined) return null;
    while (units[k]?.group === g) k++;
    count++;
    let m = k;
    while (units[m] && (units[m]!.lower === ',' || units[m]!.lower === 'and')) m++;
    if (m > k && units[m]?.group != null) {
      k = m;
      continue;
    }
    return { end: k, count };
  }
}

/**
 * Where a list of parties announced by a colon at `j` ends ("…nations: Kazakhstan, Kyrgyzstan and
 * Uzbekistan"): the index after its last party, when the colon follows a party or a plural noun and two
 * parties or more follow it joined only by commas and "and", with the sentence, a comma or a preposition
 * after them; else `j`.
 */
function colonListEnd(units: readonly Unit[], j: number): number {
  const before = units[j - 1];
  if (!before || !(before.group !== null || (before.pos === 'NOUN' && before.lower !== before.lemma && before.lower.endsWith('s')))) return j;
  const list = partyListEnd(units, j + 1);
  if (!list) return j;
  const { end: k, count } = list;
  const after = units[k];
  if (count < 2 || (after && !(after.pos === 'ADP' || (after.pos === 'PUNCT' && ['.', ',', ';'].includes(after.lower))))) return j;
  return k;
}

/**
 * Where a list of parties set off by spaced dashes after a plural noun closes ("partners — Canada and Mexico —"): the
 * index of the closing dash, else `j`.
 */
function dashListEnd(units: readonly Unit[], j: number): number {
  const open = units[j]!;
  const before = units[j - 1];
  if (open.group !== null || !DASHES.has(open.lower) || !before || before.end === open.start || units[j + 1]?.start === open.end) return j;
  if (!(before.group === null && before.pos === 'NOUN' && before.lower !== before.lemma && before.lower.endsWith('s'))) return j;
  const list = partyListEnd(units, j + 1);
  if (!list) return j;
  const k = list.end;
  return units[k]?.lower === open.lower ? k : j;
}

/** Whether the party at `k` only describes the parties after a noun of belonging ("NATO members Poland and Bulgaria"). */
function describesNext(units: readonly Unit[], k: number): boolean {
  let m = k;
  while (units[m + 1]?.group === units[k]!.group) m++;
  if (POSSESSIVE.has(units[m + 1]?.lower ?? '')) m++;
  // "NATO members" may be one actor unit whose head noun is the noun of belonging
  if (BELONGING.has(units[k]!.lemma) && units[k]!.nounHead && units[m + 1]?.group != null) return true;
  const noun = units[m + 1];
  return !!noun && noun.group === null && BELONGING.has(noun.lower) && units[m + 2]?.group != null && units[m + 2]!.group !== units[k]!.group;
}

/** Whether adjectives from `k` on lead to a noun ("famous political inmates"). */
function adjectivesThenNoun(units: readonly Unit[], k: number): boolean {
  let m = k;
  while (units[m] && units[m]!.group === null && units[m]!.pos === 'ADJ') m++;
  return m > k && !!units[m] && units[m]!.group === null && units[m]!.pos === 'NOUN';
}

/** Whether "led by"/"headed by" at `j` follows a noun of a body of people ("a delegation led by …"). */
function ledBy(units: readonly Unit[], j: number): boolean {
  const u = units[j]!;
  const prev = units[j - 1];
  return u.group === null && (u.lower === 'led' || u.lower === 'headed') && units[j + 1]?.lower === 'by'
    && !!prev && prev.group === null && LED_GROUPS.has(prev.lemma) && !!units[j + 2] && (units[j + 2]!.group !== null || NP_POS.has(units[j + 2]!.pos));
}

/**
 * Whether the dash at `j` joins an actor before it to a participle after it with no space ("Kenyan-led",
 * "Saudi-backed", "US-brokered"): the pair qualifies the noun that follows, it tells no deed of its own.
 */
function actorLed(units: readonly Unit[], j: number): boolean {
  const u = units[j];
  const a = units[j - 1];
  const b = units[j + 1];
  return !!u && !!a && !!b && u.group === null && DASHES.has(u.lower) && a.group !== null && b.group === null
    && a.end === u.start && b.start === u.end && /ed$/.test(b.lower) && (b.pos === 'VERB' || b.pos === 'ADJ')
    && !!units[j + 2] && (units[j + 2]!.group !== null || NP_POS.has(units[j + 2]!.pos));
}

// Participles after "<actor>-" that name a backer, not the party that acts ("Iran-backed militias",
// "Chinese-funded projects"); others keep the actor as the phrase's own ("a Saudi-led coalition",
// "a Greek-flagged tanker", "a South African-owned shop").
const BACKED = new Set(words['backer-participles']);

/** Whether the actor unit at `k` only backs the phrase it stands in ("Iran-backed militias"). */
function isBacker(units: readonly Unit[], k: number): boolean {
  return actorLed(units, k + 1) && BACKED.has(units[k + 2]!.lower);
}

const LEADERS = new Set(words['leader-participles']);

/** Whether the actor unit at `k` leads the body its phrase names ("a Kenyan-led mission", "the Saudi-led coalition"). */
export function isLeader(units: readonly Unit[], k: number): boolean {
  return actorLed(units, k + 1) && LEADERS.has(units[k + 2]!.lower);
}

/** Whether the dash at `j` joins the units on either side with no space, actors too ("state-owned", "Chinese-made"). */
function tightDash(units: readonly Unit[], j: number): boolean {
  const u = units[j]!;
  const a = units[j - 1];
  const b = units[j + 1];
  return u.group === null && DASHES.has(u.lower) && !!a && !!b && a.end === u.start && b.start === u.end;
}

/** Whether the dash at `j` joins the words on either side with no space ("low-interest"). */
function joinedDash(units: readonly Unit[], j: number): boolean {
  const u = units[j]!;
  const a = units[j - 1];
  const b = units[j + 1];
  return DASHES.has(u.lower) && !!a && !!b && a.group === null && b.group === null && a.end === u.start && b.start === u.end;
}

/**
 * Where a gloss in brackets that opens at `j` closes ("(US$473 million)", "(about 30 km)"): the index of
 * its ")" when it is short and names no actor, else `j`.
 */
function glossEnd(units: readonly Unit[], j: number): number {
  if (units[j]?.lower !== '(') return j;
  for (let k = j + 1; k < units.length && k <= j + 8; k++) {
    const w = units[k]!;
    if (w.group !== null || w.lower === '(' || w.lower === '.') return j;
    if (w.lower === ')') return k;
  }
  return j;
}

/**
 * Where a short gloss in brackets that closes at `k` opens, when it is no clause of its own and follows a
 * party or noun; else `k`. With `named`, the gloss may be a party's short name ("(UEMOA)"), else it names none.
 */
export function glossStart(units: readonly Unit[], k: number, named = false): number {
  if (units[k]?.lower !== ')' || units[k]!.group !== null) return k;
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    const w = units[j]!;
    if ((w.group !== null && !named) || w.lower === ')' || w.lower === '.' || w.lower === ',' || w.pos === 'VERB' || w.pos === 'AUX') return k;
    if (w.lower === '(') return j > 0 && (units[j - 1]!.group !== null || NP_POS.has(units[j - 1]!.pos)) ? j : k;
  }
  return k;
}

/**
 * Whether "but" at `j` (or a comma before it) opens a clause of its own: a phrase then a finite verb
 * ("welcomed the statement, but Moscow rejected …"), not a phrase joined to the one before ("Russia but not China").
 */
function butClause(units: readonly Unit[], j: number): boolean {
  let k = units[j]?.lower === ',' ? j + 1 : j;
  // material15: ", and the United States and the EU continue to …": after a comma, "and" opens a clause too.
  const andClause = k === j + 1 && units[k]?.lower === 'and';
  if ((units[k]?.lower !== 'but' && !andClause) || units[k]!.group !== null) return false;
  k++;
  const start = k;
  while (k < units.length && k - start < 8 && (units[k]!.group !== null || NP_POS.has(units[k]!.pos) || (k > start && COORD.has(units[k]!.lower)))) k++;
  while (k < units.length && units[k]!.group === null && units[k]!.pos === 'ADV') k++;
  const v = units[k];
  return k > start && !!v && v.group === null && (v.pos === 'AUX' || v.pos === 'VERB' && !/ing$/.test(v.lower));
}

function continuesPhrase(units: readonly Unit[], j: number): boolean {
  const u = units[j];
  if (!u) return false;
  if (u.group !== null) return true;
  // "four soldiers and at least 13 militiamen": a count's lead words open the next member (types15)
  const counted = quantityAhead(units, j);
  if (counted > j) return continuesPhrase(units, counted);
  if (COORD.has(u.lower)) return continuesPhrase(units, j + 1);
  if (u.pos === 'NOUN' || u.pos === 'PROPN') return true;
  // "two diplomats of Albania and one of Greece": a count whose noun is left out, with its "of" party (coerce16)
  if ((u.pos === 'NUM' || u.lower === 'one') && units[j + 1]?.group === null && units[j + 1]!.lower === 'of' && units[j + 2]?.group != null) return true;
  return (u.pos === 'DET' || u.pos === 'ADJ' || u.pos === 'NUM') && !!units[j + 1] && (units[j + 1]!.group !== null || NP_POS.has(units[j + 1]!.pos));
}

/**
 * Whether an actor opens the words at `j`, after determiners, adjectives and counts only: "as well as the Croatian
 * attache" joins another party, "as well as sea and air links with X" another thing (whose own party is X's).
 */
function actorAhead(units: readonly Unit[], j: number): boolean {
  for (let k = j; k < j + 4 && units[k]; k++) {
    if (units[k]!.group !== null) return true;
    if (!['DET', 'ADJ', 'NUM'].includes(units[k]!.pos)) return false;
  }
  return false;
}

/** Whether "as well as" starts at unit `j` (three words; the tagger may give them any tags). */
function asWellAs(units: readonly Unit[], j: number): boolean {
  return units[j]?.group === null && units[j]!.lower === 'as' && units[j + 1]?.group === null && units[j + 1]!.lower === 'well'
    && units[j + 2]?.group === null && units[j + 2]!.lower === 'as';
}

/** Whether the units from `j` are a phrase naming a party followed by a verb of saying ("…, the minister said"). */
function tellerAhead(units: readonly Unit[], j: number): boolean {
  let k = j;
  while (k < units.length && k - j < 8 && (units[k]!.group !== null || NP_POS.has(units[k]!.pos))) k++;
  if (k === j) return false;
  // "…, Prime Minister X, chair of the Council in 2022, said": an aside between commas after the teller
  if (units[k]?.group === null && units[k]!.lower === ',') {
    let c = k + 1;
    while (c < units.length && c - k <= 12 && units[c]!.lower !== ',' && (units[c]!.group !== null || NP_POS.has(units[c]!.pos) || units[c]!.pos === 'ADP')) c++;
    if (c > k + 1 && units[c]?.group === null && units[c]!.lower === ',') k = c + 1;
  }
  const v = units[k];
  return !!v && v.group === null && (v.pos === 'VERB' || v.pos === 'AUX') && REPORTING.has(v.lemma);
}

/**
 * mob15: "troops will be deployed to the U.S. border with Mexico": the actor that owns a border named after the
 * verb ("the U.S. border with Y", "the Polish frontier with Y"), when another actor follows its "with"; the owner
 * posts forces on its own side of the line. Only within the verb's clause (no comma, semicolon or second verb).
 */
export function borderOwnerAfter(units: readonly Unit[], v: number): number[] {
  for (let c = v + 1; c < units.length && c - v < 12; c++) {
    const w = units[c]!;
    if (w.group === null && (w.lower === ',' || w.lower === ';' || w.lower === '.' || w.pos === 'VERB' || w.pos === 'AUX')) return [];
    if (w.group === null) continue;
    let k = c + 1;
    while (units[k] && units[k]!.group === null && units[k]!.pos === 'ADJ') k++;
    const noun = units[k];
    if (!noun || noun.group !== null || !BORDER.has(noun.lemma) || noun.lemma === 'line' || noun.lemma === 'control') continue;
    if (units[k + 1]?.lower === 'with' && units[k + 2]?.group != null && units[k + 2]!.group !== w.group) return [w.group];
    return [];
  }
  return [];
}

/**
 * The teller named after the clause of the verb at `v` ("Canada has been asked to extradite them, India's foreign
 * ministry said"): the phrase after the first comma that a verb of saying follows; null when none.
 */
export function tellerAfter(units: readonly Unit[], v: number): Phrase | null {
  for (let c = v + 1; c < units.length && c - v < 30; c++) {
    const w = units[c]!;
    if (w.group === null && (w.lower === ';' || QUOTE_MARKS.has(w.lower))) return null;
    if (w.group === null && w.lower === ',') {
      if (!tellerAhead(units, c + 1)) continue;
      const ph = readPhrase(units, c + 1);
      return ph.groups.length ? ph : null;
    }
  }
  return null;
}

/** Prepositional phrases from unit `j` to the end of the clause: the first phrase after each preposition. */
function readPreps(units: readonly Unit[], j: number, owned: (start: number, ph: Phrase) => Phrase = (_, ph) => ph): Map<string, Phrase> {
  const preps = new Map<string, Phrase>();
  while (j < units.length) {
    const u = units[j]!;
    if (u.group === null && (u.pos === 'ADP' || u.lower === 'between' || u.lower === 'outside' || u.lower === 'near' || u.lower === 'inside')) {
      if (ADJUNCT_PREPOSITIONS.has(u.lower)) break;
      const ph = owned(j + 1, readPhrase(units, j + 1));
      if (!preps.has(u.lower) && (ph.groups.length || ph.nouns.length)) preps.set(u.lower, ph);
      j = Math.max(ph.end, j + 1);
      continue;
    }
    if (u.group === null && (u.pos === 'ADV' || u.pos === 'NUM' || u.pos === 'ADJ' || u.pos === 'DET' || u.pos === 'NOUN' || u.pos === 'PROPN')) {
      j++;
      continue;
    }
    if (u.lower === ',' && units[j + 1]?.pos === 'ADP') {
      j++;
      continue;
    }
    // "sent relief supplies, including tents and blankets, to Nepal": the items listed aside stand
    // between the object and its destination
    if (u.lower === ',' && units[j + 1]?.group === null && units[j + 1]!.lower === 'including') {
      const aside = readPhrase(units, j + 2);
      if (aside.groups.length === 0 && aside.end > j + 2 && units[aside.end]?.lower === ',') {
        j = aside.end + 1;
        continue;
      }
    }
    // "50 billion yen (US$473 million) in loans to Indonesia": a gloss in brackets between phrases
    if (glossEnd(units, j) > j) {
      j = glossEnd(units, j) + 1;
      continue;
    }
    if (joinedDash(units, j)) {
      j++;
      continue;
    }
    break;
  }
  return preps;
}

/**
 * "Azerbaijan's ministry claimed that Armenian forces fired on its positions", "Kyiv said Russian troops
 * shelled their villages": in a clause told by a verb of saying, a phrase that opens with "its"/"their"
 * names the teller's own (the teller's actors become the phrase's), unless the pronoun may stand for the
 * deed's own subject ("its" after a singular doer, "their" after a plural one: "Baku said Armenia moved
 * its troops"). Returns a function that rewrites a phrase read at a unit index.
 */
function tellerOwned(units: readonly Unit[], v: number, subjectOfVerb: (v: number) => Phrase | null): (start: number, ph: Phrase) => Phrase {
  let teller: Phrase | null | undefined;
  return (start, ph) => {
    const u = units[start];
    if (!u || u.group !== null || ph.groups.length > 0 || !(u.lower === 'its' || u.lower === 'their')) return ph;
    if (teller === undefined) teller = tellerOf(units, v, subjectOfVerb);
    if (!teller || teller.groups.length === 0) return ph;
    const subject = subjectOfVerb(v);
    const doer = subject && subject.end > 0 ? units[subject.end - 1] : undefined;
    if (!doer || !subject || subject.groups.length === 0 || subject.groups.some((g) => teller!.groups.includes(g))) return ph;
    // "Chinese coast guard ships": the head may be a noun after the actor
    const plural = (doer.group !== null ? doer.plural === true : doer.pos === 'NOUN' && doer.lower !== doer.lemma && /s$/.test(doer.lower)) || subject.groups.length > 1;
    if (u.lower === 'its' ? !plural : plural) return ph;
    return phrase([...teller.groups], ph.nouns, ph.end, ph.clause, true);
  };
}

/** The subject of the verb of saying whose that-clause holds the verb at `v` ("Kyiv said (that) X shelled …"), or null. */
function tellerOf(units: readonly Unit[], v: number, subjectOfVerb: (v: number) => Phrase | null): Phrase | null {
  for (let k = v - 1; k >= 0 && v - k <= 14; k--) {
    const w = units[k]!;
    if (w.group !== null) continue;
    if (w.lower === ';' || w.lower === '.' || w.lower === ':' || w.lower === ',' || RELATIVE.has(w.lower) && w.lower !== 'that') return null;
    if (w.pos === 'AUX') continue;
    if (w.pos === 'VERB') return REPORTING.has(w.lemma) ? subjectOfVerb(k) : null;
  }
  return null;
}

/**
 * The start of a reduced participle phrase ending at `i` that describes a noun before it ("militants
 * armed with rockets, guns and grenades", "people chanting \"We want democracy\"", "insurgents wearing police
 * uniforms and armed with suicide vests"), or null. No verb may stand in it outside a quotation.
 */
function modifierPhraseStart(units: readonly Unit[], i: number): number | null {
  let quoted = false;
  for (let k = i; k > 0 && i - k < 16; k--) {
    const w = units[k]!;
    if (w.group === null && QUOTE_MARKS.has(w.lower)) { quoted = !quoted; continue; }
    if (quoted) continue;
    if (w.group === null && (w.lower === ';' || w.lower === '.' || w.lower === ':')) break;
    // "protesters chanting slogans, days after the junta announced …": a clause of its own lies between
    if (w.group === null && CLAUSE_PREPS.has(w.lower)) return null;
    if (w.group === null && MODIFIER_PARTICIPLES.has(w.lower)) {
      const prev = units[k - 1]!;
      if (prev.group !== null || (NP_POS.has(prev.pos) && prev.pos !== 'DET' && prev.pos !== 'ADJ')) return k;
      if (prev.group === null && (COORD.has(prev.lower) || prev.lower === ',')) continue;
      return null;
    }
    if (w.group === null && (w.pos === 'VERB' || w.pos === 'AUX' || RELATIVE.has(w.lower))) return null;
  }
  return null;
}

/**
 * The subject of the verb at unit `v`: the phrase before its auxiliaries, skipping prepositional
 * phrases ("Russia on Tuesday condemned"), asides between commas and relative pronouns; for the
 * second of two coordinated verbs, the first verb's subject.
 */
function findSubject(units: readonly Unit[], v: number, subjectOfVerb: (v: number) => Phrase | null): Phrase | null {
  let i = v - 1;
  // An infinitive takes its subject only from a verb right before "to" ("decided to recall"); after a
  // noun it is a purpose or an order ("summoned the envoy to protest", "urged X to withdraw").
  if (units[i]?.lower === 'to' && units[i]!.group === null) {
    const before = units[i - 1];
    // "Moscow plans to station …": a present form the tagger calls a noun, right after its subject
    if (before && before.group === null && before.pos === 'NOUN' && /[^s]s$/.test(before.lower) && units[i - 2]?.group != null) return nounPhraseBefore(units, i - 1);
    // "fired tear gas on Monday to disperse the crowd": a purpose after a verb's object (no party in it)
    // is the doer's; after a party ("urged Kyiv to withdraw") it is that party's, and told elsewhere.
    if (before && before.group === null && (before.pos === 'NOUN' || before.pos === 'PROPN') && !INTENTION.has(before.lemma)) {
      for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
        const w = units[k]!;
        if (w.group !== null || w.lower === ',' || w.lower === 'to') break;
        if (w.pos === 'VERB') return ORDER_VERBS.has(w.lemma) ? null : subjectOfVerb(k);
      }
    }
    // "Qatar's decision to cut ties with Chad", "its move to expel the envoy": a noun of a choice made, owned
    // by an actor, lends that actor to its infinitive (a plan or an offer is no deed done: not these).
    // "Russia announced plans (a plan) to expel 35 diplomats": a plan announced is its announcer's, told as
    // planned (the "plans to" cue of event-cues.yaml).
    if (before && before.group === null && before.pos === 'NOUN' && PLAN_NOUNS.has(before.lemma)) {
      let g = i - 2;
      while (g >= 0 && units[g]!.group === null && (units[g]!.pos === 'DET' || units[g]!.pos === 'ADJ' || units[g]!.pos === 'PRON')) g--;
      const taker = units[g];
      if (taker && taker.group === null && taker.pos === 'VERB' && PLAN_ANNOUNCING.has(taker.lemma) && !isPassive(units, g)) return subjectOfVerb(g);
    }
    if (before && before.group === null && before.pos === 'NOUN' && DECISION.has(before.lemma)) {
      const owner = possessorOf(units, i - 1);
      if (owner) return owner;
      // "the CSTO approved the decision to send forces": with no owner, a verb that takes the choice lends its subject
      // (material15: so does one before a possessive pronoun, "the AU announced its decision to suspend Sudan").
      let g = i - 2;
      while (g >= 0 && units[g]!.group === null && (units[g]!.pos === 'DET' || units[g]!.pos === 'ADJ' || POSSESSIVE_PRONOUNS.has(units[g]!.lower))) g--;
      const taker = units[g];
      if (taker && taker.group === null && taker.pos === 'VERB' && DECISION_TAKING.has(taker.lemma) && !isPassive(units, g)) return subjectOfVerb(g);
    }
    // "the raid led Mexico to break ties", "prompted the government to deploy the army": the party made to act.
    if (before && (before.group !== null || before.pos === 'NOUN' || before.pos === 'PROPN')) {
      const made = nounPhraseBefore(units, i);
      const verb = units[phraseStart(units, i - 1) - 1];
      if (made.groups.length && verb && verb.group === null && verb.pos === 'VERB' && CAUSATIVE.has(verb.lemma)) return made;
    }
    // "Tokayev was one of the first to invite him", "Turkey was the first to recognise …": the subject of "be".
    if (before && before.group === null && FIRST.has(before.lower) && units[i - 2]?.group === null && units[i - 2]!.lower === 'the') {
      let b = i - 3;
      if (units[b]?.lower === 'of' && units[b - 1]?.lower === 'one') b -= 2;
      if (units[b]?.group === null && units[b]!.lemma === 'be') return subjectOfVerb(b);
    }
    // "Greece and Turkey are due to meet": the subject of "be" before an adjective of a time set.
    if (before && before.group === null && SCHEDULED.has(before.lower) && units[i - 2]?.group === null && units[i - 2]!.lemma === 'be') return subjectOfVerb(i - 2);
    return before && before.group === null && (before.pos === 'VERB' || before.pos === 'AUX') ? subjectOfVerb(i - 1) : null;
  }
  // "…, killing seven soldiers": a participle after a comma tells more of the clause before it.
  if (/ing$/.test(units[v]!.lower) && units[i]?.lower === ',') {
    for (let k = i - 1; k >= 0 && i - k < 20; k--) {
      const w = units[k]!;
      if (w.lower === ';' || w.lower === '.' || w.lower === ',') break;
      // the nearest verb: "accused X of opening fire on …, killing one" — the one who opened fire
      // (a verb of saying or accusing tells what someone else did: no subject to lend)
      if (w.group === null && w.pos === 'VERB') return REPORTING.has(w.lemma) || OF_DOING.has(w.lemma) ? null : subjectOfVerb(k);
    }
  }
  // "Since signing a peace accord in May, Sudanese and Chadian leaders have met twice": a gerund after a word
  // of time opening the sentence has the subject of the clause after the opening phrase's comma.
  // "Expressing gratitude to Japan, the minister said …": a participle opening the sentence likewise.
  if (/ing$/.test(units[v]!.lower) && (v === 1 && units[0]!.group === null && GERUND_OPENERS.has(units[0]!.lower) || v === 0 && units[0]!.pos === 'VERB')) {
    for (let c = v + 1; c < units.length && c - v < 20; c++) {
      const w = units[c]!;
      // ("Since signing an accord in May to restore ties, …": an infinitive inside the opening phrase)
      if (w.group === null && w.pos === 'VERB' && units[c - 1]?.group === null && units[c - 1]!.lower === 'to') continue;
      if (w.group === null && (w.pos === 'VERB' || w.pos === 'AUX' || w.lower === ';')) break;
      if (w.group === null && w.lower === ',') {
        let ph = readPhrase(units, c + 1);
        let next = units[ph.end];
        // "…, X, deputy foreign minister of Y, called …": an aside naming the subject's office; for a name
        // the actor layer does not know, the party heading the aside
        if (next?.group === null && next.lower === ',' && ph.end > c + 1) {
          let d = ph.end + 1;
          while (d < units.length && d - ph.end <= 12 && units[d]!.lower !== ',' && (units[d]!.group !== null || NP_POS.has(units[d]!.pos) || units[d]!.pos === 'ADP' || tightDash(units, d) || units[d - 1] && tightDash(units, d - 1))) d++;
          if (d > ph.end + 1 && units[d]?.lower === ',') {
            let lead = ph.end + 1;
            while (units[lead]?.group === null && units[lead]!.pos === 'DET') lead++;
            if (!ph.groups.length && units.slice(c + 1, ph.end).every((w) => w.group === null && w.pos === 'PROPN') && units[lead]?.group !== null && !isBacker(units, lead)) {
              ph = phrase([...new Set(units.slice(lead, d).filter((w) => w.group !== null).map((w) => w.group!))], ph.nouns, ph.end, ph.clause, ph.owned);
            }
            next = units[d + 1];
          }
          // the phrase reader took the aside for the next item of a list: the verb follows its comma
          else if (ph.groups.length && units[ph.end + 1]?.group === null && units[ph.end + 1]!.pos === 'VERB') next = units[ph.end + 1];
        }
        return ph.groups.length && next && next.group === null && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV') ? ph : null;
      }
    }
    return null;
  }
  // A gerund after a verb of beginning or going on ("began deporting") shares that verb's subject.
  if (/ing$/.test(units[v]!.lower) && units[i] && units[i]!.group === null && units[i]!.pos === 'VERB' && ASPECTUAL.has(units[i]!.lemma)) return subjectOfVerb(i);
  // "X summoned the envoy, accusing Y of …", "…, urging Z to …": a participial clause after a comma
  // shares the subject of the clause it hangs on.
  if (/ing$/.test(units[v]!.lower) && units[i]?.lower === ',' && units[i]!.group === null) {
    const main = mainVerbBefore(units, i);
    return main === null ? null : subjectOfVerb(main);
  }
  while (i >= 0 && units[i]!.group === null && SKIP_BEFORE_VERB.has(units[i]!.pos)) i--;
  // "Armenia, whose troops Baku accuses of …": the relative clause's own subject, after the relative word's noun.
  const relative = relativeParts(units, v);
  if (relative) {
    const groups: number[] = [];
    const nouns: string[] = [];
    for (let k = relative.subjectStart; k <= i; k++) {
      const w = units[k]!;
      if (w.group !== null) groups.push(w.group);
      if (w.group !== null && w.lemma || w.pos === 'NOUN' || w.pos === 'PROPN') nouns.push(w.lemma);
    }
    return phrase(groups, nouns, i + 1);
  }
  // "Militants armed with rockets, guns and grenades attacked …", "About 5,000 people chanting
  // "We want democracy" marched …": a reduced participle phrase describing the subject is passed over.
  const modifier = modifierPhraseStart(units, i);
  if (modifier !== null) {
    i = modifier - 1;
    while (i >= 0 && units[i]!.group === null && SKIP_BEFORE_VERB.has(units[i]!.pos)) i--;
  }
  // "The Defence Ministry (MoD) accused …", "… Monetary Union (UEMOA) imposed …": a short gloss or short
  // name in brackets after the subject stands between it and its verb.
  const gloss = glossStart(units, i, true);
  if (gloss < i) i = gloss - 1;
  // "the troops who had clashed there have disengaged": a relative clause with its own verb between
  // the subject and the verb is passed over, its object included.
  // (Not for a gerund or infinitive inside the clause itself: "which resulted in slapping sanctions".)
  // (A quotation mark opening at the verb is passed over: … where they had clashed “have disengaged”.)
  let last = i;
  while (last > 0 && QUOTE_MARKS.has(units[last]!.lower)) last--;
  const end = units[last];
  const finite = !/ing$/.test(units[v]!.lower) || units[v - 1]?.pos === 'AUX';
  const rel = finite && end && (end.group !== null || end.pos === 'VERB' || NP_POS.has(end.pos) && end.pos !== 'DET') ? relativeClauseBefore(units, last) : null;
  if (rel !== null) {
    let ph = nounPhraseBefore(units, rel);
    // "the troops at the border where …": the place the clause hangs on is inside the subject's phrase
    const lead = units[phraseStart(units, rel - 1) - 1];
    if (!ph.groups.length && lead && lead.group === null && lead.pos === 'ADP' && !CLAUSE_PREPS.has(lead.lower)) ph = nounPhraseBefore(units, phraseStart(units, rel - 1) - 1);
    // a subject that names no actor ("officials who met Indian envoys criticised …") is still the subject
    if (ph.groups.length || ph.nouns.length) return ph;
  }
  let singularRelative = false;
  // The groups of an aside that names the office of the subject's name (see below).
  let apposed: number[] = [];
  // The parties of an aside opened by "including" after a plural noun that names none ("Several
  // countries, including Canada and Australia, expelled …"): the members named are the ones that acted.
  let included: number[] = [];
  for (let guard = 0; i >= 0 && guard < 12; guard++) {
    const u = units[i]!;
    // "the Commission's offer to mediate was rejected by Serbia": a bare infinitive completing the subject's
    // noun stands between it and a passive verb.
    if (u.group === null && u.pos === 'VERB' && units[i - 1]?.lower === 'to' && units[i - 1]!.group === null
      && units[i - 2]?.group === null && units[i - 2]!.pos === 'NOUN' && isPassive(units, v)) {
      i -= 2;
      continue;
    }
    // "…, a charge New Delhi rejected": a party right after an apposed noun with its article is the subject of
    // that noun's relative clause, not the end of the phrase before the comma.
    if (u.group !== null && guard === 0 && units[i - 1]?.group === null && units[i - 1]!.pos === 'NOUN' && units[i - 2]?.group === null
      && units[i - 2]!.pos === 'DET' && units[i - 3]?.lower === ',') return phrase([u.group], u.lemma ? [u.lemma] : [], i + 1);
    if (u.group !== null || NP_POS.has(u.pos) || POSSESSIVE.has(u.lower)) {
      const ph = nounPhraseBefore(units, i + 1);
      const first = phraseStart(units, i);
      const lead = units[first - 1];
      // "Russia on Wednesday, July 6 halted …": a phrase of time words is an adverbial, not the subject.
      if (ph.groups.length === 0 && isTimePhrase(units, first, i)) {
        i = first - 1;
        // "Venezuela had for the past several weeks increased": the time phrase's own words and the auxiliaries before it
        while (i >= 0 && units[i]!.group === null && (units[i]!.lower === ',' || units[i]!.pos === 'ADP' || units[i]!.pos === 'ADV' || units[i]!.pos === 'DET' || units[i]!.pos === 'AUX')) i--;
        continue;
      }
      // "…, after a landmine blast wounded two soldiers": a word that opens a clause, then a phrase of no
      // party right before the finite verb (auxiliaries aside), not a participle of it ("after rockets
      // fired by …"): the phrase is the clause's own subject, and no party before the word acts.
      if (lead && lead.group === null && CLAUSE_OPENERS.has(lead.lower) && ph.groups.length === 0 && ph.nouns.length > 0
        && units.slice(i + 1, v).every((w) => w.group === null && (w.pos === 'AUX' || w.pos === 'ADV'))
        && !/ing$/.test(units[v]!.lower) && units[v + 1]?.lower !== 'by') return ph;
      // A phrase after a preposition is not a subject ("in Cairo", "on Tuesday"), unless it is an actor
      // right after a place ("Police in Cairo arrested": the place names the police's state).
      if (lead && lead.group === null && lead.pos === 'ADP' && ph.groups.length === 0) {
        i = first - 2;
        // "a delegation led by the minister visited": the participle before "by" belongs to the subject.
        if (units[i] && units[i]!.group === null && units[i]!.pos === 'VERB' && /(?:ed|en)$/.test(units[i]!.lower)) i--;
        // "Venezuela had for the past weeks increased …": auxiliaries before the phrase belong to the verb.
        else while (i >= 0 && units[i]!.group === null && units[i]!.pos === 'AUX') i--;
        continue;
      }
      if (lead && lead.group === null && lead.pos === 'ADP' && lead.lower !== 'of' && !CLAUSE_PREPS.has(lead.lower)) {
        const head = nounPhraseBefore(units, first - 1);
        // "U.S. and British strikes on Houthi targets in Yemen hit …": a chain of phrases is headed by its
        // first; the actors named inside it ("on Houthi targets") are what the head acts on, not the doer.
        const top = chainHead(units, first - 1);
        if (top) return top;
        // "Israeli strikes on Gaza killed …": the place after "on" is acted on, it does not act.
        if (ACTED_ON.has(lead.lower) && head.groups.length) return head;
        return head.groups.length || head.nouns.length ? phrase([...head.groups, ...ph.groups], head.nouns, ph.end) : ph;
      }
      // …only when the parties are coordinated ('A and B, who is …'), not one phrase naming two ('the Russian
      // ambassador to Sudan, who is …')
      if (singularRelative && ph.groups.length > 1 && u.group !== null && units.slice(first, i).some((w) => w.group === null && (COORD.has(w.lower) || w.lower === ','))) return phrase([u.group], ph.nouns, ph.end, ph.clause, ph.owned);
      if (ph.groups.length === 0 && apposed.length && units.slice(first, i + 1).every((w) => w.group === null && w.pos === 'PROPN')) return phrase([...new Set(apposed)], ph.nouns, ph.end, ph.clause, ph.owned);
      // "Several countries, including Canada and Australia, and the EU expelled …": the last member after the aside
      // joins the members the aside named.
      if (ph.groups.length > 0 && !isPassive(units, v)) {
        const members = includedBefore(units, first);
        if (members.length) return phrase([...new Set([...members, ...ph.groups])], ph.nouns, ph.end, ph.clause, ph.owned);
      }
      if (ph.groups.length === 0 && included.length && u.group === null && u.pos === 'NOUN' && /s$/.test(u.lower) && u.lemma !== u.lower) return phrase([...new Set(included)], ph.nouns, ph.end, ph.clause, ph.owned);
      return ph;
    }
    if (u.pos === 'PRON' && SPEAKER_PRONOUNS.has(u.lower)) {
      // "Iran said on Saturday (that) it had …": the pronoun is the one who said so.
      for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
        const w = units[k]!;
        if (w.group === null && w.pos === 'VERB' && REPORTING.has(w.lemma)) return subjectOfVerb(k);
        if (w.group !== null || !(NP_POS.has(w.pos) || w.pos === 'ADP' || w.lower === ',' || w.lower === 'that' || w.pos === 'ADV')) break;
      }
      return null;
    }
    if (u.group === null && u.lower === 'of' && /ing$/.test(units[v]!.lower)) {
      // "accused Azerbaijan of opening fire": the one accused is the doer.
      const doer = nounPhraseBefore(units, i);
      const verb = units[phraseStart(units, i - 1) - 1];
      if (doer.groups.length && verb && verb.group === null && OF_DOING.has(verb.lemma)) return doer;
      return null;
    }
    if (u.group === null && u.lower === 'for' && /ing$/.test(units[v]!.lower) && i === v - 1) {
      // "thanked Japan for donating ambulances", "expressed gratitude to Japan for sending aid": the one
      // thanked is the doer.
      const doer = nounPhraseBefore(units, i);
      const start = phraseStart(units, i - 1);
      const verb = units[start - 1];
      const noun = verb?.lower === 'to' ? units[start - 2] : undefined;
      const thanking = (w: Unit | undefined) => !!w && w.group === null && FOR_DOING.has(w.lemma);
      if (doer.groups.length && (verb && (verb.pos === 'VERB' || verb.pos === 'NOUN') && thanking(verb) || noun && noun.pos === 'NOUN' && thanking(noun))) return doer;
      return null;
    }
    if ((u.pos === 'PRON' || u.pos === 'DET') && RELATIVE.has(u.lower)) {
      // "A and B, who is accused of …": a singular verb after the relative hangs it on the last party only.
      singularRelative = SINGULAR_AUX.has(units[i + 1]?.lower ?? '');
      i--;
      if (units[i]?.lower === ',') i--;
      continue;
    }
    if (u.lower === ',') {
      // An aside between commas: ", meanwhile,", ", the country's foreign minister,", ", who …,".
      let k = i - 1;
      while (k >= 0 && units[k]!.lower !== ',' && i - k < 14) k--;
      if (k >= 0 && units[k]!.lower === ',' && k < i - 1) {
        const aside = units.slice(k + 1, i);
        const relative = RELATIVE.has(aside[0]!.lower);
        // ", speaking in Vilnius on Monday,", ", backed by French advisers,": a participle opening the aside
        // tells more of the subject before it, which is still the verb's.
        const participial = aside[0]!.group === null && aside[0]!.pos === 'VERB' && /(?:ing|ed|en|wn)$/.test(aside[0]!.lower);
        // ", in a statement issued on Sunday,": a phrase opened by a preposition, its verbs participles only.
        const prepositional = aside[0]!.group === null && aside[0]!.pos === 'ADP'
          && aside.every((a) => a.group !== null || a.pos !== 'VERB' && a.pos !== 'AUX' || /(?:ing|ed|en|wn)$/.test(a.lower) && a.pos === 'VERB');
        // ("Afghanistan's Taliban-led government": a participle joined by a dash describes, it is no verb of the aside)
        if (relative || participial || prepositional || !aside.some((a, x) => a.pos === 'VERB' && a.group === null && !tightDash(units, k + x))) {
          // "Ahmad Khan, the Afghan deputy foreign minister, thanked …": an aside headed by a party names
          // the office of a name the actor layer does not know.
          const lead = aside.findIndex((a) => !(a.group === null && a.pos === 'DET'));
          if (!relative && !participial && !prepositional && lead >= 0 && aside[lead]!.group !== null && !isBacker(units, k + 1 + lead)) apposed = aside.filter((a) => a.group !== null).map((a) => a.group!);
          if (aside[0]!.group === null && aside[0]!.lower === 'including' && !isPassive(units, v)) included = aside.filter((a) => a.group !== null).map((a) => a.group!);
          i = k - 1;
          continue;
        }
      }
      // "imposed a curfew, called in the army and …": a finite verb right after the comma of a list of
      // deeds shares the subject of the deed before it (not of a verb of saying, nor of a participle).
      if (i === v - 1 && units[v]!.pos === 'VERB' && !/ing$/.test(units[v]!.lower)) {
        const main = mainVerbBefore(units, i);
        const m = main === null ? null : units[main]!;
        if (m && m.pos === 'VERB' && !/ing$/.test(m.lower) && units[main! - 1]?.lower !== 'to' && !REPORTING.has(m.lemma) && !OF_DOING.has(m.lemma)) return subjectOfVerb(main!);
      }
      return null;
    }
    if (u.group === null && (u.pos === 'VERB' || u.pos === 'AUX') && units[i + 1]?.lower === 'to') {
      // "decided to recall", "vowed to expel": the controlling verb's subject acts.
      return subjectOfVerb(i);
    }
    if (COORD.has(u.lower)) {
      // "attacked the town and killed …": the verb before the conjunction lends its subject.
      // "accused Y of provoking the clashes and warned …": a finite verb is coordinated with the verb of
      // accusing, not with the gerund after its "of".
      let afterOf = false;
      for (let k = i - 1; k >= 0 && i - k < 15; k--) {
        const w = units[k]!;
        if (w.group === null && w.pos === 'VERB' && /ing$/.test(w.lower) && units[k - 1]?.lower === 'of' && !/ing$/.test(units[v]!.lower)) {
          afterOf = true;
          continue;
        }
        if (afterOf && w.group === null && w.pos === 'VERB' && OF_DOING.has(w.lemma)) return subjectOfVerb(k);
        // "denied targeting civilians and accused …": a gerund that completes the verb before it lends nothing of its own.
        if (w.group === null && w.pos === 'VERB' && /ing$/.test(w.lower) && units[k - 1]?.group === null && units[k - 1]!.pos === 'VERB') continue;
        // "expressed interest in strengthening ties with X and accepted …": a gerund after a preposition (not the
        // "of" of a verb of accusing, read above) is inside the first verb's phrase and lends nothing of its own.
        if (w.group === null && w.pos === 'VERB' && /ing$/.test(w.lower) && !/ing$/.test(units[v]!.lower) && units[k - 1]?.group === null && units[k - 1]!.pos === 'ADP' && units[k - 1]!.lower !== 'of') continue;
        // (a verb of saying or accusing tells what someone else did: no subject to lend)
      if (w.group === null && w.pos === 'VERB') {
          // "X said Y's decision was illegal and urged Z to …": asking is the reporter's own act.
          if (REPORTING.has(w.lemma) && ORDER_VERBS.has(units[v]!.lemma)) return subjectOfVerb(k);
          // "condemned the attack and called on Y to …": a finite verb coordinated with an active verb of
          // accusing is the accuser's own act (the gerunds after its "of" were passed over above).
          if (OF_DOING.has(w.lemma) && !/ing$/.test(units[v]!.lower) && !BE.has(units[k - 1]?.lower ?? '')) return subjectOfVerb(k);
          if (REPORTING.has(w.lemma) || OF_DOING.has(w.lemma)) return null;
          const lent = subjectOfVerb(k);
          // "X said Y's move amounted to vandalism and called on Y to apologise": a move does not call on
          // anyone; a verb of asking after a reported clause whose subject is a deed is the reporter's.
          if (lent && ORDER_VERBS.has(units[v]!.lemma) && lent.nouns.length > 0 && units[lent.end - 1]?.group === null) {
            const reporter = reportingVerbBefore(units, k);
            if (reporter !== null) return subjectOfVerb(reporter);
          }
          return lent;
        }
        if (w.lower === ';' || w.lower === '.') break;
      }
      return null;
    }
    return null;
  }
  return null;
}

/**
 * The relative word ("who", "which", "where") opening a clause that ends at `last` and holds a verb of
 * its own, with no comma, conjunction or other relative word between; null when there is none.
 */
function relativeClauseBefore(units: readonly Unit[], last: number): number | null {
  let verb = false;
  for (let k = last; k >= 0 && last - k < 10; k--) {
    const w = units[k]!;
    if (w.group !== null) continue;
    if (w.lower === 'who' || w.lower === 'which' || w.lower === 'where') {
      // the clause's verb comes first, or after a pronoun only ("who had clashed", "where they clashed"):
      // a clause with a subject of its own ("where M23 rebels have seized …") may be the main clause's
      let j = k + 1;
      if (units[j]?.pos === 'PRON' || isPronounActor(units[j])) j++;
      while (units[j] && units[j]!.group === null && SKIP_BEFORE_VERB.has(units[j]!.pos)) j++;
      return verb && k > 0 && units[j]?.group === null && units[j]!.pos === 'VERB' ? k : null;
    }
    if (w.lower === ',' || w.lower === ';' || w.lower === '.' || w.lower === ':' || w.lower === 'that' || COORD.has(w.lower) || w.pos === 'SCONJ') return null;
    if (w.pos === 'VERB') verb = true;
  }
  return null;
}

/**
 * The head of a chain of prepositional phrases whose last preposition is at `lead` ("strikes on Houthi
 * targets in Yemen" → "strikes"), or null when the phrase before `lead` is not itself after a preposition
 * or the head's own preposition does not name what it acts on ("officials from X in Y" keep X).
 * The head takes only its own actors ("U.S. and British strikes").
 */
function chainHead(units: readonly Unit[], lead: number): Phrase | null {
  let at = lead;
  let top: Phrase | null = null;
  for (let guard = 0; guard < 4; guard++) {
    const ph = nounPhraseBefore(units, at);
    if (ph.groups.length === 0 && ph.nouns.length === 0) return null;
    const start = phraseStart(units, at - 1);
    const before = units[start - 1];
    if (!before || before.group !== null || before.pos !== 'ADP' || CLAUSE_PREPS.has(before.lower)) {
      // the head must act on what follows it: "strikes on …", "attacks against …"
      return top !== null && ACTED_ON.has(units[at]!.lower) ? ph : null;
    }
    top = ph;
    at = start - 1;
  }
  return null;
}

/** A reporting verb before `k` within its sentence part whose subject names an actor, or null. */
function reportingVerbBefore(units: readonly Unit[], k: number): number | null {
  for (let r = k - 1; r >= 0 && k - r <= 20; r--) {
    const w = units[r]!;
    if (w.lower === ';' || w.lower === ':' || w.lower === '.') return null;
    if (w.group === null && w.pos === 'VERB' && REPORTING.has(w.lemma)) return r;
  }
  return null;
}

/**
 * The verb of the clause a participial clause hangs on: the nearest verb before the comma at `comma`,
 * within the sentence part (no semicolon or colon between), or null. A verb in -ing counts: "accused
 * X of opening fire, killing one" hangs on "opening", whose doer is X.
 */
function mainVerbBefore(units: readonly Unit[], comma: number): number | null {
  for (let k = comma - 1; k >= 0 && comma - k <= 30; k--) {
    const u = units[k]!;
    if (u.group !== null) continue;
    if (u.lower === ';' || u.lower === ':' || u.lower === '.') return null;
    // The tagger may call the gerund after "of" a noun ("of opening fire").
    if (u.pos === 'VERB' || u.pos === 'AUX' || /ing$/.test(u.lower) && units[k - 1]?.lower === 'of') return k;
  }
  return null;
}

/** Whether the "of" at `of` follows the one a verb of accusing names ("accused X of …"). */
function accusedBefore(units: readonly Unit[], of: number): boolean {
  if (units[of - 1]?.group == null) return false;
  const verb = units[phraseStart(units, of - 1) - 1];
  return !!verb && verb.group === null && OF_DOING.has(verb.lemma);
}

/**
 * The actor that owns the noun at `n` through a possessive ("Qatar's 2019 decision", "its decision"): the
 * phrase of that actor, or null when the noun's own phrase has no owner before it.
 */
function possessorOf(units: readonly Unit[], n: number): Phrase | null {
  for (let k = n - 1; k >= 0 && n - k <= 5; k--) {
    const u = units[k]!;
    // "its" resolved to an actor by the actor layer stands as that actor's unit
    if (u.group !== null) return POSSESSIVE.has(units[k + 1]?.lower ?? '') || OWNER_PRONOUNS.has(u.lower) ? phrase([u.group], [], k + 1) : null;
    if (!(u.pos === 'ADJ' || u.pos === 'NUM' || u.pos === 'NOUN' || POSSESSIVE.has(u.lower))) return null;
  }
  return null;
}

/** Whether units from..to (inclusive) hold an actor: "Xi and the Crown Prince of Saudi Arabia". */
function phraseHasActor(units: readonly Unit[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (units[k]!.group !== null) return true;
  return false;
}

function isTimePhrase(units: readonly Unit[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const u = units[k]!;
    if (u.group !== null) return false;
    // "the past several weeks": adjectives and adverbs before a time word of the phrase's end
    const lead = (u.pos === 'ADJ' || u.pos === 'ADV') && k < last && TIME_WORDS.has(units[last]!.lemma);
    if (!(u.pos === 'NUM' || u.pos === 'DET' || TIME_WORDS.has(u.lower) || TIME_WORDS.has(u.lemma) || u.lower === ',' || lead)) return false;
  }
  return true;
}

/** The phrase that ends just before unit `end` (exclusive), read leftwards. */
/**
 * "a Swedish diplomat detained in Iran", "prisoners held since 2022": a participle of a verb that takes an
 * object, right after a noun phrase (not an auxiliary or a pronoun) and followed by a place or time phrase
 * instead of an object, is a reduced passive relative whose noun phrase is what was done to.
 */
function reducedRelative(units: readonly Unit[], v: number): boolean {
  const before = units[v - 1];
  const next = units[v + 1];
  if (!before || !next || next.group !== null) return false;
  // "three Chinese firms accused of supplying drones": the one charged comes before "of" only in the active voice.
  if (REDUCED_OF.has(units[v]!.lower) && next.lower === 'of') return before.group !== null ? !isPronounActor(before) : before.pos === 'NOUN' || before.pos === 'PROPN';
  if (!REDUCED_PARTICIPLES.has(units[v]!.lower) || !REDUCED_PREPS.has(next.lower)) return false;
  if (next.lower === 'at' && units[v + 2]?.lower === 'least') return false;
  // "Iran arrested in Tehran a French citizen", "expelled on Friday two diplomats": an object after the
  // place or time phrases makes the participle a finite verb whose object comes late.
  if (objectAfterPhrases(units, v + 1)) return false;
  return before.group !== null ? !isPronounActor(before) : before.pos === 'NOUN' || before.pos === 'PROPN';
}

/**
 * Whether a noun phrase (or a party) follows the run of prepositional phrases that starts at `from`:
 * "in Jenin on Monday five Palestinians" has one, "in Iran since 2022 was freed" and "in Iran." do not.
 * Each phrase is a preposition and one noun phrase, which ends at a party or where a new one starts
 * (a determiner or a number after a noun).
 */
function objectAfterPhrases(units: readonly Unit[], from: number): boolean {
  let k = from;
  while (units[k] && units[k]!.group === null && units[k]!.pos === 'ADP') {
    k++;
    let nouns = 0;
    while (units[k]) {
      const u = units[k]!;
      if (u.group !== null) {
        k++;
        break;
      }
      if (nouns > 0 && (u.pos === 'DET' || u.pos === 'NUM')) break;
      if (!NP_POS.has(u.pos)) break;
      if (u.pos === 'NOUN' || u.pos === 'PROPN') nouns++;
      k++;
    }
  }
  const u = units[k];
  return !!u && (u.group !== null || u.pos === 'DET' || u.pos === 'NUM' || u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'ADJ');
}

/**
 * The actor groups of a "by" phrase after a participle of putting forward that follows the phrase ending at
 * `end` ("a ceasefire proposal put forward by Egypt and Qatar", "a delegation sent by the African Union"):
 * who the object came from. Empty when none.
 */
export function originAgent(units: readonly Unit[], end: number, participles: ReadonlySet<string> = ORIGIN_PARTICIPLES): number[] {
  let k = end;
  // accuse16: "the remarks reportedly made by X", "claims allegedly voiced by Y": an adverb before the participle.
  while (units[k] && units[k]!.group === null && units[k]!.pos === 'ADV' && /ly$/.test(units[k]!.lower) && k < end + 2) k++;
  if (!units[k] || units[k]!.group !== null || !participles.has(units[k]!.lower)) return [];
  k++;
  while (units[k] && units[k]!.group === null && (units[k]!.pos === 'ADV' || units[k]!.lower === 'forward' || units[k]!.lower === 'up')) k++;
  if (units[k]?.lower !== 'by' || units[k]!.group !== null) return [];
  return readPhrase(units, k + 1).groups;
}

/** The holder of a place a deed hit, named after it ("positions held by the RSF"; data/clause-words.yaml `holder-participles`). */
export function holderAgent(units: readonly Unit[], end: number): number[] {
  return originAgent(units, end, HOLDER_PARTICIPLES);
}

/**
 * The parties of an aside opened by "including" that ends in ", and" right before `first`, after a plural noun
 * naming no party ("Several countries, including Canada and Australia, and …"); none otherwise.
 */
function includedBefore(units: readonly Unit[], first: number): number[] {
  if (units[first - 1]?.lower !== 'and' || units[first - 2]?.lower !== ',') return [];
  let k = first - 3;
  while (k >= 0 && first - k < 16 && units[k]!.lower !== ',') k--;
  if (k < 1 || units[k]!.lower !== ',' || units[k + 1]?.group !== null || units[k + 1]!.lower !== 'including') return [];
  const head = units[k - 1]!;
  if (head.group !== null || head.pos !== 'NOUN' || !/s$/.test(head.lower) || head.lemma === head.lower) return [];
  if (nounPhraseBefore(units, k).groups.length) return [];
  const aside = units.slice(k + 2, first - 2);
  if (aside.some((w) => w.group === null && (w.pos === 'VERB' || w.pos === 'AUX'))) return [];
  return aside.filter((w) => w.group !== null && !isBacker(units, units.indexOf(w))).map((w) => w.group!);
}

function nounPhraseBefore(units: readonly Unit[], end: number): Phrase {
  if (end <= 0) return phrase([], [], Math.max(end, 0));
  const first = phraseStart(units, end - 1);
  const groups: number[] = [];
  const nouns: string[] = [];
  for (let k = first; k < end; k++) {
    const u = units[k]!;
    if (u.group !== null) {
      if (isBacker(units, k)) continue;
      groups.push(u.group);
      if (u.lemma) nouns.push(u.lemma);
    } else if (u.pos === 'NOUN' || u.pos === 'PROPN') nouns.push(u.lemma);
  }
  return phrase(groups, nouns, end);
}

/**
 * The comma that closes a prepositional or participle phrase opening the sentence ("In a letter to X, Y
 * asked …", "Speaking to X by phone, Y said …", "During talks with A, B and C, D …": a list of parties inside
 * it runs on to the comma after its "and"); -1 when the sentence opens with no such phrase.
 */
export function openingPhraseComma(units: readonly Unit[]): number {
  const first = units[0];
  if (!first || first.group !== null || !(first.pos === 'ADP' || (first.pos === 'VERB' && /ing$/.test(first.lower)))) return -1;
  const firstComma = units.findIndex((u, k) => k > 0 && u.lower === ',');
  if (firstComma < 0 || !prepositionalEnd(units, firstComma)) return -1;
  let closed = false;
  for (let k = firstComma + 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.group === null && u.lower === ',') {
      if (closed) return k;
      continue;
    }
    if (u.group === null && COORD.has(u.lower)) closed = true;
    else if (u.group === null && u.pos !== 'DET') break;
  }
  return firstComma;
}

/** Whether the comma at `comma` lies inside or closes such an opening phrase: what stands before it is no list with the subject after it. */
function closesOpeningPhrase(units: readonly Unit[], comma: number): boolean {
  return comma <= openingPhraseComma(units);
}

function prepositionalEnd(units: readonly Unit[], comma: number): boolean {
  let j = comma - 1;
  if (units[j]?.group === null) return true;
  // meet15: "In addition to the conflicts in Syria and Libya, the two …": the phrase may end in a list of parties.
  while (j > 0 && (units[j]!.group !== null || units[j]!.pos === 'DET' || (COORD.has(units[j]!.lower) && units[j - 1]?.group !== null && units[j + 1]?.group !== null))) j--;
  return units[j]?.group === null && units[j]!.pos === 'ADP';
}

/** Where the phrase ending at unit `i` (inclusive) begins: over nouns, adjectives, actors, "of" after a quantity, and coordination. */
function phraseStart(units: readonly Unit[], i: number): number {
  let k = i;
  while (k - 1 >= 0) {
    const u = units[k - 1]!;
    if (u.group !== null || NP_POS.has(u.pos) || POSSESSIVE.has(u.lower) || isAttributiveParticiple(units, k - 1)) k--;
    // "a Saudi-led coalition": the actor, its dash and the participle are all the phrase's
    else if (k - 3 >= 0 && actorLed(units, k - 2)) k -= 3;
    // world17: "in the north-central region", "the war-torn region": a word joined to the one before it by a hyphen
    // ("north - central", "war - torn", however the tagger reads their halves) is the phrase's modifier.
    else if (k - 3 >= 0 && u.group === null && joinedDash(units, k - 2) && units[k - 3]!.group === null) k -= 3;
    else if (k - 2 >= 0 && joinedDash(units, k - 1)) k -= 2;
    // "A, B and C": a list (but not "… a treaty with Armenia, Nurtleu told …": the teller after the speech's comma)
    else if ((COORD.has(u.lower) || u.lower === ',') && k - 2 >= 0 && units[k - 2]!.group !== null && (units[k]!.group !== null || phraseHasActor(units, k, i))
      && !(u.lower === ',' && (tellerAhead(units, k) || closesOpeningPhrase(units, k - 1)))) k--;
    else if (u.lower === 'of' && k - 2 >= 0 && units[k - 2]!.group === null && QUANTITY.has(units[k - 2]!.lemma)) k--;
    // "Four soldiers and at least 13 militiamen were killed": the lead words of a count (types15)
    else if (u.group === null && QUANTITY_LEAD.has(u.lower) && quantityAhead(units, k - 1) > k - 1) k--;
    else break;
  }
  return k;
}
