/**
 * Reads the two parties of a figure. Symmetric metrics (trade, agreements) take the pair the clause
 * names ("between X and Y", "X-Y", "X and Y"); directed ones (exports, imports, investment, aid, visits)
 * tell origin from destination by prepositions, verbs and the word before the cue. A side the sentence
 * does not give comes from the text before it: the pair of the previous figure, else the actors most
 * recently mentioned.
 */
import type { ActorMention, Sentence, Span } from '../../core/types.js';
import type { FlowRole, MetricDef } from './metric-lexicon.js';
import { firstAtOrAfter, gap, within } from './span-index.js';

/** An earlier figure of the same document, as far as party and period inheritance need it. */
export interface PriorFigure {
  readonly a: string | null;
  readonly b: string | null;
  /** A country's total with the whole world (b null). */
  readonly world?: boolean;
  readonly sentence: number;
  readonly paragraph: number;
}

/** Where a figure stands and what is around it. */
export interface PartyScope {
  readonly text: string;
  readonly sentence: Sentence;
  readonly clause: Span;
  /** The part of the clause that belongs to this sum when the clause holds several (directed roles are read there). */
  readonly stretch?: Span;
  readonly sentences: readonly Sentence[];
  readonly actors: readonly ActorMention[];
  readonly previous: readonly PriorFigure[];
}

/** The parties of a figure and how they were found. */
export interface Parties {
  readonly a: string | null;
  readonly b: string | null;
  readonly how: string;
}

/** Sentences back (within any paragraph) that still give context for a missing party. */
const CONTEXT_SENTENCES = 3;
/** Sentences back in which the country a text counts its flows from ("Türkiye's exports …") is looked for. */
const TELLER_SENTENCES = 6;
const BETWEEN = /\bbetween\b/giu;
const BETWEEN_REACH = 80;
const JOINER = /^\s*(?:-|–|—|\/|and|&)\s*$/iu;
const PREMODIFIER = /^(?:['’]s)?\s+(?:[\p{L}\d-]+\s+){0,2}$/u;

const PARTNER_BEFORE = /\b(?:with|to|from)\s+(?:the\s+)?$/iu;

// "China ($14 billion)", "followed by Russia with $9.8 billion": the amount is that country's.
const BRACKET_BEFORE = /^(?:\s*\(\s*|\s+with\s+)$/u;
const BRACKET_AFTER = /^(?:\s*\(|\s+with\s+[$€£¥₹]?\d)/u;
// "China remained Uzbekistan's largest trading partner with $14 billion": the subject and the possessor.
const RANKED_PARTNER = /^\s+(?:remained|remains|was|is|became|has\s+become|ranked\s+as)\s+$/u;
const PARTNER_WITH = /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}(?:trading|trade)\s+partners?\s*,?\s+(?:with|at)\s+$/u;
// A possessor ("Uzbekistan's", "the country's") is the side a list of partners is told from.
const POSSESSIVE_AFTER = /^['’]s?\s/u;

/**
 * The parties of a figure of metric `def`, whose cue and amount lie in `focus`; `lead` is where the
 * amount (with its qualifier) starts.
 */
export function resolveParties(def: MetricDef, cue: Span | null, focus: Span, lead: number, scope: PartyScope): Parties {
  return listed(def, lead, scope) ?? (def.parties === 'symmetric' || !def.roles
    ? symmetric(focus, scope)
    : directed(def, cue, focus, scope));
}

/**
 * "Kazakhstan's main trading partners were China ($31 billion), Russia ($26 billion) …": the country
 * just before the bracketed amount is one side, the country the list is told from (named in the
 * clause, not bracketed itself) the other.
 */
function listed(def: MetricDef, lead: number, scope: PartyScope): Parties | null {
  const { text, clause, actors } = scope;
  const clauseMs = within(actors, clause.start, lead);
  // "China remained the country's top trading partner with $14 billion": a pair, the subject and the possessor.
  if (def.parties === 'symmetric') {
    for (let i = 0; i + 1 < clauseMs.length; i++) {
      const [x, y] = [clauseMs[i]!, clauseMs[i + 1]!];
      if (x.code !== y.code && y.span.start >= x.span.end && RANKED_PARTNER.test(text.slice(x.span.end, y.span.start).replace(/\bthe\s+$/u, ''))
        && PARTNER_WITH.test(text.slice(y.span.end, lead))) return { a: y.code, b: x.code, how: 'ranked-partner' };
    }
  }
  const partner = [...clauseMs].reverse().find((m) => BRACKET_BEFORE.test(text.slice(m.span.end, lead)));
  if (!partner) return null;
  const possessor = clauseMs.find((m) => m.code !== partner.code && POSSESSIVE_AFTER.test(text.slice(m.span.end, m.span.end + 3)));
  const teller = possessor ?? clauseMs.find((m) => m.code !== partner.code && !BRACKET_AFTER.test(text.slice(m.span.end, m.span.end + 8)));
  const other = teller?.code ?? contextPartner(partner.code, scope);
  if (def.parties === 'symmetric' || !def.roles) return { a: other, b: partner.code, how: 'listed' };
  // The teller is the side opposite the listed one: a list of export markets is told by the exporter.
  const partnerIsA = (def.parties === 'outflow') === (def.roles.listed === 'origin');
  return partnerIsA ? { a: partner.code, b: other, how: 'listed' } : { a: other, b: partner.code, how: 'listed' };
}

function distinctCodes(ms: readonly ActorMention[]): string[] {
  const out: string[] = [];
  for (const m of ms) if (!out.includes(m.code)) out.push(m.code);
  return out;
}

function byDistance(ms: readonly ActorMention[], focus: Span): ActorMention[] {
  return [...ms].sort((x, y) => gap(x.span, focus) - gap(y.span, focus) || x.span.start - y.span.start);
}

/** Orders two codes by where the sentence first names them. */
function inTextOrder(codes: readonly [string, string], ms: readonly ActorMention[]): [string, string] {
  const at = (c: string): number => ms.find((m) => m.code === c)?.span.start ?? Number.MAX_SAFE_INTEGER;
  return at(codes[1]) < at(codes[0]) ? [codes[1], codes[0]] : [codes[0], codes[1]];
}

/** Mention groups that share one span ("the two countries" resolves to two mentions). */
function pairMentions(ms: readonly ActorMention[]): Array<[ActorMention, ActorMention]> {
  const out: Array<[ActorMention, ActorMention]> = [];
  for (let i = 0; i + 1 < ms.length; i++) {
    const x = ms[i]!;
    const y = ms[i + 1]!;
    if (x.span.start === y.span.start && x.span.end === y.span.end && x.code !== y.code) out.push([x, y]);
  }
  return out;
}

function symmetric(focus: Span, scope: PartyScope): Parties {
  const { text, clause, sentence, actors } = scope;
  const clauseMs = within(actors, clause.start, clause.end);
  // "between X and Y" names the pair outright; the one nearest the figure counts.
  const clauseText = text.slice(clause.start, clause.end);
  const betweens: number[] = [];
  BETWEEN.lastIndex = 0;
  for (let m = BETWEEN.exec(clauseText); m; m = BETWEEN.exec(clauseText)) betweens.push(clause.start + m.index + m[0].length);
  betweens.sort((x, y) => gap({ start: x, end: x }, focus) - gap({ start: y, end: y }, focus));
  for (const at of betweens) {
    const codes = distinctCodes(clauseMs.filter((m) => m.span.start >= at && m.span.start <= at + BETWEEN_REACH));
    if (codes.length >= 2) return { a: codes[0]!, b: codes[1]!, how: 'between' };
  }
  // "X and Y", "Kazakh-Chinese", "the two countries".
  const joined: Array<[ActorMention, ActorMention]> = [...pairMentions(clauseMs)];
  for (let i = 0; i + 1 < clauseMs.length; i++) {
    const x = clauseMs[i]!;
    const y = clauseMs[i + 1]!;
    if (x.code !== y.code && y.span.start >= x.span.end && JOINER.test(text.slice(x.span.end, y.span.start))) joined.push([x, y]);
  }
  if (joined.length) {
    joined.sort((p, q) => gap(p[0].span, focus) - gap(q[0].span, focus));
    const [x, y] = joined[0]!;
    return { a: x.code, b: y.code, how: 'joined-pair' };
  }
  const sentenceMs = within(actors, sentence.span.start, sentence.span.end);
  // Outside the figure's clause, the side another clause's figure is told of ("Chile's trade with Japan
  // …, while trade with Peru …": Chile) comes before that figure's partner (Japan, after "with").
  const outside = byDistance(sentenceMs.filter((m) => !clauseMs.includes(m)), focus);
  const partnerOfOther = (m: ActorMention): boolean => PARTNER_BEFORE.test(text.slice(Math.max(sentence.span.start, m.span.start - 12), m.span.start));
  // "Trade with Turkey amounted to …, while trade with South Korea was …": when this clause's own actor is
  // a partner too, another clause's partner is no side of this figure (the side they share is told elsewhere).
  const parallel = clauseMs.length > 0 && clauseMs.every(partnerOfOther);
  const ordered = [...byDistance(clauseMs, focus), ...outside.filter((m) => !partnerOfOther(m)), ...(parallel ? [] : outside.filter(partnerOfOther))];
  const codes = distinctCodes(ordered);
  if (codes.length >= 2) {
    const [a, b] = inTextOrder([codes[0]!, codes[1]!], sentenceMs);
    return { a, b, how: 'sentence-actors' };
  }
  if (codes.length === 1) {
    const partner = contextPartner(codes[0]!, scope);
    return { a: codes[0]!, b: partner, how: partner ? 'actor+context' : 'one-actor' };
  }
  return contextPair(scope);
}

function directed(def: MetricDef, cue: Span | null, focus: Span, scope: PartyScope): Parties {
  const roles = def.roles!;
  const { text, actors } = scope;
  const clause = scope.stretch ?? scope.clause;
  const clauseMs = within(actors, clause.start, clause.end);
  const pairs = pairMentions(clauseMs);
  const inPair = new Set(pairs.flat());
  const role = new Map<ActorMention, FlowRole>();
  const premods: ActorMention[] = [];
  for (const m of clauseMs) {
    if (inPair.has(m)) continue;
    // A mention may hold its own preposition ("investors in Kazakhstan" read as one sub-state actor): the
    // words of the mention before its last name count as words before the actor.
    const inner = text.slice(m.span.start, m.span.end);
    const lastName = Math.max(0, ...[...inner.matchAll(/(?<![\p{L}\p{N}])\p{Lu}/gu)].map((x) => x.index));
    const before = text.slice(Math.max(clause.start, m.span.start - 30), m.span.start) + inner.slice(0, lastName);
    const after = text.slice(m.span.end, Math.min(clause.end, m.span.end + 60));
    if (cue && cue.start >= m.span.end && PREMODIFIER.test(text.slice(m.span.end, cue.start))) premods.push(m);
    else if (roles.originPrep?.test(before)) role.set(m, 'origin');
    else if (roles.destinationPrep?.test(before)) role.set(m, 'destination');
    else if (roles.objectOfOriginVerb?.test(before)) role.set(m, 'destination');
    else if (roles.originVerb?.test(after)) role.set(m, 'origin');
    else if (roles.destinationVerb?.test(after)) role.set(m, 'destination');
  }
  // The word before the cue is the reporting side unless a preposition already gave that side
  // ("Chinese imports to Kazakhstan": Kazakhstan imports, China is the origin).
  for (const m of premods) {
    const taken = [...role.values()].includes(roles.premodifier);
    role.set(m, taken ? (roles.premodifier === 'origin' ? 'destination' : 'origin') : roles.premodifier);
  }
  const pick = (r: FlowRole, not?: string): string | null =>
    byDistance([...role].filter(([, v]) => v === r).map(([m]) => m), focus).find((m) => m.code !== not)?.code ?? null;
  let origin = pick('origin');
  let destination = pick('destination', origin ?? undefined);
  let how = 'roles';
  if (!origin || !destination) {
    const known = origin ?? destination;
    const free = distinctCodes(byDistance(clauseMs.filter((m) => !role.has(m) && !inPair.has(m)), focus))
      .filter((c) => c !== known);
    if (known) {
      const pair = pairs.find(([x, y]) => x.code === known || y.code === known);
      // With only one side in the clause, the other is the country whose own flow of this kind was told just
      // before ("Türkiye's exports rose the most … Sales to the country amounted to …": Türkiye).
      const other = free[0] ?? (pair ? (pair[0].code === known ? pair[1].code : pair[0].code)
        : (roles.premodifier === (origin ? 'destination' : 'origin') ? teller(def, known, scope) : null) ?? contextPartner(known, scope));
      if (origin) destination = other;
      else origin = other;
      how = 'roles+context';
    } else if (pairs.length) {
      return { a: pairs[0]![0].code, b: pairs[0]![1].code, how: 'pair-mention' };
    } else if (free.length >= 2) {
      const [a, b] = inTextOrder([free[0]!, free[1]!], clauseMs);
      return { a, b, how: 'clause-actors' };
    } else if (free.length === 1) {
      const partner = contextPartner(free[0]!, scope);
      return { a: free[0]!, b: partner, how: partner ? 'actor+context' : 'one-actor' };
    } else {
      return contextPair(scope);
    }
  }
  return def.parties === 'inflow'
    ? { a: destination, b: origin, how }
    : { a: origin, b: destination, how };
}

function contextStart(scope: PartyScope): number {
  const first = scope.sentences[Math.max(0, scope.sentence.index - CONTEXT_SENTENCES)];
  return first ? Math.min(first.span.start, scope.sentence.span.start) : scope.sentence.span.start;
}

/** Earlier figures of the same paragraph or the last few sentences, latest first. */
function recentFigures(scope: PartyScope): PriorFigure[] {
  const { sentence, previous } = scope;
  const out: PriorFigure[] = [];
  for (let i = previous.length - 1; i >= 0; i--) {
    const f = previous[i]!;
    if (f.paragraph !== sentence.paragraph && sentence.index - f.sentence > CONTEXT_SENTENCES) break;
    out.push(f);
  }
  return out;
}

/**
 * The country written as the possessor of a cue of this metric ("Türkiye's exports") in the sentences just
 * before, other than `code`: the side a text about one country's flows counts them from.
 */
export function teller(def: MetricDef, code: string, scope: PartyScope): string | null {
  const { text, actors } = scope;
  const first = scope.sentences[Math.max(0, scope.sentence.index - TELLER_SENTENCES)];
  const from = first ? Math.min(first.span.start, scope.sentence.span.start) : scope.sentence.span.start;
  for (let i = firstAtOrAfter(actors, scope.sentence.span.start) - 1; i >= 0; i--) {
    const m = actors[i]!;
    if (m.span.start < from) break;
    if (m.code === code) continue;
    const poss = /^['’]s?\s+/u.exec(text.slice(m.span.end, m.span.end + 4));
    if (!poss) continue;
    const rest = text.slice(m.span.end + poss[0].length, m.span.end + 60);
    const cued = def.cues.some((re) => {
      re.lastIndex = 0;
      const c = re.exec(rest);
      return c !== null && /^(?:[\p{L}-]+\s+){0,2}$/u.test(rest.slice(0, c.index));
    });
    if (cued) return m.code;
  }
  return null;
}

/** The other side for `code`: from the latest nearby figure with it, else the latest other actor named before. */
function contextPartner(code: string, scope: PartyScope): string | null {
  const recent = recentFigures(scope);
  for (const f of recent) {
    // "Turkey's foreign trade reached $26.7 billion. Turkish exports totaled …": the text has moved on to the
    // country's totals with the world; the partner of its earlier flows is no side of these.
    if (f.world && f.a === code && f.sentence >= scope.sentence.index - 1) return null;
    if (f.a === code && f.b) return f.b;
    if (f.b === code && f.a) return f.a;
  }
  // "Uzbekistan's foreign trade reached $63 billion … Trade with Turkey amounted to …": the country whose
  // total with the world was told just before is the side the text counts from.
  const world = recent.find((f) => f.world && f.a && f.a !== code);
  if (world) return world.a;
  // "… with Azerbaijan exceeded $500 million. Trade with Hungary amounted to …": the side every recent
  // figure shares is the one the text counts its trade from, not the partner named last.
  const pairs = recent.filter((f) => f.a && f.b).slice(0, 3);
  if (pairs.length >= 2) {
    const shared = [pairs[0]!.a, pairs[0]!.b].find((c) => c !== code && pairs.every((f) => f.a === c || f.b === c));
    if (shared) return shared;
  }
  const from = contextStart(scope);
  for (let i = firstAtOrAfter(scope.actors, scope.sentence.span.start) - 1; i >= 0; i--) {
    const m = scope.actors[i]!;
    if (m.span.start < from) break;
    if (m.code !== code) return m.code;
  }
  return null;
}

/** Both sides from before the sentence: the latest nearby figure's pair, else the two latest actors. */
function contextPair(scope: PartyScope): Parties {
  for (const f of recentFigures(scope)) if (f.a && f.b) return { a: f.a, b: f.b, how: 'previous-figure' };
  const from = contextStart(scope);
  const found: ActorMention[] = [];
  for (let i = firstAtOrAfter(scope.actors, scope.sentence.span.start) - 1; i >= 0 && found.length < 2; i--) {
    const m = scope.actors[i]!;
    if (m.span.start < from) break;
    if (!found.some((f) => f.code === m.code)) found.push(m);
  }
  if (found.length === 2) return { a: found[1]!.code, b: found[0]!.code, how: 'recent-actors' };
  return { a: found[0]?.code ?? null, b: null, how: found.length ? 'one-recent-actor' : 'none' };
}
