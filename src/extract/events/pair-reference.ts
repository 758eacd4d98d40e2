/**
 * "During the visit, the two presidents signed …", "The sides agreed to …": phrases that name the two
 * parties of the event told just before them. The actor layer can only pair the last two actors
 * named (a place or a topic as easily as a party: "met in Paris to discuss Ukraine. The two sides …");
 * the event layer knows who stood on the two sides of the latest event, so these phrases take that
 * pair. Where no such event is in reach the actor layer's reading stands.
 */
import type { ActorMention, Sentence, Span } from '../../core/types.js';
import { eventCues } from './event-patterns.js';

/** What this module needs of an event candidate of the first reading. */
export interface PairContext {
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly mode: string | null;
  readonly sentence: number;
  readonly trigger: Span;
}

// A reference that says it names two ("the two sides", "both leaders").
const PAIRED = /\b(?:two|both)\b/i;
// "… each other", "… one another" close after the reference (its own clause, before a comma or "and"):
// the two it names act on each other.
const RECIPROCAL_AFTER = /^(?:(?![,;:]|\band\b)[^.!?])*?\b(?:each other|one another)\b/i;
// A reference to people rather than to the states they lead.
const PEOPLE = /\b(?:leaders|presidents|heads|ministers|premiers)\b/i;

// "Putin called Pashinyan and urged both sides to …": a reference right after a verb coordinated (no subject of its
// own) after a deed of its sentence is acted on by that deed's doer.
const COORDINATED_VERB_BEFORE = /(?:\band|,)\s+(?:(?:also|then|later|again|further)\s+)?[a-z]+\s+(?:(?:on|upon|to|with|for)\s+)?$/;

// How many sentences back the pair of an event may still be "the two sides" (news often tells one
// sentence a paragraph, so paragraphs are no bound).
const PAIR_REACH = 3;
// A meeting stays the frame of the report for longer: "the parties agreed …" several sentences after
// "X met Y", with the talks' topics told in between, still names X and Y.
const MEETING_PAIR_REACH = 8;
// "They agreed …" names the pair of a meeting only right after it: other people may have been told since.
const THEY_REACH = 1;

/**
 * One mention per party for every pair reference that an event a few sentences before it explains.
 * A multilateral meeting has no one pair: a reference after it stays with the actor layer.
 */
export function pairReferenceMentions(
  text: string,
  sentences: readonly Sentence[],
  actors: readonly ActorMention[],
  candidates: readonly PairContext[],
): ActorMention[] {
  const paired = candidates.filter((c) => c.source !== c.target);
  const out: ActorMention[] = [];
  // References already resolved here, with the pair the actor layer had given them: an event whose two
  // sides are that pair was read through the reference, so a later reference takes the resolved pair
  // ("… said both sides had agreed …. The EU urged both sides …").
  const resolved: Array<{ sentence: number; layer: Set<string>; pair: readonly string[] }> = [];
  const sidesOf = (c: PairContext): readonly string[] => {
    const via = resolved.find((r) => r.sentence === c.sentence && r.layer.size === 2 && r.layer.has(c.source) && r.layer.has(c.target));
    return via ? via.pair : [c.source, c.target];
  };
  const re = eventCues().pairReferences;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const sentence = sentenceAt(sentences, span.start);
    if (!sentence) continue;
    // "The two leaders" after two leaders were named is theirs (the actor layer paired them: a
    // three-way summit has three pairs of events, but the two leaders are the two people).
    const people = PEOPLE.test(m[0]);
    if (people && actors.some((a) => a.rule === 'actors.two-people' && a.span.start === span.start)) continue;
    // "The leaders", "the ministers" without "two" or "both" are the pair only of a meeting, unless the
    // clause makes them two that act on each other ("The countries blamed each other for the clash").
    const reciprocal = RECIPROCAL_AFTER.test(text.slice(span.end, sentence.span.end));
    const meetingOnly = !PAIRED.test(m[0]) && !reciprocal;
    // A bare "they" may be anyone told since: only the meeting of its own sentence or the one before.
    const reach = /^they$/i.test(m[0]) ? THEY_REACH : null;
    // fix18: the doers of its sentence's deeds that the reference's verb shares ("Putin called Pashinyan and urged both
    // sides"): no pair they belong to is the one acted on.
    const doers = new Set(paired.filter((c) => c.sentence === sentence.index && c.trigger.end <= span.start
      && COORDINATED_VERB_BEFORE.test(text.slice(c.trigger.end, span.start))).map((c) => c.source));
    // The latest event told before the phrase (in its own sentence, only before it).
    let latest: PairContext | null = null;
    for (const c of paired) {
      const before = c.sentence < sentence.index || (c.sentence === sentence.index && c.trigger.end <= span.start);
      if (!before || sentence.index - c.sentence > (reach ?? (c.type === 'CONSULT' ? MEETING_PAIR_REACH : PAIR_REACH))) continue;
      if (meetingOnly && c.type !== 'CONSULT') continue;
      if (doers.has(c.source) || doers.has(c.target)) continue;
      if (!latest || c.sentence > latest.sentence || (c.sentence === latest.sentence && c.trigger.start > latest.trigger.start)) latest = c;
    }
    let pair: readonly string[] | null = latest && latest.mode !== 'multilateral' ? sidesOf(latest) : null;
    // No event in reach ("The presidents of X and Y held a phone call. The two leaders …"): the two
    // states named together in the sentence before, where the actor layer found no pair.
    if (!latest && (PAIRED.test(m[0]) || reciprocal) && !actors.some((a) => a.span.start === span.start)) pair = namedTogether(actors, sentences, sentence.index - 1);
    if (!pair) continue;
    // kaz15: a speaker's "we" is the pair of the meeting only where that pair holds the speaker's side.
    if (/^we$/i.test(m[0])) {
      const layer = actors.filter((a) => a.span.start === span.start).map((a) => a.code);
      if (layer.length === 0 || !pair.some((c) => layer.includes(c))) continue;
    }
    resolved.push({ sentence: sentence.index, layer: new Set(actors.filter((a) => a.span.start === span.start).map((a) => a.code)), pair });
    for (const code of pair) out.push({ kind: 'actor', span, code, via: 'pronoun', rule: 'events/pair-reference' });
  }
  return out;
}

// What may stand between a pair reference and its verb of asking: ", urging them", " and asked them".
const PAIR_OBJECT_GAP = /^\s*,?\s*(?:and\s+)?$/;
// A preposition before the pair reference: it qualifies a noun ("the refugees from both countries").
const QUALIFIER_BEFORE = /\b(?:of|from|in|at|between|among|across)\s+$/i;
// References that name a pair: the actor layer's "both countries", this module's "the two sides".
const PAIR_RULES = new Set(['actors.two-countries', 'events/pair-reference', 'events/pair-counterpart']);

/**
 * "Lavrov spoke with his counterparts in both countries, urging them to keep the truce": "them" right
 * after a verb of asking that follows a pair reference is that pair (the actor layer resolves no
 * "them"). `actors` must be sorted by start. Any other "them" stays no one.
 */
export function pairObjectMentions(text: string, actors: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const re = eventCues().pairObjects;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The reference whose end is nearest before the verb, all its codes.
    let ref: ActorMention | undefined;
    for (const a of actors) {
      if (a.span.end > m.index) break;
      if (!ref || a.span.end >= ref.span.end) ref = a;
    }
    if (!ref || !PAIR_RULES.has(ref.rule) || !PAIR_OBJECT_GAP.test(text.slice(ref.span.end, m.index))) continue;
    // "met the refugees from both countries and urged them": the pair only qualifies the noun that
    // "them" is; only the pair itself (or "his counterparts in both countries") is asked.
    if (ref.rule !== 'events/pair-counterpart' && QUALIFIER_BEFORE.test(text.slice(Math.max(0, ref.span.start - 12), ref.span.start))) continue;
    const codes = new Set(actors.filter((a) => a.span.start === ref!.span.start && a.span.end === ref!.span.end).map((a) => a.code));
    if (codes.size !== 2) continue;
    const end = m.index + m[0].length;
    const span = { start: end - 'them'.length, end };
    for (const code of codes) out.push({ kind: 'actor', span, code, via: 'pronoun', rule: 'events/pair-object' });
  }
  return out;
}

/**
 * "his counterparts in both countries": one mention per party of the pair reference right after the
 * cue, spanning the whole phrase, so that the owner ("his") is no party of the phrase.
 */
export function pairCounterpartMentions(text: string, actors: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const re = eventCues().pairCounterparts;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length + (/^\s*/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 4))?.[0].length ?? 0);
    const pair = actors.filter((a) => a.span.start === at && a.rule === 'actors.two-countries');
    if (new Set(pair.map((a) => a.code)).size !== 2) continue;
    const span = { start: m.index, end: pair[0]!.span.end };
    for (const a of pair) out.push({ kind: 'actor', span, code: a.code, via: 'pronoun', rule: 'events/pair-counterpart' });
  }
  return out;
}

/** The two codes a sentence names (not through pronouns), when it names exactly two; else null. */
function namedTogether(actors: readonly ActorMention[], sentences: readonly Sentence[], index: number): string[] | null {
  const sentence = sentences[index];
  if (!sentence) return null;
  const codes = new Set<string>();
  for (const a of actors) {
    if (a.span.start >= sentence.span.end) break;
    if (a.span.start >= sentence.span.start && a.via !== 'pronoun') codes.add(a.code);
  }
  return codes.size === 2 ? [...codes] : null;
}

/** The sentence holding an offset, by binary search over the sorted sentences. */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.span.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.span.start <= offset ? s : undefined;
}
