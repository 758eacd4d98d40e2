/**
 * The server's row reads over the store's connection: prepared statements with bound parameters only.
 * A WHERE clause is assembled from fixed fragments chosen by which filters are present; values never
 * enter the SQL text. The store is opened read-only, so nothing here can write.
 */
import type Database from 'better-sqlite3';
import { ploverInfo } from '../core/plover.js';
import type { PloverType } from '../record/types.js';
import { untilBound } from '../store/fact-identity.js';
import type { EventsTable } from '../store/schema.js';

/** Filters of GET /api/events (already validated). */
export interface EventQuery {
  readonly partner?: string | undefined;
  readonly focus?: string | undefined;
  readonly type?: string | undefined;
  readonly mode?: string | undefined;
  readonly status?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly q?: string | undefined;
  /** With focus: only events whose other side is one of these (a vector's partners). */
  readonly partnersIn?: readonly string[] | undefined;
  readonly sort: EventSort;
  readonly limit: number;
  readonly offset: number;
}

/** Sort orders of the events list; a leading minus is descending. */
export const EVENT_SORTS = ['date', '-date', 'id', '-id', 'sources', '-sources', 'type', '-type'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

const ORDER_BY: Readonly<Record<EventSort, string>> = {
  // Plain column orders, so that the date index serves them: undated events come first ascending, last descending.
  date: 'e.date_from, e.id',
  '-date': 'e.date_from DESC, e.id DESC',
  id: 'e.id',
  '-id': 'e.id DESC',
  sources: 'e.source_count, e.id',
  '-sources': 'e.source_count DESC, e.id',
  type: 'e.type, e.id',
  '-type': 'e.type DESC, e.id',
};

/** A search expression that FTS5 could not parse: the caller answers 400 naming the parameter. */
export class BadSearchQuery extends Error {}

export interface EventListItem {
  id: number;
  type: string;
  mode: string | null;
  cameo: string | null;
  quadClass: string;
  score: number;
  source: string;
  target: string;
  status: string;
  date: { from: string; to: string } | null;
  sources: number;
  evidence: { documentId: string; sentence: string } | null;
}

/** The columns of the events table a query selects (`fulfils` only where it asks for it). */
type EventRow = Pick<EventsTable, 'id' | 'type' | 'mode' | 'cameo' | 'source' | 'target' | 'status' | 'date_from' | 'date_to' | 'source_count'>
  & Partial<Pick<EventsTable, 'fulfils'>>;

const interval = (from: string | null, to: string | null) => (from !== null && to !== null ? { from, to } : null);

function eventWhere(q: EventQuery): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  // Actor conditions are keyed on the partner's side (the rarer actor: the focus is in most events), with
  // unary + keeping SQLite off the focus's index; the OR of two indexed terms runs as a union of lookups.
  if (q.focus && q.partner) {
    parts.push('((e.source = ? AND +e.target = ?) OR (e.target = ? AND +e.source = ?))');
    params.push(q.partner, q.focus, q.partner, q.focus);
  } else if (q.partner || (q.focus && !q.partnersIn)) {
    const actor = q.focus ?? q.partner;
    parts.push('(e.source = ? OR e.target = ?)');
    params.push(actor, actor);
  }
  if (q.partnersIn && q.focus) {
    // One placeholder per partner (a vector has tens at most): SQLite plans an IN list of values better than json_each.
    const marks = q.partnersIn.map(() => '?').join(', ') || 'NULL';
    parts.push(`((e.source IN (${marks}) AND +e.target = ?) OR (e.target IN (${marks}) AND +e.source = ?))`);
    params.push(...q.partnersIn, q.focus, ...q.partnersIn, q.focus);
  }
  // With an actor condition, its index is the one to use: + keeps SQLite off the type, status and date indexes,
  // which would otherwise look equally good to a planner without statistics and read far more rows.
  const keyed = parts.length > 0 ? '+' : '';
  if (q.type) {
    parts.push(`${keyed}e.type = ?`);
    params.push(q.type);
  }
  if (q.mode) {
    parts.push(`${keyed}e.mode = ?`);
    params.push(q.mode);
  }
  if (q.status) {
    parts.push(`${keyed}e.status = ?`);
    params.push(q.status);
  }
  if (q.from) {
    parts.push('e.date_to >= ?');
    params.push(q.from);
  }
  if (q.to) {
    parts.push(`${keyed}e.date_from <= ?`);
    params.push(untilBound(q.to));
  }
  if (q.q) {
    parts.push(`e.id IN (SELECT r.event_id FROM event_reports r WHERE r.document_id IN
                 (SELECT rowid FROM document_fts WHERE document_fts MATCH ?))`);
    params.push(q.q);
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function withSearchErrors<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    // The only user text that SQLite parses is an FTS5 MATCH expression.
    if ((error as { code?: string }).code === 'SQLITE_ERROR') throw new BadSearchQuery((error as Error).message);
    throw error;
  }
}

function firstEvidence(db: Database.Database, ids: readonly number[]): Map<number, { documentId: string; sentence: string }> {
  const out = new Map<number, { documentId: string; sentence: string }>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT r.event_id AS id, d.doc_id, substr(d.text, ev.sentence_start + 1, ev.sentence_end - ev.sentence_start) AS sentence
       FROM event_reports r JOIN evidence ev ON ev.event_report_id = r.id JOIN documents d ON d.id = r.document_id
       WHERE r.event_id IN (SELECT value FROM json_each(?))
       ORDER BY r.event_id, r.document_id, r.ord, ev.id`,
    )
    .all(JSON.stringify(ids)) as { id: number; doc_id: string; sentence: string }[];
  for (const r of rows) if (!out.has(r.id)) out.set(r.id, { documentId: r.doc_id, sentence: r.sentence });
  return out;
}

function toItem(r: EventRow): Omit<EventListItem, 'evidence'> {
  const info = ploverInfo(r.type as PloverType);
  return {
    id: r.id, type: r.type, mode: r.mode, cameo: r.cameo, quadClass: info.quad, score: info.score, source: r.source,
    target: r.target, status: r.status, date: interval(r.date_from, r.date_to), sources: Number(r.source_count),
  };
}

const EVENT_COLUMNS = 'e.id, e.type, e.mode, e.cameo, e.source, e.target, e.status, e.date_from, e.date_to, e.source_count, e.fulfils';

/** One page of events matching the filters, with the total count and each event's first evidence sentence. */
export function listEvents(db: Database.Database, q: EventQuery): { items: EventListItem[]; total: number } {
  const where = eventWhere(q);
  return withSearchErrors(() => {
    const count = () => (db.prepare(`SELECT count(*) AS n FROM events e ${where.sql}`).get(...where.params) as { n: number }).n;
    let rows: EventRow[];
    let total: number;
    if (where.params.length === 0) {
      // Unfiltered: the page walks the date index and stops; the count reads the smallest index.
      rows = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e ORDER BY ${ORDER_BY[q.sort]} LIMIT ? OFFSET ?`).all(q.limit, q.offset) as EventRow[];
      total = count();
    } else {
      // Filtered: one pass gives the page and, through the window, the total, so matching rows are read once.
      const withTotal = db
        .prepare(`SELECT ${EVENT_COLUMNS}, count(*) OVER () AS total FROM events e ${where.sql} ORDER BY ${ORDER_BY[q.sort]} LIMIT ? OFFSET ?`)
        .all(...where.params, q.limit, q.offset) as (EventRow & { total: number })[];
      rows = withTotal;
      // A page past the end has no row to carry the total: count apart.
      total = withTotal[0]?.total ?? (q.offset === 0 ? 0 : count());
    }
    const evidence = firstEvidence(db, rows.map((r) => r.id));
    return { items: rows.map((r) => ({ ...toItem(r), evidence: evidence.get(r.id) ?? null })), total: Number(total) };
  });
}

interface SpanRow {
  report_id: number;
  doc_id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  start: number;
  end_: number;
  sentence: string;
}

/** Reports of facts, each with its document and evidence spans, from one join over `<kind>_reports`. */
function reportsOf(db: Database.Database, kind: 'event' | 'relation' | 'figure', factId: number) {
  const reports = db
    .prepare(`SELECT r.id, d.doc_id, d.url, d.title, d.published, r.rule FROM ${kind}_reports r JOIN documents d ON d.id = r.document_id
              WHERE r.${kind}_id = ? ORDER BY r.document_id, r.ord`)
    .all(factId) as { id: number; doc_id: string; url: string | null; title: string | null; published: string | null; rule: string }[];
  const spans = db
    .prepare(`SELECT ev.${kind}_report_id AS report_id, ev.start, ev."end" AS end_,
                     substr(d.text, ev.sentence_start + 1, ev.sentence_end - ev.sentence_start) AS sentence
              FROM evidence ev JOIN documents d ON d.id = ev.document_id
              WHERE ev.${kind}_report_id IN (SELECT id FROM ${kind}_reports WHERE ${kind}_id = ?) ORDER BY ev.id`)
    .all(factId) as Omit<SpanRow, 'doc_id' | 'url' | 'title' | 'published'>[];
  return reports.map((r) => ({
    documentId: r.doc_id, url: r.url, title: r.title, published: r.published, rule: r.rule,
    spans: spans.filter((s) => s.report_id === r.id).map((s) => ({ start: s.start, end: s.end_, sentence: s.sentence })),
  }));
}

/** One event with every report (document, spans, sentences); null when there is none with this id. */
export function getEvent(db: Database.Database, id: number) {
  const row = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = ?`).get(id) as EventRow | undefined;
  if (!row) return null;
  return { ...toItem(row), fulfils: row.fulfils ?? null, reports: reportsOf(db, 'event', id) };
}

/** One fact as found in a document: its kind, id, summary fields and spans in that document. */
export interface DocumentFact {
  kind: 'event' | 'relation' | 'figure' | 'quote';
  id: number;
  label: string;
  fields: Record<string, string | number | null>;
  spans: { start: number; end: number }[];
}

/** A document with its text and every fact it states, each with its spans in that text. */
export function getDocument(db: Database.Database, docId: string) {
  const doc = db.prepare('SELECT id, doc_id, url, title, source, published, text FROM documents WHERE doc_id = ? ORDER BY id LIMIT 1').get(docId) as
    | { id: number; doc_id: string; url: string | null; title: string | null; source: string | null; published: string | null; text: string }
    | undefined;
  if (!doc) return null;
  const facts = new Map<string, DocumentFact>();
  const add = (kind: DocumentFact['kind'], id: number, label: string, fields: DocumentFact['fields'], span: { start: number; end: number } | null) => {
    const key = `${kind}:${id}`;
    let fact = facts.get(key);
    if (!fact) facts.set(key, (fact = { kind, id, label, fields, spans: [] }));
    if (span && !fact.spans.some((s) => s.start === span.start && s.end === span.end)) fact.spans.push(span);
  };
  const events = db
    .prepare(`SELECT ${EVENT_COLUMNS}, ev.start, ev."end" AS end_ FROM event_reports r JOIN events e ON e.id = r.event_id
              LEFT JOIN evidence ev ON ev.event_report_id = r.id WHERE r.document_id = ? ORDER BY r.ord, ev.id`)
    .all(doc.id) as (EventRow & { start: number | null; end_: number | null })[];
  for (const e of events) {
    const label = `${e.source} ${e.type}${e.mode ? ` (${e.mode})` : ''} ${e.target}`;
    add('event', e.id, label, { type: e.type, mode: e.mode, source: e.source, target: e.target, status: e.status, date: e.date_from },
      e.start === null || e.end_ === null ? null : { start: e.start, end: e.end_ });
  }
  const relations = db
    .prepare(`SELECT rel.id, rel.a, rel.b, rel.tier, rel.label, rel.stated_on, ev.start, ev."end" AS end_ FROM relation_reports r
              JOIN relations rel ON rel.id = r.relation_id LEFT JOIN evidence ev ON ev.relation_report_id = r.id
              WHERE r.document_id = ? ORDER BY r.ord, ev.id`)
    .all(doc.id) as { id: number; a: string; b: string; tier: string; label: string; stated_on: string | null; start: number | null; end_: number | null }[];
  for (const r of relations) {
    add('relation', r.id, `${r.a}–${r.b} ${r.label}`, { a: r.a, b: r.b, tier: r.tier, statedOn: r.stated_on },
      r.start === null || r.end_ === null ? null : { start: r.start, end: r.end_ });
  }
  const figures = db
    .prepare(`SELECT f.id, f.metric, f.a, f.b, f.value, f.unit, f.qualifier, f.period_from, f.period_to, ev.start, ev."end" AS end_
              FROM figure_reports r JOIN figures f ON f.id = r.figure_id LEFT JOIN evidence ev ON ev.figure_report_id = r.id
              WHERE r.document_id = ? ORDER BY r.ord, ev.id`)
    .all(doc.id) as { id: number; metric: string; a: string | null; b: string | null; value: number; unit: string; qualifier: string; period_from: string | null; period_to: string | null; start: number | null; end_: number | null }[];
  for (const f of figures) {
    add('figure', f.id, `${f.metric} ${[f.a, f.b].filter(Boolean).join('–')}: ${f.value.toLocaleString('en')} ${f.unit}`,
      { metric: f.metric, a: f.a, b: f.b, value: f.value, unit: f.unit, qualifier: f.qualifier, periodFrom: f.period_from, periodTo: f.period_to },
      f.start === null || f.end_ === null ? null : { start: f.start, end: f.end_ });
  }
  const quotes = db
    .prepare('SELECT id, speaker, person, start, "end" AS end_ FROM quotes WHERE document_id = ? ORDER BY ord')
    .all(doc.id) as { id: number; speaker: string | null; person: string | null; start: number; end_: number }[];
  for (const q of quotes) {
    add('quote', q.id, `quote${q.person ? ` by ${q.person}` : q.speaker ? ` by ${q.speaker}` : ''}`, { speaker: q.speaker, person: q.person },
      { start: q.start, end: q.end_ });
  }
  return {
    id: doc.doc_id, url: doc.url, title: doc.title, source: doc.source, published: doc.published, text: doc.text,
    facts: [...facts.values()],
  };
}

/** Figures, optionally for one partner (either side) and one metric, with their first evidence. */
export function listFigures(db: Database.Database, q: { partner?: string | undefined; metric?: string | undefined; limit: number }) {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (q.partner) {
    parts.push('(f.a = ? OR f.b = ?)');
    params.push(q.partner, q.partner);
  }
  if (q.metric) {
    parts.push('f.metric = ?');
    params.push(q.metric);
  }
  const rows = db
    .prepare(`SELECT f.* FROM figures f ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''}
              ORDER BY coalesce(f.period_from, f.stated_on), f.id LIMIT ?`)
    .all(...params, q.limit) as { id: number; metric: string; a: string | null; b: string | null; value: number; unit: string; qualifier: string; period_from: string | null; period_to: string | null; stated_on: string | null; source_count: number }[];
  return rows.map((f) => ({
    id: f.id, metric: f.metric, a: f.a, b: f.b, value: f.value, unit: f.unit, qualifier: f.qualifier,
    period: interval(f.period_from, f.period_to), statedOn: f.stated_on, sources: Number(f.source_count),
    reports: reportsOf(db, 'figure', f.id),
  }));
}

/** Partnership relations (tiers), optionally of one actor, with their reports. */
export function listRelations(db: Database.Database, q: { partner?: string | undefined; limit: number }) {
  const rows = db
    .prepare(`SELECT * FROM relations ${q.partner ? 'WHERE a = ? OR b = ?' : ''} ORDER BY stated_on IS NULL, stated_on, id LIMIT ?`)
    .all(...(q.partner ? [q.partner, q.partner] : []), q.limit) as { id: number; a: string; b: string; tier: string; label: string; stated_on: string | null; source_count: number }[];
  return rows.map((r) => ({
    id: r.id, a: r.a, b: r.b, tier: r.tier, label: r.label, statedOn: r.stated_on, sources: Number(r.source_count),
    reports: reportsOf(db, 'relation', r.id),
  }));
}

/** The actor in most stored documents: the default focus, as in the brief. */
export function defaultFocus(db: Database.Database): string | null {
  const row = db
    .prepare(`SELECT actor, count(DISTINCT document_id) AS n FROM (
                SELECT source AS actor, document_id FROM event_reports UNION ALL SELECT target, document_id FROM event_reports)
              GROUP BY actor ORDER BY n DESC, actor LIMIT 1`)
    .get() as { actor: string } | undefined;
  return row?.actor ?? null;
}

/** Every actor that has an event with the focus (the other side). */
export function partnersOfFocus(db: Database.Database, focus: string): string[] {
  return (db
    .prepare(`SELECT target AS p FROM events WHERE source = ? UNION SELECT source FROM events WHERE target = ?`)
    .all(focus, focus) as { p: string }[]).map((r) => r.p).filter((p) => p !== focus);
}
