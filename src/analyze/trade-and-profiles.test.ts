import { describe, expect, it } from 'vitest';
import type { StoredEvidence, StoredFigure, StoredRelation } from '../store/types.js';
import { loadEngagementWeights } from './engagement-weights.js';
import { defaultFocus } from './focus.js';
import { latestTiers, partnerProfiles } from './partner-profiles.js';
import { tradeBalanceSeries } from './trade-balance.js';
import { buildVectorGrouping } from './vector-grouping.js';

const g = buildVectorGrouping('KAZ');
const evid = (doc: string, published = '2024-01-01'): StoredEvidence => ({
  documentId: doc, url: null, title: null, published, span: { start: 0, end: 5 }, sentence: 'Words',
});
let id = 0;
const fig = (b: string, value: number, from: string, to: string, extra: Partial<StoredFigure> = {}): StoredFigure => ({
  id: ++id, metric: 'trade_turnover', a: 'KAZ', b, value, unit: 'USD', qualifier: 'exact',
  period: { from, to }, statedOn: to, evidence: [evid('f')], ...extra,
});
const rel = (b: string, tier: StoredRelation['tier'], statedOn: string): StoredRelation => ({
  id: ++id, a: 'KAZ', b, tier, label: tier.replace(/_/g, ' '), statedOn, evidence: [evid('r', statedOn)],
});

describe('tradeBalanceSeries', () => {
  const figures = [
    fig('CHN', 30, '2023-01-01', '2023-12-31'),
    fig('CHN', 20, '2023-01-01', '2023-09-30'), // shorter period for the same year: not used
    fig('RUS', 30, '2023-01-01', '2023-12-31'),
    fig('DEU', 5, '2023-01-01', '2023-12-31'),
    fig('EU', 40, '2023-01-01', '2023-12-31'), // bloc figure larger than the members' sum: replaces it
    fig('JPN', 9, '2022-01-01', '2022-12-31'),
    fig('USA', 9, '2023-01-01', '2023-12-31', { metric: 'investment' }),
    fig('UZB', 9, '2023-01-01', '2023-12-31', { unit: 'KZT' }),
    fig('TUR', 9, '2023-01-01', '2023-12-31', { period: null }),
  ];
  const [y2022, y2023] = tradeBalanceSeries(figures, 'KAZ', g, 'year', ['2022', '2023']);

  it('needs two partners for an index', () => {
    expect(y2022!.index).toBeNull();
    expect(y2022!.byPartner).toEqual({ JPN: 9 });
  });
  it('picks one figure per partner and does not count the EU twice', () => {
    expect(y2023!.byPartner).toEqual({ CHN: 30, DEU: 5, EU: 40, RUS: 30 });
    expect(y2023!.byVector).toEqual({ china: 30, europe: 40, russia: 30 });
    const p = [0.3, 0.4, 0.3];
    expect(y2023!.index).toBeCloseTo(-p.reduce((s, x) => s + x * Math.log(x), 0) / Math.log(9), 12);
  });
});

describe('latestTiers and partnerProfiles', () => {
  it('keeps the latest tier stated, the higher one on the same day', () => {
    const tiers = latestTiers([rel('TUR', 'strategic_partnership', '2020-01-01'), rel('TUR', 'enhanced_partnership', '2022-05-10'),
      rel('FRA', 'partnership', '2023-01-01'), rel('FRA', 'strategic_partnership', '2023-01-01')], 'KAZ');
    expect(tiers.get('TUR')?.tier).toBe('enhanced_partnership');
    expect(tiers.get('FRA')?.tier).toBe('strategic_partnership');
  });
  it('builds rows from counts, tiers and trade', () => {
    const profiles = partnerProfiles({
      rows: [
        { period: '2023', partner: 'JPN', type: 'CONSULT', status: 'occurred', mode: 'phone', count: 2 },
        { period: '2023', partner: 'JPN', type: 'AGREE', status: 'planned', mode: null, count: 1 },
        { period: '2023', partner: 'IND', type: 'SANCTION', status: 'occurred', mode: null, count: 1 },
      ],
      relations: [rel('FRA', 'strategic_partnership', '2023-11-01')],
      figures: [fig('JPN', 7, '2023-01-01', '2023-12-31')],
      lastContacts: new Map([['JPN', '2023-10-02']]),
      focus: 'KAZ', grouping: g, weights: loadEngagementWeights(),
    });
    expect(profiles.map((p) => p.partner)).toEqual(['JPN', 'IND', 'FRA']);
    expect(profiles[0]).toMatchObject({ vector: 'asia_pacific_south_asia', events: 3, planned: 1, byType: { CONSULT: 2, AGREE: 1 }, engagement: 6, lastContact: '2023-10-02', trade: { value: 7 } });
    expect(profiles[1]).toMatchObject({ conflict: 3, cooperation: 0 });
    expect(profiles[2]).toMatchObject({ events: 0, tier: { tier: 'strategic_partnership' } });
  });
});

describe('defaultFocus', () => {
  it('is the actor in most documents', () => {
    expect(defaultFocus({
      events: [],
      relations: [{ ...rel('TUR', 'partnership', '2020-01-01'), a: 'UZB', evidence: [evid('1'), evid('2')] }],
      figures: [{ ...fig('CHN', 1, '2020-01-01', '2020-12-31'), a: 'UZB', evidence: [evid('3')] }],
    })).toBe('UZB');
  });
  it('is null with nothing stored', () => {
    expect(defaultFocus({ events: [], relations: [], figures: [] })).toBeNull();
  });
});
