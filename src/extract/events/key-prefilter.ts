/**
 * The cheap test every phrase rule runs before its pattern ("keys": words one of which the sentence
 * must contain), done for all rules at once. Testing ninety key expressions one by one on every
 * sentence cost more than the patterns they guard; one scan of the sentence for every key word of
 * every rule gives the same answers.
 */

/** Which rules' keys a text passes; rules whose keys are not a plain list of words are tested by their own expression. */
export interface KeyPrefilter {
  /** passes[i] is true when rule i's keys expression would match `text`. */
  scan(text: string): boolean[];
}

// A key list the combined scan can stand for: words (letters, digits, spaces, hyphens, apostrophes)
// separated by `|`. Anything else (classes, groups, anchors) keeps its own expression.
const PLAIN_KEYS = /^[A-Za-z0-9 '’-]+(?:\|[A-Za-z0-9 '’-]+)*$/;

/** The key words of a plain key list, lower-cased; null when the expression is more than a list of words. */
export function plainKeyWords(source: string): string[] | null {
  return PLAIN_KEYS.test(source) ? source.split('|').map((w) => w.toLowerCase()) : null;
}

/**
 * Builds the prefilter for rules given by their keys expressions (each compiled with the `i` flag and
 * no other). Exactness: the combined expression lists every key word longest first, so at each position
 * it matches the longest key word starting there, and every other key word starting there is a prefix
 * of that one; scanning from every position that starts a match therefore finds every key word present.
 * It is compiled with the same case-insensitive flag (without `u`), so letters fold exactly as they do
 * in the rules' own expressions.
 */
export function buildKeyPrefilter(keys: readonly RegExp[]): KeyPrefilter {
  const words = new Set<string>();
  const plain = keys.map((k) => (k.flags === 'i' ? plainKeyWords(k.source) : null));
  for (const list of plain) for (const w of list ?? []) words.add(w);
  const ordered = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // For each key word, the rules it (or any key word that is a prefix of it) lets through.
  const rulesOf = new Map<string, number[]>();
  for (const w of ordered) {
    const rules: number[] = [];
    plain.forEach((list, i) => {
      if (list?.some((k) => w.startsWith(k))) rules.push(i);
    });
    rulesOf.set(w, rules);
  }
  const own = keys.map((k, i) => (plain[i] ? null : k));
  const scanner = ordered.length > 0 ? new RegExp(ordered.map(escapeRegExp).join('|'), 'gi') : null;
  return {
    scan(text: string): boolean[] {
      const passes = own.map((k) => (k ? k.test(text) : false));
      if (!scanner) return passes;
      scanner.lastIndex = 0;
      for (let m = scanner.exec(text); m; m = scanner.exec(text)) {
        for (const i of rulesOf.get(m[0].toLowerCase())!) passes[i] = true;
        // Key words starting inside this match are found from the next position on.
        scanner.lastIndex = m.index + 1;
      }
      return passes;
    },
  };
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
