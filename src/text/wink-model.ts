/**
 * The wink-nlp English model with a cheaper core reader. Every wink instance reads its own copy of the
 * model's core (its lexeme table grows with the words an instance meets, so two instances cannot share
 * one); wink-eng-lite-web-model makes that copy with a JSON round trip of the whole 3 MB model and
 * decodes its packed lexicon one character at a time, about 55 ms per instance, a tenth of a
 * one-article run. This reader builds the same core (a test checks it deep-equal to the package's
 * reader): strings are immutable, so the lexeme list is copied as an array instead of re-read from JSON,
 * the small mutable parts are cloned, and base64 is decoded by Buffer.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import loadCerMeta from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadPos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';

const require = createRequire(import.meta.url);

/** The model's core as stored in the package (JSON; never changed here). */
interface StoredCore {
  readonly packing: { readonly layout: Record<string, number[]> } & Record<string, unknown>;
  readonly lexicon: string;
  readonly xpansions: string;
  readonly features: Record<string, { readonly list: unknown[] } & Record<string, unknown>>;
  readonly pos: { readonly hash: Record<string, number> } & Record<string, unknown>;
  readonly [key: string]: unknown;
}

type Feature = { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number } & Record<string, unknown>;

/** The model's core as the package's own `core()` (read-core-model.js + load-core-model.js) returns it. */
export function readCore(): Record<string, unknown> {
  // Parsed for this reading only (not kept in require's cache): once the core is built, only the copy
  // is needed, and the 3 MB of parsed JSON beside it (the packed lexicon as base64 text among it) is
  // garbage — a start-up snapshot would otherwise carry it too.
  const stored = JSON.parse(readFileSync(require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'), 'utf8')) as StoredCore;
  const { lexicon, xpansions, features, ...rest } = stored;
  const { lexeme, ...otherFeatures } = features;
  // Everything but the two packed strings and the 87,000 lexemes is small: cloned whole.
  const core = structuredClone({ ...rest, features: { ...otherFeatures, lexeme: { ...lexeme!, list: [] } } }) as Record<string, unknown> & {
    packing: { layout: Record<string, number[]>; efList?: string[] };
    features: Record<string, Feature>;
    pos: { hash: Record<string, number> };
  };
  core.features.lexeme!.list = lexeme!.list.slice();
  core.lexicon = uint32(lexicon);
  core.xpansions = uint32(xpansions);
  const { layout } = core.packing;
  const featuresData = core.features;
  // As read-core-model.js: a lookup hash for every feature stored as a list, and for the lexemes.
  for (const f in layout) if (layout[f]![3] === 0) featuresData[f]!.hash = hashOf(featuresData[f]!.list);
  featuresData.lexeme!.hash = lexemeHash(featuresData.lexeme!.list as string[]);
  const clusters = featuresData.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => core.pos.hash[e] || 0));
  // As load-core-model.js: where each growing feature list starts and may end.
  core.packing.efList = [];
  for (const f in layout) {
    if (layout[f]![3] === 0) {
      const feature = featuresData[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[f]![1]! >>> layout[f]![2]!;
    }
    if (layout[f]![4] === 1) core.packing.efList.push(f);
  }
  featuresData.lexeme!.intrinsicSize = featuresData.lexeme!.list.length;
  featuresData.lexeme!.index = featuresData.lexeme!.list.length;
  return core;
}

function hashOf(list: readonly unknown[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
  return hash;
}

/**
 * The lexeme table (word → index in the lexeme list), read and grown by wink only as `hash[word]` and
 * `hash[word] = index` (cache.js, the model's feature.js), behind a Proxy. As an object its 87,593 words
 * made a dictionary of 262,144 slots (6.0 MB), as a Map 3.7 MB; this table is 0.5 MB (LexemeTable). Every
 * key wink passes is a string, and the table maps exactly what the object did (a later equal word wins,
 * as with assignment).
 */
function lexemeHash(list: readonly string[]): Record<string, number> {
  const table = new LexemeTable(list);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => table.get(key),
    set: (_target, key, value: number) => {
      table.set(key, value);
      return true;
    },
  });
}

/**
 * A word → index table over the lexeme list that stores only the indexes: open addressing in an
 * Int32Array (index + 1, 0 for a free slot) at most three quarters full, a word found when the list holds
 * it at the slot's index. wink keeps that true as it grows the table (`h[word] = f.index`, then
 * `f.list.push(word)`: the index is the list's length when set, the word's place once pushed). A value
 * that does not name the word's place in the list, and a key that is not a string, are kept in a Map
 * consulted first, so the table answers as a Map of everything set would.
 */
export class LexemeTable {
  private slots: Int32Array;
  private count = 0;
  private other: Map<string | symbol, number> | undefined;

  constructor(private readonly list: readonly string[]) {
    let size = 1024;
    while (size * 3 < list.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    for (let k = 0; k < list.length; k++) this.put(list[k]!, k);
  }

  get(key: string | symbol): number | undefined {
    if (this.other !== undefined && this.other.has(key)) return this.other.get(key);
    if (typeof key !== 'string') return undefined;
    const { slots, list } = this;
    const mask = slots.length - 1;
    for (let s = hashOfWord(key) & mask; ; s = (s + 1) & mask) {
      const v = slots[s]!;
      if (v === 0) return undefined;
      if (list[v - 1] === key) return v - 1;
    }
  }

  set(key: string | symbol, value: number): void {
    if (typeof key === 'string' && Number.isInteger(value) && value >= 0 && (value === this.list.length || this.list[value] === key)) {
      this.other?.delete(key);
      this.put(key, value);
    } else (this.other ??= new Map()).set(key, value);
  }

  /** Stores `index` for `word` (its place in the list, or the list's length when it is about to be pushed). */
  private put(word: string, index: number): void {
    // Grown before the new word is stored: every word already stored is in the list by then.
    if ((this.count + 1) * 4 > this.slots.length * 3) this.grow();
    const { slots, list } = this;
    const mask = slots.length - 1;
    for (let s = hashOfWord(word) & mask; ; s = (s + 1) & mask) {
      const v = slots[s]!;
      if (v === 0) {
        slots[s] = index + 1;
        this.count++;
        return;
      }
      if (list[v - 1] === word) {
        slots[s] = index + 1;
        return;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length - 1;
    for (const v of old) {
      if (v === 0) continue;
      let s = hashOfWord(this.list[v - 1]!) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = v;
    }
    this.slots = slots;
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashOfWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Base64 text as 32-bit words, in a buffer of its own (a pooled Buffer may not start at a multiple of 4). */
function uint32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const words = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(words.buffer).set(bytes.subarray(0, words.byteLength));
  return words;
}

/** A machine that recognises nothing (wink's own empty model, automaton.js emptyModelJSON). */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/**
 * wink-eng-lite-web-model with `core` read by readCore; pass it to winkNLP in place of the package's
 * model. wink builds every annotation's automata when an instance is made, whatever its pipe; the ones
 * no pipe here runs (entities, negation, sentiment) are empty machines, so an instance does not hold the
 * sentiment and entity automata (~1.5 MB) nor the package their 0.6 MB of JSON. The pipes used (`sbd`,
 * `pos`) and the add-ons (lemmas) are the package's own.
 */
export const winkModel: typeof model = {
  core: readCore,
  sbd: loadSbd,
  pos: loadPos,
  ner: () => ({ machines: [EMPTY_MACHINE], transformers: [(token: unknown) => token] }),
  negation: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
  sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
  metaCER: loadCerMeta,
  featureFn,
  addons: { stem, lemmatize, readabilityStats, wordVectors: undefined },
} as unknown as typeof model;

let shared: ReturnType<typeof winkNLP> | undefined;

/**
 * The one wink instance of the process (splitting and tagging), built on first use. Tagging a text
 * already cut into one sentence through it gives the tokens, tags and lemmas an instance without the
 * `sbd` pipe gives (wink tags the document's tokens whatever its sentences are), and a second
 * instance would cost its own copy of the model's core (~9 MB, ~50 ms).
 */
export function winkInstance(): ReturnType<typeof winkNLP> {
  return (shared ??= winkNLP(winkModel, ['sbd', 'pos']));
}
