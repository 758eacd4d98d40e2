/**
 * Loads data/figure-metrics.yaml (metric cues, party roles, target, running-total and growth cues) and
 * compiles its patterns once.
 */
import { z } from 'zod';
import { dataPath, loadValidated } from '../../core/data-files.js';
import { alternation } from '../../core/regex-words.js';
import { compileNow } from '../../core/native-regexp.js';
import { withMeetingNouns } from '../../core/meeting-nouns.js';

const FILE = 'figure-metrics.yaml';
const words = z.array(z.string().min(1));
const pattern = z.string().min(1).refine((p) => {
  try {
    new RegExp(p, 'iu');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

const roles = z.object({
  originPreps: words,
  destinationPreps: words,
  originVerbs: words,
  destinationVerbs: z.array(z.string()),
  premodifier: z.enum(['origin', 'destination']),
  listed: z.enum(['origin', 'destination']),
});

const metric = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  kind: z.enum(['money', 'count']),
  parties: z.enum(['symmetric', 'outflow', 'inflow']),
  period: z.enum(['flow', 'event']),
  news: z.boolean().optional(),
  target: z.string().regex(/^[a-z_]+$/),
  volume: z.string().regex(/^[a-z_]+$/).optional(),
  world: z.string().regex(/^[a-z_]+$/).optional(),
  ownTotal: z.boolean().optional(),
  cues: z.array(pattern).optional(),
  nouns: words.optional(),
  requires: pattern.optional(),
  roles: roles.optional(),
});

const schema = z.object({
  metrics: z.array(metric).min(1),
  growth: z.object({ metric: z.string(), before: pattern, after: pattern, up: words, down: words }),
  worldCues: z.array(pattern),
  targetCues: z.array(pattern),
  runningTotals: z.array(pattern),
  presentPerfect: pattern,
  fromBefore: pattern,
  goalGovernBreak: pattern,
  monthsSpanNotBefore: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  pastYearPrepositions: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  comparedBefore: pattern,
  objectBefore: pattern,
  partOf: pattern,
  attribution: pattern,
  anaphor: pattern,
  changeAfter: pattern,
  changeRanked: pattern,
  changeTransitive: pattern,
  subsetFlow: pattern,
  subsetFlowMetrics: z.array(z.string().min(1)).min(1),
  partAfter: pattern,
  multiplierAfter: pattern,
  plannedAfter: pattern,
  samePeriod: pattern,
  earlierBracket: pattern,
  lastYearBracket: pattern,
  thisPeriod: pattern,
  multiplierBefore: pattern,
  // with {meeting-nouns} (data/meeting-nouns.yaml): checked once written out
  meetingReference: z.string().min(1),
  meetingTold: z.string().min(1),
  levelBefore: pattern,
  shareBefore: pattern,
  wholeAfter: pattern,
});

/** Which side of a directed flow an actor is. */
export type FlowRole = 'origin' | 'destination';

/** Compiled words telling origin and destination of a flow apart. */
export interface RoleCues {
  /** Preposition right before an actor, anchored at the end of the text before it. */
  readonly originPrep: RegExp | null;
  readonly destinationPrep: RegExp | null;
  /** Verb right after an actor (auxiliaries allowed), anchored at the start of the text after it. */
  readonly originVerb: RegExp | null;
  readonly destinationVerb: RegExp | null;
  /** Origin verb right before an actor ("visited Kazakhstan"): the actor is the destination. */
  readonly objectOfOriginVerb: RegExp | null;
  readonly premodifier: FlowRole;
  /** What a country is when the amount stands in brackets right after it ("China ($5 billion)"). */
  readonly listed: FlowRole;
}

/** One metric: how it is recognised and how its parties are read. */
export interface MetricDef {
  readonly id: string;
  readonly kind: 'money' | 'count';
  readonly parties: 'symmetric' | 'outflow' | 'inflow';
  /** flow: a sum over a period (single days ignored, inherited from the figure before); event: dated by its day. */
  readonly period: 'flow' | 'event';
  /** An undated event figure takes the date of the news around it (earlier sentence, else the document). */
  readonly news: boolean;
  readonly target: string;
  readonly volume: string | null;
  /** The metric for a country's total with the whole world ("foreign trade turnover"). */
  readonly world: string | null;
  /** A country's own flow with no partner in its clause ("Uzbekistan's exports reached …") is its total with the world. */
  readonly ownTotal: boolean;
  /** Money metrics: cue patterns (global, case-insensitive). */
  readonly cues: readonly RegExp[];
  /** Count metrics: the count-noun groups that select it. */
  readonly nouns: readonly string[];
  readonly requires: RegExp | null;
  readonly roles: RoleCues | null;
}

/** The compiled contents of data/figure-metrics.yaml. */
export interface MetricLexicon {
  readonly metrics: readonly MetricDef[];
  readonly moneyMetrics: readonly MetricDef[];
  /** Count-noun group → the count metrics it may select, in file order. */
  readonly countMetrics: ReadonlyMap<string, readonly MetricDef[]>;
  readonly growthMetric: string;
  readonly growthBefore: RegExp;
  readonly growthAfter: RegExp;
  /** Words saying which way a change went, as the named groups `up` and `down` (global). */
  readonly growthDirection: RegExp;
  readonly world: RegExp;
  readonly target: RegExp;
  readonly runningTotal: RegExp;
  readonly presentPerfect: RegExp;
  readonly fromBefore: RegExp;
  /** Between a goal and "from $X to $Y": a clause break or a change told as done, so the goal does not govern it. */
  readonly goalGovernBreak: RegExp;
  /** "(for) eight months" with no year, not followed by a word that counts it from another time (its count in group 1). */
  readonly monthsAlone: RegExp;
  /** The same right after an amount ("… rubles in seven months"). */
  readonly monthsAfter: RegExp;
  /** "over the past year" at the end of a text slice. */
  readonly pastYear: RegExp;
  /** Words before a date naming the base a change is measured against (anchored at the end). */
  readonly comparedBefore: RegExp;
  /** A preposition right before an actor: the actor is an object, not the subject of a new flow. */
  readonly objectBefore: RegExp;
  readonly partOf: RegExp;
  /** Words just before an actor naming it as the source of a figure (anchored at the end). */
  readonly attribution: RegExp;
  /** A clause that only refers back to the metric of the sentence before ("It reached $5 billion"), up to its amount. */
  readonly anaphor: RegExp;
  /** Right after a sum: the sum is the size of a change ("a $5 billion increase"). */
  readonly changeAfter: RegExp;
  /** Between a cue and its sum: the sums rank changes ("exports rose the most, … with $489 million"). */
  readonly changeRanked: RegExp;
  /** The clause up to a sum after "by" with a transitive change verb ("increased their trade by"): the size of a change. */
  readonly changeTransitive: RegExp;
  /** From a cue to its sum: a flow of one kind of goods ("trade of agricultural products"), a part of the pair's trade. */
  readonly subsetFlow: RegExp;
  /** The metric ids whose figure a flow of one kind of goods may be a part of (trade_turnover, exports, imports). */
  readonly subsetFlowMetrics: ReadonlySet<string>;
  /** Right after a sum: it is a part of the sum before ("$13 billion of which …"). */
  readonly partAfter: RegExp;
  /** Right after "N times": a multiplier ("21 times higher"). */
  readonly multiplierAfter: RegExp;
  /** Right after a count's noun: the count is planned ("are expected to be signed"). */
  readonly plannedAfter: RegExp;
  /** After an amount: "in the same period", "in the corresponding period of 2024" (group `year`). */
  readonly samePeriod: RegExp;
  /** Before a bracket: the bracketed sum is the earlier level the figure before is compared with. */
  readonly earlierBracket: RegExp;
  /** After a figure, up to a bracket: the bracket holds the same period a year earlier. */
  readonly lastYearBracket: RegExp;
  /** After an amount: "during this period", the period of the latest flow figure before. */
  readonly thisPeriod: RegExp;
  /** Right before "N times": a multiplier ("has grown 12 times"). */
  readonly multiplierBefore: RegExp;
  /** A sentence referring back to a meeting told before ("The meeting concluded with …"). */
  readonly meetingReference: RegExp;
  /** A sentence telling of a meeting (whose date the referring sentence takes). */
  readonly meetingTold: RegExp;
  /** Right before an amount in a clause with a goal: the amount is the level reached ("up from", "now"). */
  readonly levelBefore: RegExp;
  /** A share before a cue ("30% of Kyrgyzstan's imports"), anchored at the end of the text before the cue. */
  readonly shareBefore: RegExp;
  /** A relative clause from the cue to the amount ("…, which reached"): the amount is the whole. */
  readonly wholeAfter: RegExp;
}

const AUX = '(?:(?:has|have|had|is|are|was|were|will|would|also|already|reportedly|jointly|so\\s+far|recently|now|just|together|personally|herself|himself)\\s+)*';

function compileRoles(r: z.infer<typeof roles>): RoleCues {
  const end = (ws: string[]): RegExp | null => (ws.length ? new RegExp(`\\b(?:${alternation(ws)})\\s+(?:the\\s+)?$`, 'iu') : null);
  const start = (ws: string[]): RegExp | null => (ws.length ? new RegExp(`^(?:['’]s)?\\s*,?\\s*${AUX}(?:${alternation(ws)})\\b`, 'iu') : null);
  return {
    originPrep: end(r.originPreps),
    destinationPrep: end(r.destinationPreps),
    originVerb: start(r.originVerbs),
    destinationVerb: start(r.destinationVerbs),
    objectOfOriginVerb: end(r.originVerbs),
    premodifier: r.premodifier,
    listed: r.listed,
  };
}

// The large alternations are tried on every sentence with a figure: compiled to machine code at once
// (native-regexp.ts).
function anyOf(patterns: readonly string[], flags: string): RegExp {
  return compileNow(new RegExp(patterns.map((p) => `(?:${p})`).join('|'), flags));
}

/** A pattern with the meeting nouns written out (data/meeting-nouns.yaml); an invalid one is an error naming the file and key. */
function withNouns(p: string, key: string): RegExp {
  try {
    return new RegExp(withMeetingNouns(p), 'iu');
  } catch {
    throw new Error(`${dataPath(FILE)}: ${key}: not a valid regular expression`);
  }
}

function compile(data: z.infer<typeof schema>): MetricLexicon {
  const metrics: MetricDef[] = data.metrics.map((m) => ({
    id: m.id,
    kind: m.kind,
    parties: m.parties,
    period: m.period,
    news: m.news ?? false,
    target: m.target,
    volume: m.volume ?? null,
    world: m.world ?? null,
    ownTotal: m.ownTotal ?? false,
    cues: (m.cues ?? []).map((c) => new RegExp(c, 'giu')),
    nouns: m.nouns ?? [],
    requires: m.requires ? new RegExp(m.requires, 'iu') : null,
    roles: m.roles ? compileRoles(m.roles) : null,
  }));
  const countMetrics = new Map<string, MetricDef[]>();
  for (const m of metrics) for (const n of m.nouns) countMetrics.set(n, [...(countMetrics.get(n) ?? []), m]);
  const monthCount = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
  const notSpan = `(?!\\s+(?:${data.monthsSpanNotBefore.join('|')})\\b)`;
  return {
    metrics,
    moneyMetrics: metrics.filter((m) => m.kind === 'money'),
    countMetrics,
    growthMetric: data.growth.metric,
    growthBefore: new RegExp(data.growth.before, 'iu'),
    growthAfter: new RegExp(data.growth.after, 'iu'),
    growthDirection: compileNow(new RegExp(
      `(?<![\\p{L}-])(?:(?<down>${alternation(data.growth.down)})|(?<up>${alternation(data.growth.up)}))(?![\\p{L}-])`, 'giu')),
    world: anyOf(data.worldCues, 'iu'),
    target: anyOf(data.targetCues, 'iu'),
    runningTotal: anyOf(data.runningTotals, 'giu'),
    presentPerfect: new RegExp(data.presentPerfect, 'iu'),
    fromBefore: new RegExp(data.fromBefore, 'iu'),
    goalGovernBreak: new RegExp(data.goalGovernBreak, 'giu'),
    // "the first" may be left out after for/over/during ("trade for eight months amounted to"), never after "in"
    // ("will reach $5 billion in two months" is a time ahead)
    monthsAlone: new RegExp(`\\b(?:(?:during|for|over)\\s+(?:the\\s+first\\s+)?|in\\s+the\\s+first\\s+)${monthCount}\\s+months\\b${notSpan}`, 'iu'),
    monthsAfter: new RegExp(`^\\s*(?:in|during|for|over)\\s+(?:the\\s+first\\s+)?${monthCount}\\s+months\\b${notSpan}`, 'iu'),
    pastYear: new RegExp(`\\b(?:${data.pastYearPrepositions.join('|')})\\s+the\\s+(?:past|last)\\s+year$`, 'iu'),
    comparedBefore: new RegExp(data.comparedBefore, 'iu'),
    objectBefore: new RegExp(data.objectBefore, 'iu'),
    partOf: new RegExp(data.partOf, 'iu'),
    attribution: new RegExp(data.attribution, 'iu'),
    anaphor: new RegExp(data.anaphor, 'iu'),
    changeAfter: new RegExp(data.changeAfter, 'iu'),
    changeRanked: new RegExp(data.changeRanked, 'iu'),
    changeTransitive: new RegExp(data.changeTransitive, 'iu'),
    subsetFlow: new RegExp(data.subsetFlow, 'iu'),
    subsetFlowMetrics: new Set(data.subsetFlowMetrics),
    partAfter: new RegExp(data.partAfter, 'iu'),
    multiplierAfter: new RegExp(data.multiplierAfter, 'iu'),
    plannedAfter: new RegExp(data.plannedAfter, 'iu'),
    samePeriod: new RegExp(data.samePeriod, 'iu'),
    earlierBracket: new RegExp(data.earlierBracket, 'iu'),
    lastYearBracket: new RegExp(data.lastYearBracket, 'iu'),
    thisPeriod: new RegExp(data.thisPeriod, 'iu'),
    multiplierBefore: new RegExp(data.multiplierBefore, 'iu'),
    meetingReference: withNouns(data.meetingReference, 'meetingReference'),
    meetingTold: withNouns(data.meetingTold, 'meetingTold'),
    levelBefore: new RegExp(data.levelBefore, 'iu'),
    shareBefore: new RegExp(data.shareBefore, 'iu'),
    wholeAfter: new RegExp(data.wholeAfter, 'iu'),
  };
}

let cached: MetricLexicon | undefined;

/** Returns the compiled metric lexicon, loading and validating data/figure-metrics.yaml on first use. */
export function metricLexicon(): MetricLexicon {
  if (cached === undefined) {
    const data = loadValidated(FILE, schema);
    for (const m of data.metrics) {
      if (m.kind === 'money' && !m.cues?.length) throw new Error(`${dataPath(FILE)}: metric ${m.id}: a money metric needs cues`);
      if (m.kind === 'count' && !m.nouns?.length) throw new Error(`${dataPath(FILE)}: metric ${m.id}: a count metric needs nouns`);
      if (m.parties !== 'symmetric' && !m.roles) throw new Error(`${dataPath(FILE)}: metric ${m.id}: a directed metric needs roles`);
    }
    cached = compile(data);
  }
  return cached;
}
