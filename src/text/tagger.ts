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

/** wink's tags with the corrections below, for a sentence tagged alone or within its line. */
export function correctTags(tokens: TaggedToken[]): TaggedToken[] {
  return pluralAfterPast(pastBeforeThat(nounsAfterTo(tokens)));
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
      && (second.lower.endsWith('ed') || hyphenParticiples().has(second.lower));
    const plural = t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`;
    if (hyphened || plural) {
      tokens[i - 1] = { ...to, pos: 'ADP' };
      tokens[i] = { ...t, pos: hyphened ? 'ADJ' : 'NOUN' };
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
    if (before === 'NOUN' || before === 'PROPN' || before === 'PRON') tokens[i] = { ...t, pos: 'VERB' };
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
    if (next.pos === 'ADP' || next.pos === 'PART' && next.lower === 'to' || next.pos === 'PUNCT') tokens[i] = { ...t, pos: 'NOUN' };
  }
  return tokens;
}

let participles: ReadonlySet<string> | undefined;

/** The irregular past participles that end a hyphened modifier (data/tagger-corrections.yaml). */
function hyphenParticiples(): ReadonlySet<string> {
  participles ??= new Set(loadValidated('tagger-corrections.yaml', z.strictObject({ 'hyphen-participles': z.array(z.string().min(1)).min(1) }))['hyphen-participles']);
  return participles;
}
