/**
 * The cheap tests every phrase rule passes before its pattern runs, done for all rules at once: its
 * "keys" (words one of which the sentence must contain, as the rule file says) and the words its
 * pattern cannot match without (required-words.ts). Testing ninety key expressions one by one on every
 * sentence cost more than the patterns they guard, and keys such as "aid" (in "said") let most
 * sentences through to patterns that then find nothing; one scan of the sentence for every such word
 * of every rule answers both, and never turns away a sentence the rule would have matched.
 */
import { requiredWords } from './required-words.js';
import { compileNow } from '../../core/native-regexp.js';

/** What a rule must pass: its keys expression and the word lists its pattern needs one word of each. */
export interface RuleTests {
  readonly keys: RegExp;
  readonly pattern?: RegExp;
  /** In place of `pattern`: the source of a case-insensitive pattern without the u flag, or a shorter
   * one with the same required words (event-patterns.ts, wordSource). */
  readonly wordSource?: string;
}

/** Which rules may match a text. */
export interface RulePrefilter {
  /** passes[i] is false only when rule i's keys do not match `text` or its pattern cannot. */
  scan(text: string): boolean[];
}

// A key list the combined scan can stand for: words (letters, digits, spaces, hyphens, apostrophes)
// separated by `|`. Anything else (classes, groups, anchors) keeps its own expression.
const PLAIN_KEYS = /^[A-Za-z0-9 '’-]+(?:\|[A-Za-z0-9 '’-]+)*$/;

/** The key words of a plain key list, lower-cased; null when the expression is more than a list of words. */
export function plainKeyWords(source: string): string[] | null {
  return PLAIN_KEYS.test(source) ? source.split('|').map((w) => w.toLowerCase()) : null;
}

/** One rule's conditions: lists of word ids, one of each list must be found. */
interface Conditions {
  /** The keys expression itself, when its words cannot stand for it. */
  readonly ownKeys: RegExp | null;
  readonly lists: number[][];
}

/**
 * Builds the prefilter. Exactness: the combined expression lists every word longest first, so at each
 * position it matches the longest word starting there, and every other word starting there is a prefix
 * of that one; scanning from every position that starts a match therefore finds every word present. It
 * is compiled case-insensitive without `u`, as the keys and patterns are (a pattern with other flags
 * gives no required words), so letters fold as they do in the rules' own expressions.
 */
export function buildRulePrefilter(rules: readonly RuleTests[]): RulePrefilter {
  const ids = new Map<string, number>();
  const idOf = (w: string) => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    return id;
  };
  const conditions: Conditions[] = rules.map((rule) => {
    const keyWords = rule.keys.flags === 'i' ? plainKeyWords(rule.keys.source) : null;
    const needed = rule.wordSource !== undefined ? requiredWords(rule.wordSource)
      : rule.pattern && !rule.pattern.flags.includes('u') && rule.pattern.flags.includes('i') ? requiredWords(rule.pattern.source) : [];
    const lists = [...(keyWords ? [keyWords] : []), ...needed].map((list) => list.map(idOf));
    return { ownKeys: keyWords ? null : rule.keys, lists };
  });
  const words = [...ids.keys()];
  const ordered = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // For each word, the ids of the words found along with it: itself and the words that are its prefixes.
  // Read off each word's own prefixes (a pass over every pair of words cost 35 ms at start-up).
  const foundWith = new Map<string, number[]>(words.map((w) => [w, prefixIds(w, ids)]));
  // Run on every sentence frame: compiled to machine code at once (native-regexp.ts).
  const scanner = ordered.length > 0 ? compileNow(new RegExp(ordered.map(escapeRegExp).join('|'), 'gi')) : null;
  const found = new Uint8Array(words.length);
  return {
    scan(text: string): boolean[] {
      found.fill(0);
      if (scanner) {
        scanner.lastIndex = 0;
        for (let m = scanner.exec(text); m; m = scanner.exec(text)) {
          for (const id of foundWith.get(m[0].toLowerCase())!) found[id] = 1;
          // Words starting inside this match are found from the next position on.
          scanner.lastIndex = m.index + 1;
        }
      }
      // Plain loops: this runs for every rule on every sentence frame.
      const passes: boolean[] = new Array(conditions.length);
      for (let r = 0; r < conditions.length; r++) {
        const c = conditions[r]!;
        let ok = true;
        for (let l = 0; ok && l < c.lists.length; l++) ok = anyFound(c.lists[l]!, found);
        passes[r] = ok && (c.ownKeys === null || c.ownKeys.test(text));
      }
      return passes;
    },
  };
}

function anyFound(list: readonly number[], found: Uint8Array): boolean {
  for (let i = 0; i < list.length; i++) if (found[list[i]!] === 1) return true;
  return false;
}

/** Ids of the words among `ids` that `word` starts with (itself included), in ascending order. */
function prefixIds(word: string, ids: ReadonlyMap<string, number>): number[] {
  const out: number[] = [];
  for (let end = 1; end <= word.length; end++) {
    const id = ids.get(word.slice(0, end));
    if (id !== undefined) out.push(id);
  }
  return out.sort((a, b) => a - b);
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
