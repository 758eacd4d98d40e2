/**
 * The actor layer of one document: lexicon scan, title/name combination, quotation speakers and
 * coreference, in that order. Built once from a compiled lexicon; analysing a document is pure.
 */
import type { ActorMention, Diagnostic, Sentence, Span } from '../../core/types.js';
import { groupAsPlaceAfter } from './group-words.js';
import { findQuoteSpans, type QuoteSpan } from '../quotes/quote-spans.js';
import { attributeQuotes, type AttributionCues } from '../quotes/speaker-attributor.js';
import { WEAK_PRIORITY, type ActorLexicon, type LexValue } from './actor-lexicon.js';
import { pronounsOfSectorSubjects, refineReferences, type Position } from './coreference-refiner.js';
import { combineMatches, resolvePerson, type ExplicitMention } from './mention-combiner.js';
import { resolveSectorReferences } from './sector-context-refiner.js';
import { dropStateBodies } from './state-body.js';
import { tokenize, type TrieMatch } from './token-trie.js';
import { loadValidated } from '../../core/data-files.js';
import { coreferenceSchema } from './lexicon-data.js';
import { tagAlone, type TaggedToken } from '../../text/tagger.js';

/** A direct quotation and who said it. */
export interface QuoteMention {
  /** The quoted text including its quote marks. */
  readonly span: Span;
  /** The mention naming the speaker (resolved: code = country/org they speak for). */
  readonly speaker: ActorMention | null;
  /** How the speaker was found (quotes.after-verb, quotes.before-verb, quotes.according-to, quotes.continuing-speaker, quotes.unattributed). */
  readonly rule?: string;
  /** The attribution verb or preposition ("said", "according to"), when there was one. */
  readonly cue?: Span;
}

/** Every actor mention of a document, its quotations, and what could not be resolved. */
export interface ActorAnalysis {
  /** Sorted by span.start; explicit plus resolved pronoun/role-noun mentions. */
  readonly mentions: readonly ActorMention[];
  readonly quotes: readonly QuoteMention[];
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Cities and regions named as places (via 'place'), sorted: never parties of the phrase rules
   * ("talks in Geneva"), but where a clash or protest happened for the who-did-what-to-whom reading.
   */
  readonly places: readonly ActorMention[];
}

/** What lookupActor returns for a known name. */
export interface ActorLookup {
  readonly code: string;
  readonly via: ActorMention['via'];
  readonly person?: string;
  readonly role?: string;
}

/** An analyser bound to one compiled lexicon. */
export interface ActorAnalyser {
  analyse(text: string, sentences: readonly Sentence[], refDate: string | null): ActorAnalysis;
  lookup(name: string, date: string | null): ActorLookup | null;
}

/** Builds an analyser over a lexicon and the attribution cues. */
export function createActorAnalyser(lexicon: ActorLexicon, cues: AttributionCues): ActorAnalyser {
  return {
    analyse: (text, sentences, refDate) => analyse(lexicon, cues, text, sentences, refDate),
    lookup: (name, date) => lookup(lexicon, name, date),
  };
}

/** Two person entries that name one and the same person only. */
function samePerson(a: LexValue, b: LexValue): boolean {
  return a.kind === 'person' && b.kind === 'person' && a.people.length === 1 && b.people.length === 1 && a.people[0]!.id === b.people[0]!.id;
}

function analyse(lexicon: ActorLexicon, cues: AttributionCues, text: string, sentences: readonly Sentence[], refDate: string | null): ActorAnalysis {
  const tokens = tokenize(text);
  const matches = dropStateBodies(tokens, lexicon.trie.scan(tokens, WEAK_PRIORITY, samePerson));
  const combined = combineMatches(text, tokens, matches, lexicon, refDate, sentences.map((s) => s.span.start));
  const quoteSpans = findQuoteSpans(text);
  const locate = locator(text, sentences, quoteSpans);

  // A pronoun right after a closing quote mark ("…,” he said) is an attribution.
  const quoteEnds = new Set(quoteSpans.map((q) => q.span.end));
  const afterQuote = (offset: number): boolean => {
    let i = offset;
    while (i > 0 && /[\s,.]/.test(text[i - 1]!)) i--;
    return quoteEnds.has(i);
  };
  // A mention whose last word is a plural noun ("officials", "troops"): "they" may stand for it.
  // The head of the phrase is the word before any "of" ("Ministry of Foreign Affairs" is one body).
  const pluralAt = (span: Span): boolean => /\p{Ll}[^s\W]s$/u.test(text.slice(span.start, span.end).split(/\s+of\s+/)[0]!);
  // "expressed his support": the possessive of a verb of expressing is its subject's own.
  const ownPossessive = (offset: number): boolean => cues.ownPossessiveBefore.test(text.slice(Math.max(0, offset - 24), offset));
  const refined = refineReferences(combined.explicit, combined.pending, locate, afterQuote, pluralAt, (from, to) => /\bgroups? of\b/i.test(text.slice(from, to)), ownPossessive);
  // Bare sector nouns ("police arrested dozens") take their country from context.
  const sectors = resolveSectorReferences(refined.mentions, combined.sectorRefs, combined.places, combined.dateline, lexicon.organisations, locate, text, cues.verbAfterSpeaker, sentenceTokens(sentences));
  const resolvedMentions = sectors.mentions.length > 0
    ? pronounsOfSectorSubjects(mergeByStart(refined.mentions, sectors.mentions), new Set(sectors.mentions), locate, refined.openIt)
    : refined.mentions;
  const narration = resolvedMentions.filter((e) => !locate(e.mention.span.start).quoted);
  const attributed = attributeQuotes(
    text,
    quoteSpans,
    narration.map((e) => ({ mention: e.mention, personLike: e.personLike })),
    (offset) => locate(offset).paragraph,
    cues,
  );

  // I/my → the speaker; we/our/us → the speaker's country or organisation; "our two countries" → the
  // speaker's country and the latest other actor named before it (within reach).
  const inQuote: ExplicitMention[] = [];
  let qi = 0;
  for (const p of combined.pending) {
    if (p.cls !== 'quoteSpeakerPronouns' && p.cls !== 'quoteGroupPronouns' && p.cls !== 'twoCountries' && p.cls !== 'quoteAddresseePronouns') continue;
    while (qi < attributed.length && attributed[qi]!.quote.span.end <= p.span.start) qi++;
    const q = attributed[qi];
    if (!q || q.quote.span.start > p.span.start || !q.speaker) continue;
    const sp = q.speaker;
    if (p.cls === 'twoCountries') {
      const other = latestOther(refined.mentions, p.span.start, sp.code, text);
      if (!other) continue;
      for (const code of [sp.code, other.code]) {
        inQuote.push({
          mention: { kind: 'actor', span: p.span, code, via: 'pronoun', rule: 'actors.two-countries-in-quote' },
          personLike: false,
          needsPerson: false,
        });
      }
      continue;
    }
    // "you" in a quotation: the one the speaker addresses, the latest other actor named in the same or the previous
    // sentence; none when the quotation speaks to an audience ("Speaking to journalists, …", "you, the journalists").
    if (p.cls === 'quoteAddresseePronouns') {
      if (toAudience(text, sentences, q.quote.span, p.span.end)) continue;
      const si = sentences.findIndex((s) => s.span.start <= p.span.start && p.span.start < s.span.end);
      const from = si > 0 ? sentences[si - 1]!.span.start : si === 0 ? sentences[0]!.span.start : 0;
      const other = latestOther(refined.mentions, p.span.start, sp.code, text, from);
      if (!other) continue;
      inQuote.push({
        mention: { kind: 'actor', span: p.span, code: other.code, via: 'pronoun', rule: 'actors.quote-addressee-pronoun' },
        personLike: false,
        needsPerson: false,
      });
      continue;
    }
    const speakerPronoun = p.cls === 'quoteSpeakerPronouns';
    inQuote.push({
      mention: {
        kind: 'actor',
        span: p.span,
        code: sp.code,
        via: 'pronoun',
        ...(speakerPronoun && sp.person ? { person: sp.person } : {}),
        ...(speakerPronoun && sp.role ? { role: sp.role } : {}),
        rule: speakerPronoun ? 'actors.quote-speaker-pronoun' : 'actors.quote-group-pronoun',
      },
      personLike: speakerPronoun,
      needsPerson: false,
    });
  }

  const mentions = [...resolvedMentions, ...inQuote]
    .map((e) => e.mention)
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const quotes: QuoteMention[] = attributed.map((a) => ({
    span: a.quote.span,
    speaker: a.speaker,
    rule: a.rule,
    ...(a.cue ? { cue: a.cue } : {}),
  }));
  const diagnostics = [...combined.diagnostics, ...refined.diagnostics, ...sectors.diagnostics].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  return { mentions, quotes, diagnostics, places: placeMentions(combined.places) };
}

function placeMentions(places: ReadonlyArray<{ readonly span: Span; readonly code: string }>): ActorMention[] {
  const seen = new Set<number>();
  return [...places]
    .sort((a, b) => a.span.start - b.span.start)
    .filter((p) => !seen.has(p.span.start) && seen.add(p.span.start))
    .map((p) => ({ kind: 'actor', span: p.span, code: p.code, via: 'place', rule: 'actors/place' }));
}

/** Two lists sorted by start, merged (stable: `a` first on ties). */
function mergeByStart(a: readonly ExplicitMention[], b: readonly ExplicitMention[]): ExplicitMention[] {
  const out: ExplicitMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.mention.span.start <= b[j]!.mention.span.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

// How far back (UTF-16 units) "our two countries" looks for the speaker's partner.
const PARTNER_REACH = 800;

/** The latest mention before `at` (and within reach, not before `from`) of an actor other than `code`. */
function latestOther(mentions: readonly ExplicitMention[], at: number, code: string, text: string, from = 0): ActorMention | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.mention.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const m = mentions[i]!.mention;
    if (m.span.start < at - PARTNER_REACH || m.span.start < from) break;
    if (m.code !== code && m.via !== 'pronoun' && !groupAsPlaceAfter(text.slice(m.span.end, m.span.end + 30))) return m;
  }
  return null;
}

let audienceRes: { attribution: RegExp; after: RegExp } | undefined;
/**
 * Whether a quotation speaks to an audience rather than to an actor: an audience word (data/coreference.yaml
 * quoteAudienceWords) in the narration of the sentences that hold the quotation, or right after its "you"
 * ("you all", "you, the journalists").
 */
function toAudience(text: string, sentences: readonly Sentence[], quote: Span, pronounEnd: number): boolean {
  if (!audienceRes) {
    const words = loadValidated('coreference.yaml', coreferenceSchema).quoteAudienceWords;
    const alts = [...words].sort((a, b) => b.length - a.length).map((w) => w.split(' ').join('\\s+')).join('|') || '(?!)';
    audienceRes = {
      attribution: new RegExp(`\\b(?:to|before|addressing|told|tells|tell|thanked|thanking|greeted|greeting)\\s+(?:the\\s+|all\\s+|gathered\\s+|assembled\\s+|visiting\\s+|foreign\\s+|local\\s+)*(?:${alts})\\b|\\b(?:address|speech|remarks|message)\\s+to\\s+(?:the\\s+)?(?:${alts})\\b`, 'iu'),
      after: new RegExp(`^\\s*(?:all\\b|,\\s*(?:the\\s+|my\\s+|dear\\s+)*(?:${alts})\\b)`, 'iu'),
    };
  }
  if (audienceRes.after.test(text.slice(pronounEnd, pronounEnd + 40))) return true;
  const first = sentences.find((s) => s.span.start <= quote.start && quote.start < s.span.end);
  const last = sentences.find((s) => s.span.start < quote.end && quote.end <= s.span.end);
  const before = text.slice(first ? first.span.start : Math.max(0, quote.start - 200), quote.start);
  const after = text.slice(quote.end, last ? last.span.end : quote.end + 200);
  return audienceRes.attribution.test(before) || audienceRes.attribution.test(after);
}

/** The tagged tokens of the sentence that holds an offset, tagged on first use and kept. */
function sentenceTokens(sentences: readonly Sentence[]): (offset: number) => readonly TaggedToken[] {
  const read = new Map<Sentence, readonly TaggedToken[]>();
  return (offset) => {
    // Asked for rarely (a sector noun right after a state's verb): a scan is enough.
    const sentence = sentences.find((s) => s.span.start <= offset && offset < s.span.end);
    if (!sentence) return [];
    let tokens = read.get(sentence);
    if (!tokens) read.set(sentence, (tokens = tagAlone(sentence)));
    return tokens;
  };
}

interface Located extends Position {
  readonly paragraph: number;
}

/** Maps offsets to sentence, narration rank, paragraph and quotedness, by binary search. */
function locator(text: string, sentences: readonly Sentence[], quotes: readonly QuoteSpan[]): (offset: number) => Located {
  const quotedAt = (offset: number): boolean => {
    let lo = 0;
    let hi = quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quotes[mid]!.span;
      if (offset < q.start) hi = mid - 1;
      else if (offset >= q.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  // A sentence is narration when some letter of it lies outside every quotation.
  const narrationRank: number[] = [];
  let rank = -1;
  let q = 0;
  for (const s of sentences) {
    let hasNarration = false;
    let cursor = s.span.start;
    while (q < quotes.length && quotes[q]!.span.end <= s.span.start) q++;
    for (let k = q; k < quotes.length && quotes[k]!.span.start < s.span.end && !hasNarration; k++) {
      const qs = quotes[k]!.span;
      if (qs.start > cursor && /\p{L}/u.test(text.slice(cursor, qs.start))) hasNarration = true;
      cursor = Math.max(cursor, qs.end);
    }
    if (!hasNarration && cursor < s.span.end && /\p{L}/u.test(text.slice(cursor, s.span.end))) hasNarration = true;
    if (hasNarration) rank++;
    narrationRank.push(Math.max(rank, 0));
  }
  return (offset: number): Located => {
    let lo = 0;
    let hi = sentences.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.span.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return { sentence: 0, narration: 0, quoted: quotedAt(offset), paragraph: 0 };
    const s = sentences[found]!;
    return { sentence: s.index, narration: narrationRank[found]!, quoted: quotedAt(offset), paragraph: s.paragraph };
  };
}

function lookup(lexicon: ActorLexicon, name: string, date: string | null): ActorLookup | null {
  const trimmed = name.trim().replace(/['’]s$/u, '');
  const tokens = tokenize(trimmed);
  if (tokens.length === 0) return null;
  let m: TrieMatch<LexValue> | null = lexicon.trie.matchAt(tokens, 0);
  if (!m || m.to !== tokens.length) m = lexicon.trie.matchAt(tokens, 0, true);
  if (!m || m.to !== tokens.length) return null;
  const v = m.entry.value;
  if (v.kind === 'actor') return { code: v.code, via: v.via };
  if (v.kind === 'person') {
    const r = resolvePerson(v.people, date);
    return r ? { code: r.code, via: 'person', person: r.person, role: r.role } : null;
  }
  return null;
}
