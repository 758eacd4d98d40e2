/**
 * Partners and balance for the API, computed by the same code as the brief (loadBriefInput + buildBriefModel)
 * and kept per (focus, grain, range): the store is opened read-only, so an answer never goes stale while the
 * server runs, and a million-event store pays the aggregation and bootstrap once per combination.
 */
import type { Grain } from '../analyze/periods.js';
import { TIERS } from '../record/types.js';
import { loadBriefInput } from '../report/brief-loader.js';
import { buildBriefModel, type BriefModel } from '../report/brief-model.js';
import { actorName } from '../report/actor-names.js';
import { OTHER_VECTOR } from '../analyze/vector-grouping.js';
import { publishedYears } from '../store/database-file.js';
import type { SqliteFactStore } from '../store/sqlite-fact-store.js';
import { defaultFocus, partnersOfFocus } from './api-queries.js';
import { buildVectorGrouping } from '../analyze/vector-grouping.js';

/** What a model is asked for. */
export interface ModelKey {
  readonly focus?: string | undefined;
  readonly grain: Grain;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** At most this many models are kept; the oldest goes first. */
const MAX_MODELS = 32;

export class AnalysisCache {
  private readonly models = new Map<string, Promise<BriefModel>>();
  private focus: string | null | undefined;
  private years: { from: string; to: string } | null | undefined;

  constructor(private readonly store: SqliteFactStore) {}

  /** The default focus: the actor in most stored documents (null for an empty store). */
  defaultFocus(): string | null {
    if (this.focus === undefined) this.focus = defaultFocus(this.store.connection);
    return this.focus;
  }

  private readonly vectorPartners = new Map<string, Map<string, string[]>>();

  /** The partners of the focus in each of its vectors (null: no such vector in the focus's grouping). */
  partnersInVector(focus: string, vector: string): string[] | null {
    let byVector = this.vectorPartners.get(focus);
    if (!byVector) {
      const grouping = buildVectorGrouping(focus);
      byVector = new Map([...grouping.vectors.map((v) => [v.id, []] as [string, string[]]), [OTHER_VECTOR, []]]);
      for (const p of partnersOfFocus(this.store.connection, focus)) byVector.get(grouping.vectorOf(p))?.push(p);
      this.vectorPartners.set(focus, byVector);
    }
    return byVector.get(vector) ?? null;
  }

  /** The years the documents were published in: the default range, as in the demo's brief. */
  publishedYears(): { from: string; to: string } | null {
    if (this.years === undefined) this.years = publishedYears(this.store.connection);
    return this.years;
  }

  /** The brief's model for a focus, grain and range; null when the store holds no facts and no focus was given. */
  async model(key: ModelKey): Promise<BriefModel | null> {
    const focus = key.focus ?? this.defaultFocus();
    if (focus === null) return null;
    const years = this.publishedYears();
    const from = key.from ?? (key.to ? undefined : years?.from);
    const to = key.to ?? (key.from ? undefined : years?.to);
    const id = JSON.stringify([focus, key.grain, from ?? null, to ?? null]);
    let model = this.models.get(id);
    if (!model) {
      model = loadBriefInput(this.store, { focus, grain: key.grain, from, to }).then((input) => buildBriefModel(input));
      // A failed build is not kept, so that the next request tries again.
      model.catch(() => this.models.delete(id));
      this.models.set(id, model);
      if (this.models.size > MAX_MODELS) this.models.delete(this.models.keys().next().value!);
    }
    return model;
  }
}

/** The partners table of a model, with actor names and each partner's highest stated tier. */
export function partnersOf(model: BriefModel) {
  const rank = (tier: string) => (TIERS as readonly string[]).indexOf(tier);
  return model.partners.map((p) => {
    const stated = model.relations.filter((r) => (r.a === p.partner || r.b === p.partner) && (r.a === model.focus || r.b === model.focus));
    const highest = stated.reduce<(typeof stated)[number] | null>((best, r) => (best === null || rank(r.tier) < rank(best.tier) ? r : best), null);
    return {
      partner: p.partner, name: actorName(p.partner), vector: p.vector, vectorLabel: model.grouping.labelOf(p.vector),
      events: p.events, planned: p.planned, byType: p.byType, engagement: p.engagement, cooperation: p.cooperation, conflict: p.conflict,
      lastContact: p.lastContact,
      tier: p.tier ? { tier: p.tier.tier, label: p.tier.label, statedOn: p.tier.statedOn, evidence: p.tier.evidence } : null,
      highestTier: highest ? { tier: highest.tier, label: highest.label, statedOn: highest.statedOn } : null,
      trade: p.trade,
    };
  });
}

/** The balance series of a model: index, great-power index, intervals and shares per vector. */
export function balanceOf(model: BriefModel) {
  return {
    focus: model.focus,
    focusName: model.focusName,
    by: model.grain,
    range: model.range,
    bootstrapRounds: model.bootstrapRounds,
    vectors: [
      ...model.grouping.vectors.map((v) => ({ id: v.id, label: v.label, greatPower: v.greatPower })),
      ...(model.vectorSeries.some((v) => v.vector === OTHER_VECTOR) ? [{ id: OTHER_VECTOR, label: model.grouping.labelOf(OTHER_VECTOR), greatPower: false }] : []),
    ],
    periods: model.balance.map((b) => ({
      period: b.period,
      events: b.events,
      engagement: b.engagement,
      index: b.index,
      interval: b.interval,
      greatPowerIndex: b.greatPowerIndex,
      greatPowerInterval: b.greatPowerInterval,
      dominant: b.dominant,
      dominantShare: b.dominantShare,
      shares: Object.fromEntries(Object.entries(b.byVector).map(([v, e]) => [v, b.engagement > 0 ? e.engagement / b.engagement : 0])),
      byVector: b.byVector,
    })),
    trade: [...model.trade],
    keyEvents: model.timeline.map((t) => ({
      day: t.day, type: t.type, mode: t.mode, status: t.status, source: t.source, target: t.target, partner: t.partner, vector: t.vector,
      weight: t.weight, evidence: t.evidence[0] ? { documentId: t.evidence[0].documentId, title: t.evidence[0].title, sentence: t.evidence[0].sentence } : null,
    })),
  };
}
