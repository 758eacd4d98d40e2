/** Assembles everything the brief shows from stored facts and event counts: a pure function, no I/O. */
import { balanceSeries, DEFAULT_ROUNDS, type BalanceOptions, type PeriodBalance } from '../analyze/balance-series.js';
import { eventDay, eventPartner, type EventCountRow } from '../analyze/event-counts.js';
import { eventWeight, engagementKind, loadEngagementWeights, type EngagementKind, type EngagementWeights } from '../analyze/engagement-weights.js';
import { figurePartner, tradeBalanceSeries, type TradePoint } from '../analyze/trade-balance.js';
import { partnerProfiles, type PartnerProfile } from '../analyze/partner-profiles.js';
import { periodRange, periodStart, withinBounds, type Grain } from '../analyze/periods.js';
import { buildVectorGrouping, OTHER_VECTOR, type VectorGrouping, type VectorsFile } from '../analyze/vector-grouping.js';
import type { StoredEvent, StoredEvidence, StoredFigure, StoredRelation } from '../store/types.js';
import { actorName } from './actor-names.js';

/** What the brief is built from; the loader fills it from the store, tests by hand. */
export interface BriefInput {
  readonly focus: string;
  readonly grain: Grain;
  /** Inclusive ISO-prefix bounds; when absent the data's own range is used. */
  readonly from?: string | null | undefined;
  readonly to?: string | null | undefined;
  /** Event counts of the focus (already within the bounds). */
  readonly rows: readonly EventCountRow[];
  /** Candidate events for the timeline (with evidence); the model keeps the weightiest. */
  readonly events: readonly StoredEvent[];
  readonly relations: readonly StoredRelation[];
  readonly figures: readonly StoredFigure[];
  readonly lastContacts: ReadonlyMap<string, string>;
  /** Number of stored documents, for the header line. */
  readonly documents?: number;
}

/** Knobs of the model, mostly for tests. */
export interface BriefOptions extends BalanceOptions {
  readonly timelineLimit?: number;
  readonly vectorsFile?: VectorsFile;
  readonly weights?: EngagementWeights;
}

/** One entry of the key-events timeline. */
export interface TimelineEntry {
  readonly day: string;
  readonly date: { readonly from: string; readonly to: string } | null;
  readonly type: StoredEvent['type'];
  readonly mode: string | null;
  readonly status: StoredEvent['status'];
  readonly source: string;
  readonly target: string;
  readonly partner: string;
  readonly vector: string;
  readonly weight: number;
  readonly kind: EngagementKind;
  readonly evidence: readonly StoredEvidence[];
}

/** A vector's engagement per period, for the chart and its table. */
export interface VectorSeries {
  readonly vector: string;
  readonly label: string;
  readonly greatPower: boolean;
  readonly values: readonly number[];
  readonly total: number;
}

/** Everything a renderer needs; labels resolved, nothing left to compute. */
export interface BriefModel {
  readonly focus: string;
  readonly focusName: string;
  readonly grain: Grain;
  readonly range: { readonly from: string; readonly to: string } | null;
  /** The "generated for" line, built from the data range only (no clock). */
  readonly generatedFor: string;
  readonly grouping: VectorGrouping;
  readonly periods: readonly string[];
  readonly partners: readonly PartnerProfile[];
  readonly balance: readonly PeriodBalance[];
  readonly trade: readonly TradePoint[];
  readonly vectorSeries: readonly VectorSeries[];
  readonly timeline: readonly TimelineEntry[];
  readonly figures: readonly StoredFigure[];
  readonly relations: readonly StoredRelation[];
  readonly totals: { readonly events: number; readonly partners: number; readonly documents: number | null };
  readonly bootstrapRounds: number;
}

function minMax(values: Iterable<string>): [string, string] | null {
  let lo: string | null = null;
  let hi: string | null = null;
  for (const v of values) {
    if (lo === null || v < lo) lo = v;
    if (hi === null || v > hi) hi = v;
  }
  return lo === null || hi === null ? null : [lo, hi];
}

/** Builds the brief's model: partner table, balance and trade series, vector series, timeline, figures. */
export function buildBriefModel(input: BriefInput, options: BriefOptions = {}): BriefModel {
  const { focus, grain } = input;
  const weights = options.weights ?? loadEngagementWeights();
  const grouping = buildVectorGrouping(focus, options.vectorsFile);
  const bounds = { from: input.from ?? null, to: input.to ?? null };

  const figures = input.figures
    .filter((f) => figurePartner(f, focus) !== null || f.a === focus || f.b === focus)
    .filter((f) => {
      const day = f.period?.to ?? f.statedOn;
      return day === null || withinBounds(day, bounds.from, bounds.to);
    })
    .sort((a, b) => (a.period?.from ?? a.statedOn ?? '').localeCompare(b.period?.from ?? b.statedOn ?? '') || a.metric.localeCompare(b.metric) || a.id - b.id);
  const relations = input.relations
    .filter((r) => (r.a === focus || r.b === focus) && (r.statedOn === null || withinBounds(r.statedOn, bounds.from, bounds.to)))
    .sort((a, b) => (a.statedOn ?? '').localeCompare(b.statedOn ?? '') || a.id - b.id);

  // The covered range: the bounds asked for, else what the counts and trade figures span.
  const data = minMax([
    ...input.rows.map((r) => periodStart(r.period)),
    ...figures.filter((f) => f.metric === 'trade_turnover' && f.period).map((f) => f.period!.to.slice(0, 7)),
  ]);
  const from = bounds.from ?? data?.[0] ?? null;
  const to = bounds.to ?? data?.[1] ?? null;
  const periods = from !== null && to !== null ? periodRange(from, to, grain) : [];
  const periodSet = new Set(periods);
  const rows = input.rows.filter((r) => periodSet.has(r.period));

  const balance = balanceSeries(rows, grouping, weights, periods, options);
  const trade = tradeBalanceSeries(figures, focus, grouping, grain, periods);
  const partners = partnerProfiles({ rows, relations, figures, lastContacts: input.lastContacts, focus, grouping, weights });

  const vectorIds = [...grouping.vectors.map((v) => v.id), ...(balance.some((b) => b.byVector[OTHER_VECTOR]) ? [OTHER_VECTOR] : [])];
  const vectorSeries = vectorIds.map((id) => {
    const values = balance.map((b) => b.byVector[id]?.engagement ?? 0);
    return {
      vector: id,
      label: grouping.labelOf(id),
      greatPower: grouping.vectors.find((v) => v.id === id)?.greatPower ?? false,
      values,
      total: values.reduce((s, v) => s + v, 0),
    };
  });

  const limit = options.timelineLimit ?? 40;
  const timeline: TimelineEntry[] = [];
  for (const ev of input.events) {
    const partner = eventPartner(ev, focus);
    const day = eventDay(ev);
    if (partner === null || day === null || !withinBounds(day, bounds.from, bounds.to)) continue;
    timeline.push({
      day, date: ev.date, type: ev.type, mode: ev.mode, status: ev.status, source: ev.source, target: ev.target,
      partner, vector: grouping.vectorOf(partner), weight: eventWeight(weights, ev.type, ev.mode, ev.status),
      kind: engagementKind(weights, ev.type), evidence: ev.evidence,
    });
  }
  // Key events are the weightiest; shown in date order.
  timeline.sort((a, b) => b.weight - a.weight || b.day.localeCompare(a.day) || a.partner.localeCompare(b.partner));
  const key = timeline.slice(0, limit).sort((a, b) => a.day.localeCompare(b.day) || a.partner.localeCompare(b.partner) || a.type.localeCompare(b.type));

  const focusName = actorName(focus);
  const range = periods.length > 0 ? { from: periods[0]!, to: periods[periods.length - 1]! } : null;
  const generatedFor = range
    ? `Brief for ${focusName} (${focus}), ${range.from === range.to ? range.from : `${range.from} to ${range.to}`}, by ${grain}`
    : `Brief for ${focusName} (${focus}): no dated facts in range`;

  return {
    focus, focusName, grain, range, generatedFor, grouping, periods, partners, balance, trade, vectorSeries,
    timeline: key, figures, relations,
    totals: { events: rows.reduce((s, r) => s + r.count, 0), partners: partners.length, documents: input.documents ?? null },
    bootstrapRounds: options.rounds ?? DEFAULT_ROUNDS,
  };
}
