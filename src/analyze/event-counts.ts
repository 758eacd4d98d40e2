/** Reduces stored events to counts per (period, partner, type, status, mode): the shape every series is built from. */
import type { EventStatus, PloverType } from '../record/types.js';
import type { StoredEvent } from '../store/types.js';
import { periodKey, withinBounds, type Grain } from './periods.js';

/** How many events of one type, status and mode the focus had with one partner in one period. */
export interface EventCountRow {
  readonly period: string;
  readonly partner: string;
  readonly type: PloverType;
  readonly status: EventStatus;
  readonly mode: string | null;
  readonly count: number;
}

/** The focus's counterpart in an event, or null when the focus is not exactly one side of it. */
export function eventPartner(event: Pick<StoredEvent, 'source' | 'target'>, focus: string): string | null {
  if (event.source === focus && event.target !== focus) return event.target;
  if (event.target === focus && event.source !== focus) return event.source;
  return null;
}

/** The day an event is dated by: the start of its interval, else the earliest reporting document's date. */
export function eventDay(event: Pick<StoredEvent, 'date' | 'evidence'>): string | null {
  if (event.date) return event.date.from;
  let best: string | null = null;
  for (const e of event.evidence) if (e.published && (best === null || e.published < best)) best = e.published;
  return best;
}

/** Optional inclusive date bounds (ISO prefixes). */
export interface DateBounds {
  readonly from?: string | null | undefined;
  readonly to?: string | null | undefined;
}

/** Counts the focus's events per period and partner; undated events and events outside the bounds are left out. */
export function countEvents(events: Iterable<StoredEvent>, focus: string, grain: Grain, bounds: DateBounds = {}): EventCountRow[] {
  const counts = new Map<string, { row: Omit<EventCountRow, 'count'>; count: number }>();
  for (const ev of events) {
    const partner = eventPartner(ev, focus);
    const day = eventDay(ev);
    if (partner === null || day === null || !withinBounds(day, bounds.from, bounds.to)) continue;
    const period = periodKey(day, grain);
    if (period === null) continue;
    const mode = ev.mode ?? null;
    const key = `${period}\u0000${partner}\u0000${ev.type}\u0000${ev.status}\u0000${mode ?? ''}`;
    const hit = counts.get(key);
    if (hit) hit.count += 1;
    else counts.set(key, { row: { period, partner, type: ev.type, status: ev.status, mode }, count: 1 });
  }
  return [...counts.values()]
    .map(({ row, count }) => ({ ...row, count }))
    .sort((a, b) => cmp(a.period, b.period) || cmp(a.partner, b.partner) || cmp(a.type, b.type) || cmp(a.status, b.status) || cmp(a.mode ?? '', b.mode ?? ''));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
