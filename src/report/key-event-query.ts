/**
 * Read-only queries the brief needs beyond the store's repository interface: the weightiest events of a
 * focus with their evidence, and the last contact per partner. Both let SQLite do the work, so a brief over
 * a million events never loads them into JavaScript.
 */
import type Database from 'better-sqlite3';
import { PLOVER_TYPES, type EventStatus, type PloverType } from '../record/types.js';
import type { StoredEvent, StoredEvidence } from '../store/types.js';
import type { EngagementWeights } from '../analyze/engagement-weights.js';
import { untilBound } from '../store/fact-identity.js';

/** Bounds and size of the key-event query. */
export interface KeyEventOptions {
  readonly focus: string;
  readonly since?: string | null | undefined;
  readonly until?: string | null | undefined;
  readonly limit: number;
  readonly weights: EngagementWeights;
}

/** The SQL weight of an event from the weights file (types and modes are vocabulary, not user input, but still bound). */
function weightSql(weights: EngagementWeights): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const type of PLOVER_TYPES) {
    const t = weights.types[type];
    for (const [mode, w] of Object.entries(t.modes ?? {})) {
      parts.push('WHEN type = ? AND mode = ? THEN ?');
      params.push(type, mode, w);
    }
    parts.push('WHEN type = ? THEN ?');
    params.push(type, t.weight);
  }
  return { sql: `(CASE ${parts.join(' ')} ELSE 0 END) * (CASE WHEN status = 'planned' THEN ? ELSE 1 END)`, params: [...params, weights.plannedFactor] };
}


/** The `limit` weightiest dated events of the focus in range (latest first among equals), with their evidence. */
export function queryKeyEvents(db: Database.Database, o: KeyEventOptions): StoredEvent[] {
  const w = weightSql(o.weights);
  const where = ['(source = ? OR target = ?)', 'source <> target', 'date_from IS NOT NULL'];
  const params: unknown[] = [o.focus, o.focus];
  if (o.since) {
    where.push('date_to >= ?');
    params.push(o.since);
  }
  if (o.until) {
    where.push('date_from <= ?');
    params.push(untilBound(o.until));
  }
  const rows = db
    .prepare(
      `SELECT id, type, mode, cameo, source, target, status, date_from, date_to, fulfils,
              (SELECT count(DISTINCT r.document_id) FROM event_reports r WHERE r.event_id = events.id) AS source_count
       FROM events WHERE ${where.join(' AND ')}
       ORDER BY ${w.sql} DESC, date_from DESC, id LIMIT ?`,
    )
    .all(...params, ...w.params, o.limit) as {
    id: number; type: string; mode: string | null; cameo: string | null; source: string; target: string; status: string;
    date_from: string; date_to: string; fulfils: number | null; source_count: number;
  }[];
  if (rows.length === 0) return [];
  const evidence = queryEventEvidence(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id, type: r.type as PloverType, mode: r.mode, cameo: r.cameo, source: r.source, target: r.target,
    status: r.status as EventStatus, date: { from: r.date_from, to: r.date_to }, sourceCount: Number(r.source_count),
    fulfils: r.fulfils, evidence: evidence.get(r.id) ?? [],
  }));
}

/** Evidence (with its sentence) of the given events, grouped by event id. */
export function queryEventEvidence(db: Database.Database, ids: readonly number[]): Map<number, StoredEvidence[]> {
  const out = new Map<number, StoredEvidence[]>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT r.event_id AS fact_id, d.doc_id, d.url, d.title, d.published, e.start, e."end" AS end_,
              substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence
       FROM evidence e JOIN event_reports r ON r.id = e.event_report_id JOIN documents d ON d.id = e.document_id
       WHERE r.event_id IN (SELECT value FROM json_each(?))
       ORDER BY r.event_id, r.document_id, r.ord, e.id`,
    )
    .all(JSON.stringify(ids)) as { fact_id: number; doc_id: string; url: string | null; title: string | null; published: string | null; start: number; end_: number; sentence: string }[];
  for (const r of rows) {
    let list = out.get(r.fact_id);
    if (!list) out.set(r.fact_id, (list = []));
    list.push({ documentId: r.doc_id, url: r.url, title: r.title, published: r.published, span: { start: r.start, end: r.end_ }, sentence: r.sentence });
  }
  return out;
}

/** The latest start date of an occurred event with each partner of the focus, within the bounds. */
export function queryLastContacts(db: Database.Database, focus: string, since?: string | null, until?: string | null): Map<string, string> {
  const where = ["(source = ? OR target = ?)", "source <> target", "status = 'occurred'", 'date_from IS NOT NULL'];
  const params: unknown[] = [focus, focus];
  if (since) {
    where.push('date_to >= ?');
    params.push(since);
  }
  if (until) {
    where.push('date_from <= ?');
    params.push(untilBound(until));
  }
  const rows = db
    .prepare(`SELECT CASE WHEN source = ? THEN target ELSE source END AS partner, max(date_from) AS last FROM events WHERE ${where.join(' AND ')} GROUP BY 1`)
    .all(focus, ...params) as { partner: string; last: string }[];
  return new Map(rows.map((r) => [r.partner, r.last]));
}
