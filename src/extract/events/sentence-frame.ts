/**
 * A sentence seen by the event and relation rules: its actor mentions replaced by numbered
 * placeholders, so that patterns can say "{src} paid a visit to {tgt}" whatever names the text uses.
 */
import type { ActorMention, Sentence, Span } from '../../core/types.js';
import { compileNow } from '../../core/native-regexp.js';

/** Marks that cannot occur in news text, delimiting a placeholder: OPEN + group index + CLOSE. */
export const OPEN = '\uE000';
export const CLOSE = '\uE001';

/** One or more mentions standing at one place ("the two leaders" resolves to two codes). */
export interface ActorGroup {
  readonly index: number;
  readonly span: Span;
  readonly codes: readonly string[];
  readonly mentions: readonly ActorMention[];
  /** True when the group is a pronoun/role noun resolved by coreference. */
  readonly resolved: boolean;
  /** True when the group stands inside a direct quotation. */
  readonly quoted: boolean;
}

export interface SentenceFrame {
  readonly sentence: Sentence;
  readonly groups: readonly ActorGroup[];
  /** The sentence text with each group replaced by OPEN index CLOSE. */
  readonly masked: string;
  /** masked offset → sentence-relative offset, for mapping matches back to the text. */
  readonly toText: (maskedOffset: number) => number;
}

// The four large expressions below run once or more per mention: compiled to machine code at once
// (native-regexp.ts).

/** Words that may stand between two mentions of the same actor and still name one party ("Chinese President Xi"). */
const TITLE_GLUE = compileNow(
  /^(?:\s|[’']s\b|,|the|of|former|then|newly|elected|acting|president|vice|prime|minister|foreign|affairs|chancellor|premier|leader|head|state|government|counterpart|secretary|general|king|emir|crown|prince|sultan|chairman|communist|party|chief|mr\.?|mrs\.?|ms\.?|dr\.?|h\.?e\.?)*$/i);

/** Nouns that, after an adjective of nationality, still name that party ("the Turkish side", "Japanese officials"). */
const PARTY_TAIL = compileNow(
  /^(?:[’']s)?\s+(?:(?:special|senior|chief|acting|top|first|deputy|vice) )?(?:(?:vice |deputy )?president|leader(?:ship)?|(?:prime|foreign|defen[cs]e|economy|trade|energy|interior) minister|minister|premier|chancellor|king|emir|crown prince|side|government|delegation|authorities|officials|diplomats|(?:foreign )?ministry|army|military|forces|troops|counterpart|head of state|envoy|ambassador|parliament|compan(?:y|ies)|law enforcement(?: officers| agencies)?|police|security services|border guards|servicemen|member states|member countries|members)\b/i);

const POSSESSIVE = /^(?:his|her|their|its|our|my)$/i;
const PARTY_HEAD = compileNow(
  /(?<![\w-])(?:(?:the|his|her|their|its|our|my)\s+)?(?:(?:heads?(?: of state)?|leaders?|presidents?|members?|foreign ministers?|prime ministers?|delegations?|representatives?|officials?|ministers?|diplomats?)\s+of\s+(?:the\s+)?|(?:the|his|her|their|its|our|my)\s+)$/i);
// A capitalised office before "of" a state ("Minister of Foreign Affairs and Trade of Hungary",
// "Secretary-General of the …"): the office speaks for the state that follows.
const OFFICE_HEAD = compileNow(
  /(?<![\w-])(?:the\s+)?(?:(?:Deputy|Vice|First|Prime|Foreign|Acting|Special)\s+)*(?:Minister|President|Secretary|Chairman|Chairwoman|Chair|Speaker|Ambassador|Envoy|Head|Commissioner|Representative|Director|Prime Minister)(?:-General)?(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and|of|the|[A-Z][\w’'-]*))*)?\s+of\s+(?:the\s+)?$/);

// The word every match of OFFICE_HEAD and PARTY_HEAD ends with, before the blanks that close it.
const HEAD_LAST_WORD = /(?:of|the|his|her|their|its|our|my)$/i;

/**
 * Whether OFFICE_HEAD or PARTY_HEAD can match `lead`: both end in one of HEAD_LAST_WORD's words and
 * blanks (`\s`, which are exactly what trimEnd removes). Tried at every position of the 80 characters
 * before every mention, the two expressions cost about 3 % of the event layer; most leads end in
 * another word and need not run them.
 */
function mayEndInHead(lead: string): boolean {
  const trimmed = lead.trimEnd();
  return trimmed.length < lead.length && HEAD_LAST_WORD.test(trimmed.slice(-5));
}

/**
 * Builds the frame of one sentence from the document's actor mentions (sorted by start).
 * Mentions with the same span form one group; adjacent groups naming the same single actor through
 * title words merge, so "Chinese President Xi Jinping" is one party.
 */
export function buildFrame(
  text: string,
  sentence: Sentence,
  mentions: readonly ActorMention[],
  quoteSpans: readonly Span[] = [],
): SentenceFrame {
  const { start: s0, end: s1 } = sentence.span;
  const inside = mentions.filter((m, i) => {
    if (m.span.start < s0 || m.span.end > s1) return false;
    // A possessive pronoun right before another mention is that mention's determiner ("his Kazakh
    // counterpart" names the Kazakh side, not the speaker).
    if (m.via === 'pronoun' && POSSESSIVE.test(text.slice(m.span.start, m.span.end))) {
      const next = mentions.slice(i + 1).find((o) => o.span.start >= m.span.end);
      if (next && /^\s+$/.test(text.slice(m.span.end, next.span.start))) return false;
    }
    return true;
  });
  const raw: Array<{ span: Span; mentions: ActorMention[] }> = [];
  for (const m of inside) {
    const last = raw[raw.length - 1];
    if (last && m.span.start === last.span.start && m.span.end === last.span.end) {
      last.mentions.push(m);
      continue;
    }
    if (last && m.span.start < last.span.end) {
      // Overlapping but different spans: keep the longer one.
      if (m.span.end - m.span.start > last.span.end - last.span.start) raw[raw.length - 1] = { span: m.span, mentions: [m] };
      continue;
    }
    raw.push({ span: m.span, mentions: [m] });
  }
  for (const g of raw) {
    // Take in a determiner before a nationality or title ("his Kazakh counterpart", "the Chinese side").
    const lead = text.slice(Math.max(s0, g.span.start - 80), g.span.start);
    const head = mayEndInHead(lead) ? OFFICE_HEAD.exec(lead) ?? PARTY_HEAD.exec(lead.slice(-40)) : null;
    if (head && !raw.some((o) => o !== g && o.span.end > g.span.start - head[0].length && o.span.start < g.span.start)) {
      g.span = { start: g.span.start - head[0].length, end: g.span.end };
    }
    // Stretch over a following title or party noun, unless another mention starts there.
    const tail = PARTY_TAIL.exec(text.slice(g.span.end, Math.min(s1, g.span.end + 40)));
    if (tail && !raw.some((o) => o.span.start > g.span.start && o.span.start < g.span.end + tail[0].length)) {
      g.span = { start: g.span.start, end: g.span.end + tail[0].length };
    }
  }
  const merged: Array<{ span: Span; mentions: ActorMention[] }> = [];
  for (const g of raw) {
    const last = merged[merged.length - 1];
    const glue = text.slice(last?.span.end ?? 0, g.span.start);
    if (last && sameSingleActor(last.mentions, g.mentions) && !otherBodies(last.mentions, g.mentions) && TITLE_GLUE.test(glue)
      && !(glue.includes(',') && stateThenBody(last.mentions, g.mentions))) {
      last.span = { start: last.span.start, end: g.span.end };
      last.mentions.push(...g.mentions);
      continue;
    }
    merged.push({ span: g.span, mentions: [...g.mentions] });
  }
  // An apposition set off by commas ("the Togolese leader, President X, agreed") closes with its
  // second comma, which belongs to the party, not to the clause.
  for (const g of merged) {
    if (text.slice(g.span.start, g.span.end).includes(",") && /^,(?=\s+[a-z])/.test(text.slice(g.span.end, s1))) g.span = { start: g.span.start, end: g.span.end + 1 };
  }
  const groups: ActorGroup[] = merged.map((g, index) => ({
    index,
    span: g.span,
    codes: [...new Set(g.mentions.map((m) => m.code))],
    mentions: g.mentions,
    resolved: g.mentions.every((m) => m.via === 'pronoun'),
    quoted: quoteSpans.some((q) => q.start <= g.span.start && g.span.end <= q.end),
  }));

  let masked = '';
  const anchors: Array<[number, number]> = []; // [maskedOffset, textOffset]
  let cursor = s0;
  for (const g of groups) {
    anchors.push([masked.length, cursor - s0]);
    masked += text.slice(cursor, g.span.start);
    anchors.push([masked.length, g.span.start - s0]);
    masked += `${OPEN}${g.index}${CLOSE}`;
    cursor = g.span.end;
  }
  anchors.push([masked.length, cursor - s0]);
  masked += text.slice(cursor, s1);
  anchors.push([masked.length, s1 - s0]);

  // Binary search over the anchors: this is called for every rule match, on sentences of any length.
  const placeholders = groups.map((_, i) => anchors[2 * i + 1]![0]);
  const toText = (offset: number): number => {
    let lo = 0;
    let hi = anchors.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (anchors[mid]![0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const best = anchors[lo]!;
    const inPlaceholder = placeholders.some((p, i) => offset > p && offset < p + placeholderLength(i));
    return inPlaceholder ? best[1] : best[1] + (offset - best[0]);
  };
  return { sentence, groups, masked, toText };
}

/** A frame with what it was built from. */
interface BuiltFrame { readonly text: string; readonly mentions: readonly ActorMention[]; readonly quotes: readonly Span[]; readonly frame: SentenceFrame }

/**
 * The last frame built for each sentence, with what it was built from. A frame depends on nothing else,
 * and the event layer's two readings of a document and the relation layer build frames of the same
 * sentences from mostly the same mentions (the same objects): such a frame is built once. Kept for one
 * list of sentences (one document) at a time: a new list drops the frames of the last. (A WeakMap keyed
 * by the sentence, as before, let V8's scavenger keep every value alive through the collection that found
 * its key dead, so the frames of a document in progress at a scavenge, with the mentions and text they
 * hold, were promoted to the old generation and piled up there until a full collection: a fifth of the
 * old generation's growth in a long batch.)
 */
let builtFor: readonly Sentence[] | undefined;
let builtFrames = new Map<Sentence, BuiltFrame>();

function framesBuiltFor(sentences: readonly Sentence[]): Map<Sentence, BuiltFrame> {
  if (sentences !== builtFor) {
    builtFor = sentences;
    builtFrames = new Map();
  }
  return builtFrames;
}

/** Whether two lists hold the same objects in the same order (compared by identity). */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.start !== b[i]!.start || a[i]!.end !== b[i]!.end) return false;
  return true;
}

/**
 * Frames for every sentence that names at least one actor, in one sweep over the sorted mentions
 * (a per-sentence filter over all mentions would be quadratic on long documents).
 */
export function buildFrames(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  quoteSpans: readonly Span[] = [],
  /** Which sentences without any actor still get a frame (rules that take their parties from context). */
  includeEmpty: (sentence: Sentence) => boolean = () => false,
): SentenceFrame[] {
  const frames: SentenceFrame[] = [];
  const built = framesBuiltFor(sentences);
  let m = 0;
  let q = 0;
  for (const sentence of sentences) {
    while (m < mentions.length && mentions[m]!.span.start < sentence.span.start) m++;
    let end = m;
    while (end < mentions.length && mentions[end]!.span.start < sentence.span.end) end++;
    const empty = end === m;
    if (empty && !includeEmpty(sentence)) continue;
    while (q < quoteSpans.length && quoteSpans[q]!.end <= sentence.span.start) q++;
    const quotes: Span[] = [];
    for (let k = q; k < quoteSpans.length && quoteSpans[k]!.start < sentence.span.end; k++) quotes.push(quoteSpans[k]!);
    const inside = mentions.slice(m, end);
    const known = built.get(sentence);
    let frame: SentenceFrame;
    if (known && known.text === text && sameItems(known.mentions, inside) && sameSpans(known.quotes, quotes)) frame = known.frame;
    else {
      frame = buildFrame(text, sentence, inside, quotes);
      built.set(sentence, { text, mentions: inside, quotes, frame });
    }
    if (frame.groups.length > 0 || empty) frames.push(frame);
  }
  return frames;
}

function placeholderLength(index: number): number {
  return String(index).length + 2;
}

function sameSingleActor(a: readonly ActorMention[], b: readonly ActorMention[]): boolean {
  const ca = new Set(a.map((m) => m.code));
  const cb = new Set(b.map((m) => m.code));
  return ca.size === 1 && cb.size === 1 && [...ca][0] === [...cb][0];
}

/** Two bodies of one state ("according to the army, militants …", "police, protesters"): sectors that differ. */
function otherBodies(a: readonly ActorMention[], b: readonly ActorMention[]): boolean {
  const sa = a.find((m) => m.sector)?.sector;
  const sb = b.find((m) => m.sector)?.sector;
  return !!sa && !!sb && sa !== sb;
}

/**
 * A state named as such, then a body of it after a comma ("killed in Mali, the army said"): two parties, the
 * place and the teller, not an apposition (which names a person: "Mali's leader, Colonel X").
 */
function stateThenBody(a: readonly ActorMention[], b: readonly ActorMention[]): boolean {
  return a.every((m) => !m.sector && !m.person && (m.via === 'name' || m.via === 'capital' || m.via === 'place'))
    && b.every((m) => !!m.sector && !m.person);
}

const PLACEHOLDER = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

/** The group indexes named inside a matched stretch of masked text ("A, B and C" → three). */
export function groupsIn(maskedPart: string | undefined): number[] {
  if (!maskedPart) return [];
  const out: number[] = [];
  const re = PLACEHOLDER;
  re.lastIndex = 0;
  for (let m = re.exec(maskedPart); m; m = re.exec(maskedPart)) out.push(Number(m[1]));
  return out;
}
