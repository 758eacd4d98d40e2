/**
 * Finds the sentence around an evidence span cheaply at write time. Extraction already split sentences
 * but its record keeps only spans, and running the NLP splitter again would halve ingest throughput, so
 * this scans for line breaks and sentence-final punctuation followed by a capital or an opening quote.
 */
import type { Span } from '../core/types.js';

const END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '\'', '”', '’', ')', ']', '»']);
const OPENERS = /[\p{Lu}\p{N}"'“‘(«]/u;

/** Whether a sentence ends just before `i` (which points at the white space after it). */
function sentenceEndsBefore(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && CLOSERS.has(text[j]!)) j--;
  if (j < 0 || !END.has(text[j]!)) return false;
  let k = i;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  return k < text.length && OPENERS.test(text[k]!);
}

/** The sentence (trimmed, within one line) that contains the span, widened to cover the whole span. */
export function enclosingSentence(text: string, span: Span): Span {
  let start = Math.max(0, Math.min(span.start, text.length));
  let end = Math.max(start, Math.min(span.end, text.length));
  while (start > 0 && text[start - 1] !== '\n') {
    const c = text[start - 1]!;
    if ((c === ' ' || c === '\t') && sentenceEndsBefore(text, start - 1)) break;
    start--;
  }
  while (end < text.length && text[end] !== '\n') {
    const c = text[end]!;
    if ((c === ' ' || c === '\t') && sentenceEndsBefore(text, end)) break;
    end++;
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
