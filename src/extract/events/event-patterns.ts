/**
 * Loads data/event-patterns.yaml and data/event-cues.yaml, validates them and compiles their
 * macros into regular expressions once per process.
 */
import { z } from 'zod';
import { loadValidated } from '../../core/data-files.js';
import { titlesSchema } from '../actors/lexicon-data.js';
import { defaultNameWords } from '../actors/introduced-names.js';
import { PLOVER_TYPES, type PloverType } from '../../record/types.js';
import { CLOSE, OPEN } from './sentence-frame.js';
import { compileNow } from '../../core/native-regexp.js';
import { meetingNouns, withMeetingNouns } from '../../core/meeting-nouns.js';
import { irregularParticiples } from './clause-reader.js';

// `author`: the speaker of the quote the sentence holds, else the nearest actor before the trigger (pairs10).
const Fill = z.enum(['sentence', 'doer', 'quote', 'group', 'meeting', 'author', 'visitor']);
const Code = z.string().regex(/^[A-Z][A-Z0-9]{1,4}$/);

const PatternEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  type: z.enum(PLOVER_TYPES),
  mode: z.string().optional(),
  cameo: z.string().regex(/^\d{2,4}$/),
  reason: z.string().min(3),
  keys: z.string().min(2),
  pattern: z.string().min(3),
  nominal: z.boolean().optional(),
  negatable: z.boolean().optional(),
  ownNegative: z.string().min(2).optional(),
  habitual: z.literal('statement').optional(),
  fixed: z.object({ src: Code.optional(), tgt: Code.optional(), a: Code.optional(), b: Code.optional() }).strict().optional(),
  fill: z.object({ src: Fill.optional(), tgt: Fill.optional(), a: Fill.optional(), b: Fill.optional() }).strict().optional(),
  notSectors: z.array(z.string().regex(/^[A-Z]{3}$/)).optional(),
  statesOnly: z.boolean().optional(),
  ownStatus: z.boolean().optional(),
});

const PatternFile = z.object({ patterns: z.array(PatternEntry).min(1) });

const Cue = z.object({ cue: z.string().min(1), reason: z.string() });
const CueFile = z.object({
  planned: z.array(Cue),
  'planned-modifiers': z.array(Cue),
  'planned-before-noun': z.array(Cue),
  'ahead-before-noun': z.array(Cue).default([]),
  'planned-context': z.array(Cue),
  negated: z.array(Cue),
  refusal: z.array(Cue),
  hypothetical: z.array(Cue),
  threatened: z.array(Cue),
  'conditional-after': z.array(Cue),
  'conditional-after-planned': z.array(Cue),
  'conditional-threat': z.array(Cue).default([]),
  'conditional-threat-will': z.array(Cue).default([]),
  'conditional-threat-types': z.partialRecord(z.enum(PLOVER_TYPES), z.strictObject({ mode: z.string().min(1), cameo: z.string().regex(/^\d{2,4}$/) })).default({}),
  'future-main-clause': z.array(Cue).default([]),
  'occurred-after-noun': z.array(Cue).default([]),
  'scheduled-next': z.array(Cue).default([]),
  'standing-invitation': z.array(Cue).default([]),
  'frame-phrase-prepositions': z.array(z.string().regex(/^[a-z]+$/)).default([]),
  'opening-time-prepositions': z.array(z.string().regex(/^[a-z]+$/)).default([]),
  'past-time-words': z.array(z.string().regex(/^[a-z]+$/)).default([]),
  'dated-statement-nouns': z.array(z.string().regex(/^[a-zé]+$/)).default([]),
  'report-venue-nouns': z.array(z.string().regex(/^[a-zé]+$/)).default([]),
  'carried-occasion-nouns': z.array(z.string().regex(/^[a-zé]+$/)).default([]),
  'visit-ending': z.array(z.string().regex(/^[a-z ]+$/)).default([]),
  'set-for-participles': z.array(z.string().regex(/^[a-z ]+$/)).default([]),
  habitual: z.array(Cue),
  'habitual-occasion': z.array(Cue).default([]),
  'single-occasion': z.array(Cue).default([]),
  'anaphoric-time': z.array(Cue),
  'relative-offset': z.array(Cue),
  'visit-roles': z.array(Cue),
  'pair-references': z.array(Cue),
  'pair-objects': z.array(Cue).default([]),
  'protesting-crowds': z.array(Cue).default([]),
  'protesting-crowd-breaks': z.array(Cue).default([]),
  'crowd-handler-sectors': z.array(z.string()).default([]),
  'pair-counterparts': z.array(Cue).default([]),
  'numbered-groups': z.array(Cue).default([]),
  'numbered-leader-groups': z.array(Cue).default([]),
  'progressive-visit': z.array(Cue).default([]),
  'future-before-deed': z.array(Cue).default([]),
  'later-round': z.array(Cue).default([]),
  'reported-future': z.array(Cue),
  'cancelled-after': z.array(Cue).default([]),
  'effect-future-after': z.array(Cue).default([]),
  'effect-relative-after': z.array(Cue).default([]),
  'embedded-deed': z.array(Cue).default([]),
  'alleged-context': z.array(Cue).default([]),
  'aside-interrupts': z.array(Cue).min(1),
  'after-title': z.array(z.string().regex(/^[a-z]+$/)).min(1),
  'authoring-words': z.array(z.string().regex(/^[a-z]+$/)).min(1),
  'apposition-not-roles': z.array(z.string().regex(/^[a-z]+$/)).min(1),
  'time-clause': z.array(Cue).min(1),
  'opening-adverbials': z.array(Cue).min(1),
  'envoy-posts': z.array(Cue).default([]),
  'envoy-modifiers': z.array(z.string().regex(/^[a-z-]+$/)).default([]),
});

export type SlotName = 'src' | 'tgt' | 'a' | 'b';

/** One compiled event rule. */
export interface EventPattern {
  readonly id: string;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly cameo: string;
  readonly reason: string;
  readonly regex: RegExp;
  /** A cheap test a sentence must pass before `regex` runs on it. */
  readonly keys: RegExp;
  /** The rule's pattern with every macro as an empty lookahead: what required-words.ts reads (wordSource),
   * so that the prefilter is built without making `regex` (case-insensitive, without the u flag);
   * absent for rules not read from the rule file. */
  readonly wordSource?: string;
  /** Whether the rule is directed (src → tgt) or symmetric (a, b). */
  readonly directed: boolean;
  readonly fill: Partial<Record<SlotName, z.infer<typeof Fill>>>;
  /** The trigger is a noun phrase: its status is read from the whole clause around it. */
  readonly nominal: boolean;
  /** Parties the phrase itself implies ("the one-China policy" → CHN). */
  readonly fixed: Partial<Record<SlotName, string>>;
  /** False when the rule's own verb is a negative word ("called off"): negation cues are not applied. */
  readonly negatable: boolean;
  /** Words of the rule's own verb that are also negation cues ("ruled out talks with Y" is a rejection): they are
   * left out of the text the negation cues read, so only another negation ("has not ruled out") discards the rule. */
  readonly ownNegative?: RegExp;
  /** True when a habitual phrasing ("has always supported") still states the event. */
  readonly habitualStatement: boolean;
  /** The reading of the same words negated ("did not accept the offer" is a rejection); absent: no event. */
  readonly negatedAs?: EventPattern;
  /** Names of the capture groups that hold an unlisted "title Name" apposition, when the rule has any. */
  readonly appositions?: readonly string[];
  /** The same rule without its appositions: what a match is read as when an apposition fails its case check. */
  readonly withoutApposition?: RegExp;
  /** Sectors whose mentions fill no slot of this rule ("hosted Russian troops" is no visit). */
  readonly notSectors?: ReadonlySet<string>;
  /** Only states fill the rule's slots: an organisation or group there makes the match no event ("the EU-Central Asia
   * ministerial meeting" is a format's, paired by summit-formats.yaml). */
  readonly statesOnly?: boolean;
  /** The trigger is a participle phrase ("a declaration signed on Tuesday by X and Y"): its status is read
   * from its own words, not from the clause it hangs on ("ties will be raised, according to …"). */
  readonly ownStatus?: boolean;
}

const ACT = `${OPEN}\\d+${CLOSE}`;
const LIST = `${ACT}(?:(?:,\\s*|\\s+and\\s+|,\\s*and\\s+|\\s*&\\s*|\\s+as well as\\s+|,?\\s+and (?:also )?with\\s+(?:the\\s+)?)${ACT})*`;
// A directed side lists its members without "and with …", which starts another party's phrase ("on a
// state visit to A, and with B": B is no host of the visit).
const DIRECTED_LIST = `${ACT}(?:(?:,\\s*|\\s+and\\s+|,\\s*and\\s+|\\s*&\\s*|\\s+as well as\\s+)${ACT})*`;

// An unlisted title and name after a party ("U.S. sanctions coordinator James O'Brien visited …"):
// up to three lower-case role words, then one to three capitalised name words.
// Letters of Latin scripts spelled out: without the 'u' flag the engine runs these rules markedly faster.
const LETTER = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';
// The rules run case-insensitively, so inside them the classes match either case; each apposition is
// captured and its case checked afterwards (`isApposition`): lower-case role words, capitalised name words.
const APPOSITION_BODY = `,?\\s+(?:[a-z][a-z-]*,?\\s+){0,3}[A-Z][${LETTER}’'.-]+(?:\\s+[A-Z][${LETTER}’'.-]+){0,2},?(?=\\s+[a-z])`;
const ADV_MARK = '\u0000apposition\u0000';

/**
 * ", who visited Kyiv in May,": a relative clause set off by commas that `{adv}` steps over, its words bounded and
 * without a comma; the event extractor blanks it for the rule's status cues and keeps the deeds told inside it.
 */
export const RELATIVE_ASIDE_OPENING = ',\\s+who(?:se)?\\s';
export const RELATIVE_ASIDE_WORDS = '[^,.;:!?]';

/** Macro bodies; `{src}` and friends are capture groups so a match names its parties. */
const MACROS: Record<string, string> = {
  poss: `(?:[’']s?)?`,
  // ", who visited Kyiv in May," between a party and its verb tells more of the party (bounded, no comma inside);
  // "X met Peru's president, then flew to Bolivia": after a comma "then" opens the subject's next deed, not the object's.
  adv: `${ADV_MARK}(?:,\\s*(?:for (?:his|her|its|their) part|in (?:his |her |its |their )?turn|meanwhile|however|in return|in response),?|${RELATIVE_ASIDE_OPENING}${RELATIVE_ASIDE_WORDS}{1,80},|(?!,\\s*then\\b),?\\s+(?:who|also|always|still|long|last|then|once again|again|later|recently|officially|previously|earlier|reportedly|jointly|successfully|already|first|formally|finally|has|have|had|will|would|shall|is|are|was|were|be|been|being|to|not|never|is expected to|are expected to|is set to|are set to|is scheduled to|are scheduled to|plans to|plan to|is due to|is going to|is about to|are about to|(?:looks|looked|look|is looking|was looking) forward to|personally|warmly|cordially|today|yesterday|\\w+ly)\\b)*`,
  det: `(?:(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those)\\s+)?`,
  mods: `(?:[^\\s${OPEN}${CLOSE}.;:!?]+\\s+){0,4}?`,
  // Modifiers of the head noun itself: no preposition among them ("held a joint drill", not "held talks on … cooperation",
  // not "met X's minister during a visit to Y").
  adjs: `(?:(?!(?:on|about|of|in|with|for|over|regarding|at|to|from|between|into|during|after|before|ahead|following|amid|since)\\s)[^\\s${OPEN}${CLOSE}.;:!?]+\\s+){0,4}?`,
  gap: `(?:[^\\s${OPEN}${CLOSE}.;!?]+\\s+){0,12}?`,
  // fixA18: a gap that stays in one clause: no word of contrast opening another ("met Putin last month, but the
  // parliament later … decided").
  sgap: `(?:(?!(?:but|while|whereas|although|though|yet)\\s)[^\\s${OPEN}${CLOSE}.;!?]+\\s+){0,12}?`,
  // A time told between a verb of travel and its place ("arrived today in Riyadh", "landed late on Monday in Cairo",
  // "flew on Sunday evening to Tokyo").
  when: `(?:today|yesterday|tonight|earlier today|(?:(?:late|early)\\s+)?(?:on\\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\\s+(?:morning|afternoon|evening|night))?|this (?:morning|afternoon|evening|week))`,
  ACT,
};


/**
 * Whether a captured apposition, and the word after it, are what an unlisted title and name are: lower-case
 * role words then a name ("sanctions coordinator James O'Brien", "special envoy Mohammed bin Abdulaziz
 * al-Khulaifi": capitalised words and name particles, ending in a capitalised one), or lower-case words that
 * end in a title ("Rwanda's government spokeswoman said", "a delegation led by its speaker is visiting").
 */
export function isApposition(captured: string, after: string): boolean {
  if (!/^\s+[a-z]/.test(after)) return false;
  const words = captured.split(/[\s,]+/).filter(Boolean);
  let role = 0;
  while (role < words.length && /^[a-z]/.test(words[role]!) && !isNameWord(words[role]!)) role++;
  if (words.slice(0, role).some((w) => apposition().notRoles.has(w))) return false;
  const name = words.slice(role);
  if (role <= 3 && name.length > 0 && isNameEnd(name.at(-1)!) && name.every(isNameWord)) return true;
  if (name.length > 0) return false;
  // The engine may have taken the auxiliary after the title into the apposition ("its speaker is visiting").
  let last = words.length - 1;
  while (last > 0 && (apposition().auxiliaries.has(words[last]!) || /ly$/.test(words[last]!))) last--;
  return apposition().titleHeads.has(words[last]!);
}

const CAPITAL = /^\p{Lu}/u;
// "al-Khulaifi", "el-Sisi": a particle joined to a capitalised name by a hyphen.
const JOINED_PARTICLE = /^[a-z]{1,4}-\p{Lu}/u;

function isNameWord(word: string): boolean {
  return CAPITAL.test(word) || JOINED_PARTICLE.test(word) || defaultNameWords().particles.has(word.toLowerCase());
}

function isNameEnd(word: string): boolean {
  return CAPITAL.test(word) || JOINED_PARTICLE.test(word);
}

let appositionWords: { readonly titleHeads: ReadonlySet<string>; readonly auxiliaries: ReadonlySet<string>; readonly notRoles: ReadonlySet<string> } | undefined;

/** The last words of data/titles.yaml's titles ("spokeswoman", "speaker"), and the auxiliaries a title may be followed by. */
function apposition(): { readonly titleHeads: ReadonlySet<string>; readonly auxiliaries: ReadonlySet<string>; readonly notRoles: ReadonlySet<string> } {
  appositionWords ??= {
    notRoles: eventCues().appositionNotRoles,
    titleHeads: new Set(loadValidated('titles.yaml', titlesSchema).titles.flatMap((t) => t.words.map((w) => w.split(/\s+/).at(-1)!.toLowerCase()))),
    auxiliaries: eventCues().afterTitle,
  };
  return appositionWords;
}

const MACRO = /\{(\w+)(:one)?\}/g;

/**
 * The rule's pattern with each macro replaced by an empty lookahead, for required-words.ts: the words a
 * rule needs are the same read from this as from the compiled source (every macro body is a group or a
 * run of non-letters that only ends a literal run and holds no alternation of its own, as `(?=)` does;
 * a test checks the two agree for every rule), and reading the 120 expanded sources (110,000
 * characters, mostly `{adv}`) cost about 20 ms at every start-up.
 */
export function wordSource(pattern: string): string {
  return pattern.replace(MACRO, '(?=)');
}

/** A rule's expressions, each built when first asked for, and the names of its apposition groups. */
interface Compiled {
  readonly regex: () => RegExp;
  readonly appositions: readonly string[];
  readonly withoutApposition?: () => RegExp;
}

/**
 * The rule's macros are expanded now (an unknown one fails at once); its expressions are made and
 * compiled, straight to machine code (native-regexp.ts), only when a sentence first passes the rule's
 * prefilter. A one-article run needs a quarter of the rules; making all 120 cost about 10 ms at every
 * start-up, compiling each about 1 ms.
 */
function compile(pattern: string, id: string): Compiled {
  const marked = expand(pattern, id);
  const appositions: string[] = [];
  const withApposition = marked.replaceAll(ADV_MARK, () => {
    const name = `apposition${appositions.length}`;
    appositions.push(name);
    return `(?<${name}>${APPOSITION_BODY})?`;
  });
  // 'd' gives the appositions' places, which their case check needs.
  const regex = lazily(pattern, withApposition, id, appositions.length > 0 ? 'gid' : 'gi');
  if (appositions.length === 0) return { regex, appositions };
  return { regex, appositions, withoutApposition: lazily(pattern, marked.replaceAll(ADV_MARK, ''), id, 'iy') };
}

function expand(pattern: string, id: string): string {
  return pattern.replace(MACRO, (_, name: string, one?: string) => {
    // `{a:one}` is a single actor that is not the tail of a list ("A, B and C met" is no pair).
    if (one && (name === 'a' || name === 'b' || name === 'src' || name === 'tgt')) return `(?<!,\\s*)(?<${name}>${ACT})(?!,)`;
    if (name === 'src' || name === 'tgt') return `(?<${name}>${DIRECTED_LIST})`;
    if (name === 'a' || name === 'b') return `(?<${name}>${LIST})`;
    const macro = MACROS[name];
    if (macro === undefined) throw new Error(`data/event-patterns.yaml: pattern ${id}: unknown macro {${name}}`);
    return macro;
  });
}

function lazily(pattern: string, body: string, id: string, flags: string): () => RegExp {
  // A rule that opens with a party starts with the placeholder mark, which no word character precedes:
  // without the look-behind the engine can scan for that one character instead of trying every position.
  const opensWithParty = /^\{(?:src|tgt|a|b)(?::one)?\}/.test(pattern);
  let regex: RegExp | undefined;
  return () => {
    if (regex) return regex;
    try {
      regex = new RegExp(`${opensWithParty ? '' : "(?<![\\w’'-])"}${body}(?![\\w-])`, flags);
    } catch (error) {
      throw new Error(`data/event-patterns.yaml: pattern ${id}: ${(error as Error).message}`);
    }
    return compileNow(regex);
  };
}

let patterns: readonly EventPattern[] | undefined;

/** The event rules, compiled once. */
export function eventPatterns(): readonly EventPattern[] {
  if (patterns) return patterns;
  const data = loadValidated('event-patterns.yaml', PatternFile);
  const ids = new Set<string>();
  patterns = data.patterns.map((p) => {
    if (ids.has(p.id)) throw new Error(`data/event-patterns.yaml: duplicate pattern id ${p.id}`);
    ids.add(p.id);
    const directed = /\{(?:src|tgt)(?::one)?\}/.test(p.pattern) || p.fill?.src !== undefined || p.fill?.tgt !== undefined
      || p.fixed?.src !== undefined || p.fixed?.tgt !== undefined;
    const compiled = compile(p.pattern, p.id);
    const withoutApposition = compiled.withoutApposition;
    // Every field present, in one order, on every rule (undefined where a rule has none): all rules share
    // one hidden class, and the extractor's code that reads them stays monomorphic.
    const rule = {
      id: p.id, type: p.type, mode: p.mode ?? null, cameo: p.cameo, reason: p.reason,
      get regex() {
        return compiled.regex();
      },
      keys: new RegExp(p.keys, 'i'), wordSource: wordSource(p.pattern), directed, fill: p.fill ?? {}, nominal: p.nominal ?? false, fixed: p.fixed ?? {}, negatable: p.negatable ?? true, habitualStatement: p.habitual === 'statement',
      ownNegative: p.ownNegative ? new RegExp(`\\b(?:${p.ownNegative})\\b`, 'gi') : undefined,
      negatedAs: undefined,
      appositions: withoutApposition ? compiled.appositions : undefined,
      // A getter, not a value: the second expression (read only where an apposition's case check fails) is
      // made and compiled when first read; making it for every rule at start-up put ~5 MB of bytecode in
      // the start-up snapshot.
      get withoutApposition() {
        return withoutApposition?.();
      },
      notSectors: p.notSectors ? new Set(p.notSectors) : undefined,
      statesOnly: p.statesOnly ? true : undefined,
      ownStatus: p.ownStatus ? true : undefined,
    };
    return rule as unknown as EventPattern;
  });
  return patterns;
}

export interface EventCues {
  readonly planned: RegExp;
  readonly plannedModifiers: RegExp;
  /** "prepares for talks": anchored at the end, read on the words right before a noun trigger. */
  readonly plannedBeforeNoun: RegExp;
  /** The "ahead of" cues of plannedBeforeNoun on their own. */
  readonly aheadBeforeNoun: RegExp;
  /** Global: each match is checked to stand before the trigger, while the trigger's words may tell what
   * was offered ("offered condolences" is the act itself). */
  readonly plannedContext: RegExp;
  readonly negated: RegExp;
  /** Negations that tell a refusal as a deed ("refused to", "did not"), not a standing position. */
  readonly refusal: RegExp;
  readonly hypothetical: RegExp;
  /** A deed only threatened ("threatened to impose sanctions"): the threat is the event, not the deed. */
  readonly threatened: RegExp;
  /** A condition told after the deed ("will pull out only if …"): read from the trigger to the clause end. */
  readonly conditionalAfter: RegExp;
  readonly conditionalAfterPlanned: RegExp;
  /** sent18: a condition in a coercive deed's clause and the teller's will before it: the deed is threatened (see data/event-cues.yaml). */
  readonly conditionalThreat: RegExp;
  readonly conditionalThreatWill: RegExp;
  /** The threat's mode and CAMEO code for each coercive type that a condition turns into a threat. */
  readonly conditionalThreatTypes: ReadonlyMap<string, { readonly mode: string; readonly cameo: string }>;
  /** A future told in the main clause before a comma-set frame phrase ("X will travel to Moscow, in his first visit …"). */
  readonly futureMainClause: RegExp;
  /** A past relative clause right after a meeting noun ("a phone call that took place on April 30"): it took place. */
  readonly occurredAfterNoun: RegExp;
  /** A sentence that only schedules the meeting told just before ("The meeting is scheduled to take place on …"). */
  readonly scheduledNext: RegExp;
  /** The words before an invitation noun that make it one already issued ("at the invitation of"); tested on the text before the noun. */
  readonly standingInvitation: RegExp;
  /** A comma-set frame phrase opening: ", in a phone call", ", during talks" (global; the comma and blanks are the match). */
  readonly framePhrase: RegExp;
  /** A sentence that opens on a time phrase running to its first comma ("On one of these visits in October, …"). */
  readonly openingTimePhrase: RegExp;
  /** Words that mark a time as past ("earlier this year", "last month", "two weeks ago"). */
  readonly pastTimeWord: RegExp;
  /** "in a March 3 statement": a statement noun right after a date (anchored at the start of the words after it). */
  readonly datedStatementNoun: RegExp;
  /** The words a report was made in, between a verb of saying and its time (", X said in a press release on Thursday"); tested on the text before the time. */
  readonly reportVenue: string;
  /** "the 3 March summit": a gathering or saying noun right after a date, whose time is carried on (anchored at the start). */
  readonly carriedOccasionNoun: RegExp;
  /** "wrapped up a", "left Lima after a": words before a visit's length that make the day told its last (anchored at the end). */
  readonly visitEnding: RegExp;
  /** "scheduled for", "planned for the": a time set for the event comes next (anchored at the end). */
  readonly setForBefore: RegExp;
  /** A participle that could carry a time itself ("ties cut last year", "the deal signed in 2019"): -ed, -en or an irregular form. */
  readonly participle: RegExp;
  readonly habitual: RegExp;
  /** "annual", "regular": habitual unless the event's own clause dates it to one day (`singleOccasion`). */
  readonly habitualOccasion: RegExp;
  readonly singleOccasion: RegExp;
  readonly anaphoricTime: RegExp;
  readonly relativeOffset: RegExp;
  /** "his guest", "the hosts", "the visiting president" (global: scanned over the whole text). */
  readonly visitRoles: RegExp;
  /** "the two presidents", "the sides": the pair of the event told just before (global). */
  readonly pairReferences: RegExp;
  /** ", urging them", "and asked them": a verb of asking whose object "them" is the pair just named (global). */
  readonly pairObjects: RegExp;
  /** "dispersed protesters", "a crowd protesting against …": words that name the patients of a police deed as a protesting crowd. */
  readonly protestingCrowds: RegExp;
  /** Words between the deed and the crowd that make the crowd no patient of the deed ("suspected of robbing demonstrators"). */
  readonly protestingCrowdBreaks: RegExp;
  /** Sectors through which a state acts on a crowd at home. */
  readonly crowdHandlerSectors: ReadonlySet<string>;
  /** "his counterparts in": the pair reference right after it is the whole phrase's party (global). */
  readonly pairCounterparts: RegExp;
  /** "the three Gulf states": a group of a given count, the states of the list just before (global). */
  readonly numberedGroups: RegExp;
  /** "the three leaders": a counted group of leaders, whose list may name them as people. */
  readonly numberedLeaderGroups: RegExp;
  /** "is visiting", "are currently travelling": a visit going on. */
  readonly progressiveVisit: RegExp;
  /** Read on the sentence up to a participle trigger: a modal or future governing it (fixA18). */
  readonly futureBeforeDeed: RegExp;
  /** "a second round of talks", "a new session of consultations": a meeting told as a later one of a series. */
  readonly laterRound: RegExp;
  /** "would" after a verb of saying ("said Poland would expel …"): the reported future of "will" (global). */
  readonly reportedFuture: RegExp;
  /** "demanded that X withdraw", "accused X of supplying": words ending right before a trigger that make
   * its deed only demanded or alleged (anchored at the end; read from the sentence start). */
  readonly embeddedDeed: RegExp;
  /** "accused X of supplying …": the same for a charge, read for deeds whose telling does not itself accuse. */
  readonly allegedContext: RegExp;
  /** "the visit … was cancelled": read after a noun trigger, to its clause end (consult, issue 6). */
  readonly cancelledAfter: RegExp;
  /** "X's visit to Y will take ties to a new level": a future told of a meeting noun's effects, read right after the noun (meet15). */
  readonly effectFutureAfter: RegExp;
  readonly effectRelativeAfter: RegExp;
  /** ", a day after …": a time clause after a comma is a clause of its own (its source is used in clauses.ts). */
  readonly timeClause: RegExp;
  /** "During talks with X, …", "Speaking at a press conference with X, …": an adverbial opening the sentence (anchored at the clause start). */
  readonly openingAdverbial: RegExp;
  /** Words an apposition's title may be followed by inside the capture ("its speaker is visiting"). */
  readonly afterTitle: ReadonlySet<string>;
  /** Words before a statement noun that make the party before them its author ("issued a statement that …"). */
  readonly authoringWords: ReadonlySet<string>;
  /** Words that are never an apposition's role words ("on Monday" is a time, not "title Name"). */
  readonly appositionNotRoles: ReadonlySet<string>;
  /** "Kenya's deputy ambassador to the ": from a sending state's mention to the post of its envoy (anchored at both ends). */
  readonly envoyPost: RegExp;
  /** "’s special envoy for the ": from the end of a sending party's mention to the post's state, title words only (anchored at both ends; with envoyPost on the whole stretch). */
  readonly envoyTitle: RegExp;
  /** A negation or auxiliary ending the words before a speech aside ("has not, the ministry said, …"): anchored at the end. */
  readonly asideInterrupts: RegExp;
}

let cues: EventCues | undefined;

/** Cues anchored at the end of the text read (the words right before a trigger). */
function endingCue(list: ReadonlyArray<{ cue: string }>): RegExp {
  return list.length > 0 ? compileNow(new RegExp(`(?<![\\w’'])(?:${list.map((c) => `(?:${c.cue})`).join('|')})\\s*$`, 'iu')) : /(?!)/;
}

/** The status, negation, habit and time cues, each compiled into one alternation. */
export function eventCues(): EventCues {
  if (cues) return cues;
  const source = (list: ReadonlyArray<{ cue: string }>, flags = 'iu') =>
    new RegExp(`(?<![\\w’'])(?:${list.map((c) => `(?:${c.cue})`).join('|')})(?![\\w’'])`, flags);
  // Each cue is read for most event candidates: compiled to machine code at once (native-regexp.ts).
  const alt = (list: ReadonlyArray<{ cue: string }>, flags = 'iu') => compileNow(source(list, flags));
  const d = loadValidated('event-cues.yaml', CueFile);
  const beforeNoun = (list: ReadonlyArray<{ cue: string }>) => list.length === 0 ? /(?!)/
    : compileNow(new RegExp(`(?<![\\w’'])(?:${list.map((c) => `(?:${c.cue})`).join('|')})\\s+(?:an?\\s+|the\\s+|his\\s+|her\\s+|their\\s+|its\\s+)?$`, 'iu'));
  cues = {
    planned: alt(d.planned),
    plannedModifiers: alt(d['planned-modifiers']),
    plannedBeforeNoun: beforeNoun([...d['planned-before-noun'], ...d['ahead-before-noun']]),
    aheadBeforeNoun: beforeNoun(d['ahead-before-noun']),
    plannedContext: alt(d['planned-context'], 'giu'),
    negated: alt(d.negated),
    refusal: alt(d.refusal),
    hypothetical: alt(d.hypothetical),
    threatened: alt(d.threatened),
    conditionalAfter: alt(d['conditional-after']),
    conditionalAfterPlanned: alt(d['conditional-after-planned']),
    conditionalThreat: d['conditional-threat'].length > 0 ? alt(d['conditional-threat']) : /(?!)/,
    conditionalThreatWill: d['conditional-threat-will'].length > 0 ? alt(d['conditional-threat-will']) : /(?!)/,
    conditionalThreatTypes: new Map(Object.entries(d['conditional-threat-types'])),
    futureMainClause: d['future-main-clause'].length > 0 ? alt(d['future-main-clause']) : /(?!)/,
    standingInvitation: d['standing-invitation'].length > 0 ? new RegExp(`(?<![\\w’'])(?:${d['standing-invitation'].map((c) => `(?:${c.cue})`).join('|')})`, 'iu') : /(?!)/,
    scheduledNext: d['scheduled-next'].length > 0 ? new RegExp(`^\\s*(?:${d['scheduled-next'].map((c) => `(?:${withMeetingNouns(c.cue)})`).join('|')})(?![\\w’'])`, 'iu') : /(?!)/,
    occurredAfterNoun: d['occurred-after-noun'].length > 0 ? new RegExp(`^\\s*,?\\s*(?:${d['occurred-after-noun'].map((c) => `(?:${c.cue})`).join('|')})(?![\\w’'])`, 'iu') : /(?!)/,
    framePhrase: d['frame-phrase-prepositions'].length > 0 ? new RegExp(`,\\s*(?=(?:${d['frame-phrase-prepositions'].join('|')})\\s)`, 'gi') : /(?!)/g,
    openingTimePhrase: d['opening-time-prepositions'].length > 0 ? new RegExp(`^\\s*(?:${d['opening-time-prepositions'].join('|')})\\s[^,;:.!?]*$`, 'i') : /(?!)/,
    pastTimeWord: d['past-time-words'].length > 0 ? new RegExp(`\\b(?:${d['past-time-words'].join('|')})\\b`, 'i') : /(?!)/,
    reportVenue: d['report-venue-nouns'].length > 0 ? `(?:(?:in|at|during|on)\\s+(?:a|an|the|his|her|its|their)\\s+(?:[a-z-]+\\s+)?(?:${d['report-venue-nouns'].join('|')})\\s+)?` : '',
    datedStatementNoun: d['dated-statement-nouns'].length > 0 ? new RegExp(`^\\s+(?:${d['dated-statement-nouns'].join('|')})(?![\\w’'])`, 'iu') : /(?!)/,
    carriedOccasionNoun: new RegExp(`^\\s+(?:[A-Za-z-]+\\s+)?(?:${[...meetingNouns().all, ...d['carried-occasion-nouns']].join('|')})(?![\\w’'])`, 'iu'),
    visitEnding: d['visit-ending'].length > 0 ? new RegExp(`\\b(?:${d['visit-ending'].map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b(?:[^,;:.!?]*\\bafter)?\\s+(?:a|an|the|his|her|their|its)\\s+(?:[a-z]+\\s+)?$`, 'i') : /(?!)/,
    setForBefore: d['set-for-participles'].length > 0 ? new RegExp(`\\b(?:${d['set-for-participles'].map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+for\\s+(?:the\\s+)?$`, 'i') : /(?!)/,
    participle: new RegExp(`\\b(?:[a-z]+ed|[a-z]+en${irregularParticiples().map((w) => `|${w}`).join('')})\\b`, 'i'),
    habitual: alt(d.habitual),
    habitualOccasion: d['habitual-occasion'].length > 0 ? alt(d['habitual-occasion']) : /(?!)/,
    singleOccasion: d['single-occasion'].length > 0 ? alt(d['single-occasion']) : /(?!)/,
    // Only its source is used (event-dating.ts compiles it global).
    anaphoricTime: source(d['anaphoric-time'].map((c) => ({ cue: withMeetingNouns(c.cue) }))),
    relativeOffset: alt(d['relative-offset']),
    visitRoles: alt(d['visit-roles'], 'giu'),
    pairReferences: alt(d['pair-references'], 'giu'),
    pairObjects: d['pair-objects'].length > 0 ? alt(d['pair-objects'], 'giu') : /(?!)/g,
    protestingCrowds: d['protesting-crowds'].length > 0 ? alt(d['protesting-crowds'], 'giu') : /(?!)/g,
    protestingCrowdBreaks: d['protesting-crowd-breaks'].length > 0 ? alt(d['protesting-crowd-breaks']) : /(?!)/,
    crowdHandlerSectors: new Set(d['crowd-handler-sectors']),
    pairCounterparts: d['pair-counterparts'].length > 0 ? alt(d['pair-counterparts'], 'giu') : /(?!)/g,
    numberedGroups: d['numbered-groups'].length > 0 ? alt(d['numbered-groups'], 'giu') : /(?!)/g,
    numberedLeaderGroups: d['numbered-leader-groups'].length > 0 ? alt(d['numbered-leader-groups'], 'giu') : /(?!)/g,
    // fixA18: compiled case-sensitive, so that its capitals ("Boric's trip") tell a name.
    progressiveVisit: d['progressive-visit'].length > 0 ? alt(d['progressive-visit'], 'u') : /(?!)/,
    futureBeforeDeed: d['future-before-deed'].length > 0 ? alt(d['future-before-deed']) : /(?!)/,
    laterRound: d['later-round'].length > 0 ? alt(d['later-round']) : /(?!)/,
    reportedFuture: alt(d['reported-future'], 'giu'),
    cancelledAfter: d['cancelled-after'].length > 0 ? alt(d['cancelled-after']) : /(?!)/,
    effectFutureAfter: d['effect-future-after'].length > 0 ? alt(d['effect-future-after']) : /(?!)/,
    effectRelativeAfter: d['effect-relative-after'].length > 0 ? alt(d['effect-relative-after']) : /(?!)/,
    embeddedDeed: endingCue(d['embedded-deed']),
    allegedContext: endingCue(d['alleged-context']),
    timeClause: new RegExp(d['time-clause'].map((c) => `(?:${c.cue})`).join('|'), 'iu'),
    openingAdverbial: new RegExp(`^\\s*(?:${d['opening-adverbials'].map((c) => `(?:${c.cue})`).join('|')})(?![\\w’'])`, 'iu'),
    afterTitle: new Set(d['after-title']),
    authoringWords: new Set(d['authoring-words']),
    appositionNotRoles: new Set(d['apposition-not-roles']),
    envoyPost: d['envoy-posts'].length > 0
      // notes16: "The ambassador of Eritrea to Kenya urged …": the sending state may follow the post after "of".
      ? new RegExp(`^(?:[^,;:.]|\\.(?=\\S|\\s+[a-z])){0,60}?(?<![\\w-])(?:${d['envoy-posts'].map((c) => `(?:${c.cue})`).join('|')})(?:\\s+of\\s+[^,;:.]{1,60}?)?\\s+(?:to|at|for)\\s+(?:the\\s+)?$`, 'iu')
      : /(?!)/,
    envoyTitle: d['envoy-posts'].length > 0
      ? new RegExp(`^(?:[’']s)?(?:\\s+(?:${[...d['envoy-modifiers'], ...d['envoy-posts'].map((c) => `(?:${c.cue})`)].join('|')}))*\\s+(?:to|at|for)\\s+(?:the\\s+)?$`, 'iu')
      : /(?!)/,
    asideInterrupts: new RegExp(`(?<![\\w’'])(?:${d['aside-interrupts'].map((c) => `(?:${c.cue})`).join('|')})\\s*$`, 'iu'),
  };
  return cues;
}
