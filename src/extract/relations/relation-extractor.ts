/**
 * Partnership designations: finds the phrases of data/partnership-phrases.yaml, pairs each with
 * the parties the sentence names, and keeps the highest tier stated per pair and document.
 */
import { z } from 'zod';
import type { ActorMention, Diagnostic, Sentence, Span } from '../../core/types.js';
import { loadValidated } from '../../core/data-files.js';
import { TIERS, type RecordRelation, type Tier } from '../../record/types.js';
import { CLOSE, OPEN, buildFrames, groupsIn, type SentenceFrame } from '../events/sentence-frame.js';
import { speakerQuote } from '../events/event-extractor.js';
import { eventCues } from '../events/event-patterns.js';
import { summitGroups } from '../events/summit-rule.js';
import { compileNow } from '../../core/native-regexp.js';
import { compareCodes } from '../../core/code-order.js';

const PhraseFile = z.object({
  designations: z.array(z.object({ tier: z.enum(TIERS), explicit: z.boolean().optional(), phrases: z.array(z.string().min(2)).min(1) })),
  exclusions: z.array(z.string()),
  allianceOrganisations: z.array(z.string()).default([]),
  namingVerbs: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  designationHeads: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  notStated: z.array(z.string().min(2)).default([]),
  allyModifiers: z.array(z.string().regex(/^[a-z][a-z-]*$/)).min(1),
});

interface Designation {
  readonly tier: Tier;
  readonly explicit: boolean;
  readonly regex: RegExp;
}

interface Lexicon {
  readonly designations: readonly Designation[];
  /** Whether any designation stands in a text: every designation's phrases in one expression (most sentences have none). */
  readonly anyDesignation: RegExp;
  readonly exclusion: RegExp;
  readonly allianceOrganisations: ReadonlySet<string>;
  /** "X regards A as …", "X considers A a …": the verb before a listed partner and the designation. */
  readonly namedAs: RegExp;
  /** The partner(s) named right after a designation ("… partnership with A, B and C"). */
  readonly partnerAfter: RegExp;
  /** "… partnership (relations) between A and B". */
  readonly betweenAfter: RegExp;
  /** Words of the designation's clause, before it, that state no tier ("may become", "if", "have no"). */
  readonly notStated: RegExp | null;
  /** The expressions that read the words right before a designation, built on its modifiers (see allyRun). */
  readonly before: Before;
}

let lexicon: Lexicon | undefined;

function load(): Lexicon {
  if (lexicon) return lexicon;
  const data = loadValidated('partnership-phrases.yaml', PhraseFile);
  const designations = data.designations.map((d) => ({
    tier: d.tier,
    explicit: d.explicit ?? false,
    // Run on sentences with a pair word: compiled to machine code at once (native-regexp.ts).
    regex: compileNow(new RegExp(`(?<![\\w-])(?:${d.phrases.join('|')})(?![\\w-])`, 'giu')),
  }));
  const exclusion = compileNow(new RegExp(`(?<![\\w-])(?:${data.exclusions.join('|')})(?![\\w-])`, 'giu'));
  const anyDesignation = compileNow(new RegExp(`(?<![\\w-])(?:${data.designations.flatMap((d) => d.phrases).join('|')})(?![\\w-])`, 'iu'));
  // "strategic partnership relations with A", "… partnership agreements with A": a head noun between.
  const headNoun = `(?:\\s+(?:${data.designationHeads.join('|')})(?=\\s+(?:with|between)\\s))?`;
  const partnerAfter = new RegExp(
    `^${QUOTE_MARKS}${headNoun}\\s*(?:(?:and|&)\\s+[\\w\\s-]{0,40}?\\s+)?(?:with|of|for|between|to)\\s+(?:(?:the|our|its|their|his|her|immediate|neighbou?r(?:ing)?|great|eastern|western|southern|northern|fraternal|friendly|country|state|neighbou?r|,)\\s*)*(${ACT}(?:(?:,\\s*|\\s+and\\s+|,\\s*and\\s+|,?\\s+as well as(?: with)?\\s+|,?\\s+(?:namely|including|especially|particularly)(?: with)?\\s+)${ACT})*)`,
    'iu',
  );
  const betweenAfter = new RegExp(`^${QUOTE_MARKS}${headNoun}\\s*(?:(?:and|&)\\s+[\\w\\s-]{0,40}?\\s+)?between\\s`, 'iu');
  const run = allyRun(data.allyModifiers);
  const namedAs = compileNow(new RegExp(
    // "considers Pakistan a brotherly country and a strategic ally": a lower designation named first.
    `\\b(?:${data.namingVerbs.join('|')})\\s+(${ACT_LIST})\\s+(?:as\\s+)?(?:(?:a|an|the|its|their|our)\\s+)?(?:(?:[\\p{L}-]+\\s+){0,2}(?:country|nation|state|neighbou?r|friend|partner)s?\\s+and\\s+)?(?:(?:a|an|the|its|their|our|his|her|one\\s+of\\s+(?:its|their|our|the))\\s+)?${run}["“‘']?$`,
    'iu',
  ));
  const notStated = data.notStated.length ? new RegExp(`(?:${data.notStated.join('|')})`, 'iu') : null;
  lexicon = { designations, anyDesignation, exclusion, allianceOrganisations: new Set(data.allianceOrganisations), namedAs, partnerAfter, betweenAfter, notStated, before: beforeExpressions(data.allyModifiers) };
  return lexicon;
}

export interface RelationInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly actors: readonly ActorMention[];
  readonly quotes: ReadonlyArray<{ readonly span: Span; readonly speaker: string | null }>;
}

// Words that refer to the pair told before: "the parties", "both sides", "their bilateral …".
const PAIR_WORDS = /\b(?:the (?:two|parties|sides)|both (?:sides|countries|leaders|parties|presidents|nations)|their bilateral|bilateral)\b/i;

/** How many sentences back (within the paragraph) the partner of a one-sided designation may be named. */
const CONTEXT_SENTENCES = 1;

const ACT = `${OPEN}\\d+${CLOSE}`;
// A coordinated list of actors ("A, B and the C"): its members share one role.
// A list closes with "and", "&" or "as well as"; commas alone join no list ("Belarus, China said …").
const ITEM = `(?:the\\s+)?${ACT}`;
const LIST_CLOSE = `(?:\\s*,?\\s+(?:and|&)\\s+|,?\\s+as\\s+well\\s+as\\s+)`;
const LIST_CLOSED_THEN_MORE = new RegExp(`^(.*?${LIST_CLOSE}${ITEM})(?:\\s*,\\s*${ITEM})+$`, 'u');
const ACT_LIST = `${ITEM}(?:(?:\\s*,\\s*${ITEM})*${LIST_CLOSE}${ITEM})?`;
// The list an actor closes: "Germany, France and ⟨Italy⟩".
const LIST_ENDING = new RegExp(`${ITEM}(?:\\s*,\\s*${ITEM})*${LIST_CLOSE}(?:the\\s+)?$`, 'u');
// The members of a list before one of its later members, commas or "and" between them, and the rest of a
// list that closes after a member.
const LIST_SO_FAR = new RegExp(`(?:${ITEM}(?:\\s*,\\s*|${LIST_CLOSE}))+(?:the\\s+)?$`, 'u');
const LIST_GOES_ON = new RegExp(`^(?:\\s*,\\s*${ITEM})*${LIST_CLOSE}${ITEM}`, 'u');
const QUOTE_MARKS = `["“”'‘’«»]?`;

const GROUP_MEMBERS: ReadonlyMap<string, readonly string[]> = summitGroups();

/**
 * The words that may stand between a party and its designation ("a reliable and trusted ally", "its closest,
 * time-tested ally", "a very close ally"): modifiers of the data list, each followed by a space, a comma or "and".
 */
function allyRun(modifiers: readonly string[]): string {
  return `(?:(?:${modifiers.join('|')})(?:\\s*,\\s*|\\s+and\\s+|\\s+))*`;
}

interface Before {
  /** "a NATO ally", "a key U.S. ally": the actor that modifies the designation is the partner. */
  readonly modifier: RegExp;
  /** "the Japan-U.S. alliance", "the Russian-Chinese strategic partnership": a hyphened pair names both sides. */
  readonly hyphenedPair: RegExp;
  /** "Kazakhstan's strategic partner and ally": a lower rung named first, as after a pair. */
  readonly possessor: RegExp;
  /** "The United States and its treaty ally …": the possessor is the actor "its" follows. */
  readonly its: RegExp;
  /** "A and B are allies", "A and B, close allies in …": the pair the designation is said of, right before it. */
  readonly pairSubject: RegExp;
  /** "Kazakhstan, Russia and China are strategic partners", "A, B and C, which are allies …": a list of three or more
   * said to be partners (plural) is a set of partners of one another: every pair of its members. */
  readonly listSubject: RegExp;
}

function beforeExpressions(modifiers: readonly string[]): Before {
  const run = allyRun(modifiers);
  const bilateral = allyRun([...modifiers, 'bilateral']);
  return {
    modifier: new RegExp(`(?:^|\\b(?:a|an|the)\\s+)${run}(${ACT})\\s+${run}$`, 'u'),
    hyphenedPair: new RegExp(`(${ACT})\\s*[-–]\\s*(${ACT})\\s+${bilateral}["“‘']?$`, 'u'),
    possessor: new RegExp(`(${ACT})(?:[’']s?)?\\s+(?:(?:[\\w-]+\\s+){0,3}(?:partners?|friends?|neighbou?rs?)\\s+and\\s+(?:an?\\s+)?)?${run}["“‘']?$`, 'u'),
    its: new RegExp(`(${ACT})\\s+(?:and|with|,)\\s+(?:its|their)\\s+${run}["“‘']?$`, 'iu'),
    pairSubject: new RegExp(
      `(${ACT})\\s+(?:and|&)\\s+(${ACT})(?:\\s*,|\\s+(?:are|were|remain(?:ed)?|became|have\\s+(?:long\\s+)?(?:been|become)))\\s+` +
      // "A and B are strategic partners and allies": a lower rung named first (plural only, as a pair is; the
      // possessor's singular variant is kept apart: sharing it ran this expression slower in timed runs).
      // kaz18: up to two such rungs, also joined by "as well as" ("friendly countries as well as strategic partners and allies").
      `(?:(?:[\\w-]+\\s+){0,3}(?:partners|friends|neighbou?rs|countries|nations|states)\\s+(?:and|as\\s+well\\s+as)\\s+){0,2}${run}["“‘']?$`,
      'u',
    ),
    listSubject: new RegExp(
      `(${ITEM}(?:\\s*,\\s*${ITEM})+${LIST_CLOSE}${ITEM})(?:\\s*,(?:\\s+(?:which|who)\\s+(?:are|were))?|\\s+(?:are|were|remain(?:ed)?|became|have\\s+(?:long\\s+)?(?:been|become)))\\s+` +
      `(?:all\\s+)?${run}["“‘']?$`,
      'u',
    ),
  };
}

// "Russia's ally Belarus", "Moscow's closest ally, Minsk": the partner in apposition right after.
// "Kazakhstan's strategic partners Russia, China and the EU", "… partners, such as A and B": a list.
const APPOSITION_AFTER = new RegExp(`^["”’']?\\s*[,:–—]?\\s*(?:(?:such\\s+as|including|namely|like)\\s+)?(${ACT_LIST})`, 'u');

// "Washington's closest ally in the region, Israel, …": the apposition after a short phrase of place
// that names no actor; not the subject of a verb of saying ("Russia's partner in Asia, China said").
const APPOSITION_AFTER_PLACE = new RegExp(
  `^\\s+(?:in|within|among|across)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+\\s*,\\s*(${ACT_LIST})(?!\\s+(?:said|says|say|told|tells|added|noted|reported|stated|announced)\\b)`,
  'u',
);

// The words between a list and the possessor it is said to be partners of: a few, with no punctuation
// ("are among", "have long been", 'remained "our'), or an apposition's comma ("Armenia, Russia's ally").
const SHORT_LINK = /^(?:\s*,\s*|(?:[’']s?)?\s+(?:\p{L}[\p{L}-]*\s+){0,4}["“‘']?)$/u;

const DASH = /\s(?:--|—|–)\s/u;

const PAIR_AFTER = new RegExp(`^["”’']?\\s*,?\\s*(${ACT})\\s+(?:and|&)\\s+(${ACT})`, 'u');

// "Kazakhstan and China reaffirmed their …": the last pair joined by "and" before the designation.
const JOINED_PAIR = new RegExp(`(${ACT})\\s+(?:and|&)\\s+(${ACT})`, 'gu');

// A capitalised word right before (not an actor: "the Kazakh-Russian Strategic Partnership" is one): the
// designation word is part of a proper name.
const NAME_BEFORE = /\p{Lu}[\p{L}’'-]*\s+$/u;

/** A headline in title case: four or more words of four letters and more, nearly all capitalised. */
function titleCased(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}’'-]{3,}/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.85;
}

const OBJECT_OF_PREPOSITION = /(?<!according\s)\b(?:with|of|for|to|between|from)\s+(?:the\s+)?$/i;

/** The highest designation stated for each pair of actors. */
export function extractRelations(input: RelationInput): { relations: RecordRelation[]; diagnostics: Diagnostic[] } {
  const { designations, anyDesignation, exclusion, allianceOrganisations, notStated } = load();
  const best = new Map<string, RecordRelation>();
  const diagnostics: Diagnostic[] = [];
  const quotes = [...input.quotes].sort((a, b) => a.span.start - b.span.start);
  let previous: { paragraph: number; index: number; codes: string[] } | null = null;
  // A sentence with no actor still states a designation of "the parties" or "their bilateral" ties.
  const pairWords = (sentence: Sentence) => PAIR_WORDS.test(sentence.text) && anyDesignation.test(sentence.text);
  for (const frame of buildFrames(input.text, input.sentences, input.actors, quotes.map((q) => q.span), pairWords)) {
    const sentence = frame.sentence;
    const speaker = speakerQuote(quotes, sentence.span)?.speaker ?? null;
    // The actors of the sentence just before, in the same paragraph: the partner of a designation said by one side alone.
    const context = previous && previous.paragraph === sentence.paragraph && sentence.index - previous.index <= CONTEXT_SENTENCES ? previous.codes : [];
    previous = { paragraph: sentence.paragraph, index: sentence.index, codes: [...new Set(frame.groups.flatMap((g) => g.codes))] };
    // One scan tells whether any designation's expression below can match (it matches where one of them does).
    if (!anyDesignation.test(frame.masked)) continue;
    const excluded: Array<[number, number]> = [];
    exclusion.lastIndex = 0;
    for (let x = exclusion.exec(frame.masked); x; x = exclusion.exec(frame.masked)) excluded.push([x.index, x.index + x[0].length]);
    for (const d of designations) {
      d.regex.lastIndex = 0;
      for (let m = d.regex.exec(frame.masked); m; m = d.regex.exec(frame.masked)) {
        const end = m.index + m[0].length;
        if (excluded.some(([s, e]) => s < end && m!.index < e)) continue;
        const before = frame.masked.slice(0, m.index);
        const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(','), 0);
        // "are not only strategic partners but also …" is no negation.
        if (eventCues().negated.test(before.slice(clauseStart).replace(/\bnot\s+only\b/giu, ''))) continue;
        // "may become strategic partners", "if … were allies", "have no strategic partnership": no tier stated.
        if (notStated?.test(before.slice(clauseStart))) continue;
        // "the Congo River Alliance", "the Alliance for Progress": a capitalised word in a name is no designation
        // (unless every word of the line is capitalised: "Sisi Welcomes Modi, Announce Strategic Partnership").
        if (/^\p{Lu}/u.test(m[0]) && NAME_BEFORE.test(before) && !titleCased(sentence.text)) continue;
        for (const [a, b] of pairsFor(frame, m.index, m[0].length, d.explicit, speaker, context)) {
          if (d.tier === 'alliance' && (allianceOrganisations.has(a) || allianceOrganisations.has(b))) continue;
          const key = [a, b].sort().join('~');
          const label = input.text.slice(sentence.span.start + frame.toText(m.index), sentence.span.start + frame.toText(m.index + m[0].length));
          const relation: RecordRelation = { a, b, tier: d.tier, label, evidence: [sentence.span], rule: `relations/${d.tier}` };
          const prior = best.get(key);
          if (!prior || TIERS.indexOf(d.tier) < TIERS.indexOf(prior.tier)) best.set(key, relation);
          else if (prior.tier === d.tier && !prior.evidence.some((e) => e.start === sentence.span.start)) {
            best.set(key, { ...prior, evidence: [...prior.evidence, sentence.span] });
          }
        }
      }
    }
  }
  const relations = [...best.values()].sort((x, y) => x.evidence[0]!.start - y.evidence[0]!.start || compareCodes(x.a, y.a) || compareCodes(x.b, y.b));
  return { relations, diagnostics };
}

/** The pairs one designation states: its named partner(s) with the sentence's subject, or the sentence's only two actors. */
function pairsFor(
  frame: SentenceFrame, at: number, length: number, explicit: boolean, speaker: string | null, context: readonly string[],
): Array<[string, string]> {
  const codesOf = (idx: number[]) => [...new Set(idx.flatMap((i) => frame.groups[i]?.codes ?? []))];
  const after = frame.masked.slice(at + length);
  const textBefore = (i: number) => frame.masked.slice(0, frame.masked.indexOf(`${OPEN}${i}${CLOSE}`));
  // Not the object of a preposition, even as a later member of a list ("with A, B and C"), nor a noun's
  // modifier ("a NATO ally"): a candidate for the side that states the designation.
  const isSubject = (i: number) => {
    const before = textBefore(i);
    // A member of a list: the list closes here, or goes on to close with "and" ("with A, B, and C").
    const member = LIST_ENDING.test(before) || (LIST_SO_FAR.test(before) && LIST_GOES_ON.test(frame.masked.slice(before.length + `${OPEN}${i}${CLOSE}`.length)));
    const plain = member ? before.replace(LIST_SO_FAR, '') : before;
    return !OBJECT_OF_PREPOSITION.test(plain) && !/\b(?:a|an)\s+$/i.test(plain);
  };
  // The codes of group `i` and of the list it closes ("Germany, France and ⟨Italy⟩").
  const withItsList = (i: number): string[] => {
    const list = LIST_ENDING.exec(textBefore(i));
    return codesOf(list ? [...groupsIn(list[0]), i] : [i]);
  };
  // The nearest actor before a place, with the list it closes ("Germany, France and Italy are among …").
  const nearestWithList = (place: number, exclude: readonly string[]): string[] => {
    const last = groupsIn(frame.masked.slice(0, place)).reverse().find((i) => frame.groups[i]!.codes.some((c) => !exclude.includes(c)));
    return last === undefined ? [] : withItsList(last).filter((c) => !exclude.includes(c));
  };
  // "Mongolia regards Japan, Korea and India as strategic partners", "consider Moscow a strategic ally":
  // the listed actors are the partners of the subject before the verb.
  const namedAs = load().namedAs.exec(frame.masked.slice(0, at));
  if (namedAs) {
    const partners = codesOf(groupsIn(namedAs[1]));
    const subjectIdx = groupsIn(frame.masked.slice(0, namedAs.index)).reverse().filter(isSubject)
      .find((i) => frame.groups[i]!.codes.some((c) => !partners.includes(c)));
    // "Kyrgyzstan and Tajikistan … consider Moscow a strategic ally": every member of the subject's list.
    const subjects = subjectIdx === undefined ? (speaker ? [speaker] : []) : withItsList(subjectIdx);
    const pairs = subjects.filter((c) => !partners.includes(c)).flatMap((o) => partners.map((p) => [o, p] as [string, string]));
    if (pairs.length) return pairs;
  }
  const hyphened = load().before.hyphenedPair.exec(frame.masked.slice(0, at));
  if (hyphened) {
    const [a, b] = [codesOf(groupsIn(hyphened[1]!)), codesOf(groupsIn(hyphened[2]!))];
    if (a.length === 1 && b.length === 1 && a[0] !== b[0]) return [[a[0]!, b[0]!]];
  }
  // "Turkey is a NATO ally and a strategic partner of Azerbaijan": an actor right before the designation,
  // without "'s", is its partner ("a NATO ally" is NATO's ally), whatever follows it.
  const modifier = load().before.modifier.exec(frame.masked.slice(0, at));
  if (modifier) {
    const owner = codesOf(groupsIn(modifier[1]!));
    if (owner.length === 1) {
      const other = groupsIn(frame.masked.slice(0, modifier.index)).reverse().flatMap((i) => frame.groups[i]!.codes).find((c) => c !== owner[0])
        ?? (speaker && speaker !== owner[0] ? speaker : undefined);
      if (other) return [[other, owner[0]!]];
    }
  }
  const named = load().partnerAfter.exec(after);
  const pairs: Array<[string, string]> = [];
  if (named) {
    // "a close ally of Maduro": an ally of a person is that person's ally, not a state's.
    // A list closes with "and": an actor after a comma past it starts another clause ("… with Russia, China and the
    // United States, the foreign ministry said"), not a further partner.
    const closed = LIST_CLOSED_THEN_MORE.exec(named[1]!);
    const partnerIdx = groupsIn(closed ? closed[1]! : named[1]!).filter((i) => !(frame.groups[i]?.mentions.every((m) => m.via === 'person') ?? false));
    // "the Central Asian states, namely A, B and C": the named members stand for the group.
    const listed = codesOf(partnerIdx);
    const partners = listed.filter((c) => !(GROUP_MEMBERS.get(c)?.some((m) => listed.includes(m)) ?? false));
    const between = load().betweenAfter.test(after);
    if (between && partners.length === 2) return [[partners[0]!, partners[1]!]];
    // The other side: the nearest actor before the designation that is not itself the object of a
    // preposition (the partner of an earlier designation in a list), else the speaker.
    const beforeIdx = groupsIn(frame.masked.slice(0, at)).reverse();
    const subjects = beforeIdx.filter(isSubject);
    const firstOf = (idx: number[]) => idx.map((i) => frame.groups[i]!).flatMap((g) => g.codes).find((c) => !partners.includes(c));
    const other = firstOf(subjects) ?? (speaker && !partners.includes(speaker) ? speaker : undefined) ?? firstOf(beforeIdx);
    // "Russia, China and the EU are strategic partners of Kazakhstan": the subject's whole list.
    const subjectIdx = subjects.find((i) => frame.groups[i]!.codes.includes(other ?? ''));
    const others = subjectIdx !== undefined && LIST_ENDING.test(textBefore(subjectIdx))
      ? withItsList(subjectIdx).filter((c) => !partners.includes(c)) : other ? [other] : [];
    for (const o of others) for (const p of partners) if (p !== o) pairs.push([o, p]);
    if (pairs.length) return pairs;
  }
  // "between traditional allies Astana and Moscow": a pair in apposition right after the designation.
  const before = frame.masked.slice(0, at);
  const possessor = load().before.possessor.exec(before) ?? load().before.its.exec(before);
  // Not after a possessor: "Kazakhstan's strategic partners Russia and China" are the possessor's partners.
  const apposedPair = possessor ? null : PAIR_AFTER.exec(after);
  if (apposedPair) {
    const [a, b] = [codesOf(groupsIn(apposedPair[1]!)), codesOf(groupsIn(apposedPair[2]!))];
    if (a.length === 1 && b.length === 1 && a[0] !== b[0]) return [[a[0]!, b[0]!]];
  }
  // "Kazakhstan remains our closest ally", "Baku's strategic partner": the possessor is the partner.
  // "Moldova's alliance with its northern neighbour": a partner told in words that name no actor is
  // nobody else in the sentence.
  if (possessor && !named && /^\s*(?:with|to)\s/i.test(after)) return [];
  if (possessor) {
    const ownerIdx = groupsIn(possessor[1]!)[0]!;
    const owners = codesOf([ownerIdx]);
    const apposition = APPOSITION_AFTER.exec(after) ?? APPOSITION_AFTER_PLACE.exec(after);
    const appositives = apposition ? codesOf(groupsIn(apposition[1]!)).filter((c) => !owners.includes(c)) : [];
    // "Germany, France and Italy are among Hungary's partners": the whole list before is the other side.
    // Only a list linked to the possessor by a few words ("are among"): one further back, across a comma,
    // dash or quote ("accused A of …, a reference to B's partners"), is no side of this designation.
    const head = frame.masked.slice(0, possessor.index);
    const linked = SHORT_LINK.test(head.slice(head.lastIndexOf(CLOSE) + CLOSE.length));
    const others = head.includes(CLOSE) && linked ? nearestWithList(possessor.index, owners) : [];
    // An apposition straight after ("ally Belarus", "partners Russia, China and the EU") names the
    // partners; one after a comma only when no actor stands before ("X is Russia's partner, China said" pairs X).
    const closeToDesignation = apposition && !apposition[0].slice(0, apposition[0].indexOf(apposition[1]!)).includes(',');
    const partners = closeToDesignation && appositives.length ? appositives
      : others.length ? others
        : appositives.length ? appositives
          : speaker && !owners.includes(speaker) ? [speaker] : [];
    if (partners.length) return owners.flatMap((o) => partners.map((p) => [p, o] as [string, string]));
  }
  // A plural designation of a list of three or more, not the object of a preposition: every pair of it.
  const list = /s["”’']?$/u.test(frame.masked.slice(at, at + length)) ? load().before.listSubject.exec(before) : null;
  if (list && !OBJECT_OF_PREPOSITION.test(before.slice(0, list.index))) {
    const members = codesOf(groupsIn(list[1]!));
    const all: Array<[string, string]> = [];
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) all.push([members[i]!, members[j]!]);
    if (members.length >= 3) return all;
  }
  const pair = load().before.pairSubject.exec(frame.masked.slice(0, at));
  if (pair) {
    const [a, b] = [codesOf(groupsIn(pair[1]!)), codesOf(groupsIn(pair[2]!))];
    if (a.length === 1 && b.length === 1 && a[0] !== b[0]) return [[a[0]!, b[0]!]];
  }
  if (explicit) return [];
  const codes = codesOf(frame.groups.map((g) => g.index));
  if (speaker && !codes.includes(speaker) && codes.length === 1) codes.unshift(speaker);
  if (codes.length === 2) return [[codes[0]!, codes[1]!]];
  // No side named ("The parties discussed their bilateral strategic partnership"): the two actors of the
  // sentence before, when it names exactly two.
  if (codes.length === 0) return context.length === 2 && PAIR_WORDS.test(frame.masked) ? [[context[0]!, context[1]!]] : [];
  // One side only ("Sisi said the strategic partnership …" after "Sisi received the Greek prime minister"):
  // the partner is the one other actor of the sentence before.
  if (codes.length === 1) {
    const others = context.filter((c) => c !== codes[0]);
    return others.length === 1 ? [[codes[0]!, others[0]!]] : [];
  }
  // More actors than two: the pair joined by "and" last before the designation, within its clause,
  // is the pair it is said of ("A and B, meeting in C, hailed the strategic partnership").
  const clause = before.slice(before.lastIndexOf(';') + 1);
  // A pair set off by commas on both sides (", meeting alongside A and B,") is an aside, not the subject.
  const aside = (m: RegExpExecArray): boolean => clause.slice(0, m.index).includes(',') && clause.slice(m.index + m[0].length).includes(',');
  // One set off by dashes ("the country -- between A and B -- …") is a parenthesis: never the pair.
  const dashed = (m: RegExpExecArray): boolean => DASH.test(clause.slice(0, m.index)) && DASH.test(clause.slice(m.index + m[0].length));
  const joinedPairs: RegExpExecArray[] = [];
  JOINED_PAIR.lastIndex = 0;
  for (let m = JOINED_PAIR.exec(clause); m; m = JOINED_PAIR.exec(clause)) if (!dashed(m)) joinedPairs.push(m);
  const joined = joinedPairs.filter((m) => !aside(m)).pop() ?? joinedPairs.pop();
  if (joined) {
    const [a, b] = [codesOf(groupsIn(joined[1]!)), codesOf(groupsIn(joined[2]!))];
    if (a.length === 1 && b.length === 1 && a[0] !== b[0]) return [[a[0]!, b[0]!]];
  }
  return [];
}
