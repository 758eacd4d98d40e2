/**
 * Lines whose sentence split is known without reading them. wink-nlp's sentence boundary automaton
 * (wink-eng-lite-web-model's eng-sbd-model.json, fed by sbd-transformers.js) can only start a match on
 * a token hinted as ".", "!" or "?" or on an abbreviation, and every hinted token and every abbreviation
 * of the model holds one of those characters (an unknown word is an abbreviation only when it ends in
 * "."). So a line in which ".", "!" and "?" appear at most once, as its last non-blank character, has
 * no boundary before its last token: wink reads it as one sentence from its first to its last token.
 * Checked against wink on every line of the committed and development texts and of the bench corpus
 * (one-sentence.test.ts and notes/speed2.md); lines with anything unusual at their edges are left to wink.
 */

/**
 * The span [start, end) of the one sentence wink-nlp reads in `line`, when that is certain without
 * reading it; null when only wink can tell.
 */
export function oneSentenceSpan(line: string): [number, number] | null {
  let start = 0;
  while (start < line.length && line.charCodeAt(start) === 32) start++;
  let end = line.length;
  while (end > start && line.charCodeAt(end - 1) === 32) end--;
  if (end <= start) return null;
  // The first and last token start and end at these characters only when they are plain ASCII (wink
  // keeps such tokens verbatim; its blanks are not only the space character).
  if (!plainAscii(line.charCodeAt(start)) || !plainAscii(line.charCodeAt(end - 1))) return null;
  for (let i = start; i < end - 1; i++) {
    const c = line.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63) return null;
  }
  return [start, end];
}

/** A printable ASCII character other than the space. */
function plainAscii(c: number): boolean {
  return c > 32 && c < 127;
}
