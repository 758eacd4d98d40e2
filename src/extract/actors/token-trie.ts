/**
 * Word tokens with offsets and a trie of multi-word patterns over them: one left-to-right scan finds
 * the longest lexicon match at every position, whatever the lexicon's size.
 */

/** A token: a run of letters/digits, or one other non-space character. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-cased, diacritics removed, apostrophes and dashes unified: the trie key. */
  readonly key: string;
  readonly text: string;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/u;
const MARKS_RE = /\p{M}+/gu;

/** The trie key of a token: case and diacritics folded, ’ → ', every dash → -. */
export function tokenKey(text: string): string {
  if (text.length === 1) {
    if (text === '\u2019' || text === '\u2018' || text === '`') return "'";
    if (text === '\u2013' || text === '\u2014' || text === '\u2010' || text === '\u2011' || text === '\u2212') return '-';
  }
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return foldWord(text);
}

function foldWord(text: string): string {
  return text.normalize('NFD').replace(MARKS_RE, '').toLowerCase().replace(/ı/g, 'i').replace(/ł/g, 'l');
}

/** Splits text into tokens (offsets are UTF-16, end exclusive): one hand-written pass, ASCII fast path. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (isWordCode(c, text, i)) {
      const start = i;
      let ascii = true;
      let upper = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57))) break;
          if (d <= 90 && d >= 65) upper = true;
          i++;
        } else {
          // A surrogate pair (astral letters) is tested as one code point.
          const width = d >= 0xd800 && d <= 0xdbff && i + 1 < n ? 2 : 1;
          if (!WORD_CHAR.test(text.slice(i, i + width))) break;
          ascii = false;
          i += width;
        }
      }
      const word = text.slice(start, i);
      out.push({ start, end: i, key: ascii ? (upper ? word.toLowerCase() : word) : foldWord(word), text: word });
      continue;
    }
    if (c >= 128) {
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      const ch = text.slice(i, i + width);
      if (!SPACE_CHAR.test(ch)) out.push({ start: i, end: i + width, key: tokenKey(ch), text: ch });
      i += width;
      continue;
    }
    const ch = text[i]!;
    out.push({ start: i, end: i + 1, key: ch, text: ch });
    i++;
  }
  return out;
}

function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + width));
}

/** How a pattern token constrains the case of the text token it matches. */
export type CaseRule = 'exact' | 'capital' | 'any';

/** The case rule of one pattern token: acronyms exact, capitalised words need a capital, others free. */
export function caseRuleOf(word: string, caseInsensitive: boolean): CaseRule {
  if (!/\p{L}/u.test(word)) return 'any';
  const letters = word.replace(/[^\p{L}]/gu, '');
  const acronym = letters === letters.toUpperCase() && (letters.length >= 2 || word.length === 1);
  if (acronym) return 'exact';
  if (caseInsensitive) return 'any';
  if (/^\p{Lu}/u.test(word)) return 'capital';
  return 'any';
}

/** One pattern stored in the trie, with the payload it yields when it matches. */
export interface TrieEntry<V> {
  /** How each text token's case must be (caseRuleOf). */
  readonly rules: readonly CaseRule[];
  /** The pattern's words when a rule is 'exact' (the text token must be that word), else null. */
  readonly exact: readonly string[] | null;
  readonly value: V;
  /** Lower wins when two entries have the same tokens and both pass their case rules. */
  readonly priority: number;
}

/**
 * A trie node. Most nodes have one child or none and one entry or none, so a single child is a
 * [key, child] pair and a single entry stands alone; a Map and an array are made only for a second one
 * (the actor lexicon's 24,600 nodes: about 2 MB less of the start-up snapshot's heap).
 */
interface Node<V> {
  next: Map<string, Node<V>> | OnlyChild<V> | null;
  entries: TrieEntry<V> | Array<TrieEntry<V>> | null;
}
type OnlyChild<V> = readonly [key: string, child: Node<V>];

/** The child of `node` under `key`. */
function childOf<V>(node: Node<V>, key: string): Node<V> | undefined {
  const next = node.next;
  if (next === null) return undefined;
  if (next instanceof Map) return next.get(key);
  return next[0] === key ? next[1] : undefined;
}

/** The children of `node` in the order they were added. */
function childrenOf<V>(node: Node<V>): Array<[string, Node<V>]> {
  const next = node.next;
  if (next === null) return [];
  if (next instanceof Map) return [...next];
  return [[next[0], next[1]]];
}

/** The entries of `node`, best first. */
function entriesOf<V>(node: Node<V>): ReadonlyArray<TrieEntry<V>> {
  const entries = node.entries;
  if (entries === null) return [];
  return Array.isArray(entries) ? entries : [entries];
}

/**
 * A trie node as plain data, for the build's record of the actor lexicon (lexicon-snapshot.ts): the
 * keys of its children, the children, and its entries with each value given by an index.
 */
export type StoredNode = readonly [keys: readonly string[], children: readonly StoredNode[], entries: ReadonlyArray<StoredEntry> | null];
type StoredEntry = readonly [rules: readonly CaseRule[], exact: readonly string[] | null, value: number, priority: number];

/** A whole trie as plain data. */
export interface StoredTrie {
  readonly size: number;
  readonly root: StoredNode;
}

/** A match found by the scan: token range [from, to) and the entry. */
export interface TrieMatch<V> {
  readonly from: number;
  readonly to: number;
  readonly entry: TrieEntry<V>;
}

/** A token trie: add patterns once, then scan token arrays for longest matches. */
export class TokenTrie<V> {
  private root: Node<V> = { next: null, entries: null };
  private size = 0;

  /**
   * The trie as plain data, each value replaced by `indexOf(value)`. Restoring it (`fromStored`) gives
   * a trie equal to this one without tokenising and case-ruling every pattern again: about a tenth of a
   * one-article run's start-up.
   */
  toStored(indexOf: (value: V) => number): StoredTrie {
    const store = (node: Node<V>): StoredNode => {
      const children = childrenOf(node);
      return [
        children.map(([key]) => key),
        children.map(([, child]) => store(child)),
        node.entries ? entriesOf(node).map((e) => [e.rules, e.exact, indexOf(e.value), e.priority] as const) : null,
      ];
    };
    return { size: this.size, root: store(this.root) };
  }

  /** The trie `stored` describes, with `values[i]` for value index i. */
  static fromStored<V>(stored: StoredTrie, values: readonly V[]): TokenTrie<V> {
    // The ~13,000 entries have ~150 distinct case-rule lists: equal lists are one array (never changed),
    // about 0.8 MB less heap, and as much less start-up snapshot.
    const ruleLists = new Map<string, readonly CaseRule[]>();
    const shared = (rules: readonly CaseRule[]): readonly CaseRule[] => {
      const key = rules.join(' ');
      const known = ruleLists.get(key);
      if (known) return known;
      ruleLists.set(key, rules);
      return rules;
    };
    const restore = ([keys, children, entries]: StoredNode): Node<V> => {
      let next: Node<V>['next'] = null;
      if (keys.length === 1) next = [keys[0]!, restore(children[0]!)];
      else if (keys.length > 1) {
        next = new Map();
        for (let i = 0; i < keys.length; i++) next.set(keys[i]!, restore(children[i]!));
      }
      const restored = entries ? entries.map(([rules, exact, value, priority]): TrieEntry<V> => ({ rules: shared(rules), exact, value: values[value]!, priority })) : null;
      return { next, entries: restored && restored.length === 1 ? restored[0]! : restored };
    };
    const trie = new TokenTrie<V>();
    trie.root = restore(stored.root);
    trie.size = stored.size;
    return trie;
  }

  /** Number of patterns added. */
  get patterns(): number {
    return this.size;
  }

  /** Adds a surface form (tokenised like text); returns false when it has no tokens. */
  add(surface: string, value: V, priority: number, caseInsensitive = false): boolean {
    const toks = tokenize(surface);
    if (toks.length === 0) return false;
    let node = this.root;
    for (const t of toks) {
      let child = childOf(node, t.key);
      if (!child) {
        child = { next: null, entries: null };
        const next = node.next;
        if (next === null) node.next = [t.key, child];
        else if (next instanceof Map) next.set(t.key, child);
        else node.next = new Map([[next[0], next[1]], [t.key, child]]);
      }
      node = child;
    }
    const words = toks.map((t) => t.text);
    const rules = words.map((w) => caseRuleOf(w, caseInsensitive));
    const entries = entriesOf(node);
    // The same surface and payload twice adds nothing.
    if (entries.some((e) => e.value === value && e.rules.join() === rules.join())) return true;
    const entry: TrieEntry<V> = { rules, exact: rules.includes('exact') ? words : null, value, priority };
    node.entries = entries.length === 0 ? entry : [...entries, entry].sort((a, b) => a.priority - b.priority);
    this.size++;
    return true;
  }

  /** The longest entry starting at token `i` whose case rules pass (or any entry, with ignoreCase), or null. */
  matchAt(tokens: readonly Token[], i: number, ignoreCase = false): TrieMatch<V> | null {
    let node: Node<V> | undefined = this.root;
    let best: TrieMatch<V> | null = null;
    for (let j = i; j < tokens.length; j++) {
      node = childOf(node, tokens[j]!.key);
      if (!node) break;
      const entries = node.entries;
      if (entries === null) continue;
      if (!Array.isArray(entries)) {
        if (ignoreCase || casePasses(entries, tokens, i)) best = { from: i, to: j + 1, entry: entries };
        continue;
      }
      for (const e of entries) {
        if (ignoreCase || casePasses(e, tokens, i)) {
          best = { from: i, to: j + 1, entry: e };
          break;
        }
      }
    }
    return best;
  }

  /**
   * Every non-overlapping longest match, left to right. A weak match (priority >= `weakFrom`, e.g. a
   * pronoun phrase) gives way to a stronger one that starts inside it and reaches further
   * ("the Republic" vs "Republic of Korea").
   */
  scan(tokens: readonly Token[], weakFrom = Infinity, sameParty?: (a: V, b: V) => boolean): Array<TrieMatch<V>> {
    const out: Array<TrieMatch<V>> = [];
    for (let i = 0; i < tokens.length; ) {
      let m = this.matchAt(tokens, i);
      // Two forms of one name that overlap ("Sheikh Tamim bin Hamad" and "Tamim bin Hamad Al Thani") are
      // one mention: the rest of the longer name would otherwise stand between the name and what follows.
      if (m && sameParty) {
        for (let j = i + 1; j < m.to; j++) {
          const inner = this.matchAt(tokens, j);
          // Only more words of the name itself ("Al Thani"), not a phrase ("Abdullah II of Jordan").
          if (inner && inner.to > m.to && sameParty(m.entry.value, inner.entry.value) && capitalised(tokens, m.to, inner.to)) {
            m = { from: m.from, to: inner.to, entry: m.entry };
          }
        }
      }
      if (m && m.entry.priority >= weakFrom) {
        for (let j = i + 1; j < m.to; j++) {
          const inner = this.matchAt(tokens, j);
          if (inner && inner.to > m.to && inner.entry.priority < weakFrom) {
            m = null;
            i = j;
            break;
          }
        }
        if (!m) continue;
      }
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}

function capitalised(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!/^\p{Lu}/u.test(tokens[k]!.text)) return false;
  return true;
}

function casePasses<V>(e: TrieEntry<V>, tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < e.rules.length; k++) {
    const rule = e.rules[k]!;
    if (rule === 'any') continue;
    const text = tokens[i + k]!.text;
    if (rule === 'exact') {
      if (text !== e.exact![k]) return false;
    } else {
      const c = text.charCodeAt(0);
      // A capital letter: ASCII fast path, else compare with its upper-case form.
      if (c >= 97 && c <= 122) return false;
      if (c > 127 && text[0] !== text[0]!.toUpperCase()) return false;
    }
  }
  return true;
}
