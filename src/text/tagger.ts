/**
 * Part-of-speech tags and lemmas of a sentence (wink-nlp), with UTF-16 offsets into the document.
 * The sentence splitter reads the lines that need tags with tags (sentences.ts, splitAndTagSentences),
 * so those sentences are not tokenised twice; any other sentence is read here, by the same instance
 * (wink-model.ts winkInstance).
 */
import { z } from 'zod';
import { loadValidated } from '../core/data-files.js';
import type { Sentence } from '../core/types.js';
import { winkInstance } from './wink-model.js';

/** One token of a tagged sentence. */
export interface TaggedToken {
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  /** Lower-cased lemma (wink-nlp's), the text itself where wink gives none. */
  readonly lemma: string;
  /** Universal POS tag: NOUN, VERB, AUX, ADP, DET, ADJ, ADV, PRON, PROPN, PART, CCONJ, SCONJ, NUM, PUNCT … */
  readonly pos: string;
  readonly start: number;
  readonly end: number;
}

/** The tagged tokens of a sentence of the document. */
export type SentenceTokens = (sentence: Sentence) => TaggedToken[];

/** Tokens read for the sentence alone. */
export const tagAlone: SentenceTokens = (sentence) => tagSentence(sentence.text, sentence.span.start);

/** One token as the layers above read it (lower case, lemma lower-cased, tag 'X' where wink gives none). */
export function taggedToken(value: string, pos: string | undefined, lemma: string | undefined, start: number, end: number): TaggedToken {
  const lower = value.toLowerCase();
  return { text: value, lower, lemma: (lemma ?? lower).toLowerCase(), pos: pos ?? 'X', start, end };
}

/**
 * `t` with another tag (and lemma): built as the same object literal as `taggedToken` builds, so that every
 * token has one hidden class (a spread copy `{ ...t, pos }` gets another, and code optimised for one
 * deoptimises on the other).
 */
function retagged(t: TaggedToken, pos: string, lemma: string = t.lemma): TaggedToken {
  return { text: t.text, lower: t.lower, lemma, pos, start: t.start, end: t.end };
}

/** Tags `sentence`, which starts at `offset` in the document; tokens carry document offsets. */
export function tagSentence(sentence: string, offset: number): TaggedToken[] {
  // Read by the splitter's instance: its sentence split changes none of the tokens, tags or lemmas.
  const nlp = winkInstance();
  const its = nlp.its;
  const doc = nlp.readDoc(sentence);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  // wink types lemma as a model add-on; at run time it is an ordinary token property.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const out: TaggedToken[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // wink keeps token text verbatim: a forward search re-anchors each token in the sentence.
    const at = sentence.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + value.length;
    cursor = end;
    out[i] = taggedToken(value, tags[i], lemmas[i], offset + start, offset + end);
  }
  return correctTags(out);
}

/** The corrections of wink's tags below, in order (the whole-document tagging in sentences.ts applies them too). */
export function correctTags(tokens: TaggedToken[]): TaggedToken[] {
  return participlesAfterDash(adjectivesAfterDeterminer(nounsAfterDeterminer(participlesAfterComma(participleAdjectives(gerundsAfterPreposition(pluralAfterPast(pastBeforeThat(nounsAfterTo(tokens)))))))));
}

/**
 * sent18: "India's violence-plagued northeast", "the war-torn north", "a drought-hit region": wink tags
 * the participle after a dash that joins it to the word before (no space either side) as a verb, which then reads as
 * the clause's verb. A past participle so joined to a word and followed by the noun it describes (or an adjective, or
 * a word ending the phrase) is an adjective.
 */
export function participlesAfterDash(tokens: TaggedToken[]): TaggedToken[] {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const dash = tokens[i - 1]!;
    const word = tokens[i - 2]!;
    if (t.pos !== 'VERB' || dash.lower !== '-' || word.end !== dash.start || dash.end !== t.start) continue;
    if (!(t.lower.endsWith('ed') || wordSet('hyphen-participles').has(t.lower))) continue;
    // (after a name, "Saudi-led", "Iran-backed", the actor layers read the participle themselves)
    if (!['NOUN', 'ADJ', 'NUM'].includes(word.pos)) continue;
    const next = tokens[i + 1]!;
    const after = tokens[i + 2];
    const described = next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ'
      || next.pos === 'ADV' && (!after || ['VERB', 'AUX', 'ADP', 'PUNCT'].includes(after.pos));
    if (described) tokens[i] = retagged(t, 'ADJ', t.lower);
  }
  return tokens;
}

/**
 * "moved artillery to positions along the border", "sent tents to quake-hit Nepal": wink reads "to"
 * before a plural noun or a hyphened modifier as the sign of an infinitive and the word as a verb. An
 * infinitive never ends in the -s its lemma takes for a plural, nor is it the first part of a modifier whose
 * second part is a past participle, so such a word after "to" is a noun (or the first part of a modifier)
 * and "to" its preposition.
 */
export function nounsAfterTo(tokens: TaggedToken[]): TaggedToken[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const to = tokens[i - 1]!;
    if (to.lower !== 'to' || to.pos !== 'PART' || t.pos !== 'VERB') continue;
    const dash = tokens[i + 1];
    const second = tokens[i + 2];
    const hyphened = !!dash && !!second && dash.lower === '-' && dash.start === t.end && second.start === dash.end
      && (second.lower.endsWith('ed') || wordSet('hyphen-participles').has(second.lower));
    const plural = t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`;
    // "food to displaced families", "aid to injured civilians": an infinitive is never a form in -ed that
    // its lemma is not ("to proceed" is), so such a word before a noun is a participle describing it (types13).
    const next = tokens[i + 1];
    const participle = t.lower.endsWith('ed') && t.lemma !== t.lower && !!next && next.pos === 'NOUN';
    // "$20 million in aid to neighbouring Pakistan": a word that only describes the name after it (types15).
    const epithet = wordSet('epithet-adjectives').has(t.lower) && !!next && next.pos === 'PROPN';
    // sent18: "food baskets to flood victims in Pakistan": a disaster noun before the people it struck.
    const modifier = wordSet('noun-modifiers').has(t.lower) && !!next && next.pos === 'NOUN' && wordSet('modified-people').has(next.lemma);
    if (hyphened || plural || participle || epithet || modifier) {
      tokens[i - 1] = retagged(to, 'ADP');
      tokens[i] = retagged(t, hyphened || participle || epithet ? 'ADJ' : 'NOUN');
    }
  }
  return tokens;
}

/**
 * "Ethiopia's prime minister alleged that Egypt …": wink may tag a past form in -ed between its subject
 * and "that" as an adjective. An adjective in -ed right after a noun or pronoun and right before "that" is
 * the clause's verb (its lemma is left to the event lexicon's `forms`).
 */
export function pastBeforeThat(tokens: TaggedToken[]): TaggedToken[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ' || !t.lower.endsWith('ed') || tokens[i + 1]!.lower !== 'that') continue;
    const before = tokens[i - 1]!.pos;
    if (before === 'NOUN' || before === 'PROPN' || before === 'PRON') tokens[i] = retagged(t, 'VERB');
  }
  return tokens;
}

/**
 * "Somalia rebuffed calls from Ethiopia to …", "dismissed demands for …": wink may tag a plural noun right
 * after a past form as a present verb. Two finite verbs do not follow each other, so a word in -s after a
 * verb in -ed, with a preposition, "to" or a punctuation mark after it, is a plural noun (the verb's object).
 */
export function pluralAfterPast(tokens: TaggedToken[]): TaggedToken[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !(t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`)) continue;
    const before = tokens[i - 1]!;
    if (before.pos !== 'VERB' || !before.lower.endsWith('ed')) continue;
    const next = tokens[i + 1]!;
    if (next.pos === 'ADP' || next.pos === 'PART' && next.lower === 'to' || next.pos === 'PUNCT') tokens[i] = retagged(t, 'NOUN');
  }
  return tokens;
}

/**
 * "After meeting his Turkish counterpart, …", "since meeting Ruto in May": wink tags a gerund that is also a
 * common noun ("meeting") as the noun even where it takes an object. Right after a preposition or a
 * conjunction and right before a determiner, a pronoun or a name, such a word is the verb (its lemma from
 * data/tagger-corrections.yaml `gerund-nouns`); "after meetings with …", "at the meeting" stay nouns.
 */
export function gerundsAfterPreposition(tokens: TaggedToken[]): TaggedToken[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const lemma = t.pos === 'NOUN' ? gerundNouns().get(t.lower) : undefined;
    if (!lemma) continue;
    const before = tokens[i - 1]!.pos;
    const after = tokens[i + 1]!.pos;
    if ((before === 'ADP' || before === 'SCONJ') && (after === 'DET' || after === 'PRON' || after === 'PROPN')) tokens[i] = retagged(t, 'VERB', lemma);
  }
  return tokens;
}

/**
 * "Xi met visiting Kazakh President Tokayev", "received visiting Philippine Foreign Secretary X": wink tags a
 * participle that describes a person (data/tagger-corrections.yaml `participle-adjectives`) as a second verb
 * right after the first; right after a verb (not an auxiliary) and before a name it is the name's adjective.
 */
export function participleAdjectives(tokens: TaggedToken[]): TaggedToken[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !wordSet('participle-adjectives').has(t.lower)) continue;
    if (tokens[i - 1]!.pos === 'VERB' && tokens[i + 1]!.pos === 'PROPN') tokens[i] = retagged(t, 'ADJ', t.lower);
  }
  return tokens;
}

/**
 * mob15: "Taiwan escalated its alert status", "raised their alert": wink tags a word that is both adjective and noun
 * (data/tagger-corrections.yaml `determiner-nouns`) as the adjective even right after a possessive or an article,
 * where only the noun (or a noun modifying another) stands.
 */
export function nounsAfterDeterminer(tokens: TaggedToken[]): TaggedToken[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ' || !wordSet('determiner-nouns').has(t.lower)) continue;
    if (wordSet('noun-determiners').has(tokens[i - 1]!.lower)) tokens[i] = retagged(t, 'NOUN', t.lower);
  }
  return tokens;
}

/**
 * accuse16: "filed a new diplomatic protest", "a fresh military offensive", "its new foreign policy": wink tags the
 * first of two adjectives after an article or a possessive as an adverb; these words (data/tagger-corrections.yaml
 * `determiner-adjectives`) are the adjective there, before an adjective or a noun.
 */
export function adjectivesAfterDeterminer(tokens: TaggedToken[]): TaggedToken[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADV' || !wordSet('determiner-adjectives').has(t.lower) && !wordSet('verb-ordinals').has(t.lower)) continue;
    const before = tokens[i - 1]!;
    const next = tokens[i + 1]!.pos;
    // sent18: "held first informal talks": right after a verb, an ordinal before an adjective is one too.
    const ordinalAfterVerb = before.pos === 'VERB' && wordSet('verb-ordinals').has(t.lower) && next === 'ADJ';
    const afterDeterminer = wordSet('determiner-adjectives').has(t.lower)
      && (wordSet('adjective-determiners').has(before.lower) || before.pos === 'PART' && /^['’]s$/.test(before.lower));
    if (ordinalAfterVerb || afterDeterminer && (next === 'ADJ' || next === 'NOUN')) tokens[i] = retagged(t, 'ADJ', t.lower);
  }
  return tokens;
}

type WordListKey = 'hyphen-participles' | 'participle-adjectives' | 'epithet-adjectives' | 'determiner-nouns' | 'determiner-adjectives' | 'noun-determiners' | 'adjective-determiners'
  | 'noun-modifiers' | 'modified-people' | 'verb-ordinals';
type Corrections = Record<WordListKey, string[]> & { 'gerund-nouns': Record<string, string>; 'comma-participles': Record<string, string> };
let corrections: Corrections | undefined;
let gerunds: ReadonlyMap<string, string> | undefined;

function tagCorrections(): Corrections {
  corrections ??= loadValidated('tagger-corrections.yaml', z.strictObject({
    'hyphen-participles': z.array(z.string().min(1)).min(1),
    'gerund-nouns': z.record(z.string().regex(/ing$/), z.string().min(1)),
    'participle-adjectives': z.array(z.string().regex(/ing$/)).default([]),
    'comma-participles': z.record(z.string().regex(/ing$/), z.string().min(1)).default({}),
    'epithet-adjectives': z.array(z.string().min(1)).default([]),
    'determiner-nouns': z.array(z.string().min(1)).default([]),
    'determiner-adjectives': z.array(z.string().min(1)).default([]),
    'noun-determiners': z.array(z.string().min(1)).min(1),
    'adjective-determiners': z.array(z.string().min(1)).min(1),
    'noun-modifiers': z.array(z.string().min(1)).default([]),
    'modified-people': z.array(z.string().min(1)).default([]),
    'verb-ordinals': z.array(z.string().min(1)).default([]),
  }));
  return corrections;
}

const wordSets = new Map<WordListKey, ReadonlySet<string>>();
/** One word list of data/tagger-corrections.yaml as a set, built on first use. */
function wordSet(key: WordListKey): ReadonlySet<string> {
  let set = wordSets.get(key);
  if (!set) wordSets.set(key, (set = new Set(tagCorrections()[key])));
  return set;
}


let commaGerunds: ReadonlyMap<string, string> | undefined;
/** recall13b: participles wink reads as nouns after a comma, with their verbs' lemmas (data/tagger-corrections.yaml). */
function commaParticipleWords(): ReadonlyMap<string, string> {
  commaGerunds ??= new Map(Object.entries(tagCorrections()['comma-participles']));
  return commaGerunds;
}

/**
 * recall13b: "police clashed with protesters, arresting dozens", "…, wounding 12 people": wink may tag a participle
 * of a deed after a comma as a noun. Right after a comma and before a number, determiner, pronoun, name or
 * adjective it is the verb (data/tagger-corrections.yaml `comma-participles`).
 */
export function participlesAfterComma(tokens: TaggedToken[]): TaggedToken[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const lemma = t.pos === 'NOUN' ? commaParticipleWords().get(t.lower) : undefined;
    if (!lemma || tokens[i - 1]!.lower !== ',') continue;
    const after = tokens[i + 1]!;
    if (['NUM', 'DET', 'PRON', 'PROPN', 'ADJ'].includes(after.pos) || after.lower === 'dozens' || after.lower === 'hundreds' || after.lower === 'scores') tokens[i] = retagged(t, 'VERB', lemma);
  }
  return tokens;
}

/** Gerunds wink reads as nouns, with their verbs' lemmas (data/tagger-corrections.yaml). */
function gerundNouns(): ReadonlyMap<string, string> {
  gerunds ??= new Map(Object.entries(tagCorrections()['gerund-nouns']));
  return gerunds;
}
