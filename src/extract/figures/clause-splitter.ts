/**
 * Splits a sentence into clauses for the figure cue window: a semicolon, a spaced dash or "while" ends
 * a clause, so a cue in one clause does not classify an amount in the next. Commas do not: "which came to
 * $5 billion" refers back across one.
 */
import type { Span } from '../../core/types.js';
import { amountLexicon } from './amount-lexicon.js';

// (Not a dash that stands for a verb left out: "… and imports from Azerbaijan – to $381 million" goes on with
// the clause before it; its qualifiers are data/figure-amounts.yaml dashQualifiers.)
let boundary: RegExp | undefined;
function boundaryPattern(): RegExp {
  if (boundary) return boundary;
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const qualifiers = amountLexicon().dashQualifiers.map((w) => w.split(' ').map(escape).join('\\s+')).join('|');
  return (boundary = new RegExp(`;|\\s[–—-]\\s(?!(?:to|at)\\s+(?:(?:${qualifiers})\\s+)?(?:[$€£¥₹]|US\\$|\\d))|,?\\s(?:while|whereas)\\s`, 'gu'));
}

/** Clause spans covering the sentence span, in order. */
export function splitClauses(text: string, sentence: Span): Span[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  let from = 0;
  const BOUNDARY = boundaryPattern();
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(s); m; m = BOUNDARY.exec(s)) {
    if (m.index > from) out.push({ start: sentence.start + from, end: sentence.start + m.index });
    from = m.index + m[0].length;
  }
  if (sentence.start + from < sentence.end || out.length === 0) out.push({ start: sentence.start + from, end: sentence.end });
  return out;
}

/** The clause containing `offset` (the last clause when none does). */
export function clauseAt(clauses: readonly Span[], offset: number): Span {
  for (const c of clauses) if (offset >= c.start && offset < c.end) return c;
  return clauses[clauses.length - 1]!;
}
