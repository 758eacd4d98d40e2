/** One row per partner of the focus: events by type, engagement, last contact, latest tier with evidence, trade. */
import { TIERS, type PloverType, type Qualifier, type Tier } from '../record/types.js';
import type { StoredEvent, StoredEvidence, StoredFigure, StoredRelation } from '../store/types.js';
import { eventDay, eventPartner, type EventCountRow } from './event-counts.js';
import { engagementKind, eventWeight, type EngagementWeights } from './engagement-weights.js';
import { figurePartner, TRADE_METRIC } from './trade-balance.js';
import type { VectorGrouping } from './vector-grouping.js';

/** The tier a partnership was last stated at, with where it was stated. */
export interface TierFact {
  readonly tier: Tier;
  readonly label: string;
  readonly statedOn: string | null;
  readonly evidence: readonly StoredEvidence[];
}

/** A trade figure as shown in the partners table. */
export interface TradeFact {
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly period: { readonly from: string; readonly to: string } | null;
  readonly evidence: readonly StoredEvidence[];
}

/** A partner's summary over the whole range. */
export interface PartnerProfile {
  readonly partner: string;
  readonly vector: string;
  readonly events: number;
  readonly planned: number;
  readonly byType: Readonly<Partial<Record<PloverType, number>>>;
  readonly engagement: number;
  readonly cooperation: number;
  readonly conflict: number;
  readonly lastContact: string | null;
  readonly tier: TierFact | null;
  readonly trade: TradeFact | null;
}

/** The latest day each partner had an occurred event with the focus. */
export function lastContacts(events: Iterable<StoredEvent>, focus: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const ev of events) {
    if (ev.status !== 'occurred') continue;
    const partner = eventPartner(ev, focus);
    const day = eventDay(ev);
    if (partner === null || day === null) continue;
    const old = out.get(partner);
    if (old === undefined || day > old) out.set(partner, day);
  }
  return out;
}

/** The latest stated tier per partner (ties on date go to the higher tier). */
export function latestTiers(relations: readonly StoredRelation[], focus: string): Map<string, TierFact> {
  const out = new Map<string, TierFact>();
  for (const r of relations) {
    const partner = r.a === focus ? r.b : r.b === focus ? r.a : null;
    if (partner === null || partner === focus) continue;
    const old = out.get(partner);
    const newer = old === undefined || (r.statedOn ?? '') > (old.statedOn ?? '') ||
      ((r.statedOn ?? '') === (old.statedOn ?? '') && TIERS.indexOf(r.tier) < TIERS.indexOf(old.tier));
    if (newer) out.set(partner, { tier: r.tier, label: r.label, statedOn: r.statedOn, evidence: r.evidence });
  }
  return out;
}

/** The latest trade-turnover figure per partner (by the end of its period, then the longest period). */
export function latestTrade(figures: readonly StoredFigure[], focus: string): Map<string, TradeFact> {
  const out = new Map<string, TradeFact & { span: number }>();
  for (const f of figures) {
    if (f.metric !== TRADE_METRIC || !f.period) continue;
    const partner = figurePartner(f, focus);
    if (partner === null) continue;
    const span = Date.parse(f.period.to) - Date.parse(f.period.from);
    const old = out.get(partner);
    if (!old || f.period.to > old.period!.to || (f.period.to === old.period!.to && span > old.span)) {
      out.set(partner, { value: f.value, unit: f.unit, qualifier: f.qualifier, period: f.period, evidence: f.evidence, span });
    }
  }
  return new Map([...out].map(([k, { span: _span, ...fact }]) => [k, fact]));
}

/** Builds the partners table, highest engagement first; partners known only from tiers or trade are included. */
export function partnerProfiles(input: {
  readonly rows: readonly EventCountRow[];
  readonly relations: readonly StoredRelation[];
  readonly figures: readonly StoredFigure[];
  readonly lastContacts: ReadonlyMap<string, string>;
  readonly focus: string;
  readonly grouping: VectorGrouping;
  readonly weights: EngagementWeights;
}): PartnerProfile[] {
  const { rows, focus, grouping, weights } = input;
  const tiers = latestTiers(input.relations, focus);
  const trade = latestTrade(input.figures, focus);
  const acc = new Map<string, { events: number; planned: number; byType: Partial<Record<PloverType, number>>; engagement: number; cooperation: number; conflict: number }>();
  const get = (p: string) => {
    let a = acc.get(p);
    if (!a) acc.set(p, (a = { events: 0, planned: 0, byType: {}, engagement: 0, cooperation: 0, conflict: 0 }));
    return a;
  };
  for (const row of rows) {
    const a = get(row.partner);
    const score = eventWeight(weights, row.type, row.mode, row.status) * row.count;
    a.events += row.count;
    if (row.status === 'planned') a.planned += row.count;
    a.byType[row.type] = (a.byType[row.type] ?? 0) + row.count;
    a.engagement += score;
    a[engagementKind(weights, row.type)] += score;
  }
  for (const p of [...tiers.keys(), ...trade.keys()]) get(p);
  return [...acc.entries()]
    .map(([partner, a]) => ({
      partner,
      vector: grouping.vectorOf(partner),
      ...a,
      lastContact: input.lastContacts.get(partner) ?? null,
      tier: tiers.get(partner) ?? null,
      trade: trade.get(partner) ?? null,
    }))
    .sort((x, y) => y.engagement - x.engagement || y.events - x.events || (x.partner < y.partner ? -1 : 1));
}
