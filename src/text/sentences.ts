/**
 * Sentence splitting with offsets kept. Lines are paragraphs (news text puts one paragraph, heading or
 * caption per line); wink-nlp splits each line into sentences, and its token-based spans are mapped
 * back to UTF-16 offsets by walking the line.
 *
 * A line the caller wants tagged (the event lexicon reads most sentences with parts of speech and
 * lemmas) hands its tags to the caller as `tokensOf`, which builds a sentence's tokens from the line's
 * reading when asked (reading each sentence again to tag it cost about as much as the split). Every
 * line is read by one wink instance that tags as it splits: tagging costs wink about a quarter more
 * than splitting alone, less than a second instance costs a short run (45 ms and 9 MB to read the
 * model), and sentence boundaries are decided before tags, so they are the same either way. The tags
 * are read out of wink's document only for a line whose tokens are asked for, and nothing outlives the
 * caller's hold on the result. A line whose split is certain without wink (one sentence ending at its
 * only full stop: one-sentence.ts) is read only when its tokens are asked for (measured: about half
 * of such lines of the bench corpus, nine in ten of the real news, are asked for).
 */
import { z } from 'zod';
import { loadValidated } from '../core/data-files.js';
import type { Sentence } from '../core/types.js';
import { oneSentenceSpan } from './one-sentence.js';
import { winkInstance } from './wink-model.js';
import { correctTags, tagAlone, taggedToken, type SentenceTokens, type TaggedToken } from './tagger.js';
import { escapeRegExp } from '../core/regex-words.js';

const nlp = winkInstance();
const its = nlp.its;

/** Splits text into sentences; every sentence's `text` equals `text.slice(span.start, span.end)`. */
export function splitSentences(text: string): Sentence[] {
  return splitAndTagSentences(text, () => false).sentences;
}

/**
 * Splits text into sentences as splitSentences does, reading the lines for which `tagLine` says yes
 * with tags; `tokensOf` gives a sentence's tokens from that reading, or reads the sentence alone.
 */
export function splitAndTagSentences(text: string, tagLine: (line: string) => boolean): { sentences: Sentence[]; tokensOf: SentenceTokens } {
  const sentences: Sentence[] = [];
  const tagged = new Map<Sentence, () => TaggedToken[]>();
  let paragraph = 0;
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = m[0];
    if (!line.trim()) continue;
    for (const [chunkStart, chunk] of chunks(line)) {
      const offset = m.index + chunkStart;
      // A line whose one sentence is certain is read by wink only if its tokens are asked for.
      const one = oneSentenceSpan(chunk);
      if (one) {
        const start = offset + one[0];
        const end = offset + one[1];
        const sentence: Sentence = { index: sentences.length, span: { start, end }, text: text.slice(start, end), paragraph };
        if (tagLine(chunk)) tagged.set(sentence, () => lineTokens(chunk, offset) ?? tagAlone(sentence));
        sentences.push(sentence);
        continue;
      }
      const reading = splitLine(chunk, tagLine(chunk));
      for (const [s, e, first, last] of reading.sentences) {
        const start = offset + s;
        const end = offset + e;
        const sentence: Sentence = { index: sentences.length, span: { start, end }, text: text.slice(start, end), paragraph };
        if (reading.tagged && first >= 0) tagged.set(sentence, () => reading.tokens(first, last, offset));
        sentences.push(sentence);
      }
    }
    paragraph++;
  }
  // Kept per sentence: the lexicon reading and event dating both ask for some sentences' tokens, and a
  // one-sentence line is read by wink again at each request (the tokens are only read, never changed).
  const known = new Map<Sentence, TaggedToken[]>();
  return {
    sentences,
    tokensOf: (sentence) => {
      let tokens = known.get(sentence);
      if (!tokens) known.set(sentence, (tokens = tagged.get(sentence)?.() ?? tagAlone(sentence)));
      return tokens;
    },
  };
}

/** The tokens of a one-sentence line as its reading gives them (as splitAndTagSentences would have). */
function lineTokens(line: string, offset: number): TaggedToken[] | undefined {
  const reading = splitLine(line, true);
  const [only] = reading.sentences;
  return reading.sentences.length === 1 && only![2] >= 0 ? reading.tokens(only![2], only![3], offset) : undefined;
}

// wink-nlp's tokenizer slows down more than linearly on very long lines (dumps without line breaks),
// so such a line is fed to it in pieces cut after a full stop or, failing that, at a space.
const MAX_CHUNK = 4000;

/** Pieces of a line no longer than MAX_CHUNK (where a cut point exists), with their offsets. */
function chunks(line: string): Array<[number, string]> {
  if (line.length <= MAX_CHUNK) return [[0, line]];
  const out: Array<[number, string]> = [];
  let start = 0;
  while (line.length - start > MAX_CHUNK) {
    const window = line.slice(start, start + MAX_CHUNK);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? ')) + 2;
    if (cut < MAX_CHUNK / 2) cut = window.lastIndexOf(' ') + 1;
    if (cut <= 0) cut = MAX_CHUNK;
    out.push([start, line.slice(start, start + cut)]);
    start += cut;
  }
  out.push([start, line.slice(start)]);
  return out;
}

/** A line's sentences: offsets within the line and, where the sentence is exactly wink's, its token range (else -1). */
interface LineReading {
  readonly sentences: Array<[start: number, end: number, first: number, last: number]>;
  /** Whether the line's tags are handed out. */
  readonly tagged: boolean;
  /** Tagged tokens first..last with document offsets (the line starts at `offset`). */
  tokens(first: number, last: number, offset: number): TaggedToken[];
}

/** The sentences wink-nlp finds in one line, trimmed of white space, with their tagged tokens when asked. */
function splitLine(line: string, tag: boolean): LineReading {
  const doc = nlp.readDoc(line);
  const tokens: string[] = doc.tokens().out();
  // Token i starts at starts[i]: wink keeps token text verbatim, so a forward search re-anchors it.
  const starts: number[] = new Array(tokens.length);
  const ends: number[] = new Array(tokens.length);
  let cursor = 0;
  tokens.forEach((tok, i) => {
    const at = line.indexOf(tok, cursor);
    starts[i] = at < 0 ? cursor : at;
    ends[i] = at < 0 ? cursor : at + tok.length;
    cursor = ends[i]!;
  });
  const out: Array<[number, number, number, number]> = [];
  doc.sentences().each((s: { out: (f?: unknown) => unknown }) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const start = starts[first];
    const end = ends[last];
    if (start !== undefined && end !== undefined && end > start) out.push([start, end, first, last]);
  });
  if (out.length === 0) {
    const lead = line.length - line.trimStart().length;
    const trail = line.trimEnd().length;
    if (trail > lead) out.push([lead, trail, -1, -1]);
  }
  // Sentences must tile the line: stretch each to the start of the next so nothing falls between. A
  // stretched sentence is no longer the text wink tagged: it is tagged on its own when asked.
  for (let i = 0; i + 1 < out.length; i++) {
    const gapText = line.slice(out[i]![1], out[i + 1]![0]);
    if (gapText.trim()) {
      out[i]![1] = out[i + 1]![0] - (gapText.length - gapText.trimEnd().length);
      out[i]![2] = -1;
    }
  }
  joinAfterTitleAbbreviations(line, out);
  if (!tag) return { sentences: out, tagged: false, tokens: () => [] };
  // Read out of the document on the first request: most tagged lines of a corpus are never asked for.
  let pos: string[] | undefined;
  let lemmas: string[] | undefined;
  return {
    sentences: out,
    tagged: true,
    tokens(first, last, offset) {
      pos ??= doc.tokens().out(its.pos) as string[];
      // wink types lemma as a model add-on; at run time it is an ordinary token property.
      lemmas ??= doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
      const tagged: TaggedToken[] = [];
      for (let i = first; i <= last; i++) tagged.push(taggedToken(tokens[i]!, pos[i], lemmas[i], offset + starts[i]!, offset + ends[i]!));
      return correctTags(tagged);
    },
  };
}

let titleAbbreviations: RegExp | undefined;

/** A title abbreviation of data/sentence-abbreviations.yaml at the end of a stretch of text. */
export function endsInTitleAbbreviation(text: string): boolean {
  titleAbbreviations ??= (() => {
    const list = loadValidated('sentence-abbreviations.yaml', z.strictObject({ 'title-abbreviations': z.array(z.string().regex(/\.$/, 'ends in a full stop')).min(1) }))['title-abbreviations'];
    return new RegExp(`(?:^|[\\s(])(?:${list.map(escapeRegExp).join('|')})$`);
  })();
  return titleAbbreviations.test(text);
}

/**
 * "Kazakh Pres. Kassym-Jomart Tokayev …" is one sentence: a sentence ending on a title abbreviation joins the
 * next, as does one that wink cut inside an initialism.
 */
function joinAfterTitleAbbreviations(line: string, out: Array<[number, number, number, number]>): void {
  for (let i = 0; i + 1 < out.length; ) {
    const [start, end, first] = out[i]!;
    const next = out[i + 1]!;
    const prev = line.slice(start, end);
    const following = line.slice(next[0], next[0] + 2);
    // wink ends a sentence inside an initialism after a hyphen ("the Japan-U.|S. alliance"): one sentence.
    const initialismCut = /(?:^|[^\p{L}.])\p{Lu}\.$/u.test(prev) && /^\p{Lu}\./u.test(following);
    // … and inside a decimal number written after letters ("Sh95.|2bn"): no space, digits on both sides.
    const decimalCut = next[0] === end && /\d\.$/u.test(prev) && /^\d/u.test(following);
    if (initialismCut || decimalCut || (endsInTitleAbbreviation(prev) && /^\p{Lu}/u.test(following))) {
      // wink's tokens run on across the boundary, so the joined sentence still has a token range
      out.splice(i, 2, [start, next[1], first >= 0 && next[2] >= 0 ? first : -1, first >= 0 && next[2] >= 0 ? next[3] : -1]);
    } else i++;
  }
}
