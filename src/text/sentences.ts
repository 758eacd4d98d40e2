/**
 * Sentence splitting with offsets kept. Lines are paragraphs (news text puts one paragraph, heading or
 * caption per line); wink-nlp splits each line into sentences, and its token-based spans are mapped
 * back to UTF-16 offsets by walking the line.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from '../core/types.js';

// Only sentence boundary detection: tagging and entities would cost time we do not use.
const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

/** Splits text into sentences; every sentence's `text` equals `text.slice(span.start, span.end)`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = m[0];
    if (!line.trim()) continue;
    for (const [chunkStart, chunk] of chunks(line)) {
      for (const [s, e] of splitLine(chunk)) {
        const start = m.index + chunkStart + s;
        const end = m.index + chunkStart + e;
        sentences.push({ index: sentences.length, span: { start, end }, text: text.slice(start, end), paragraph });
      }
    }
    paragraph++;
  }
  return sentences;
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

/** Offsets (within the line) of the sentences wink-nlp finds in one line, trimmed of white space. */
function splitLine(line: string): Array<[number, number]> {
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
  const out: Array<[number, number]> = [];
  doc.sentences().each((s: { out: (f?: unknown) => unknown }) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const start = starts[first];
    const end = ends[last];
    if (start !== undefined && end !== undefined && end > start) out.push([start, end]);
  });
  if (out.length === 0) {
    const lead = line.length - line.trimStart().length;
    const trail = line.trimEnd().length;
    if (trail > lead) out.push([lead, trail]);
  }
  // Sentences must tile the line: stretch each to the start of the next so nothing falls between.
  for (let i = 0; i + 1 < out.length; i++) {
    const gapText = line.slice(out[i]![1], out[i + 1]![0]);
    if (gapText.trim()) out[i]![1] = out[i + 1]![0] - (gapText.length - gapText.trimEnd().length);
  }
  return out;
}
