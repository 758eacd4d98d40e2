/**
 * Sub-state actor phrases over the lexicon matches of one document: a sector noun or named group with
 * the country word of its phrase ("Egyptian police", "Nigeria's army", "Kremlin officials", "police in
 * Cairo", "the Pakistani Taliban"), and bare sector nouns ("police arrested dozens") left for the
 * context refiner. Token tests only (no regular expressions): this runs on every match of every document.
 */
import type { ActorMention, Span } from '../../core/types.js';
import type { ActorLexicon, LexValue } from './actor-lexicon.js';
import type { Token, TrieMatch } from './token-trie.js';

type M = TrieMatch<LexValue>;

/** A sector noun or group written without a country: its country comes from context (sector-context-refiner). */
export interface SectorReference {
  /** The noun phrase ("protesters", "Islamic State"). */
  readonly span: Span;
  readonly sector: string;
  /** Offset where the phrase's modifiers begin ("Iranian-backed militias"): mentions from here on are its own modifiers, not its country. */
  readonly phraseStart: number;
  /** A named group ("Islamic State"), not a common noun. */
  readonly group: boolean;
  /** The head word's key ("army", "protesters"). */
  readonly head: string;
  /** An institution written in the singular ("the army", "the government"): only the same institution named before is its antecedent. */
  readonly institution: boolean;
}

/** A place (city, region, capital, country name) the text names: context for bare sector nouns. */
export interface PlaceMention {
  readonly span: Span;
  readonly code: string;
}

/** The outcome of reading a sector phrase at match k: a mention (and the last match it used), a reference, or nothing. */
export type SectorPhrase =
  | { readonly kind: 'mention'; readonly mention: ActorMention; readonly endK: number }
  | { readonly kind: 'reference'; readonly ref: SectorReference; readonly endK?: number }
  | { readonly kind: 'skip' };

// At most this many tokens of qualifiers between a country word and its noun.
const MAX_GAP = 6;

/** The sector phrase reader of one document. */
export function sectorPhrases(tokens: readonly Token[], matches: readonly M[], lexicon: ActorLexicon) {
  const glued = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
  const isHyphen = (t: Token | undefined): boolean => t !== undefined && t.key === '-';

  /** The match is half of a hyphenated compound ("anti-government", "Iranian-backed", "pro-Russian"). */
  const compoundPart = (m: M): boolean => {
    const before = tokens[m.from - 1];
    const after = tokens[m.to];
    return (isHyphen(before) && glued(before, tokens[m.from])) || (isHyphen(after) && glued(tokens[m.to - 1], after));
  };

  /** Whether the phrase ends after token index `to` (exclusive): what makes "police" a noun and "police station" a compound. */
  const endsPhrase = (to: number): boolean => {
    const t = tokens[to];
    if (!t) return true;
    if (isHyphen(t) && glued(tokens[to - 1], t)) return false;
    const c = t.key.charCodeAt(0);
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
    if (!word) return true;
    if (lexicon.phraseEnds.has(t.key)) return true;
    return t.key.length > 3 && t.key.endsWith('ed');
  };

  /** Whether a sector (or title) match is used as a noun here. */
  const nounUse = (m: M): boolean => {
    const v = m.entry.value;
    const modifier = (v.kind === 'sector' || v.kind === 'title') && v.modifier;
    // A title before a name is the name's ("Iran's top general Mohammad Bagheri"), not a compound's first half.
    if (modifier && v.kind === 'title' && /^\p{Lu}\p{Ll}/u.test(tokens[m.to]?.text ?? '')) return true;
    return !modifier || endsPhrase(m.to);
  };

  /** Token i is a qualifier: a listed word or part of a hyphenated compound ("pro-government", "high-ranking"). */
  const qualifierToken = (i: number): boolean => {
    const t = tokens[i]!;
    if (lexicon.qualifiers.has(t.key)) return true;
    if (isHyphen(t)) return glued(tokens[i - 1], t) && glued(t, tokens[i + 1]);
    return (isHyphen(tokens[i + 1]) && glued(t, tokens[i + 1])) || (isHyphen(tokens[i - 1]) && glued(tokens[i - 1], t));
  };

  const abbreviation = (m: M): boolean => {
    for (let i = m.from; i < m.to; i++) {
      const t = tokens[i]!.text;
      if (t !== t.toUpperCase()) return false;
    }
    return true;
  };

  const span = (fromTok: number, toTok: number): Span => ({ start: tokens[fromTok]!.start, end: tokens[toTok - 1]!.end });
  const sectorOf = (m: M): string | null => {
    const v = m.entry.value;
    return v.kind === 'sector' || v.kind === 'group' ? v.sector : null;
  };

  /** A country word that can own a sector noun after it: demonym, name (possessive), capital, city, organisation. */
  const owner = (m: M): { code: string; via: ActorMention['via']; possessiveOnly: boolean; kind: string } | null => {
    const v = m.entry.value;
    if (v.kind === 'place') return { code: v.code, via: 'capital', possessiveOnly: false, kind: 'city' };
    if (v.kind !== 'actor') return null;
    // A name needs a possessive ("Nigeria's army"), except an abbreviation used as an adjective ("US troops").
    if (v.via === 'name') return { code: v.code, via: 'name', possessiveOnly: !abbreviation(m), kind: 'possessive' };
    if (v.via === 'capital') return { code: v.code, via: 'capital', possessiveOnly: false, kind: 'city' };
    return { code: v.code, via: v.via, possessiveOnly: false, kind: v.via === 'organisation' ? 'organisation' : 'demonym' };
  };

  /** "Egyptian police", "Nigeria's army", "Moscow police", "NATO troops", "Iraqi Kurdish demonstrators". */
  const afterOwner = (k: number): SectorPhrase | null => {
    const m = matches[k]!;
    const o = owner(m);
    if (!o || compoundPart(m)) return null;
    let gapFrom = m.to;
    const possessive = tokens[gapFrom]?.key === "'" && glued(tokens[gapFrom - 1], tokens[gapFrom]);
    if (possessive) gapFrom += tokens[gapFrom + 1]?.key === 's' ? 2 : 1;
    // A name before a capitalised noun is a proper name: "Pakistan Army", "China Coast Guard".
    const properName = !possessive && matches[k + 1]?.from === m.to && /^\p{Lu}/u.test(tokens[m.to]?.text ?? '');
    if (o.possessiveOnly && !possessive && !properName) return null;
    // Skip compound halves and modifier nouns used as modifiers ("Myanmar's military junta").
    let j = k + 1;
    while (j < matches.length) {
      const n = matches[j]!;
      const v = n.entry.value;
      if (v.kind === 'sector' && (compoundPart(n) || !nounUse(n)) && n.from - gapFrom <= MAX_GAP) {
        j++;
        continue;
      }
      break;
    }
    const noun = matches[j];
    if (!noun) return null;
    const sector = sectorOf(noun);
    if (!sector || compoundPart(noun) || !nounUse(noun)) return null;
    // The gap: qualifier words and the skipped matches, MAX_GAP tokens at most.
    if (noun.from - gapFrom > MAX_GAP) return null;
    for (let i = gapFrom, q = k + 1; i < noun.from; ) {
      const skipped = q < j ? matches[q]! : null;
      if (skipped && skipped.from === i) {
        i = skipped.to;
        q++;
      } else if (qualifierToken(i)) i++;
      else return null;
    }
    const rule = o.kind === 'possessive' ? (possessive ? 'actors.sector-possessive' : 'actors.sector-abbreviation') : `actors.sector-${o.kind}`;
    return {
      kind: 'mention',
      mention: { kind: 'actor', span: span(m.from, noun.to), code: o.code, via: o.via, sector, rule },
      endK: j,
    };
  };

  /** A sector noun or group alone: "police in Cairo", "the army of Sudan", "the Taliban", or a bare reference. */
  const alone = (k: number): SectorPhrase => {
    const m = matches[k]!;
    const v = m.entry.value;
    if (v.kind !== 'sector' && v.kind !== 'group') return { kind: 'skip' };
    if (v.kind === 'sector' && compoundPart(m)) return { kind: 'skip' };
    // A group with its noun: "M23 rebels", "Houthi fighters".
    let endK = k;
    const adjacent = matches[k + 1];
    if (v.kind === 'group' && adjacent && adjacent.from === m.to && adjacent.entry.value.kind === 'sector' && nounUse(adjacent)) endK = k + 1;
    const end = matches[endK]!;
    // "in|of [the] <place>" ("police in Cairo", "the army of Sudan"); "from" only for refugees and migrants.
    const next = matches[endK + 1];
    let g = end.to;
    const prep = tokens[g]?.key ?? '';
    // A group that belongs to one state stays its own where it stands ("Hamas officials in Cairo" are no Egyptians).
    const homed = v.kind === 'group' && v.code !== null;
    if (next && ((prep === 'in' && !homed) || prep === 'of' || (prep === 'from' && v.sector === 'REF'))) {
      g++;
      if (tokens[g]?.key === 'the') g++;
      const o = next.from === g ? owner(next) : null;
      // An organisation's troops or officials ("troops of the CSTO") act for it abroad: no sector needed.
      if (o?.kind === 'organisation') return { kind: 'skip' };
      if (o) {
        return {
          kind: 'mention',
          mention: { kind: 'actor', span: span(m.from, next.to), code: o.code, via: o.via, sector: v.sector, rule: 'actors.sector-place' },
          endK: endK + 1,
        };
      }
    }
    if (v.kind === 'sector' && !nounUse(m)) return { kind: 'skip' };
    if (v.kind === 'group' && v.code) {
      return { kind: 'mention', mention: { kind: 'actor', span: span(m.from, end.to), code: v.code, via: 'organisation', sector: v.sector, rule: 'actors.group' }, endK };
    }
    if (v.kind === 'sector' && !v.bare) return { kind: 'skip' };
    // The phrase's own modifiers ("Iranian-backed", "pro-Russian") are not its country.
    let from = m.from;
    while (from > 0 && from > m.from - MAX_GAP) {
      const t = tokens[from - 1]!;
      if (isHyphen(t) || (isHyphen(tokens[from]) && glued(t, tokens[from])) || (isHyphen(tokens[from - 2]) && glued(tokens[from - 2], t))) from--;
      else break;
    }
    const head = tokens[end.to - 1]!.key;
    const institution = v.kind === 'sector' && v.modifier && !head.endsWith('s');
    return {
      kind: 'reference',
      ref: { span: span(m.from, end.to), sector: v.sector, phraseStart: tokens[from]!.start, group: v.kind === 'group', head, institution },
      ...(endK !== k ? { endK } : {}),
    };
  };

  return { afterOwner, alone, nounUse, endsPhrase, compoundPart };
}
