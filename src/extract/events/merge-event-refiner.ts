/**
 * Merges repeated mentions of one happening: one event per type, pair and day (the pair unordered
 * for CONSULT, AGREE and COOPERATE). An undated mention joins the nearest dated event of the same
 * kind; mentions with overlapping dates join each other.
 */
import type { DateInterval, Span } from '../../core/types.js';
import type { RecordEvent } from '../../record/types.js';
import { eventPair } from '../../core/plover.js';
import { overlaps } from '../../core/intervals.js';
import type { EventCandidate } from './event-extractor.js';

// Which mention decides the merged event's mode, direction and CAMEO code.
const MODE_PRIORITY: Record<string, number> = { visit: 0, multilateral: 1, phone: 2, meeting: 3 };

/** Candidates → record events, merged and in document order. */
export function mergeEvents(cands: readonly EventCandidate[]): RecordEvent[] {
  const groups = new Map<string, EventCandidate[]>();
  for (const c of cands) {
    const key = `${c.type}|${eventPair(c.type, c.source, c.target).join('~')}|${c.status}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const merged: EventCandidate[][] = [];
  for (const list of groups.values()) {
    const clusters: EventCandidate[][] = [];
    for (const c of list.filter((x) => x.date)) {
      const home = clusters.find((cl) => cl.some((o) => overlaps(o.date!, c.date!)));
      if (home) home.push(c);
      else clusters.push([c]);
    }
    const undated: EventCandidate[] = [];
    for (const c of list.filter((x) => !x.date)) {
      let best: EventCandidate[] | null = null;
      let bestDistance = Infinity;
      for (const cl of clusters) {
        for (const o of cl) {
          // A later mention usually refers back; prefer the event told before it.
          const d = o.sentence <= c.sentence ? c.sentence - o.sentence : (o.sentence - c.sentence) * 1.5;
          if (d < bestDistance) {
            best = cl;
            bestDistance = d;
          }
        }
      }
      if (best) best.push(c);
      else undated.push(c);
    }
    if (undated.length) clusters.push(undated);
    merged.push(...clusters);
  }
  const events = merged.map(toRecord);
  return events.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start || a.type.localeCompare(b.type)
    || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}

function toRecord(cluster: EventCandidate[]): RecordEvent {
  const lead = [...cluster].sort((a, b) => rank(a) - rank(b) || a.trigger.start - b.trigger.start)[0]!;
  const dated = cluster.filter((c) => c.date !== null);
  const finest = dated.length ? dated.reduce((n, c) => (width(c.date!) < width(n.date!) ? c : n)) : null;
  const evidence = uniqueSpans(cluster.flatMap((c) => c.evidence));
  return {
    type: lead.type,
    mode: lead.mode,
    cameo: lead.cameo,
    source: lead.source,
    target: lead.target,
    status: lead.status,
    date: finest?.date ?? null,
    ...(finest?.dateBasis ? { dateBasis: finest.dateBasis } : {}),
    evidence,
    rule: lead.rule,
  };
}

function rank(c: EventCandidate): number {
  return c.mode ? MODE_PRIORITY[c.mode] ?? 5 : 6;
}

function width(d: DateInterval): number {
  return Date.parse(d.to) - Date.parse(d.from);
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const k = `${s.start}:${s.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}
