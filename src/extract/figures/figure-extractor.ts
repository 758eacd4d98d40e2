/**
 * Figure extraction: every amount of a sentence is classified (metric-classifier), given its parties
 * (party-resolver) and period (period-resolver), and repeated statements are merged at the end
 * (figure-merge-refiner). A figure whose parties cannot be read is kept with null sides and a warning.
 */
import type { ActorMention, DateInterval, DateMention, Diagnostic, Sentence, Span } from '../../core/types.js';
import type { RecordFigure } from '../../record/types.js';
import { findAmounts, type Amount } from './amount-finder.js';
import { currencyForParties } from './currency-lexicon.js';
import { fiscalInterval } from '../dates/fiscal-years.js';
import { clauseAt, splitClauses } from './clause-splitter.js';
import { mergeFigures } from './figure-merge-refiner.js';
import { metricLexicon, type MetricLexicon } from './metric-lexicon.js';
import { asTarget, classifyAnaphor, classifyApposed, classifyCount, classifyMoney, classifyPercent, findCues, type Classification, type Cue } from './metric-classifier.js';
import { resolveParties, teller, type PriorFigure } from './party-resolver.js';
import { newsDate, resolvePeriod, runningTotalSpans } from './period-resolver.js';
import { withoutSources } from './source-attribution.js';
import { within } from './span-index.js';

/** What figure extraction reads: the text, its sentences and the actor and date layers' mentions. */
export interface FigureInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Sorted by span.start, resolved to codes, including pronoun and "the two countries" mentions. */
  readonly actors: readonly ActorMention[];
  /** Sorted by span.start, resolved against the document date. */
  readonly dates: readonly DateMention[];
  /** The document date (YYYY-MM-DD, YYYY-MM) or null. */
  readonly published: string | null;
}

/** A figure while the document is read, with where it was stated. */
interface Draft extends PriorFigure {
  readonly figure: RecordFigure;
  readonly flow: boolean;
  readonly target: boolean;
  /** A directed flow (exports, imports, investment …): a is the reporting side. */
  readonly directed: boolean;
  /** Where its amount ends. */
  readonly end: number;
  /** A base compared with ("$541 million in the corresponding period of 2021"): later flows do not take its period. */
  readonly base?: boolean;
}

/** Sentences back within one paragraph from which a figure may inherit its period. */
const INHERIT_SENTENCES = 2;
/** How far before a starting point ("from $15 billion") a goal may be told ("aim to boost the trade volume …"). */
const GOAL_LOOKBACK = 120;

/** Every figure stated in the document, classified, with parties, period and evidence. */
export function findFigures(input: FigureInput): { figures: RecordFigure[]; diagnostics: Diagnostic[] } {
  const lex = metricLexicon();
  const { sentences } = input;
  const amounts = findAmounts(input.text);
  // Actors named as the source of the numbers are no side of them.
  const scoped: FigureInput = amounts.length ? { ...input, actors: withoutSources(input.text, input.actors, lex.attribution) } : input;
  const drafts: Draft[] = [];
  const diagnostics: Diagnostic[] = [];
  let next = 0;
  for (const sentence of sentences) {
    while (next < amounts.length && amounts[next]!.span.start < sentence.span.start) next++;
    const inSentence: Amount[] = [];
    for (let j = next; j < amounts.length && amounts[j]!.span.start < sentence.span.end; j++) {
      if (amounts[j]!.span.end <= sentence.span.end) inSentence.push(amounts[j]!);
    }
    if (inSentence.length) readSentence(scoped, sentence, inSentence, lex, drafts, diagnostics);
  }
  return { figures: mergeFigures(drafts.map((d) => d.figure)), diagnostics };
}

/**
 * Whether a goal told in the words before "from $X to $Y" governs the change: a goal cue after the last clause
 * break or change told as done ("Despite the goal of $10 billion, trade fell from …" is a level reached).
 */
function goalGovernsFrom(before: string, lex: MetricLexicon): boolean {
  let cut = 0;
  for (const m of before.matchAll(lex.goalGovernBreak)) cut = m.index + m[0].length;
  return lex.target.test(before.slice(cut));
}

function isMoneyLike(a: Amount): boolean {
  return a.amountKind === 'money' || a.amountKind === 'quantity';
}

function readSentence(
  input: FigureInput, sentence: Sentence, stated: readonly Amount[], lex: MetricLexicon, drafts: Draft[], diagnostics: Diagnostic[],
): void {
  const { text } = input;
  const amounts = withCutScale(text, stated);
  const clauses = splitClauses(text, sentence.span);
  const cues: Cue[] = findCues(text, sentence.span, lex);
  let previousMoney: { amount: Amount; cls: Classification; clause: Span } | null = null;
  // The end point of "raise trade from $5 billion to $10 billion" under a goal told before the starting point.
  let goalEnd: Amount | null = null;
  const counted: string[] = [];
  const totalsByClause = new Map<Span, Span[]>();
  const totalsOf = (clause: Span): Span[] => {
    let t = totalsByClause.get(clause);
    if (!t) totalsByClause.set(clause, (t = runningTotalSpans(text, clause, lex)));
    return t;
  };
  const equivalents = conversions(text, amounts);
  amounts.forEach((amount, k) => {
    if (equivalents.has(amount)) {
      diagnostics.push({ reason: 'the same sum in another currency', rule: 'figures/equivalent', severity: 'info', span: amount.span });
      return;
    }
    const clause = clauseAt(clauses, amount.span.start);
    const lead = amount.qualifierStart ?? amount.span.start;
    let cls: Classification | null = null;
    let referredTo: Sentence | null = null;
    let forced: { a: string | null; b: string | null; how: string } | null = null;
    if (isMoneyLike(amount)) {
      const prev = previousMoney && previousMoney.clause === clause ? previousMoney : null;
      const later = amounts.slice(k + 1).find((a) => isMoneyLike(a) && !equivalents.has(a));
      cls = classifyMoney(text, clause, amount, prev ? prev.amount.span.end : clause.start,
        later ? later.span.start : Number.MAX_SAFE_INTEGER, cues, prev?.cls ?? null, lex);
      if (cls && amount === goalEnd && !cls.target) cls = asTarget(cls);
      // "Trade grew in 2023. It reached $5 billion": the metric of the sentence before.
      if (!cls && !prev) {
        const back = sentenceBefore(input.sentences, sentence);
        cls = back ? classifyAnaphor(text, clause, amount, findCues(text, back.span, lex), lex) : null;
        if (cls) referredTo = back;
      }
      // "The value of this trade – $150 billion – …": the cue ends the clause before the dash.
      const before = clauses[clauses.indexOf(clause) - 1];
      if (!cls && before) cls = classifyApposed(text, clause, amount, cues.filter((c) => c.span.start >= before.start && c.span.end <= before.end), lex);
      // "This is 12% more than a year earlier ($1.9 billion in January–June 2020)": the earlier level of the figure before.
      if (!cls && !prev && amount.amountKind === 'money') {
        const earlier = earlierLevelOf(text, sentence, amount, drafts, lex, comparedDate(text, sentence, amount, input.dates, lex) !== null);
        if (earlier) ({ cls, parties: forced } = earlier);
      }
      // "projecting a $5 billion increase": the size of a change, not a level.
      if (cls && (lex.changeAfter.test(text.slice(amount.span.end, clause.end))
        || (cls.cue && cls.cue.end <= lead && lex.changeRanked.test(text.slice(cls.cue.end, lead)))
        || lex.changeTransitive.test(text.slice(clause.start, lead)))) {
        diagnostics.push({ reason: 'size of a change, not a level', rule: 'figures/change-size', severity: 'info', span: amount.span });
        return;
      }
      // "bilateral trade of agricultural products reached $2.2 billion": a part of the pair's trade (not
      // "exports of Chilean products": a country's adjective is no kind of goods, so no actor in the match).
      const subset = cls && cls.cue && cls.cue.end <= lead && lex.subsetFlowMetrics.has(cls.def.id)
        ? lex.subsetFlow.exec(text.slice(cls.cue.start, lead)) : null;
      if (cls && cls.cue && subset
        && !within(input.actors, cls.cue.start + subset.index, cls.cue.start + subset.index + subset[0].length).length) {
        diagnostics.push({ reason: 'a flow of one kind of goods, a part of the trade', rule: 'figures/subset-flow', severity: 'info', span: amount.span });
        return;
      }
      // "… $14.5 billion, about $13 billion of which went into energy", "…, of which $9.1 billion …": a part of
      // the sum before it in the sentence, of the same metric, is no second figure.
      if (cls && (lex.partAfter.test(text.slice(amount.span.end, clause.end)) || lex.partOf.test(text.slice(sentence.span.start, lead)))
        && drafts.some((d) => d.sentence === sentence.index && d.figure.metric === cls!.metric && d.figure.unit === amount.unit
          // (not a part with a period of its own: "$10 billion in 2023, including $6 billion in the first half";
          // the period is looked for after the part, not after the whole, whose own date it would find)
          && !input.dates.some((m) => m.span.start >= amount.span.end && m.span.end <= clause.end))) {
        diagnostics.push({ reason: 'part of a sum already given', rule: 'figures/part-of-sum', severity: 'info', span: amount.span });
        return;
      }
      if (cls) previousMoney = { amount, cls, clause };
      // "rose from $5 billion to $7 billion": the starting point is not the level stated, unless a period
      // of its own follows it ("from $1.5 billion in 2017 to $4.2 billion in 2019": the 2017 level).
      if (cls && later && later.span.start < clause.end && lex.fromBefore.test(text.slice(clause.start, lead))
        && !input.dates.some((d) => d.span.start >= amount.span.end && d.span.end <= later.span.start)) {
        // focus18: "aim to boost the trade volume, increasing it from $15 billion to $20 billion": under a goal
        // told just before, the starting point is the level reached and the end point the goal.
        // (the goal must govern the change in its clause: see goalGovernsFrom)
        if (!cls.target && goalGovernsFrom(text.slice(Math.max(sentence.span.start, lead - GOAL_LOOKBACK), lead), lex)) {
          goalEnd = later;
        } else {
          diagnostics.push({ reason: 'starting value of a change, not a level', rule: 'figures/from-value', severity: 'info', span: amount.span });
          return;
        }
      }
    } else if (amount.amountKind === 'percent') {
      cls = classifyPercent(text, clause, amount, cues, lex);
    } else {
      cls = classifyCount(text, clause, amount, lex);
      // "15 documents, including 4 agreements": the part is not a second count of the same thing.
      if (cls && counted.includes(cls.metric) && lex.partOf.test(text.slice(clause.start, lead))) {
        diagnostics.push({ reason: 'part of a count already given', rule: 'figures/part-of', severity: 'info', span: amount.span });
        return;
      }
      if (cls) counted.push(cls.metric);
    }
    if (!cls) {
      if (amount.amountKind === 'money') {
        diagnostics.push({ reason: 'amount of money with no metric cue in its clause', rule: 'figures/unclassified', severity: 'info', span: amount.span });
      }
      return;
    }
    const evidence = evidenceSpan(amount, cls.cue, sentence.span);
    // "exports from A to B touched $16 billion and imports from there $28 billion": a directed figure with
    // no actor of its own since the figure before in the sentence is told from the same reporting side.
    const priorFlow = cls.def.parties !== 'symmetric' ? lastDirectedIn(drafts, sentence) : null;
    // Actors between the two sums may only be the first flow's own sides after a preposition ("… to B in 2023
    // and imported goods worth …"): a new actor, or one told as a subject, starts a flow of its own.
    const between = priorFlow ? within(input.actors, priorFlow.end, lead) : [];
    let parties = forced ?? (priorFlow && between.every((m) => (m.code === priorFlow.a || m.code === priorFlow.b)
      && lex.objectBefore.test(text.slice(Math.max(0, m.span.start - 12), m.span.start)))
      ? { a: priorFlow.a, b: priorFlow.b, how: 'previous-flow' }
      : resolveParties(cls.def, cls.cue, evidence, lead, {
        text, sentence, clause, stretch: ownStretch(clause, amount, amounts.filter((a) => !equivalents.has(a)), cues), sentences: input.sentences, actors: input.actors, previous: drafts,
      }));
    // "sales to Romania and the Netherlands reached $1.9 billion and $2 billion, respectively": one side each.
    const inList = !forced && cls.def.parties !== 'symmetric' && cls.def.roles
      ? fromList(text, sentence, clause, amount, amounts.filter((a) => isMoneyLike(a) && !equivalents.has(a)), cls, input)
      : null;
    let listPeriod: DateInterval | null = null;
    if (inList) {
      const other = [parties.a, parties.b].find((c) => c && !inList.codes.includes(c))
        ?? teller(cls.def, inList.own, { text, sentence, clause, sentences: input.sentences, actors: input.actors, previous: drafts });
      const ends: [string | null, string | null] = inList.role === 'destination' ? [other ?? null, inList.own] : [inList.own, other ?? null];
      parties = { a: cls.def.parties === 'inflow' ? ends[1] : ends[0], b: cls.def.parties === 'inflow' ? ends[0] : ends[1], how: 'list' };
      listPeriod = lastListPeriod(drafts, sentence, cls.metric, parties.a);
    }
    let metric = cls.metric;
    // A total with the whole world ("foreign trade turnover") has one side only.
    const world = cls.def.world && !cls.target ? worldTotalOf(text, clause, amount.span.end, input.actors, lex) : undefined;
    if (world !== undefined) {
      metric = cls.metric === lex.growthMetric ? cls.metric : cls.def.world!;
      parties = { a: world ?? parties.a, b: null, how: 'world' };
    } else if (cls.def.ownTotal && cls.def.world && !cls.target && !forced && cls.metric !== lex.growthMetric) {
      // "Uzbekistan's exports reached $10.8 billion, while imports amounted to $15.9 billion": a country's own
      // flow with no other country in the clause is its total with the world, and so is the flow told after it.
      const own = ownTotalOf(text, clause, cls.cue, lead, input.actors) ?? ownTotalAfter(drafts, sentence, clause, input.actors)
        ?? demonymAfterWorld(text, clause, cls.cue, lead, input.actors, drafts, sentence);
      if (own) {
        metric = cls.def.world;
        parties = { a: own, b: null, how: 'own-total' };
      }
    }
    // "Russia accounts for 30% of Kyrgyzstan's imports, which reached $9.8 billion": the whole the share is
    // of, the possessor's total with the world (the share's holder is no side of it).
    if (cls.def.world && !cls.target && cls.cue && cls.cue.end <= lead && lex.shareBefore.test(text.slice(clause.start, cls.cue.start))
      && lex.wholeAfter.test(text.slice(cls.cue.end, lead))) {
      const owner = within(input.actors, clause.start, cls.cue.start)
        .filter((m) => /^(?:['’]s?)?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(m.span.end, cls!.cue!.start))).pop();
      metric = cls.metric === lex.growthMetric ? cls.metric : cls.def.world;
      parties = { a: owner?.code ?? null, b: null, how: 'share-whole' };
    }
    const flow = amount.amountKind !== 'count' && cls.def.period === 'flow';
    const found = resolvePeriod({
      text, sentence, clause, amount: amount.span, evidence, flow, dates: input.dates, published: input.published,
      others: amounts.filter((o) => o !== amount && o.amountKind !== 'percent').map((o) => o.span),
      totals: totalsOf(clause),
      target: cls.target,
    }, lex);
    // A fiscal year covers the months of the reporting country's fiscal year (a is the reporter).
    // A clause referring back to the sentence before takes its period from there too ("… in 2023-24. It has touched $65 billion").
    const periodFound = found.how === 'none' && referredTo ? resolvePeriod({
      text, sentence: referredTo, clause: referredTo.span, amount: { start: referredTo.span.end, end: referredTo.span.end },
      evidence, flow, dates: input.dates, published: input.published, others: [], target: cls.target,
    }, lex) : found;
    let period: DateInterval | null = periodFound.fiscal ? fiscalInterval(periodFound.fiscal, [parties.a, parties.b]) : periodFound.period;
    let periodHow = periodFound === found ? found.how : `referred-${periodFound.how}`;
    // "… $28 billion in the same period", "$7.8 billion in the corresponding period of 2024".
    const same = flow ? samePeriodOf(text.slice(amount.span.end, clause.end), drafts, sentence, lex, [parties.a, parties.b]) : null;
    let comparedBase = false;
    if (same) {
      period = same;
      periodHow = 'same-period';
      const groups = lex.samePeriod.exec(text.slice(amount.span.end, clause.end))?.groups;
      comparedBase = Boolean(groups?.['year'] || groups?.['back']);
    }
    // "… a 5.3% decrease compared to 2022 ($6.3 billion)": the bracketed sum is the level of the date compared with.
    const base = flow && !cls.target ? comparedDate(text, sentence, amount, input.dates, lex) : null;
    if (base) {
      period = base.interval;
      periodHow = 'compared-bracket';
    }
    // "… $1.3 billion, 30% more than the same period last year ($1 billion in January–May 2023)": the bracket's period a year on.
    const yearOn = flow && !cls.target ? periodYearOn(text, sentence, amount, input.dates, lex) : null;
    if (yearOn && !ownDateBefore(input.dates, sentence, amount, period)) {
      period = yearOn;
      periodHow = 'year-on';
    }
    // "… while imports reached $2.8 billion during this period": the latest flow figure's period, a few sentences back.
    if (periodHow === 'none' && flow && !cls.target && lex.thisPeriod.test(text.slice(amount.span.end, sentence.span.end))) {
      const referred = referredPeriod(drafts, sentence, parties.a, parties.b);
      if (referred) {
        period = referred;
        periodHow = 'this-period';
      }
    }
    if (periodHow === 'none' && listPeriod) {
      period = listPeriod;
      periodHow = 'list-before';
    }
    if (periodHow === 'none' && flow && !cls.target) {
      const inherited = inheritPeriod(drafts, sentence, parties.a, parties.b);
      if (inherited) {
        period = inherited;
        periodHow = 'inherited';
      }
    } else if (periodHow === 'none' && cls.def.news && !cls.target) {
      ({ period, how: periodHow } = newsDate(input.sentences, sentence, input.dates, input.published, 2,
        { reference: lex.meetingReference, told: lex.meetingTold }));
    }
    const figure: RecordFigure = {
      metric,
      a: parties.a,
      b: parties.b,
      value: cls.sign === -1 ? -amount.value : amount.value,
      unit: amount.currencyChoices ? currencyForParties({ code: amount.unit, choices: amount.currencyChoices }, [parties.a, parties.b]) : amount.unit,
      qualifier: amount.qualifier,
      period,
      evidence: [evidence],
      rule: `${cls.rule};parties=${parties.how};period=${periodHow}`,
    };
    if (!parties.a || (!parties.b && parties.how !== 'world')) {
      diagnostics.push({
        reason: `${metric} figure with ${!parties.a && !parties.b ? 'no parties' : 'one party'} found`,
        rule: 'figures/party-unresolved', severity: 'warning', span: evidence,
      });
    }
    drafts.push({
      figure, a: parties.a, b: parties.b, world: parties.how === 'world' || parties.how === 'own-total', sentence: sentence.index, paragraph: sentence.paragraph, flow, target: cls.target,
      directed: cls.def.parties !== 'symmetric', end: amount.span.end, base: comparedBase,
    });
  });
}

/**
 * For a clause about a total with the whole world that names at most one country: that country, or
 * null when it names none; undefined when the clause is not about such a total.
 */
function worldTotalOf(text: string, clause: Span, amountEnd: number, actors: readonly ActorMention[], lex: MetricLexicon): string | null | undefined {
  if (!lex.world.test(text.slice(clause.start, clause.end))) return undefined;
  // "FDI in Uzbekistan rose to $10 billion, with China and Russia accounting for the largest share": actors
  // after the amount's comma tell its make-up, not a second side.
  const comma = text.slice(amountEnd, clause.end).search(/,\s+(?:with|of\s+which|including|led\s+by|mostly\s+from|mainly\s+from)\s/u);
  const end = comma < 0 ? clause.end : amountEnd + comma;
  const codes = [...new Set(within(actors, clause.start, end).map((m) => m.code))];
  return codes.length > 1 ? undefined : codes[0] ?? null;
}

/** "(about", "or some" … between a sum and the same sum in another currency. */
const CONVERSION_BETWEEN = /^\s*(?:\(\s*|,?\s*or\s+|\(\s*(?:equivalent\s+to|equal\s+to)\s+)$/iu;
const CONVERSION_AFTER = /^\s*\)/u;

/**
 * Money amounts that only restate another one in a second currency ("1.5 trillion tenge ($3.2
 * billion)", "€5 billion, or some $5.4 billion"): of each pair the sum as first written stays (the
 * figure the source reported; the conversion is the writer's), the restatement is dropped.
 */
function conversions(text: string, amounts: readonly Amount[]): Set<Amount> {
  const dropped = new Set<Amount>();
  for (let i = 0; i + 1 < amounts.length; i++) {
    const x = amounts[i]!;
    const y = amounts[i + 1]!;
    if (x.amountKind !== 'money' || y.amountKind !== 'money' || x.unit === y.unit || dropped.has(x)) continue;
    const between = text.slice(x.span.end, y.qualifierStart ?? y.span.start);
    const bracketed = between.includes('(');
    if (!CONVERSION_BETWEEN.test(between) || (bracketed && !CONVERSION_AFTER.test(text.slice(y.span.end, y.span.end + 3)))) continue;
    dropped.add(y);
  }
  return dropped;
}

/**
 * The part of a clause that belongs to one sum of a directed flow: from the sum before it to the sum
 * after it ("A's exports to B reached $3 billion, and B's exports to A $1 billion": the roles of the
 * second flow are no roles of the first).
 */
function ownStretch(clause: Span, amount: Amount, amounts: readonly Amount[], cues: readonly Cue[]): Span {
  const money = amounts.filter((a) => isMoneyLike(a) && a.span.start >= clause.start && a.span.end <= clause.end);
  const k = money.indexOf(amount);
  if (k < 0 || money.length < 2) return clause;
  const start = k > 0 ? money[k - 1]!.span.end : clause.start;
  if (k + 1 >= money.length) return { start, end: clause.end };
  // Up to the cue of the next sum ("… $600 million and imports from B came to $250 million"), else the next sum.
  const next = money[k + 1]!.qualifierStart ?? money[k + 1]!.span.start;
  const cue = cues.find((c) => c.span.start >= amount.span.end && c.span.end <= next);
  return { start, end: cue ? cue.span.start : next };
}

/** The latest directed flow figure of this sentence with both sides known. */
function lastDirectedIn(drafts: readonly Draft[], sentence: Sentence): Draft | null {
  const d = drafts[drafts.length - 1];
  return d && d.sentence === sentence.index && d.directed && d.flow && !d.target && d.a && d.b ? d : null;
}

/**
 * "in the same period" after an amount: the period of the flow figure before it in the sentence; "in
 * the corresponding period of 2024": the same months of 2024 (when that period lies within one year).
 */
function samePeriodOf(
  after: string, drafts: readonly Draft[], sentence: Sentence, lex: MetricLexicon, pair: readonly (string | null)[],
): DateInterval | null {
  const m = lex.samePeriod.exec(after);
  if (!m) return null;
  // The flow before it in the sentence, else (a sentence of its own: "Trade came to $2.1 billion in January-April.
  // It stood at $1.8 billion in the corresponding period of 2023") the last one of the sentence just before, of the same pair.
  const prior = [...drafts].reverse().find((d) => d.sentence === sentence.index && d.flow && !d.target && d.figure.period && d.figure.unit !== '%')
    ?? [...drafts].reverse().find((d) => d.sentence === sentence.index - 1 && sentence.paragraph - d.paragraph <= 1 && d.flow && !d.target
      && !d.world && d.figure.period && samePairAsFarAsKnown(pair, [d.a, d.b]));
  const p = prior?.figure.period;
  if (!p) return null;
  if (m.groups?.['back']) return { from: shiftYears(p.from, -1), to: shiftYears(p.to, -1) };
  const year = m.groups?.['year'] ? /\d{4}/.exec(m.groups['year'])![0] : null;
  if (!year) return p;
  if (p.from.slice(0, 4) !== p.to.slice(0, 4)) return null;
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const to = p.to.slice(4) === '-02-29' && !leap(Number(year)) ? '-02-28' : p.to.slice(4);
  return { from: `${year}${p.from.slice(4)}`, to: `${year}${to}` };
}

/**
 * An excerpt cut off right after a number ("exports reached $32.3 billion, while imports totaled $7.6"):
 * the last sum of the text, with no scale word, takes the scale of the sum before it in the sentence.
 */
function withCutScale(text: string, amounts: readonly Amount[]): readonly Amount[] {
  const last = amounts[amounts.length - 1];
  if (!last || last.amountKind !== 'money' || last.value >= 1000 || text.slice(last.span.end).trim() !== '') return amounts;
  if (!/^\d[\d.,]*$/u.test(text.slice(last.span.start, last.span.end).replace(/^\D+/u, ''))) return amounts;
  const before = [...amounts.slice(0, -1)].reverse().find((a) => a.amountKind === 'money' && a.unit === last.unit && a.value >= 1e6);
  if (!before) return amounts;
  const scale = 10 ** (3 * Math.floor(Math.log10(before.value) / 3));
  return [...amounts.slice(0, -1), { ...last, value: Math.round(last.value * scale), rule: `${last.rule}+cut-scale` }];
}

/** The sentence just before, when it is in the same paragraph. */
function sentenceBefore(sentences: readonly Sentence[], sentence: Sentence): Sentence | null {
  const back = sentences[sentence.index - 1];
  return back && back.paragraph === sentence.paragraph ? back : null;
}

/** From the metric cue to the amount (qualifier included), inside the sentence. */
function evidenceSpan(amount: Amount, cue: Span | null, sentence: Span): Span {
  let start = amount.qualifierStart ?? amount.span.start;
  let end = amount.span.end;
  if (cue) {
    start = Math.min(start, cue.start);
    end = Math.max(end, cue.end);
  }
  return { start: Math.max(start, sentence.start), end: Math.min(end, sentence.end) };
}

/** The period of the latest flow figure just before, in the same paragraph, about the same pair. */
function inheritPeriod(drafts: readonly Draft[], sentence: Sentence, a: string | null, b: string | null): DateInterval | null {
  // The paragraph just before stays open past a base compared with in its last sentence ("… $933 million. It
  // stood at $541 million in the corresponding period of 2021." ¶ "Of the total, exports amounted to …").
  let openParagraph = sentence.paragraph;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    // Wire copy often gives each sentence a paragraph of its own: the flow in the sentence just before, across
    // a paragraph break, is still the one a bare "Imports rose to $X" goes on from.
    const adjacent = sentence.index - d.sentence === 1 && sentence.paragraph - d.paragraph === 1;
    if ((d.paragraph !== sentence.paragraph && d.paragraph !== openParagraph && !adjacent) || sentence.index - d.sentence > INHERIT_SENTENCES) break;
    if (d.base && adjacent) openParagraph = d.paragraph;
    if (!d.flow || d.target || d.base || !d.figure.period) continue;
    if (samePairAsFarAsKnown([a, b], [d.a, d.b])) return d.figure.period;
  }
  return null;
}

/** Two full pairs must be the same pair; a pair with an unknown side need only share its known side. */
function samePairAsFarAsKnown(x: readonly (string | null)[], y: readonly (string | null)[]): boolean {
  const cx = x.filter((c): c is string => c !== null);
  const cy = y.filter((c): c is string => c !== null);
  if (cx.length === 2 && cy.length === 2) return cx.every((c) => cy.includes(c)) && cy.every((c) => cx.includes(c));
  return cx.length === 0 || cy.length === 0 || cx.some((c) => cy.includes(c));
}

/** Sentences back (any paragraph) that a bracketed earlier level or "during this period" may refer to. */
const REFER_SENTENCES = 4;

/** The latest flow figure up to `back` sentences before (the same sentence included), when it has both sides and a period. */
function latestFlow(drafts: readonly Draft[], sentence: Sentence, back: number): Draft | null {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (sentence.index - d.sentence > back) break;
    if (!d.flow || d.target) continue;
    return !d.world && d.a && d.b && d.figure.period ? d : null;
  }
  return null;
}

/**
 * "This figure is 23% higher year-on-year ($3.8 billion in January–May 2023)": a bracketed sum with a
 * period of its own, right after a comparison, is the earlier level of the latest flow figure (same
 * metric and pair).
 */
function earlierLevelOf(
  text: string, sentence: Sentence, amount: Amount, drafts: readonly Draft[], lex: MetricLexicon, base: boolean,
): { cls: Classification; parties: { a: string | null; b: string | null; how: string } } | null {
  const lead = amount.qualifierStart ?? amount.span.start;
  if (!base) {
    if (!lex.earlierBracket.test(text.slice(sentence.span.start, lead))) return null;
    if (!/^\s+(?:in|during|for|over)\s+[^()]{3,50}\)/u.test(text.slice(amount.span.end, sentence.span.end))) return null;
  }
  const d = latestFlow(drafts, sentence, REFER_SENTENCES);
  const def = d ? lex.moneyMetrics.find((m) => m.id === d.figure.metric) : undefined;
  if (!d || !def) return null;
  return {
    cls: { metric: def.id, def, cue: null, rule: `figure:${def.id}:earlier-bracket`, target: false },
    parties: { a: d.a, b: d.b, how: 'earlier-bracket' },
  };
}

/**
 * "… $1.3 billion, 30% more than the same period last year ($1 billion in January–May 2023)": the
 * period of the bracket one year on, when it lies within one year; null otherwise.
 */
function periodYearOn(text: string, sentence: Sentence, amount: Amount, dates: readonly DateMention[], lex: MetricLexicon): DateInterval | null {
  const m = lex.lastYearBracket.exec(text.slice(amount.span.end, sentence.span.end));
  if (!m) return null;
  const open = amount.span.end + m[0].length;
  const close = text.indexOf(')', open);
  if (close < 0 || close > sentence.span.end) return null;
  const date = within(dates, open, close).filter((d) => d.grain !== 'day').pop();
  if (!date || date.interval.from.slice(0, 4) !== date.interval.to.slice(0, 4)) return null;
  const shift = (day: string): string => {
    const y = Number(day.slice(0, 4)) + 1;
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return `${y}${day.slice(4) === '-02-29' && !leap ? '-02-28' : day.slice(4)}`;
  };
  return { from: shift(date.interval.from), to: shift(date.interval.to) };
}

/** Whether the period found is that of a date written before the amount in its sentence (the figure's own). */
function ownDateBefore(dates: readonly DateMention[], sentence: Sentence, amount: Amount, period: DateInterval | null): boolean {
  if (!period) return false;
  return within(dates, sentence.span.start, amount.span.start).some((d) => d.interval.from <= period.from && d.interval.to >= period.to);
}

/** "During this period": the period of the latest flow figure of the same pair (as far as known), a few sentences back. */
function referredPeriod(drafts: readonly Draft[], sentence: Sentence, a: string | null, b: string | null): DateInterval | null {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (sentence.index - d.sentence > REFER_SENTENCES) break;
    // The earlier level a figure was compared with is not the period spoken of.
    if (!d.flow || d.target || !d.figure.period || d.figure.rule?.includes(':earlier-bracket')) continue;
    if (samePairAsFarAsKnown([a, b], [d.a, d.b])) return d.figure.period;
  }
  return null;
}

/** "Uzbekistan's exports …": the possessor right before the cue, when the clause names no other country. */
function ownTotalOf(text: string, clause: Span, cue: Span | null, lead: number, actors: readonly ActorMention[]): string | null {
  if (!cue || cue.end > lead) return null;
  const inClause = within(actors, clause.start, clause.end);
  const owner = inClause.find((m) => m.span.end <= cue.start && /^['’]s?\s+$/u.test(text.slice(m.span.end, cue.start)));
  if (!owner || inClause.some((m) => m.code !== owner.code)) return null;
  return owner.code;
}

/**
 * "Turkey's foreign trade reached $26.7 billion in June. Turkish exports … totaled $11.6 billion. Imports to Turkey
 * amounted to …": a flow in a clause naming that one country only, right after its total with the world (the
 * sentence before, or earlier in this one), is its total too.
 */
function demonymAfterWorld(
  text: string, clause: Span, cue: Span | null, lead: number, actors: readonly ActorMention[], drafts: readonly Draft[], sentence: Sentence,
): string | null {
  if (!cue || cue.end > lead) return null;
  const inClause = within(actors, clause.start, clause.end);
  const owner = inClause[0];
  if (!owner || inClause.some((m) => m.code !== owner.code)) return null;
  // (the latest sum before, past the percentages told with it)
  const d = [...drafts].reverse().find((x) => x.figure.unit !== '%');
  const near = d && (d.sentence === sentence.index || (d.sentence === sentence.index - 1 && d.paragraph === sentence.paragraph));
  return near && d.world && d.a === owner.code ? owner.code : null;
}

/** "…, while imports amounted to $15.9 billion": a clause naming no country after a country's own total in the sentence. */
function ownTotalAfter(drafts: readonly Draft[], sentence: Sentence, clause: Span, actors: readonly ActorMention[]): string | null {
  const d = drafts[drafts.length - 1];
  if (!d || d.sentence !== sentence.index || !d.world || !d.directed || !d.a) return null;
  return within(actors, clause.start, clause.end).length === 0 ? d.a : null;
}

/** Between two listed sums or two listed countries: a comma or "and". */
const LIST_JOIN = /^\s*(?:,\s*|,?\s+and\s+)$/u;
/** Between two listed countries ("Romania and the Netherlands"). */
const LIST_MENTION_JOIN = /^\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?$/iu;

/**
 * "Exports to Italy and the U.S. totaled $3.1 billion and $3.2 billion (, respectively)": as many countries
 * after one preposition as sums joined in the sentence after them; the k-th sum is the k-th country's.
 * Returns that country, its role (the preposition's) and all the listed codes.
 */
function fromList(
  text: string, sentence: Sentence, clause: Span, amount: Amount, money: readonly Amount[], cls: Classification, input: FigureInput,
): { own: string; role: 'origin' | 'destination'; codes: string[] } | null {
  const roles = cls.def.roles!;
  // The run of sums this one belongs to, joined by commas and "and".
  const k = money.indexOf(amount);
  if (k < 0) return null;
  let first = k;
  while (first > 0 && LIST_JOIN.test(text.slice(money[first - 1]!.span.end, money[first]!.qualifierStart ?? money[first]!.span.start))) first--;
  let last = k;
  while (last + 1 < money.length && LIST_JOIN.test(text.slice(money[last]!.span.end, money[last + 1]!.qualifierStart ?? money[last + 1]!.span.start))) last++;
  const n = last - first + 1;
  if (n < 2) return null;
  const lead = money[first]!.qualifierStart ?? money[first]!.span.start;
  const before = within(input.actors, Math.max(sentence.span.start, clause.start), lead);
  // The listed countries: the last run of mentions joined by commas and "and", right after a preposition.
  let end = before.length - 1;
  let start = end;
  while (start > 0 && LIST_MENTION_JOIN.test(text.slice(before[start - 1]!.span.end, before[start]!.span.start))) start--;
  const listed = before.slice(start, end + 1);
  if (listed.length !== n || new Set(listed.map((m) => m.code)).size !== n) return null;
  const prep = text.slice(Math.max(sentence.span.start, listed[0]!.span.start - 12), listed[0]!.span.start);
  const role = roles.destinationPrep?.test(prep) ? 'destination' : roles.originPrep?.test(prep) ? 'origin' : null;
  if (!role) return null;
  // Nothing but the verb may stand between the list and its sums ("… the Netherlands reached $1.9 billion").
  if (!/^[^,;()$€£¥₹\d]{0,40}$/u.test(text.slice(listed[n - 1]!.span.end, lead))) return null;
  return { own: listed[k - first]!.code, role, codes: listed.map((m) => m.code) };
}

/** The period of the latest listed figure of this metric and side in the two sentences before ("… in the first three months. Exports to A and B totaled …"). */
function lastListPeriod(drafts: readonly Draft[], sentence: Sentence, metric: string, a: string | null): DateInterval | null {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (sentence.index - d.sentence > 2) break;
    if (d.sentence === sentence.index) continue;
    if (d.figure.metric === metric && d.a === a && d.figure.period && d.figure.rule?.includes('parties=list')) return d.figure.period;
  }
  return null;
}

/**
 * "compared to 2022 ($6.3 billion)", "16% less than from January through December 2022 ($4.7 billion)": the
 * period compared with, when the sum alone stands in brackets right after it.
 */
function comparedDate(text: string, sentence: Sentence, amount: Amount, dates: readonly DateMention[], lex: MetricLexicon): { interval: DateInterval } | null {
  const lead = amount.qualifierStart ?? amount.span.start;
  if (!/^\s*\)/u.test(text.slice(amount.span.end, amount.span.end + 3))) return null;
  const compared = (at: number): boolean => lex.comparedBefore.test(text.slice(Math.max(sentence.span.start, at - 60), at));
  const date = within(dates, sentence.span.start, lead).filter((d) => d.grain !== 'day').pop();
  if (date && /^\s*\(\s*$/u.test(text.slice(date.span.end, lead))) return compared(date.span.start) ? date : null;
  // A bare year right before the bracket ("compared to 2022 (").
  const year = /\b((?:19|20)\d\d)\s*\(\s*$/u.exec(text.slice(sentence.span.start, lead));
  if (!year || !compared(lead - (text.slice(sentence.span.start, lead).length - year.index))) return null;
  return { interval: { from: `${year[1]}-01-01`, to: `${year[1]}-12-31` } };
}

/** The same day `years` years off (29 February becomes the 28th in a common year). */
function shiftYears(day: string, years: number): string {
  const y = Number(day.slice(0, 4)) + years;
  const rest = day.slice(4);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}${rest === '-02-29' && !leap ? '-02-28' : rest}`;
}
