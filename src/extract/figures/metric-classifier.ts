/**
 * Decides what an amount measures: the metric cue nearest before it in its clause (else just after it:
 * "$5 billion in Korean investment"), the count noun of a count, or — for a percentage — a change
 * of the metric named before it. Goals, plans and forecasts turn a metric into its target metric.
 */
import type { Span } from '../../core/types.js';
import type { Amount } from './amount-finder.js';
import type { MetricDef, MetricLexicon } from './metric-lexicon.js';
import { compileNow } from '../../core/native-regexp.js';

/** A metric cue found in a sentence. */
export interface Cue {
  readonly metric: MetricDef;
  readonly span: Span;
}

/** What an amount measures, and the words that say so. */
export interface Classification {
  /** The metric written in the figure (a target or volume metric where that applies). */
  readonly metric: string;
  /** The metric definition whose party rules apply. */
  readonly def: MetricDef;
  readonly cue: Span | null;
  readonly rule: string;
  /** Whether the clause states a goal, plan or forecast. */
  readonly target: boolean;
  /** For a change: -1 when it was a fall ("fell 5%"), so the value is written negative; else absent or 1. */
  readonly sign?: -1 | 1;
}

/** How far after an amount a trailing cue may start ("$6 billion in Korean investment"). */
const TRAILING_CUE_CHARS = 40;
/** How far before the cue target words may stand ("aim to raise bilateral trade to …"). */
const TARGET_LOOKBACK = 60;
const TARGET_AFTER = /^[^,;.]{0,30}?\b(?:by\s+(?:19|20)\d\d|target|goal)\b/iu;

/** Lexicons whose money-metric cues are compiled to machine code. */
const nativeCues = new WeakSet<MetricLexicon>();

/** Money-metric cues in text[span], without overlaps (the longer cue wins, then the earlier metric). */
export function findCues(text: string, span: Span, lex: MetricLexicon): Cue[] {
  // Every cue runs on every sentence with an amount: the first such sentence has them all compiled
  // straight to machine code (native-regexp.ts).
  if (!nativeCues.has(lex)) {
    nativeCues.add(lex);
    for (const metric of lex.moneyMetrics) for (const re of metric.cues) compileNow(re);
  }
  const s = text.slice(span.start, span.end);
  const all: Cue[] = [];
  for (const metric of lex.moneyMetrics) {
    for (const re of metric.cues) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        all.push({ metric, span: { start: span.start + m.index, end: span.start + m.index + m[0].length } });
      }
    }
  }
  all.sort((x, y) => (y.span.end - y.span.start) - (x.span.end - x.span.start) || x.span.start - y.span.start);
  const kept: Cue[] = [];
  for (const c of all) {
    if (kept.some((k) => c.span.start < k.span.end && k.span.start < c.span.end)) continue;
    kept.push(c);
  }
  return kept.sort((x, y) => x.span.start - y.span.start);
}

/** What may stand between an amount and a cue of its own after it ("$3.8 billion in exports"). */
const OWN_CUE_OF_PREVIOUS = /^\s*(?:in|of|worth\s+of)?\s*$/iu;

/** Whether the words around an amount state a goal, plan or forecast rather than a level. */
export function isTarget(
  text: string, clause: Span, cue: Span | null, amount: Amount, lex: MetricLexicon, windowStart = clause.start,
): boolean {
  const anchor = cue && cue.start < amount.span.start ? cue.start : amount.span.start;
  // Words before an earlier amount of the clause belong to that amount ("expected to reach $9 billion
  // by 2030, up from $5 billion").
  const from = Math.max(clause.start, anchor - TARGET_LOOKBACK, cue && cue.start < windowStart ? windowStart : clause.start);
  const before = text.slice(from, amount.qualifierStart ?? amount.span.start);
  // "up from $3 billion", "now around $2 billion": the level a goal starts from is a level reached.
  if (lex.levelBefore.test(text.slice(clause.start, amount.qualifierStart ?? amount.span.start))) return false;
  if (lex.target.test(before)) return true;
  return TARGET_AFTER.test(text.slice(amount.span.end, clause.end));
}

/** The classification, with the target metric where the clause states a goal; `how` names the rule. */
function withTarget(def: MetricDef, cue: Span | null, how: string, target: boolean, metric = def.id): Classification {
  const id = target ? def.target : metric;
  return { metric: id, def, cue, rule: `figure:${id}:${how}${target ? '+target' : ''}`, target };
}

/** The same classification read as a goal ("… to $20 billion" after a goal told before the starting point). */
export function asTarget(cls: Classification): Classification {
  const how = cls.rule.split(':').slice(2).join(':');
  return withTarget(cls.def, cls.cue, how, true);
}

/**
 * Classifies a money or quantity amount by the nearest cue before it and after the previous money
 * amount of the clause; else by a cue just after it; else like the previous money amount of the clause.
 */
export function classifyMoney(
  text: string, clause: Span, amount: Amount, windowStart: number, nextAmountStart: number, cues: readonly Cue[],
  previous: Classification | null, lex: MetricLexicon,
): Classification | null {
  let cue: Cue | undefined;
  for (const c of cues) {
    if (c.span.start >= windowStart && c.span.end <= (amount.qualifierStart ?? amount.span.start) && c.span.start >= clause.start) cue = c;
  }
  // "$3.8 billion in exports and $2.2 billion in imports": a cue right after the clause's previous amount
  // is that amount's own; a cue after this one names this one.
  if (cue && previous && OWN_CUE_OF_PREVIOUS.test(text.slice(windowStart, cue.span.start))) {
    const limit = Math.min(clause.end, nextAmountStart, amount.span.end + TRAILING_CUE_CHARS);
    if (cues.some((c) => c.span.start >= amount.span.end && c.span.start < limit)) cue = undefined;
  }
  let rule = 'cue-before';
  if (!cue) {
    const limit = Math.min(clause.end, nextAmountStart, amount.span.end + TRAILING_CUE_CHARS);
    cue = cues.find((c) => c.span.start >= amount.span.end && c.span.start < limit);
    rule = 'cue-after';
  }
  let def: MetricDef;
  let cueSpan: Span | null;
  if (cue) {
    def = cue.metric;
    cueSpan = cue.span;
  } else if (previous) {
    def = previous.def;
    cueSpan = previous.cue;
    rule = 'like-previous';
  } else {
    return null;
  }
  const target = isTarget(text, clause, cueSpan, amount, lex, windowStart);
  if (amount.amountKind === 'quantity') {
    if (!def.volume) return null;
    return withTarget(def, cueSpan, rule, false, def.volume);
  }
  return withTarget(def, cueSpan, rule, target);
}

/**
 * Classifies a money amount whose clause only refers back ("It reached $5 billion", "the same indicator
 * amounted to …") by the last metric cue of the sentence before (`previousCues`); null otherwise.
 */
export function classifyAnaphor(
  text: string, clause: Span, amount: Amount, previousCues: readonly Cue[], lex: MetricLexicon,
): Classification | null {
  const lead = amount.qualifierStart ?? amount.span.start;
  const cue = previousCues[previousCues.length - 1];
  if (!cue || amount.amountKind !== 'money' || !lex.anaphor.test(text.slice(clause.start, lead).trimStart())) return null;
  // The evidence is the referring clause itself: the cue of the sentence before is outside the sentence.
  const span: Span = { start: clause.start + (text.slice(clause.start, lead).length - text.slice(clause.start, lead).trimStart().length), end: lead };
  return withTarget(cue.metric, span, 'anaphor', isTarget(text, clause, span, amount, lex));
}

/**
 * "The value of this trade – $150 billion – has grown": a sum set off by dashes right after its cue
 * takes the last cue of the clause before (`previousCues`); null when the clause holds more than the sum.
 */
export function classifyApposed(
  text: string, clause: Span, amount: Amount, previousCues: readonly Cue[], lex: MetricLexicon,
): Classification | null {
  const cue = previousCues[previousCues.length - 1];
  if (!cue || amount.amountKind !== 'money' || text.slice(clause.start, amount.qualifierStart ?? amount.span.start).trim() !== '') return null;
  // The sum alone between the dashes, right after the cue and the pair it names ("trade between A and B – $5 billion –").
  if (!/[–—-]\s*$/u.test(text.slice(Math.max(0, clause.start - 3), clause.start))) return null;
  if (text.slice(amount.span.end, clause.end).trim() !== '') return null;
  if (!/^[^,;.!?]{0,60}$/u.test(text.slice(cue.span.end, clause.start).replace(/[\s–—-]+$/u, ''))) return null;
  return withTarget(cue.metric, cue.span, 'apposed', isTarget(text, { start: cue.span.start, end: clause.end }, cue.span, amount, lex));
}

/** Classifies a count by its noun; weak nouns ("documents", "times") need their context in the clause. */
export function classifyCount(text: string, clause: Span, amount: Amount, lex: MetricLexicon): Classification | null {
  if (!amount.noun) return null;
  const nounEnd = amount.nounSpan?.end ?? amount.span.end;
  // "increased 21 times", "21 times higher": a multiplier, not a number of visits.
  if (amount.noun === 'time' && (lex.multiplierBefore.test(text.slice(clause.start, amount.qualifierStart ?? amount.span.start))
    || lex.multiplierAfter.test(text.slice(nounEnd, clause.end)))) return null;
  const clauseText = text.slice(clause.start, clause.end);
  for (const def of lex.countMetrics.get(amount.noun) ?? []) {
    let cue: Span = amount.nounSpan ?? amount.span;
    if (def.requires) {
      const m = def.requires.exec(clauseText);
      if (!m) continue;
      // "toured … 14 times": the verb is the cue, so the visitor and the visited are read around it.
      if (amount.noun === 'time') cue = { start: clause.start + m.index, end: clause.start + m.index + m[0].length };
    }
    // "20 agreements are expected to be signed": a plan, told after the noun.
    const target = isTarget(text, clause, cue, amount, lex) || lex.plannedAfter.test(text.slice(nounEnd, clause.end));
    return withTarget(def, cue, 'count-noun', target);
  }
  return null;
}

/**
 * Classifies a percentage: only a change ("rose by 20%", "a 12% increase") of a metric named before it
 * in the clause is a figure (growth_rate); shares and other percentages are not.
 */
export function classifyPercent(
  text: string, clause: Span, amount: Amount, cues: readonly Cue[], lex: MetricLexicon,
): Classification | null {
  const before = text.slice(clause.start, amount.qualifierStart ?? amount.span.start);
  const after = text.slice(amount.span.end, clause.end);
  if (!lex.growthBefore.test(before) && !lex.growthAfter.test(after)) return null;
  let cue: Cue | undefined;
  for (const c of cues) if (c.span.start >= clause.start && c.span.end <= amount.span.start) cue = c;
  if (!cue) return null;
  const sign = changeSign(text.slice(cue.span.end, amount.qualifierStart ?? amount.span.start), after, lex);
  return { metric: lex.growthMetric, def: cue.metric, cue: cue.span, rule: `figure:${lex.growthMetric}:change`, target: false, sign };
}

/**
 * Which way a change went: the last direction word between the metric cue and the percentage ("fell
 * by", "was down"), else the first one right after it ("a 5% decline"); a rise when none is found.
 */
export function changeSign(before: string, after: string, lex: MetricLexicon): -1 | 1 {
  const re = lex.growthDirection;
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) last = m;
  if (!last) {
    re.lastIndex = 0;
    const m = re.exec(after);
    // Only a word at the head of what follows ("5% lower"), not one of a later clause.
    if (m && /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(after.slice(0, m.index))) last = m;
  }
  return last?.groups?.['down'] !== undefined ? -1 : 1;
}
