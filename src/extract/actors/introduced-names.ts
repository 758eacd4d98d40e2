/**
 * Later mentions of people the leaders data does not know, once the document has introduced them with a
 * country ("South Korean Finance Minister Hong Nam-ki" … "Hong also pressed Japan"; "White House
 * spokesman John Kirby" … "Kirby urged Beijing").
 *
 * The rule, kept simple on purpose:
 * - The full name written again ("Hong Nam-ki said") is one mention of the same actor.
 * - One word alone stands for the person when it is the name's last word, or its first word where the
 *   name has two words or more and that word is not a common given name (data/person-names.yaml):
 *   names written family name first ("Hong Nam-ki", "Nguyen Phu Trong") are then found by their first
 *   word, "John Kirby" only by "Kirby". Words under three letters, name particles ("al", "van") and the
 *   words data/name-stopwords.yaml keeps from ever standing alone as a surname are never taken.
 * - Only after the introduction, only capitalised, never where the lexicon matched the token (a country,
 *   organisation, place or known person wins), never glued to another unknown capitalised word
 *   ("Jane Kirby" is someone else), and never at the start of a sentence when the document also writes
 *   the word in lower case (a common word: "Fair trade rules …").
 * - A word two people introduced with different countries share is nobody once the second is
 *   introduced (an info diagnostic says so); the full name still tells them apart.
 */
import { z } from 'zod';
import type { Diagnostic } from '../../core/types.js';
import { loadValidated } from '../../core/data-files.js';
import type { ExplicitMention } from './mention-combiner.js';
import type { Token } from './token-trie.js';

/** A person introduced with a country: the tokens of the name and what the introduction resolved. */
export interface Introduction {
  /** Token range of the name itself (no title, no honorific). */
  readonly from: number;
  readonly to: number;
  readonly code: string;
  readonly role?: string;
  readonly sector?: string;
}

/** The word lists the rule needs, lower-cased. */
export interface NameWords {
  readonly givenNames: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  /** Words never taken alone as a surname (data/name-stopwords.yaml), plus months and weekdays. */
  readonly notSurnames: ReadonlySet<string>;
}

const personNamesSchema = z.strictObject({ calendarWords: z.array(z.string().min(1)), givenNames: z.array(z.string().min(1)), particles: z.array(z.string().min(1)) });
const stopwordsSchema = z.strictObject({ words: z.array(z.string().min(1)) });

let defaults: NameWords | null = null;

/** The word lists of data/person-names.yaml and data/name-stopwords.yaml, read on first use. */
export function defaultNameWords(): NameWords {
  if (!defaults) {
    const names = loadValidated('person-names.yaml', personNamesSchema);
    const stop = loadValidated('name-stopwords.yaml', stopwordsSchema).words;
    const low = (l: readonly string[]) => new Set(l.map((w) => fold(w)));
    defaults = { givenNames: low(names.givenNames), particles: low(names.particles), notSurnames: new Set([...low(stop), ...names.calendarWords]) };
  }
  return defaults;
}

function fold(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'").replace(/[‐-―]/g, '-');
}

/** A word of a name: its tokens (a hyphenated word such as "Nam-ki" is one word) and its key. */
interface Word {
  readonly from: number;
  readonly to: number;
  readonly key: string;
}

/** Splits a token range into name words, joining hyphenated parts. */
function wordsOf(tokens: readonly Token[], from: number, to: number): Word[] {
  const out: Word[] = [];
  for (let i = from; i < to; i = out[out.length - 1]!.to) out.push(wordAt(tokens, i, to));
  return out;
}

/** The name word that starts at token `from` (a hyphenated word ends before `to`). */
function wordAt(tokens: readonly Token[], from: number, to: number): Word {
  let i = from + 1;
  while (i + 1 < to && tokens[i]!.key === '-' && tokens[i]!.start === tokens[i - 1]!.end && tokens[i + 1]!.start === tokens[i]!.end) i += 2;
  // Most words are one token: no joining.
  return { from, to: i, key: i === from + 1 ? tokens[from]!.key : tokens.slice(from, i).map((t) => t.key).join('') };
}

const letters = (key: string): number => key.replace(/[^\p{L}]/gu, '').length;

/** The single words of an introduced name that may stand for the person alone (see the module comment). */
export function surnameKeys(words: readonly string[], nameWords: NameWords): string[] {
  const usable = (k: string) => letters(k) >= 3 && !nameWords.particles.has(k) && !nameWords.notSurnames.has(k);
  const out: string[] = [];
  const last = words[words.length - 1];
  if (last !== undefined && usable(last)) out.push(last);
  const first = words[0];
  if (words.length >= 2 && first !== undefined && usable(first) && !nameWords.givenNames.has(first) && !out.includes(first)) out.push(first);
  return out;
}

/** The mentions of introduced people after their introductions, and diagnostics for shared surnames. */
export function resolveIntroducedNames(
  text: string,
  tokens: readonly Token[],
  intros: readonly Introduction[],
  covered: Uint8Array,
  named: Uint8Array,
  nameWords: NameWords = defaultNameWords(),
): { mentions: ExplicitMention[]; diagnostics: Diagnostic[] } {
  const mentions: ExplicitMention[] = [];
  const diagnostics: Diagnostic[] = [];
  if (intros.length === 0) return { mentions, diagnostics };
  const sorted = [...intros].sort((a, b) => a.to - b.to);
  const full = sorted.map((p) => ({ p, words: wordsOf(tokens, p.from, p.to).map((w) => w.key) }));
  const fullByFirst = new Map<string, Array<{ p: Introduction; words: string[] }>>();
  for (const f of full) {
    if (f.words.length < 2) continue;
    const list = fullByFirst.get(f.words[0]!) ?? [];
    list.push(f);
    fullByFirst.set(f.words[0]!, list);
  }
  const single = new Map<string, Introduction[]>();
  for (const { p, words } of full) {
    for (const k of surnameKeys(words, nameWords)) {
      const list = single.get(k) ?? [];
      list.push(p);
      single.set(k, list);
    }
  }
  // Words the document also writes in lower case: ordinary words where a sentence opens with them.
  const lowerKeys = new Set<string>();
  for (const t of tokens) if (/^\p{Ll}/u.test(t.text)) lowerKeys.add(t.key);

  const capitalised = (i: number) => /^\p{Lu}/u.test(tokens[i]?.text ?? '');
  const sentenceStart = (i: number): boolean => {
    const before = tokens[i - 1];
    if (!before) return true;
    return /^[.!?"“”«»:;(\-—–]$/.test(before.text) || text.slice(before.end, tokens[i]!.start).includes('\n');
  };
  const unknownCapital = (i: number) => i >= 0 && i < tokens.length && !covered[i] && capitalised(i);
  const glued = (a: number, b: number) => tokens[a]!.end + 1 === tokens[b]!.start && !text.slice(tokens[a]!.end, tokens[b]!.start).includes('\n');

  const emit = (from: number, to: number, who: readonly Introduction[], rule: string) => {
    const codes = new Set(who.map((p) => p.code));
    const span = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
    if (codes.size !== 1) {
      diagnostics.push({ reason: `"${text.slice(span.start, span.end)}" names people of ${[...codes].sort().join(' and ')}: left unresolved`, rule: 'actors.surname-ambiguous', severity: 'info', span });
      return;
    }
    const p = who[who.length - 1]!;
    const role = who.every((q) => q.role === p.role) ? p.role : undefined;
    const sector = who.every((q) => q.sector === p.sector) ? p.sector : undefined;
    mentions.push({
      mention: { kind: 'actor', span, code: p.code, via: 'person', ...(role ? { role } : {}), ...(sector ? { sector } : {}), rule },
      personLike: true,
      needsPerson: false,
    });
  };

  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || named[i] || !capitalised(i)) continue;
    let word = wordAt(tokens, i, Math.min(tokens.length, i + 7));
    // The full name again (names are indexed by their first word: one lookup per capitalised token).
    let best: { to: number; who: Introduction[] } | null = null;
    for (const { p, words } of fullByFirst.get(word.key) ?? []) {
      if (p.to > i) continue;
      const here = wordsOf(tokens, i, Math.min(tokens.length, i + words.length * 3)).slice(0, words.length);
      if (here.length === words.length && here.every((w, j) => w.key === words[j]) && here.every((w, j) => j === 0 || glued(here[j - 1]!.to - 1, w.from))) {
        const to = here[here.length - 1]!.to;
        if (!best || to > best.to) best = { to, who: [p] };
        else if (to === best.to) best.who.push(p);
      }
    }
    if (best) {
      emit(i, best.to, best.who, 'actors.introduced-name');
      i = best.to - 1;
      continue;
    }
    let candidates = (single.get(word.key) ?? []).filter((p) => p.to <= i);
    // A dash glued to the name that opens an aside ("Itte-who defied …"): the first part alone.
    if (candidates.length === 0 && word.to > i + 1 && /^\p{Ll}/u.test(tokens[i + 2]?.text ?? '')) {
      word = { from: i, to: i + 1, key: tokens[i]!.key };
      candidates = (single.get(word.key) ?? []).filter((p) => p.to <= i);
    }
    if (candidates.length === 0) continue;
    // Glued to another unknown capitalised word: someone else's name ("Jane Kirby", "Kirby Smith").
    if (unknownCapital(word.to) && glued(word.to - 1, word.to)) continue;
    if (unknownCapital(i - 1) && glued(i - 1, i) && !sentenceStart(i - 1)) continue;
    if (sentenceStart(i) && lowerKeys.has(word.key)) continue;
    // Each later introduction of another country makes the word ambiguous from there on.
    emit(i, word.to, candidates, 'actors.introduced-surname');
    i = word.to - 1;
  }
  return { mentions, diagnostics };
}
