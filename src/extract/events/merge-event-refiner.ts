/**
 * Merges repeated mentions of one happening: one event per type, pair and day (the pair unordered
 * for CONSULT, AGREE and COOPERATE). An undated mention joins the nearest dated event of the same
 * kind; mentions with overlapping dates join each other.
 */
import type { DateInterval, Span } from '../../core/types.js';
import type { RecordEvent } from '../../record/types.js';
import { eventPair } from '../../core/plover.js';
import { overlaps } from '../../core/intervals.js';
import { addDays } from '../dates/calendar.js';
import type { EventCandidate } from './event-extractor.js';
import { compareCodes } from '../../core/code-order.js';

// How many sentences apart an undated mention may be from the dated event it is taken to repeat.
const UNDATED_REACH = 4;
// How long before the document's day a dated happening must have ended to be background, not the news an
// earlier undated mention tells.
const ENDED_BEFORE_NEWS_DAYS = 7;
// Which mention decides the merged event's mode, direction and CAMEO code.
const MODE_PRIORITY: Record<string, number> = { visit: 0, multilateral: 1, phone: 2, meeting: 3 };

/** Candidates → record events, merged and in document order. */
export function mergeEvents(cands: readonly EventCandidate[], published: string | null = null): RecordEvent[] {
  const newsFrom = published && published.length === 10 ? addDays(published, -ENDED_BEFORE_NEWS_DAYS) : null;
  const groups = new Map<string, EventCandidate[]>();
  for (const c of cands) {
    const key = `${c.type}|${eventPair(c.type, c.source, c.target).join('~')}|${c.status}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const merged: EventCandidate[][] = [];
  for (const list of groups.values()) {
    // Finest dates first, so that "in May" and "in November" found their own events before a
    // year-wide mention ("in 2024") could chain them into one.
    const dated = list.filter((x) => x.date).map((x) => toldDayOfReport(x, list)).sort((a, b) => width(a.date!) - width(b.date!) || a.sentence - b.sentence);
    const clusters: Array<{ members: EventCandidate[]; common: DateInterval }> = [];
    for (const c of dated) {
      const home = clusters.find((cl) => overlaps(cl.common, c.date!) && !backgroundAroundNews(c, cl, published) && !laterRoundOf(c, cl.members));
      if (home) {
        home.members.push(c);
        home.common = intersect(home.common, c.date!);
      } else clusters.push({ members: [c], common: c.date! });
    }
    const undated: EventCandidate[] = [];
    for (const c of list.filter((x) => !x.date)) {
      let best: EventCandidate[] | null = null;
      let bestDistance = Infinity;
      for (const cl of clusters) {
        for (const o of cl.members) {
          // A later mention usually refers back; prefer the event told before it, and only nearby.
          const d = o.sentence <= c.sentence ? c.sentence - o.sentence : (o.sentence - c.sentence) * 1.5;
          // An undated deed told before a dated one is the article's news ("X received Y at the Akorda. The
          // sides discussed … agreed during X's visit to Budapest in October"): not a background time's.
          if (o.sentence > c.sentence && newsFrom && cl.common.to < newsFrom) continue;
          // "X held talks with Y and discussed the follow-up to Y's visit to India in December": a happening
          // named by a noun with a past time of its own is background, not the undated deed its sentence tells.
          if (o.sentence === c.sentence && o.nominal && !c.nominal && newsFrom && cl.common.to < newsFrom) continue;
          // An undated deed in a later paragraph than a background one ("In October, both signed a
          // deal. … ¶ Both sides agreed to maintain calm") is told of the news, not that background time.
          if (o.paragraph < c.paragraph && newsFrom && cl.common.to < newsFrom) continue;
          // "… met on Monday. The sides held a second round of talks": a later round is not the meeting told before it.
          if (laterRoundOf(c, [o])) continue;
          // An announced visit is announced again far apart ("my future visit"): planned mentions merge over the whole text.
          if ((d <= UNDATED_REACH || c.status === 'planned') && d < bestDistance) {
            best = cl.members;
            bestDistance = d;
          }
        }
      }
      if (best) best.push(c);
      else undated.push(c);
    }
    if (undated.length) merged.push(undated);
    merged.push(...clusters.map((cl) => cl.members));
  }
  const events = merged.map(toRecord);
  return events.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start || compareCodes(a.type, b.type)
    || compareCodes(a.source, b.source) || compareCodes(a.target, b.target));
}

/** How many days before the report's day the deed's own day may lie for a report-dated mention to take it. */
const REPORT_REACH_DAYS = 3;

/**
 * "X and Y have held talks in Lima, the ministry said Friday. … held a meeting on Thursday": a mention dated
 * only by the day of the report closing its sentence is the same happening as one its text dates a few
 * days before that report, and takes that day.
 */
function toldDayOfReport(c: EventCandidate, list: readonly EventCandidate[]): EventCandidate {
  if (!c.dateFromReport || !c.date || c.date.from !== c.date.to || c.status !== 'occurred') return c;
  const report = c.date.from;
  const own = list.find((o) => o !== c && !o.dateFromReport && o.dateBasis === 'text' && o.date && o.date.from === o.date.to
    && o.date.from < report && o.date.from >= addDays(report, -REPORT_REACH_DAYS) && !laterRoundOf(c, [o]));
  return own ? { ...c, date: own.date } : c;
}

/**
 * "The two sides met in Geneva on Monday. … held a second round of talks, the ministry said on Thursday": a mention
 * its clause tells as a later round of a series is another happening than the mentions told before it that say
 * no such thing (the earlier round); a later one of the same round, or one told after it, may still repeat it.
 */
function laterRoundOf(c: EventCandidate, members: readonly EventCandidate[]): boolean {
  return !!c.laterRound && members.every((o) => !o.laterRound && o.sentence < c.sentence);
}

/**
 * Events that became one only once undated news took the document's day ("X and Y agreed to …" in the
 * lead, "the two signed …" ten sentences on): same type, pair, status and date are one event, whose
 * evidence is every mention's. The first told leads.
 */
export function mergeSameDay(events: readonly RecordEvent[]): RecordEvent[] {
  const out: RecordEvent[] = [];
  const byKey = new Map<string, number>();
  for (const e of events) {
    const key = e.date ? `${e.type}|${eventPair(e.type, e.source, e.target).join('~')}|${e.status}|${e.date.from}|${e.date.to}` : null;
    const at = key === null ? undefined : byKey.get(key);
    if (at === undefined) {
      if (key !== null) byKey.set(key, out.length);
      out.push(e);
      continue;
    }
    const lead = out[at]!;
    out[at] = { ...lead, evidence: uniqueSpans([...lead.evidence, ...e.evidence]) };
  }
  return out;
}

// How far before the day it holds a coarse time must reach to tell of days before it ("in March" around the
// 28th; "this week" around a Thursday is too near to tell).
const COARSE_REACH_DAYS = 7;
// How many sentences after the news a deed told with a coarse time of its own must come to be background.
const BACKGROUND_GAP = 2;

/**
 * "Sri Lanka sought a new credit line on Monday, as X held talks … . (Eight sentences on:) The finance
 * minister travelled to New Delhi in March to sign the earlier line": a deed told well after the news
 * with a month (or coarser) time of its own stated in its clause is an earlier happening of the same
 * kind, not the news day's again, though the month holds that day. (A coarse time the deed took from
 * its paragraph, or one told in the news' own sentence, still joins.)
 */
function backgroundAroundNews(c: EventCandidate, cl: { members: EventCandidate[]; common: DateInterval }, published: string | null): boolean {
  if (!published || published.length !== 10 || c.status !== 'occurred' || c.dateBasis !== 'text' || c.nominal) return false;
  if (cl.common.from !== cl.common.to || cl.common.from < addDays(published, -2) || cl.common.from > published) return false;
  if (c.date!.from > addDays(cl.common.from, -COARSE_REACH_DAYS)) return false;
  return cl.members.every((m) => c.sentence - m.sentence >= BACKGROUND_GAP);
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
    ...(lead.sourceSector ? { sourceSector: lead.sourceSector } : {}),
    ...(lead.targetSector ? { targetSector: lead.targetSector } : {}),
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

function intersect(a: DateInterval, b: DateInterval): DateInterval {
  return { from: a.from > b.from ? a.from : b.from, to: a.to < b.to ? a.to : b.to };
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
