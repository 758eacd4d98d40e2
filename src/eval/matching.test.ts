import { describe, expect, it } from 'vitest';
import { dateInside, eventCompat, figureCompat, maxMatching, periodClose, publishedOk, relationCompat } from './matching.js';
import type { GoldEvent, GoldFigure, GoldRelation } from './gold.js';

const gEvent = (over: Partial<GoldEvent> = {}): GoldEvent =>
  ({ type: 'CONSULT', source: 'AAA', target: 'BBB', status: 'occurred', date: { from: '2024-03-10', to: '2024-03-12' }, ...over }) as GoldEvent;
const pEvent = (over: Record<string, unknown> = {}) =>
  ({ type: 'CONSULT', source: 'AAA', target: 'BBB', status: 'occurred', date: { from: '2024-03-11', to: '2024-03-11' }, ...over });

describe('event matching', () => {
  const strict = eventCompat();
  it('matches the same type, pair, status and a date inside the window', () => expect(strict(pEvent(), gEvent())).toBe(true));
  it('matches the pair in either order', () => expect(strict(pEvent({ source: 'BBB', target: 'AAA' }), gEvent())).toBe(true));
  it('rejects another pair', () => expect(strict(pEvent({ target: 'CCC' }), gEvent())).toBe(false));
  it('upper-cases the predicted type', () => expect(strict(pEvent({ type: 'consult' }), gEvent())).toBe(true));
  it('accepts any type of a gold type list, and no other', () => {
    expect(strict(pEvent({ type: 'AGREE' }), gEvent({ type: ['COOPERATE', 'AGREE'] }))).toBe(true);
    expect(strict(pEvent({ type: 'SUPPORT' }), gEvent({ type: ['COOPERATE', 'AGREE'] }))).toBe(false);
  });
  it('accepts any of the alternative pairs gold lists, and then not the plain pair unless listed', () => {
    const g = gEvent({ pairs: [['AAA', 'C5'], ['AAA', 'DDD']] });
    expect(strict(pEvent({ target: 'C5' }), g)).toBe(true);
    expect(strict(pEvent({ source: 'DDD', target: 'AAA' }), g)).toBe(true);
    expect(strict(pEvent(), g)).toBe(false);
  });
  it('requires the status gold allows (one or a list)', () => {
    expect(strict(pEvent({ status: 'planned' }), gEvent())).toBe(false);
    expect(strict(pEvent({ status: 'planned' }), gEvent({ status: ['occurred', 'planned'] }))).toBe(true);
  });
  it('gives the date one day of slack each side, and no more', () => {
    expect(strict(pEvent({ date: { from: '2024-03-09', to: '2024-03-13' } }), gEvent())).toBe(true);
    expect(strict(pEvent({ date: { from: '2024-03-08', to: '2024-03-11' } }), gEvent())).toBe(false);
    expect(strict(pEvent({ date: { from: '2024-03-11', to: '2024-03-14' } }), gEvent())).toBe(false);
  });
  it('rejects a coarser predicted date than gold (a month around a day)', () =>
    expect(strict(pEvent({ date: { from: '2024-03-01', to: '2024-03-31' } }), gEvent())).toBe(false));
  it('a null gold date accepts any date, a null predicted date fails a dated gold', () => {
    expect(strict(pEvent({ date: null }), gEvent({ date: null }))).toBe(true);
    expect(strict(pEvent({ date: null }), gEvent())).toBe(false);
  });
  it('ignores date and status when relaxed, but never type or pair', () => {
    const loose = eventCompat({ status: true, date: true });
    expect(loose(pEvent({ status: 'planned', date: null }), gEvent())).toBe(true);
    expect(loose(pEvent({ type: 'AGREE' }), gEvent())).toBe(false);
  });
});

describe('dates and periods', () => {
  it('reads a bare month as its first day', () => {
    expect(dateInside({ from: '2024-05', to: '2024-05' }, { from: '2024-05-01', to: '2024-05-31' })).toBe(true);
  });
  it('takes figure periods within 31 days at each end', () => {
    const g = { from: '2023-01-01', to: '2023-12-31' };
    expect(periodClose({ from: '2023-01-31', to: '2023-12-01' }, g)).toBe(true);
    expect(periodClose({ from: '2023-02-02', to: '2023-12-31' }, g)).toBe(false);
    expect(periodClose(null, g)).toBe(false);
    expect(periodClose(null, null)).toBe(true);
  });
  it('takes a full publication date inside the window without slack', () => {
    const w = { from: '2024-01-03', to: '2024-01-05' };
    expect(publishedOk('2024-01-05', w)).toBe(true);
    expect(publishedOk('2024-01-06', w)).toBe(false);
  });
  it('takes a publication month that overlaps the window', () => {
    expect(publishedOk('2024-01', { from: '2023-12-30', to: '2024-01-02' })).toBe(true);
    expect(publishedOk('2024-02', { from: '2024-01-03', to: '2024-01-05' })).toBe(false);
  });
});

describe('relations and figures', () => {
  const rel = { a: 'AAA', b: 'BBB', tier: ['strategic_partnership', 'comprehensive_strategic_partnership'] } as GoldRelation;
  it('matches a relation by unordered pair and any allowed tier', () => {
    expect(relationCompat({ a: 'BBB', b: 'AAA', tier: 'strategic_partnership' }, rel)).toBe(true);
    expect(relationCompat({ a: 'AAA', b: 'BBB', tier: 'partnership' }, rel)).toBe(false);
  });
  const fig = { metric: 'trade_turnover', a: 'AAA', b: 'BBB', value: 1_000_000, unit: 'USD', period: { from: '2023-01-01', to: '2023-12-31' } } as GoldFigure;
  const pFig = (over: Record<string, unknown> = {}) => ({ metric: 'trade_turnover', a: 'BBB', b: 'AAA', value: 1_000_000, unit: 'USD', period: { from: '2023-01-01', to: '2023-12-31' }, ...over });
  it('matches a figure within 1 % of the value, and not beyond', () => {
    expect(figureCompat(pFig({ value: 1_009_000 }), fig)).toBe(true);
    expect(figureCompat(pFig({ value: 1_011_000 }), fig)).toBe(false);
  });
  it('requires the same unit and metric', () => {
    expect(figureCompat(pFig({ unit: 'EUR' }), fig)).toBe(false);
    expect(figureCompat(pFig({ metric: 'exports' }), fig)).toBe(false);
  });
});

describe('maximum matching', () => {
  const eq = (p: string, g: { ok: readonly string[] }): boolean => g.ok.includes(p);
  it('finds the largest matching where a greedy pass would not', () => {
    // The first prediction could take either gold; taking the first would leave the second prediction unmatched.
    const golds = [{ ok: ['x', 'y'] }, { ok: ['x'] }];
    expect(maxMatching(['x', 'y'], golds, eq).filter((i) => i >= 0)).toHaveLength(2);
  });
  it('offers required gold first, so an optional item never takes a prediction a required one needs', () => {
    const golds = [{ ok: ['x'], required: false }, { ok: ['x'] }];
    expect(maxMatching(['x'], golds, eq)).toEqual([-1, 0]);
  });
  it('matches one prediction to one gold item: a second report stays unmatched', () => {
    expect(maxMatching(['x', 'x'], [{ ok: ['x'] }], eq)).toEqual([0]);
  });
});
