/**
 * Loads data/event-lexicon.yaml: readings of verbs and nouns as PLOVER events, keyed by lemma, with
 * where each reading finds its two sides. See the file's header for the fields.
 */
import { z } from 'zod';
import { loadValidated } from '../../core/data-files.js';
import { PLOVER_TYPES, type PloverType } from '../../record/types.js';
import { namingVerbs, thankingWords } from './clause-reader.js';

const Lemma = z.string().regex(/^[a-z][a-z-]*$/);
const Sector = z.string().regex(/^[A-Z]{3}$/);
const Sectors = z.object({ source: Sector.optional(), target: Sector.optional() }).strict();
const Place = z.string().regex(/^(?:object|subject|location|clause-[a-z]+|[a-z]+)$/);

const VerbEntry = z.object({
  lemma: Lemma,
  particle: z.string().optional(),
  objects: z.array(Lemma).optional(),
  objectList: z.string().optional(),
  /** Object head lemmas that make the verb no event, or the name of such a word list ("economic-targets"). */
  objectNot: z.union([z.array(Lemma), z.string()]).optional(),
  type: z.enum(PLOVER_TYPES),
  mode: z.string().optional(),
  cameo: z.string().regex(/^\d{2,4}$/),
  source: Place.optional(),
  target: z.array(Place).optional(),
  sectors: Sectors.optional(),
  domestic: z.boolean().optional(),
  locationAgent: z.boolean().optional(),
  passiveSource: z.array(Lemma).optional(),
  locationSector: Sector.optional(),
  patientAgent: z.array(Sector).optional(),
  home: Sectors.optional(),
  crowdSubject: z.boolean().optional(),
  complaintIfState: z.boolean().optional(),
  inwardTarget: Sector.optional(),
  inwardState: Sector.optional(),
  inwardObjects: z.string().optional(),
  reciprocal: z.boolean().optional(),
  subjectSectors: z.array(Sector).optional(),
  notSectors: z.array(Sector).optional(),
  negatable: z.boolean().optional(),
  negated: z.object({ type: z.enum(PLOVER_TYPES), mode: z.string().optional(), cameo: z.string().regex(/^\d{2,4}$/) }).strict().optional(),
  complement: z.string().optional(),
  purposeNot: z.string().optional(),
  followedBy: z.string().optional(),
  phraseNot: z.array(Lemma).optional(),
  forms: z.array(z.string()).optional(),
  aboutNouns: z.string().optional(),
  prepNot: z.array(Lemma).optional(),
  withNouns: z.string().optional(),
  asNouns: z.string().optional(),
  ofNouns: z.string().optional(),
  /** Subject head nouns that make the verb no event, or the name of such a word list ("natural-disasters"). */
  subjectNot: z.union([z.array(Lemma), z.string()]).optional(),
  /** The name of a word list of subject head nouns that make the verb, read in the passive, a description ("a militia backed by Iran"). */
  passiveSubjectNot: z.string().optional(),
  notFollowedBy: z.array(Lemma).optional(),
  infinitiveNot: z.string().optional(),
  /** A word list: no reading when the first verb after the object (and its phrases) is one of them ("announced a deal was off"). */
  objectClauseNot: z.string().optional(),
  controllerNot: z.string().optional(),
  objectInfinitive: z.boolean().optional(),
  /** The reading holds only while what the verb acts on names no party but the doer ("ended its mission in Mali"). */
  ownObject: z.boolean().optional(),
  notCrowd: z.boolean().optional(),
  mutual: z.boolean().optional(),
  /** The reading holds only with no direct object: "protesters demonstrated", not "the attack demonstrates its recklessness". */
  objectless: z.boolean().optional(),
}).strict();

const NounEntry = z.object({
  lemma: Lemma,
  governed: z.boolean().optional(),
  ownerActs: z.boolean().optional(),
  judgement: z.boolean().optional(),
  modifiers: z.array(Lemma).optional(),
  actorModifier: z.boolean().optional(),
  reciprocal: z.boolean().optional(),
  crowdSubject: z.boolean().optional(),
  complaintIfState: z.boolean().optional(),
  notAfter: z.array(Lemma).optional(),
  clauseNot: z.array(Lemma).optional(),
  unless: z.array(Lemma).optional(),
  agent: z.array(Place).optional(),
  type: z.enum(PLOVER_TYPES),
  mode: z.string().optional(),
  cameo: z.string().regex(/^\d{2,4}$/),
  target: z.array(Place),
  sectors: Sectors.optional(),
  domestic: z.boolean().optional(),
  governedBy: z.array(Lemma).optional(),
  governorNot: z.array(Lemma).optional(),
  notCrowd: z.boolean().optional(),
  mutual: z.boolean().optional(),
  inwardTarget: Sector.optional(),
  // accuse16: false where a negation before the noun does not undo it ("denied Somalia's accusations": the charge was made)
  negatable: z.boolean().optional(),
  /** request16: a word list one of whose words must head the noun's "of" phrase ("the reopening of the border"). */
  ofNouns: z.string().optional(),
  /** A word list one of whose words must head the noun's "from" phrase ("came under fire from Tajik positions"). */
  fromNouns: z.string().optional(),
}).strict();

const LexiconFile = z.object({
  'light-verbs': z.array(Lemma),
  'word-lists': z.record(z.string(), z.array(z.string().min(1)).min(1)),
  'victim-verbs': z.array(Lemma),
  'answering-verbs': z.array(Lemma),
  'made-act-verbs': z.array(Lemma),
  'made-act-types': z.array(z.string()),
  'witness-verbs': z.array(Lemma).default([]),
  'complaint-verbs': z.array(Lemma).default([]),
  'forecast-verbs': z.array(Lemma).default([]),
  'forecast-own-subjects': z.array(Lemma).default([]),
  'place-prepositions': z.array(Lemma).min(1),
  'agent-only-types': z.array(z.enum(PLOVER_TYPES)).default([]),
  'said-now-types': z.array(z.enum(PLOVER_TYPES)).default([]),
  'said-now-future-words': z.array(Lemma).default([]),
  'said-now-future-next-words': z.array(Lemma).default([]),
  'singling-words': z.array(Lemma).min(1),
  'judged-deed-types': z.array(z.enum(PLOVER_TYPES)).default([]),
  'halting-nouns': z.array(Lemma).default([]),
  'judged-owner-types': z.array(z.enum(PLOVER_TYPES)).default([]),
  'addressee-types': z.array(z.enum(PLOVER_TYPES)).default([]),
  'addressee-openers': z.array(Lemma).default([]),
  'time-phrase-openers': z.array(Lemma).default([]),
  'topic-phrase-openers': z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).default([]),
  'occasion-phrase-openers': z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).default([]),
  'addressee-frames': z.array(Lemma).default([]),
  'doer-owned-words': z.array(Lemma).min(1),
  'attack-doer-words': z.array(Lemma).min(1),
  'attack-nouns': z.array(Lemma).min(1),
  'attack-blame-words': z.array(Lemma).min(1),
  'front-teller-sectors': z.array(Sector).min(1),
  'home-crowd-sectors': z.array(Sector).min(1),
  'victim-verbs-conflict': z.array(Lemma),
  'receiving-verbs': z.array(Lemma),
  'promise-verbs': z.array(Lemma),
  'promised-types': z.array(z.string().min(1)),
  'blocking-verbs': z.array(Lemma),
  'agreed-deeds': z.array(Lemma).default([]),
  'noun-blocking-prepositions': z.array(Lemma),
  'cause-heads': z.array(Lemma).default([]),
  'purpose-openers': z.array(Lemma).min(1),
  'purpose-stops': z.array(z.string().min(1)).min(1),
  'purpose-asides': z.array(Lemma).min(1),
  'cargo-words': z.array(Lemma).min(1),
  'cargo-participles': z.array(Lemma).min(1),
  'join-verbs': z.array(Lemma).default([]),
  'crowd-sectors': z.array(Sector),
  'infinitive-blocking-verbs': z.array(Lemma),
  'positional-excluded-prepositions': z.array(Lemma),
  'positional-blocking-modals': z.array(Lemma),
  'punished-prepositions': z.array(Lemma).min(1),
  'punished-not-asked-types': z.array(z.enum(PLOVER_TYPES)).min(1),
  'punitive-nouns': z.array(Lemma).min(1),
  'alleging-verbs': z.array(Lemma),
  'alleged-deeds': z.array(z.enum(PLOVER_TYPES)),
  'home-force': z.strictObject({ sectors: z.record(z.string(), Sector), targets: z.array(Sector), named: z.array(z.enum(PLOVER_TYPES)).default([]) }).default({ sectors: {}, targets: [], named: [] }),
  verbs: z.array(VerbEntry).min(1),
  nouns: z.array(NounEntry).min(1),
});

/** One reading of a verb or noun as an event. */
export interface LexiconEntry {
  readonly id: string;
  readonly kind: 'verb' | 'noun';
  readonly lemma: string;
  readonly particle: string | null;
  readonly objects: ReadonlySet<string> | null;
  readonly objectNot: ReadonlySet<string>;
  /** The reading holds only when the verb has no direct object ("demonstrated outside", not "demonstrates its resolve"). */
  readonly objectless: boolean;
  readonly modifiers: ReadonlySet<string> | null;
  /** Words that may not stand just before a noun for this reading. */
  readonly unless: ReadonlySet<string>;
  /** The subject must be a crowd (civilians, workers, opposition …), not a state or its officials. */
  readonly crowdSubject: boolean;
  /** A sub-state actor's deed with no other side named stays within its state, against this sector. */
  readonly inwardTarget: string | null;
  /**
   * With inwardTarget: a state named with no sector ("Sri Lanka freed …") acts through this sector, so its
   * deed with no other side named stays within it as well.
   */
  readonly inwardState: string | null;
  /** With inwardState: what the bare state acts on must be headed by one of these (people held, not a budget). */
  readonly inwardObjects: ReadonlySet<string> | null;
  /** With crowdSubject: a state's or official's protest is a complaint (ACCUSE) rather than no event. */
  readonly complaintIfState: boolean;
  /** The reading holds only when the subject carries one of these sectors ("protesters blocked roads"). */
  readonly subjectSectors: ReadonlySet<string> | null;
  /** Sides with these sectors are no party of the reading ("hosted Russian troops" is no visit). */
  readonly notSectors: ReadonlySet<string> | null;
  /** A plural subject with no other side pairs its members ("A and B clashed"). */
  readonly reciprocal: boolean;
  /** For nouns: prepositions before it that make an idiom of it ("in protest at"). */
  readonly notAfter: ReadonlySet<string>;
  /** For nouns after a preposition: verbs of their clause that make them no event ("was recalled for consultations"). */
  readonly clauseNot: ReadonlySet<string>;
  /** For nouns: an actor just before the noun meets the modifier condition ("U.S. strikes"). */
  readonly actorModifier: boolean;
  /** False for verbs that are negative words themselves ("cancelled"): negation cues do not apply. */
  readonly negatable: boolean;
  /** For nouns: the reading needs a verb that governs the noun ("expressed support for"), not a mention in passing. */
  readonly governed: boolean;
  /**
   * A noun that judges its owner's deed ("Rwanda's aggression", "the Israeli occupation"): told by another
   * party's verb of saying, it is that party's accusation (ACCUSE disapprove) of the owner; no event otherwise.
   */
  readonly judgement: boolean;
  /** The reading when the verb is negated ("would not recognise the ruling" is a rejection), or null: no event. */
  readonly negated: { readonly type: PloverType; readonly mode: string | null; readonly cameo: string } | null;
  /** Words one of which must follow the verb closely ("called the strike a heinous act"), or null. */
  readonly complement: ReadonlySet<string> | null;
  /** For verbs: a word list none of whose words may follow the verb in its sentence part ("mobilised helicopters for the relief effort"). */
  readonly purposeNot: ReadonlySet<string> | null;
  /** For verbs: a preposition that must come right after the verb ("called for the lifting of …"), or null. */
  readonly followedBy: string | null;
  /** For verbs: head nouns of a prepositional phrase that make the verb no event ("agreed with the assessment"). */
  readonly phraseNot: ReadonlySet<string>;
  /** For nouns: prepositions that name the agent when no actor stands before the noun. */
  readonly agent: readonly string[];
  readonly type: PloverType;
  readonly mode: string | null;
  readonly cameo: string;
  readonly source: string;
  readonly target: readonly string[];
  readonly sectors: { readonly source?: string; readonly target?: string };
  readonly domestic: boolean;
  readonly locationAgent: boolean;
  /** In a passive with no "by" phrase, the actor after one of these prepositions is the agent ("was summoned to the ministry"). */
  readonly passiveSource: readonly string[];
  /** With locationAgent: the sector through which the place's state acts. */
  readonly locationSector: string | null;
  /**
   * For verbs: in a passive with no "by" phrase, a patient of one of these sectors that the text itself
   * gives a state acts for that state ("Kenyan police were deployed to Haiti": KEN → HTI; "the Nigerian
   * envoy to Ghana was recalled": NGA → GHA); null otherwise.
   */
  readonly patientAgent: ReadonlySet<string> | null;
  /**
   * For verbs: where the only other side named is the doer's own state (a place in it, its own forces
   * posted there, or a place that named the doer), the deed stays at home between these sectors
   * ("Sri Lanka deployed soldiers in Colombo": LKA/GOV → LKA/CVL); null otherwise.
   */
  readonly home: { readonly source?: string; readonly target?: string } | null;
  /** For nouns: the reading holds only as the object of one of these verbs ("carried out strikes"), or null. */
  readonly governedBy: ReadonlySet<string> | null;
  /** For nouns: verbs governing the noun that make it no event ("the remarks constituted a threat to X" judges, threatens nothing). */
  readonly governorNot: ReadonlySet<string>;
  /** The doer may not be a crowd (workers "launching a strike" do not bomb anything). */
  readonly notCrowd: boolean;
  /** A plural subject with no other side pairs its members both ways ("A and B traded accusations"). */
  readonly mutual: boolean;
  /** For verbs: after "of"/"about" right after the verb, one of these nouns must follow ("warned of consequences"). */
  readonly aboutNouns: ReadonlySet<string> | null;
  /** For verbs: prepositions whose phrase makes the verb no event ("clashed over trade"). */
  readonly prepNot: ReadonlySet<string>;
  /** For verbs: words right after the verb (adverbs aside) that make it no event ("asked what …", a question). */
  readonly notFollowedBy: ReadonlySet<string>;
  /** Words (a word list) that, in a "to …" infinitive right after the object, make the verb no event ("asked X to convey his greetings"). */
  readonly infinitiveNot: ReadonlySet<string> | null;
  readonly objectClauseNot: ReadonlySet<string> | null;
  /** Words (a word list) whose "to" infinitive the verb is that make it no event ("agreed to cooperate": an intention). */
  readonly controllerNot: ReadonlySet<string> | null;
  /** For verbs: the object must name a party and a "to" infinitive follow it ("told Manila to stop", "wants Kabul to act"). */
  readonly objectInfinitive: boolean;
  /** For verbs: what the verb acts on (object, or a passive's subject) names no party but the doer: "France ended its
   * mission in Mali" withdraws; "Mali ended the French mission" is the host's sanction (another entry's reading). */
  readonly ownObject: boolean;
  /** For verbs: a word list one of whose words must head the "with" phrase ("supported Y with $5 million"). */
  readonly withNouns: ReadonlySet<string> | null;
  /** A word list one of whose words must head the verb's "as" phrase ("appointed X as ambassador to Y"). */
  readonly asNouns: ReadonlySet<string> | null;
  /** A word list one of whose words must head the verb's "of" phrase ("assured Y of its support"). */
  readonly ofNouns: ReadonlySet<string> | null;
  /** For nouns: a word list one of whose words must head the noun's "from" phrase. */
  readonly fromNouns: ReadonlySet<string> | null;
  /** For verbs: subject head nouns that make the verb no event ("jets flew to Syria" is no visit). */
  readonly subjectNot: ReadonlySet<string>;
  /** For verbs read in the passive: subject head nouns that make the verb a description of the subject, no event. */
  readonly passiveSubjectNot: ReadonlySet<string> | null;
  /** For governed nouns: a possessive owner stands in for the governing verb ("Chile's support for Bolivia"). */
  readonly ownerActs: boolean;
}

export interface EventLexicon {
  readonly verbs: ReadonlyMap<string, readonly LexiconEntry[]>;
  readonly nouns: ReadonlyMap<string, readonly LexiconEntry[]>;
  readonly lightVerbs: ReadonlySet<string>;
  readonly blockingVerbs: ReadonlySet<string>;
  /** Nouns of deeds that "agree" adopts rather than blocks ("the EU agreed new sanctions against Russia"). */
  readonly agreedDeeds: ReadonlySet<string>;
  /** Sectors that demonstrate, riot and strike (a protest by any other side is a state's). */
  readonly crowdSectors: ReadonlySet<string>;
  /** Verbs whose subject suffered the deed a governed noun names, when it names no other side. */
  readonly victimVerbs: ReadonlySet<string>;
  /** Verbs whose subject is the one a governed request was made of (answering-verbs). */
  readonly answeringVerbs: ReadonlySet<string>;
  /** Verbs that react to an act of the `made-act-types` made by another (made-act-verbs): the act they govern was made. */
  readonly madeActVerbs: ReadonlySet<string>;
  /** The types of those acts (made-act-types). */
  readonly madeActTypes: ReadonlySet<string>;
  /** The sector through which a state named bare strikes or coerces its own people, per type, and the target sectors it holds for. */
  readonly homeForce: { readonly sectors: ReadonlyMap<string, string>; readonly targets: ReadonlySet<string>; readonly named: ReadonlySet<string> };
  /** "the country has seen protests": verbs whose subject is where a crowd's deed happened, not its doer. */
  readonly witnessVerbs: ReadonlySet<string>;
  /** "lodged a strong protest": verbs that make a governed crowd deed (a protest) a state's complaint. */
  readonly complaintVerbs: ReadonlySet<string>;
  /** "warned it would result in …": verbs of a consequence foretold, which make a warning no threat. */
  readonly forecastVerbs: ReadonlySet<string>;
  /** Pronouns after "warned" that stand for the speaking party: its own deed may be a threat, no forecast. */
  readonly forecastOwnSubjects: ReadonlySet<string>;
  /** Verbs whose subject received the deed a governed noun names, from the doer its "from" phrase names. */
  readonly receivingVerbs: ReadonlySet<string>;
  /** Verbs of a promise ("pledged $10 million to X", "announced funding for X"): a deed of the promised
   * types told by one (as its own verb, or as the verb governing its noun) is planned, not done. */
  readonly promiseVerbs: ReadonlySet<string>;
  readonly promisedTypes: ReadonlySet<string>;
  /** Verbs of judging a deed (`victim-verbs` alone): "condemned the attack in X". */
  readonly condemningVerbs: ReadonlySet<string>;
  /** Types of a deed judged by such a verb, whose victims are no side accused. */
  readonly judgedDeedTypes: ReadonlySet<string>;
  /** sent18: nouns of stopping a demand asks for ("an end to X's assault"): the deed's doer is the one asked. */
  readonly haltingNouns: ReadonlySet<string>;
  /** Types whose prepositional phrase may name its party only by the agent of a participle after it. */
  readonly judgedOwnerTypes: ReadonlySet<string>;
  /** Prepositions naming where a deed happened: its victims' ground when nobody owns the deed. */
  readonly placePrepositions: ReadonlySet<string>;
  /** Types whose other side is an agent: a place named after the verb is never their target. */
  readonly agentOnlyTypes: ReadonlySet<string>;
  /** Types whose deed is the saying: a time after the document's day names what is said to come, not the deed's time. */
  readonly saidNowTypes: ReadonlySet<string>;
  /** Words after a said-now deed's trigger that make a time written without its year the said deed's time. */
  readonly saidNowFuture: RegExp;
  /** Words of the future that count only right after the trigger ("threatened to …"). */
  readonly saidNowFutureNext: RegExp;
  /** Verbs of a purpose against someone ("sent troops to confront the rebels"): target place `purpose` (word list `purpose-against`). */
  readonly purposeVerbs: ReadonlySet<string>;
  /** Verbs of a purpose for someone's good ("provided $50 million to help Indonesia …"): target place `benefit` (word list `purpose-for`). */
  readonly benefitVerbs: ReadonlySet<string>;
  /** Nouns of a thing said ("a charge New Delhi rejected"): a verb's relative object that refers back (target place `earlier`). */
  readonly saidThings: ReadonlySet<string>;
  /** Words of thanking: who thanks a party for a gift received it (target place `thanker`). */
  readonly thankingWords: ReadonlySet<string>;
  /** Verbs whose subject tells or puts forward what a later rejection refers back to (target place `earlier`). */
  readonly tellingVerbs: ReadonlySet<string>;
  /** Adverbs that make a telling a standing one ("has repeatedly accused"): no rejection of it is an event. */
  readonly repeatedTelling: ReadonlySet<string>;
  /** Words after a comma that single out parties of a list before (", including from X"). */
  readonly singlingWords: ReadonlySet<string>;
  /** Speech-act types addressed to the party of an opening exchange phrase ("In a letter to X, Y asked …"). */
  readonly addresseeTypes: ReadonlySet<string>;
  /** Words that open such a phrase, and the nouns of the exchange it names. */
  readonly addresseeOpeners: ReadonlySet<string>;
  /** Words that open a phrase of time before the subject ("Before flying to X, …", "After talks with Y, …"). */
  readonly timePhraseOpeners: ReadonlySet<string>;
  /** "In addition to …", "Besides …": openers of a phrase naming other topics, whose parties are no doers (meet15). */
  readonly topicPhraseOpeners: readonly string[];
  readonly occasionPhraseOpeners: readonly string[];
  readonly addresseeFrames: ReadonlySet<string>;
  /** Words that make a deed's object the doer's own ("shelled their own trenches"). */
  readonly doerOwnedWords: ReadonlySet<string>;
  /** recall13b: "soldiers were killed in a militant attack", "… in an attack blamed on jihadists". */
  readonly attackDoerWords: ReadonlySet<string>;
  readonly attackNouns: ReadonlySet<string>;
  readonly attackBlameWords: ReadonlySet<string>;
  /** Sectors whose telling of a deed with no victim named speaks for their own ground. */
  readonly frontTellerSectors: ReadonlySet<string>;
  /** Crowds a state arrests at home (a passive arrest of them with no agent is their own state's). */
  readonly homeCrowdSectors: ReadonlySet<string>;
  /** Prepositions that make an event noun the topic of another noun ("support for talks"). */
  readonly nounBlockingPreps: ReadonlySet<string>;
  /** Words before "of" that make what follows a cause told, not a topic ("as a result of a strike by nurses"). */
  readonly causeHeads: ReadonlySet<string>;
  /** Words that open a verb's purpose ("for", "to"). */
  readonly purposeOpeners: ReadonlySet<string>;
  /** Words (and stops) that end a verb's own clause before its purpose could be told (purposeNot). */
  readonly purposeStops: ReadonlySet<string>;
  /** Words that open a phrase of another happening inside the clause: no purpose till the next "for"/"to". */
  readonly purposeAsides: ReadonlySet<string>;
  /** Words that open a cargo ("carrying aid"), told as the errand of what is sent. */
  readonly cargoWords: ReadonlySet<string>;
  /** Participles whose "with" opens a cargo ("loaded with aid"). */
  readonly cargoParticiples: ReadonlySet<string>;
  /** Verbs of a "to" infinitive naming a body that forces sent join (target place `joined`). */
  readonly joinVerbs: ReadonlySet<string>;
  /** Verbs whose infinitive tells no deed done ("threatened to impose sanctions", "urged to withdraw"). */
  readonly infinitiveBlocking: ReadonlySet<string>;
  /** Prepositions whose phrase names no side of a verb read by position (see sidesByPosition in lexicon-rule.ts). */
  readonly positionalExcluded: ReadonlySet<string>;
  /** Modals of possibility or duty before a verb that keep it from being read by position. */
  readonly positionalModals: ReadonlySet<string>;
  /** "urged its allies to impose sanctions on X": prepositions after which, with a punitive noun (lemma) just
   * before, the actor named is the one punished, not the one asked. */
  readonly punishedPrepositions: ReadonlySet<string>;
  readonly punitiveNouns: ReadonlySet<string>;
  /** Types whose other side named after the word is never the one punished (REQUEST, REJECT). */
  readonly punishedNotAskedTypes: ReadonlySet<string>;
  /** Verbs that tell a party's deed as someone's claim ("X said Y had shelled …"), and the deed types
   * whose telling is an accusation of the doer. */
  readonly allegingVerbs: ReadonlySet<string>;
  readonly allegedDeeds: ReadonlySet<string>;
  /** Verb forms → lemma (irregular ones from the data, regular ones generated), for forms the tagger leaves unlemmatised. */
  readonly forms: ReadonlyMap<string, string>;
  /** Every inflected form of every entry's word: a sentence without one holds no lexicon event. */
  readonly allForms: ReadonlySet<string>;
  /** The forms of entries that can stand with one party (domestic events: "protests erupted in …",
   * "police arrested 500 people"). */
  readonly oneParty: ReadonlySet<string>;
}

/** Regular inflections of a verb or noun lemma ("rally" → rallies, rallied, rallying; "ban" → banned). */
export function inflections(lemma: string): string[] {
  const out = new Set([lemma, `${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}d`, `${lemma}ing`]);
  if (lemma.endsWith('y')) for (const e of ['ies', 'ied']) out.add(lemma.slice(0, -1) + e);
  if (lemma.endsWith('e')) out.add(`${lemma.slice(0, -1)}ing`);
  // "ban" → banned, "shell" → shelled: a final consonant may double.
  const last = lemma.at(-1) ?? '';
  if (/[bdglmnprt]/.test(last)) for (const e of ['ed', 'ing']) out.add(lemma + last + e);
  return [...out];
}

let lexicon: EventLexicon | undefined;

/** The empty word set every entry without such a condition shares. */
const NO_WORDS: ReadonlySet<string> = new Set();

/** The words as a set; the shared empty set when there are none. */
function setOf(words: readonly string[] | undefined): ReadonlySet<string> {
  return words && words.length > 0 ? new Set(words) : NO_WORDS;
}

/** The event lexicon, validated and indexed once per process. */
export function eventLexicon(): EventLexicon {
  if (lexicon) return lexicon;
  const data = loadValidated('event-lexicon.yaml', LexiconFile);
  const verbs = new Map<string, LexiconEntry[]>();
  const nouns = new Map<string, LexiconEntry[]>();
  const forms = new Map<string, string>();
  const ids = new Set<string>();
  // Each named word list is one set, shared by the entries that name it; an entry's empty condition is
  // the one empty set (entries are never changed: ~6,000 empty sets were ~0.9 MB of the start-up snapshot).
  const lists = new Map<string, ReadonlySet<string>>();
  const wordList = (name: string): ReadonlySet<string> => {
    const known = lists.get(name);
    if (known) return known;
    const list = data['word-lists'][name];
    if (!list) throw new Error(`data/event-lexicon.yaml: no word list "${name}" under word-lists`);
    const set = setOf(list);
    lists.set(name, set);
    return set;
  };
  const add = (map: Map<string, LexiconEntry[]>, e: LexiconEntry) => {
    let id = e.id;
    for (let n = 2; ids.has(id); n++) id = `${e.id}-${n}`;
    ids.add(id);
    const list = map.get(e.lemma) ?? [];
    list.push({ ...e, id });
    map.set(e.lemma, list);
  };
  for (const v of data.verbs) {
    add(verbs, {
      id: `lexicon-${v.lemma}${v.particle ? `-${v.particle}` : ''}`, kind: 'verb', lemma: v.lemma, particle: v.particle ?? null,
      objects: v.objects || v.objectList ? new Set([...v.objects ?? [], ...v.objectList ? wordList(v.objectList) : []]) : null, objectNot: typeof v.objectNot === 'string' ? wordList(v.objectNot) : setOf(v.objectNot), objectless: v.objectless ?? false, modifiers: null, unless: NO_WORDS, crowdSubject: v.crowdSubject ?? false, complaintIfState: v.complaintIfState ?? false, inwardTarget: v.inwardTarget ?? null, inwardState: v.inwardState ?? null, inwardObjects: v.inwardObjects ? wordList(v.inwardObjects) : null, subjectSectors: v.subjectSectors ? new Set(v.subjectSectors) : null, notSectors: v.notSectors ? new Set(v.notSectors) : null, reciprocal: v.reciprocal ?? false, actorModifier: false, notAfter: NO_WORDS, clauseNot: NO_WORDS, negatable: v.negatable ?? true, agent: [],
      governed: false, judgement: false,
      negated: v.negated ? { type: v.negated.type, mode: v.negated.mode ?? null, cameo: v.negated.cameo } : null,
      complement: v.complement ? wordList(v.complement) : null,
      purposeNot: v.purposeNot ? wordList(v.purposeNot) : null,
      followedBy: v.followedBy ?? null, phraseNot: setOf(v.phraseNot),
      type: v.type, mode: v.mode ?? null, cameo: v.cameo, source: v.source ?? 'subject', target: v.target ?? ['object'],
      sectors: v.sectors ?? {}, domestic: v.domestic ?? false, locationAgent: v.locationAgent ?? false, passiveSource: v.passiveSource ?? [], locationSector: v.locationSector ?? null, patientAgent: v.patientAgent ? new Set(v.patientAgent) : null, home: v.home ?? null,
      governedBy: null, governorNot: NO_WORDS, notCrowd: v.notCrowd ?? false, mutual: v.mutual ?? false,
      aboutNouns: v.aboutNouns ? wordList(v.aboutNouns) : null, prepNot: setOf(v.prepNot), notFollowedBy: setOf(v.notFollowedBy), infinitiveNot: v.infinitiveNot ? wordList(v.infinitiveNot) : null, objectClauseNot: v.objectClauseNot ? wordList(v.objectClauseNot) : null, controllerNot: v.controllerNot ? wordList(v.controllerNot) : null, objectInfinitive: v.objectInfinitive ?? false, ownObject: v.ownObject ?? false,
      withNouns: v.withNouns ? wordList(v.withNouns) : null, asNouns: v.asNouns ? wordList(v.asNouns) : null, ofNouns: v.ofNouns ? wordList(v.ofNouns) : null, fromNouns: null, subjectNot: typeof v.subjectNot === 'string' ? wordList(v.subjectNot) : setOf(v.subjectNot), ownerActs: false, passiveSubjectNot: v.passiveSubjectNot ? wordList(v.passiveSubjectNot) : null,
    });
    for (const f of v.forms ?? []) {
      forms.set(f, v.lemma);
    }
  }
  for (const n of data.nouns) {
    add(nouns, {
      id: `lexicon-${n.lemma}-noun`, kind: 'noun', lemma: n.lemma, particle: null, objects: null, objectNot: NO_WORDS, objectless: false,
      modifiers: n.modifiers ? new Set(n.modifiers) : null, unless: setOf(n.unless), crowdSubject: n.crowdSubject ?? false, complaintIfState: n.complaintIfState ?? false, inwardTarget: n.inwardTarget ?? null, inwardState: null, inwardObjects: null, subjectSectors: null, notSectors: null, reciprocal: n.reciprocal ?? false, notAfter: setOf(n.notAfter), clauseNot: setOf(n.clauseNot), actorModifier: n.actorModifier ?? false, negatable: n.negatable ?? true, negated: null, complement: null, purposeNot: null, followedBy: null, phraseNot: NO_WORDS, governed: n.governed ?? false, judgement: n.judgement ?? false, agent: n.agent ?? ['by'], type: n.type, mode: n.mode ?? null, cameo: n.cameo,
      source: 'agent', target: n.target, sectors: n.sectors ?? {}, domestic: n.domestic ?? false, locationAgent: false, passiveSource: [], locationSector: null, patientAgent: null, home: null,
      governedBy: n.governedBy ? new Set(n.governedBy.flatMap((g) => inflections(g))) : null, governorNot: setOf((n.governorNot ? [...n.governorNot, ...namingVerbs()] : []).flatMap((g) => inflections(g))), notCrowd: n.notCrowd ?? false, mutual: n.mutual ?? false,
      aboutNouns: null, prepNot: NO_WORDS, notFollowedBy: NO_WORDS, infinitiveNot: null, objectClauseNot: null, controllerNot: null, objectInfinitive: false, ownObject: false, withNouns: null, asNouns: null, ofNouns: n.ofNouns ? wordList(n.ofNouns) : null, fromNouns: n.fromNouns ? wordList(n.fromNouns) : null, subjectNot: NO_WORDS, ownerActs: n.ownerActs ?? false, passiveSubjectNot: null,
    });
  }
  const allForms = new Set<string>();
  const oneParty = new Set<string>();
  for (const map of [verbs, nouns]) {
    for (const [lemma, list] of map) {
      const words = inflections(lemma);
      for (const w of words) allForms.add(w);
      // …and entries whose other side may be the party the sentence before named (`previous`).
      if (list.some((e) => e.domestic || e.inwardTarget || e.home || e.target.includes('previous') || e.target.includes('recipient'))) for (const w of words) oneParty.add(w);
    }
  }
  // Regular forms point to their verb too, for words the tagger leaves unlemmatised ("expelling" as a noun).
  for (const lemma of verbs.keys()) for (const w of inflections(lemma)) if (w !== lemma && !forms.has(w) && !verbs.has(w)) forms.set(w, lemma);
  for (const [form, lemma] of forms) {
    allForms.add(form);
    if (verbs.get(lemma)?.some((e) => e.domestic || e.inwardTarget || e.home || e.target.includes('previous') || e.target.includes('recipient'))) oneParty.add(form);
  }
  lexicon = {
    verbs, nouns, forms, allForms, oneParty,
    lightVerbs: new Set(data['light-verbs']),
    blockingVerbs: new Set(data['blocking-verbs']),
    agreedDeeds: new Set(data['agreed-deeds']),
    answeringVerbs: new Set(data['answering-verbs']),
    madeActVerbs: new Set(data['made-act-verbs']),
    madeActTypes: new Set(data['made-act-types']),
    victimVerbs: new Set([...data['victim-verbs'], ...data['victim-verbs-conflict'], ...data['receiving-verbs']]),
    receivingVerbs: new Set(data['receiving-verbs']),
    homeForce: { sectors: new Map(Object.entries(data['home-force'].sectors)), targets: new Set(data['home-force'].targets), named: new Set(data['home-force'].named) },
    promiseVerbs: new Set(data['promise-verbs']),
    promisedTypes: new Set(data['promised-types']),
    condemningVerbs: new Set(data['victim-verbs']),
    judgedDeedTypes: new Set(data['judged-deed-types']),
    haltingNouns: new Set(data['halting-nouns']),
    judgedOwnerTypes: new Set(data['judged-owner-types']),
    witnessVerbs: new Set(data['witness-verbs']),
    complaintVerbs: new Set(data['complaint-verbs']),
    forecastVerbs: new Set(data['forecast-verbs']),
    forecastOwnSubjects: new Set(data['forecast-own-subjects']),
    placePrepositions: new Set(data['place-prepositions']),
    agentOnlyTypes: new Set(data['agent-only-types']),
    saidNowTypes: new Set(data['said-now-types']),
    saidNowFuture: data['said-now-future-words'].length ? new RegExp(`\\b(?:${data['said-now-future-words'].join('|')})\\b`, 'i') : /(?!)/,
    saidNowFutureNext: data['said-now-future-next-words'].length ? new RegExp(`^\\s*(?:${data['said-now-future-next-words'].join('|')})\\b`, 'i') : /(?!)/,
    purposeVerbs: wordList('purpose-against'),
    benefitVerbs: wordList('purpose-for'),
    saidThings: wordList('said-things'),
    thankingWords: new Set(thankingWords()),
    tellingVerbs: wordList('telling-verbs'),
    repeatedTelling: wordList('repeated-telling'),
    singlingWords: new Set(data['singling-words']),
    addresseeTypes: new Set(data['addressee-types']),
    addresseeOpeners: new Set(data['addressee-openers']),
    timePhraseOpeners: new Set(data['time-phrase-openers']),
    topicPhraseOpeners: data['topic-phrase-openers'],
    occasionPhraseOpeners: data['occasion-phrase-openers'],
    addresseeFrames: new Set(data['addressee-frames']),
    doerOwnedWords: new Set(data['doer-owned-words']),
    attackDoerWords: new Set(data['attack-doer-words']),
    attackNouns: new Set(data['attack-nouns']),
    attackBlameWords: new Set(data['attack-blame-words']),
    frontTellerSectors: new Set(data['front-teller-sectors']),
    homeCrowdSectors: new Set(data['home-crowd-sectors']),
    nounBlockingPreps: new Set(data['noun-blocking-prepositions']),
    causeHeads: new Set(data['cause-heads']),
    purposeOpeners: new Set(data['purpose-openers']),
    purposeStops: new Set(data['purpose-stops']),
    purposeAsides: new Set(data['purpose-asides']),
    cargoWords: new Set(data['cargo-words']),
    cargoParticiples: new Set(data['cargo-participles']),
    joinVerbs: new Set(data['join-verbs']),
    infinitiveBlocking: new Set(data['infinitive-blocking-verbs']),
    positionalExcluded: new Set(data['positional-excluded-prepositions']),
    positionalModals: new Set(data['positional-blocking-modals']),
    punishedPrepositions: new Set(data['punished-prepositions']),
    punitiveNouns: new Set(data['punitive-nouns']),
    punishedNotAskedTypes: new Set(data['punished-not-asked-types']),
    allegingVerbs: new Set(data['alleging-verbs']),
    allegedDeeds: new Set(data['alleged-deeds']),
    crowdSectors: new Set(data['crowd-sectors']),
  };
  return lexicon;
}
