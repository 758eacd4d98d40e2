/**
 * Words a phrase rule's expression cannot match without: read off the top level of its source, so a
 * sentence that lacks them is never given to the (costly) expression. Only what the expression itself
 * forces is taken — a literal run outside any group, or a group of alternatives each starting with a
 * literal run, read on through the literal words after the group where an alternative is a whole
 * word ("(?:talks|negotiations) in": "talks in" or "negotiations in") — and anything doubtful (an
 * optional or repeated part, a lookaround, a named group, an alternation at the top) is left out: a
 * missing condition only lets more sentences through.
 */

/** Shorter words are in nearly every sentence ("to", "of"): testing them would cost and filter nothing. */
const MIN_WORD = 3;

/** Whether `c` is a character of a literal run: `[A-Za-z0-9 '’-]` (tested by code: this runs over every
 * character of every rule's source at start-up). */
function isLiteral(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 32 || code === 39 || code === 45 || code === 0x2019;
}

/**
 * The conditions of a case-insensitive expression's source: each condition is a list of words (lower
 * case) one of which every match contains, so the text must contain one of them too.
 */
export function requiredWords(source: string): string[][] {
  const items = topLevel(source);
  if (items === null) return [];
  const out: string[][] = [];
  for (const item of items) {
    if (item.kind === 'run') {
      if (item.text.length >= MIN_WORD) out.push([item.text.toLowerCase()]);
      continue;
    }
    const alternatives = splitAlternatives(item.body);
    // An alternative that is a literal run as a whole is followed, in every match that takes it, by the
    // literal words after the group ("(?:talks|negotiations) in" needs "talks in" or "negotiations in").
    const words = alternatives.flatMap((alt) => (item.after ? wordsThrough(alt, item.after) ?? leadingWords(alt) : leadingWords(alt)));
    if (words.length > 0 && words.every((w) => w.length >= MIN_WORD)) out.push([...new Set(words.map((w) => w.toLowerCase()))]);
  }
  return out;
}

type Item = { kind: 'run'; text: string } | { kind: 'group'; body: string; after: string };

/** Literal runs and unquantified non-capturing groups at depth 0; null when the source alternates at the top. */
function topLevel(source: string): Item[] | null {
  const items: Item[] = [];
  let run = '';
  const endRun = (dropLast: boolean) => {
    const text = dropLast ? run.slice(0, -1) : run;
    if (text.trim()) items.push({ kind: 'run', text: text.trim() });
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '|') return null;
    if (c === '\\') {
      endRun(false);
      i += escapeLength(source, i);
      continue;
    }
    if (c === '[') {
      endRun(false);
      i = classEnd(source, i);
      continue;
    }
    if (c === '(') {
      endRun(false);
      const close = groupEnd(source, i);
      if (close < 0) return null;
      const quantified = isQuantifier(source, close + 1);
      if (source.startsWith('(?:', i) && !quantified) items.push({ kind: 'group', body: source.slice(i + 3, close), after: runAfter(source, close + 1) });
      i = close + 1;
      continue;
    }
    if (isQuantifier(source, i)) {
      // The quantifier applies to the last character of the run: that character is not required.
      endRun(true);
      i = quantifierEnd(source, i);
      continue;
    }
    if (isLiteral(c)) {
      run += c;
      i++;
      continue;
    }
    endRun(false);
    i++;
  }
  endRun(false);
  return items;
}

/**
 * The literal run that starts at `i` (a character a quantifier makes optional, and what follows it, left
 * out), without its trailing spaces; '' when it holds no letter or digit.
 */
function runAfter(source: string, i: number): string {
  let j = i;
  while (j < source.length && isLiteral(source[j]!) && !isQuantifier(source, j + 1)) j++;
  const run = source.slice(i, j).trimEnd();
  return /[A-Za-z0-9]/.test(run) ? run : '';
}

/**
 * The words an alternative that is one literal run as a whole ("talks"), or such a run with its last
 * character optional ("meetings?"), makes with the run after its group; null for any other alternative.
 */
function wordsThrough(alternative: string, after: string): string[] | null {
  const optionalLast = alternative.endsWith('?') && alternative.length >= 2 && isLiteral(alternative[alternative.length - 2]!);
  const run = optionalLast ? alternative.slice(0, -1) : alternative;
  for (let i = 0; i < run.length; i++) if (!isLiteral(run[i]!) || isQuantifier(run, i + 1)) return null;
  return optionalLast ? [run.slice(0, -1) + after, run + after] : [run + after];
}

/** At most this many words for one alternative read through its nested groups (else its own run alone). */
const MAX_EXPANSION = 64;

/**
 * The words an alternative starts with: its literal run (the characters a quantifier makes optional left
 * out) and, where an unquantified non-capturing group follows the run at once, the run followed by each
 * of that group's own leading words ("to (?:attend|chair)" needs "to attend" or "to chair", not just "to ",
 * which nearly every sentence has).
 */
function leadingWords(alternative: string): string[] {
  let run = '';
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i]!;
    if (isQuantifier(alternative, i)) return [run.slice(0, -1)];
    if (c === '(' && alternative.startsWith('(?:', i)) {
      const close = groupEnd(alternative, i);
      if (close < 0 || isQuantifier(alternative, close + 1)) return [run];
      const inner = splitAlternatives(alternative.slice(i + 3, close)).flatMap(leadingWords);
      if (inner.length === 0 || inner.length > MAX_EXPANSION) return [run];
      return [...new Set(inner.map((w) => run + w))];
    }
    if (!isLiteral(c)) return [run];
    run += c;
  }
  return [run];
}

/** The alternatives of a group body, split at its own top-level bars. */
function splitAlternatives(body: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (c === '\\') i += escapeLength(body, i);
    else if (c === '[') i = classEnd(body, i);
    else if (c === '(') {
      const close = groupEnd(body, i);
      if (close < 0) return [];
      i = close + 1;
    } else {
      if (c === '|') {
        out.push(body.slice(start, i));
        start = i + 1;
      }
      i++;
    }
  }
  out.push(body.slice(start));
  return out;
}

function escapeLength(s: string, i: number): number {
  const next = s[i + 1];
  if (next === 'u' && s[i + 2] === '{') return s.indexOf('}', i) - i + 1;
  if (next === 'u') return 6;
  if (next === 'x') return 4;
  if ((next === 'p' || next === 'P') && s[i + 2] === '{') return s.indexOf('}', i) - i + 1;
  return 2;
}

/** Index just past the character class opening at i. */
function classEnd(s: string, i: number): number {
  let j = i + 1;
  if (s[j] === '^') j++;
  if (s[j] === ']') j++;
  while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? escapeLength(s, j) : 1;
  return j + 1;
}

/** Index of the parenthesis closing the group opening at i, or -1. */
function groupEnd(s: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < s.length) {
    const c = s[j]!;
    if (c === '\\') {
      j += escapeLength(s, j);
      continue;
    }
    if (c === '[') {
      j = classEnd(s, j);
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
    j++;
  }
  return -1;
}

const BRACE_QUANTIFIER = /\{\d+(?:,\d*)?\}/y;

function isQuantifier(s: string, i: number): boolean {
  const c = s[i];
  if (c === '?' || c === '*' || c === '+') return true;
  if (c !== '{') return false;
  // Sticky at i on the source itself: the same test as on a 12-character slice, whose longest match
  // ("{1234,5678}") fits in it, without copying.
  BRACE_QUANTIFIER.lastIndex = i;
  return BRACE_QUANTIFIER.test(s) && BRACE_QUANTIFIER.lastIndex - i <= 12;
}

function quantifierEnd(s: string, i: number): number {
  let j = s[i] === '{' ? s.indexOf('}', i) + 1 : i + 1;
  if (s[j] === '?') j++;
  return j;
}
