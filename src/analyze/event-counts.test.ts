import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../store/types.js';
import { countEvents, eventDay, eventPartner } from './event-counts.js';

let id = 0;
function ev(source: string, target: string, day: string | null, extra: Partial<StoredEvent> = {}): StoredEvent {
  return {
    id: ++id, type: 'CONSULT', mode: 'visit', cameo: null, source, target, status: 'occurred',
    date: day ? { from: day, to: day } : null, sourceCount: 1, fulfils: null,
    evidence: [{ documentId: 'd1', url: null, title: null, published: '2024-06-30', span: { start: 0, end: 4 }, sentence: 'Text' }],
    ...extra,
  };
}

describe('eventPartner and eventDay', () => {
  it('finds the other side whichever way round', () => {
    expect(eventPartner(ev('KAZ', 'JPN', null), 'KAZ')).toBe('JPN');
    expect(eventPartner(ev('JPN', 'KAZ', null), 'KAZ')).toBe('JPN');
  });
  it('is null for events without the focus or with it on both sides', () => {
    expect(eventPartner(ev('JPN', 'KOR', null), 'KAZ')).toBeNull();
    expect(eventPartner(ev('KAZ', 'KAZ', null), 'KAZ')).toBeNull();
  });
  it('falls back to the document date', () => {
    expect(eventDay(ev('KAZ', 'JPN', '2023-02-01'))).toBe('2023-02-01');
    expect(eventDay(ev('KAZ', 'JPN', null))).toBe('2024-06-30');
    expect(eventDay(ev('KAZ', 'JPN', null, { evidence: [] }))).toBeNull();
  });
});

describe('countEvents', () => {
  const events = [
    ev('KAZ', 'JPN', '2023-02-01'),
    ev('JPN', 'KAZ', '2023-03-09'),
    ev('KAZ', 'JPN', '2023-05-01', { type: 'AGREE', mode: null }),
    ev('KAZ', 'IND', '2023-05-02', { status: 'planned' }),
    ev('KAZ', 'IND', '2021-05-02'),
    ev('JPN', 'KOR', '2023-05-02'),
  ];
  it('counts per period, partner, type, status and mode', () => {
    expect(countEvents(events, 'KAZ', 'quarter', { from: '2022' })).toEqual([
      { period: '2023-Q1', partner: 'JPN', type: 'CONSULT', status: 'occurred', mode: 'visit', count: 2 },
      { period: '2023-Q2', partner: 'IND', type: 'CONSULT', status: 'planned', mode: 'visit', count: 1 },
      { period: '2023-Q2', partner: 'JPN', type: 'AGREE', status: 'occurred', mode: null, count: 1 },
    ]);
  });
  it('respects the upper bound', () => {
    expect(countEvents(events, 'KAZ', 'year', { to: '2022-12' })).toEqual([
      { period: '2021', partner: 'IND', type: 'CONSULT', status: 'occurred', mode: 'visit', count: 1 },
    ]);
  });
});
