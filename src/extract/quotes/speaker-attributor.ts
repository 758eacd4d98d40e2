/**
 * Attributes quotations to speakers from the words around them: “…,” said X / “…,” X added /
 * X noted: “…” / according to X, “…”, and a quotation with no attribution right after one whose
 * speaker is known (the speaker continues). Short scare quotes without an attribution verb are dropped.
 */
import { alternation } from '../../core/regex-words.js';
import type { ActorMention, Span } from '../../core/types.js';
import { attributionVerbs, type Attribution } from '../actors/lexicon-data.js';
import type { QuoteSpan } from './quote-spans.js';
import { compileNow } from '../../core/native-regexp.js';

/** A mention the attributor may choose as a speaker; `personLike` marks people, titles and personal pronouns. */
export interface SpeakerCandidate {
  readonly mention: ActorMention;
  readonly personLike: boolean;
}

/** A quotation with its speaker (null when none could be found) and how it was attributed. */
export interface AttributedQuote {
  readonly quote: QuoteSpan;
  readonly speaker: ActorMention | null;
  /** The attribution verb or preposition, when one was found. */
  readonly cue: Span | null;
  readonly rule: string;
}

/** Quotes of at most this many words are scare quotes unless an attribution cue is found. */
export const SCARE_QUOTE_MAX_WORDS = 4;

/** Attribution cue matchers compiled from data/attribution-verbs.yaml. */
export interface AttributionCues {
  readonly verbRe: RegExp;
  readonly prepRe: RegExp;
  /** An attribution verb right after a speaker ("…, the ministry said"): tested on the text after the name. */
  readonly verbAfterSpeaker: RegExp;
  /** A comma-separated part that opens with one of these words is an adverbial ("Asked about …,"), not the subject. */
  readonly adverbialOpener: RegExp;
  /** A verb whose possessive object is its subject's own, ending the text before "his"/"her" ("expressed his"). */
  readonly ownPossessiveBefore: RegExp;
}

/** Compiles the verb and preposition lists into regexes (longest alternatives first). */
export function compileCues(data: Attribution = attributionVerbs()): AttributionCues {
  // Large alternations run on every quote: compiled to machine code at once (native-regexp.ts).
  return {
    verbRe: compileNow(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(data.verbs)})(?![\\p{L}\\p{N}])`, 'giu')),
    prepRe: compileNow(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(data.prepositions)})(?![\\p{L}\\p{N}])`, 'giu')),
    verbAfterSpeaker: compileNow(new RegExp(`^\\s+(?:${alternation(data.verbs)})(?![\\p{L}\\p{N}])`, 'iu')),
    adverbialOpener: new RegExp(`^\\s*(?:${alternation(data.adverbialOpeners)})(?![\\p{L}\\p{N}])`, 'iu'),
    ownPossessiveBefore: data.ownPossessiveVerbs.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(data.ownPossessiveVerbs)})\\s+$`, 'iu') : /(?!)/,
  };
}

const ABBREV_BEFORE_DOT = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Prof|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b\p{Lu})$/u;

/** Where the sentence that begins at `from` ends (before a newline, . ! ? or ;), capped at `limit`. */
function clauseEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (ch === '\n') return i;
    if (ch === '!' || ch === '?' || ch === ';') return i;
    if (ch === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1]!)) && !ABBREV_BEFORE_DOT.test(text.slice(Math.max(from, i - 6), i))) return i;
  }
  return limit;
}

/** Where the sentence that ends at `to` begins (after a newline or sentence punctuation), no earlier than `limit`. */
function clauseStart(text: string, to: number, limit: number): number {
  for (let i = to - 1; i >= limit; i--) {
    const ch = text[i]!;
    if (ch === '\n') return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? ' ') && !ABBREV_BEFORE_DOT.test(text.slice(Math.max(limit, i - 6), i))) return i + 1;
  }
  return limit;
}

function wordsBetween(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  return text.slice(from, to).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Cue matches in [from, to) that are not inside an actor mention ("the United States" is no verb). */
function cueMatches(re: RegExp, text: string, from: number, to: number, blocked: (s: Span) => boolean): Span[] {
  re.lastIndex = 0;
  const s = text.slice(from, to);
  const out: Span[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const span = { start: from + m.index, end: from + m.index + m[0].length };
    if (!blocked(span)) out.push(span);
  }
  return out;
}

/**
 * The speaker of each quotation; `candidates` are narration mentions (outside quotes) sorted by start,
 * `paragraphOf` maps an offset to its paragraph index.
 */
export function attributeQuotes(
  text: string,
  quotes: readonly QuoteSpan[],
  candidates: readonly SpeakerCandidate[],
  paragraphOf: (offset: number) => number,
  cues: AttributionCues,
): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  // Candidates are sorted by start: binary search keeps long documents linear-ish.
  const firstFrom = (offset: number): number => {
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (candidates[mid]!.mention.span.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const blocked = (sp: Span): boolean => {
    // Mentions are short: one that overlaps sp starts at most 200 units before it.
    for (let i = firstFrom(sp.start - 200); i < candidates.length && candidates[i]!.mention.span.start < sp.end; i++) {
      if (sp.start < candidates[i]!.mention.span.end) return true;
    }
    return false;
  };
  const firstMatch = (re: RegExp, from: number, to: number) => cueMatches(re, text, from, to, blocked)[0] ?? null;
  const lastMatch = (re: RegExp, from: number, to: number) => cueMatches(re, text, from, to, blocked).pop() ?? null;
  const inRange = (from: number, to: number): SpeakerCandidate[] => {
    const out: SpeakerCandidate[] = [];
    for (let i = firstFrom(from); i < candidates.length && candidates[i]!.mention.span.start < to; i++) {
      if (candidates[i]!.mention.span.end <= to) out.push(candidates[i]!);
    }
    return out;
  };
  // A scare-quote-sized quotation needs a person as speaker: "X called it “historic”" with X a country is description.
  let needPerson = false;
  const pick = (list: readonly SpeakerCandidate[], near: number): SpeakerCandidate | null => {
    const people = list.filter((c) => c.personLike);
    const pool = people.length > 0 || needPerson ? people : list;
    let best: SpeakerCandidate | null = null;
    let bestDist = Infinity;
    for (const c of pool) {
      const d = c.mention.span.start >= near ? c.mention.span.start - near : near - c.mention.span.end;
      if (d < bestDist) {
        best = c;
        bestDist = d;
      }
    }
    return best;
  };

  /**
   * The subject of a saying verb whose clause starts at `from`, where an aside closed by a comma stands
   * right before the verb: "Bello, speaking with the envoy Nkosi, insisted" is Bello's saying, and the
   * people of the aside are objects of its own verb. The subject is the first person named in the
   * clause's comma-separated parts. Null where the verb follows no aside ("…, Nkosi insisted"): the
   * nearest candidate is then its subject.
   */
  const subjectBefore = (from: number, verbStart: number): SpeakerCandidate | null => {
    const lastComma = text.lastIndexOf(',', verbStart - 1);
    if (lastComma < from || inRange(lastComma + 1, verbStart).length > 0) return null;
    for (let at = from; at < lastComma;) {
      const comma = text.indexOf(',', at);
      const end = comma < 0 || comma > lastComma ? lastComma : comma;
      // "Asked about remarks by Putin, Blinken, speaking in Brussels, said": an adverbial part names no subject.
      const people = cues.adverbialOpener.test(text.slice(at, end)) ? [] : inRange(at, end).filter((c) => c.personLike);
      if (people.length > 0) return pick(people, end);
      at = end + 1;
    }
    return null;
  };

  let previous: AttributedQuote | null = null;
  quotes.forEach((q, qi) => {
    const nextStart = quotes[qi + 1]?.span.start ?? text.length;
    const prevEnd = quotes[qi - 1]?.span.end ?? 0;
    let speaker: SpeakerCandidate | null = null;
    let cue: Span | null = null;
    needPerson = q.words <= SCARE_QUOTE_MAX_WORDS;
    let rule = 'quotes.unattributed';

    // After the quote: “…,” said X. / “…,” X said.
    const postEnd = clauseEnd(text, q.span.end, Math.min(nextStart, q.span.end + 200));
    const postVerb = firstMatch(cues.verbRe, q.span.end, postEnd);
    if (postVerb && wordsBetween(text, q.span.end, postVerb.start) <= 6) {
      const list = inRange(q.span.end, postEnd).filter((c) => c.mention.span.start < postVerb.start || wordsBetween(text, postVerb.end, c.mention.span.start) <= 8);
      speaker = (list.some((c) => c.mention.span.end <= postVerb.start) ? subjectBefore(q.span.end, postVerb.start) : null) ?? pick(list, postVerb.start);
      if (speaker) {
        cue = postVerb;
        rule = 'quotes.after-verb';
      }
    }

    // Before the quote: X said: “…” / according to X, “…”
    if (!speaker) {
      const preStart = Math.max(prevEnd, clauseStart(text, q.span.start, Math.max(prevEnd, q.span.start - 300)));
      const prep = lastMatch(cues.prepRe, preStart, q.span.start);
      const verb = lastMatch(cues.verbRe, preStart, q.span.start);
      if (prep && (!verb || prep.start > verb.start)) {
        speaker = pick(inRange(prep.end, q.span.start), prep.end);
        if (speaker) {
          cue = prep;
          rule = 'quotes.according-to';
        }
      }
      if (!speaker && verb) {
        const before = inRange(preStart, verb.start);
        speaker = before.length > 0 ? subjectBefore(preStart, verb.start) ?? pick(before, verb.start) : pick(inRange(verb.end, q.span.start), verb.end);
        if (speaker) {
          cue = verb;
          rule = 'quotes.before-verb';
        }
      }
    }

    // A quotation opening its sentence may continue the reported speech of the sentence before:
    // "X underlined that … . “…”" (same paragraph), or follow a paragraph ending "X said:".
    if (!speaker && q.words > SCARE_QUOTE_MAX_WORDS) {
      const preStart = clauseStart(text, q.span.start, Math.max(prevEnd, q.span.start - 300));
      let paragraphStart = text.lastIndexOf('\n', q.span.start - 1) + 1;
      let colon = false;
      if (preStart === paragraphStart && paragraphStart > 0) {
        let k = paragraphStart - 1;
        while (k > 0 && /\s/.test(text[k]!)) k--;
        if (text[k] === ':' && k >= prevEnd) {
          colon = true;
          paragraphStart = text.lastIndexOf('\n', k - 1) + 1;
        }
      }
      if (!/[\p{L}\p{N}]/u.test(text.slice(preStart, q.span.start)) && (colon || preStart > paragraphStart) && preStart > prevEnd) {
        let end = preStart;
        while (end > paragraphStart && /[\s.!?:]/.test(text[end - 1]!)) end--;
        const from = Math.max(prevEnd, clauseStart(text, end, Math.max(paragraphStart, end - 400)));
        const verb = lastMatch(cues.verbRe, from, end);
        const before = verb ? inRange(from, verb.start) : [];
        speaker = verb && before.length > 0 ? subjectBefore(from, verb.start) ?? pick(before, verb.start) : null;
        if (speaker) {
          cue = verb;
          rule = 'quotes.previous-sentence';
        }
      }
    }

    let result: AttributedQuote | null = null;
    if (speaker) {
      result = { quote: q, speaker: speaker.mention, cue, rule };
    } else if (q.words > SCARE_QUOTE_MAX_WORDS) {
      const prev = previous as AttributedQuote | null;
      const continues = prev !== null && prev.speaker !== null && paragraphOf(q.span.start) - paragraphOf(prev.quote.span.end) <= 1;
      result = continues
        ? { quote: q, speaker: prev.speaker, cue: null, rule: 'quotes.continuing-speaker' }
        : { quote: q, speaker: null, cue: null, rule };
    }
    if (result) {
      out.push(result);
      previous = result;
    }
  });
  return out;
}
