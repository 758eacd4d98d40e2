/**
 * The write path: one document and its extraction record per transaction, through prepared
 * better-sqlite3 statements (synchronous and fast). Facts reported by several documents are stored once
 * with a report per document; replacing a document recomputes or removes the facts it contributed to.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { DateInterval, Document, Span } from '../core/types.js';
import type { ExtractionRecord } from '../record/types.js';
import type { StoreOutcome } from './fact-store.js';
import { enclosingSentence } from './sentence-bounds.js';
import { eventPair, intersect, intersectAll, relationPair } from './fact-identity.js';
import { validateRecord } from './record-validator.js';
import { extractorVersion } from './extractor-version.js';

/** sha256 of a document's text, hex: the identity of a document's content. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

type Id = number | bigint;

/** A stored document as re-extraction reads it back. */
export interface StaleDocument {
  readonly id: number;
  readonly doc_id: string;
  readonly url: string | null;
  readonly path: string | null;
  readonly title: string | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly published_basis: string | null;
  readonly language: string | null;
  readonly text: string;
}

/** Figure metrics whose pair is unordered. */
const SYMMETRIC_METRICS: ReadonlySet<string> = new Set(['trade_turnover']);

interface EventRow {
  id: number;
  date_from: string | null;
  date_to: string | null;
  mode: string | null;
  cameo: string | null;
}

/** Prepared statements over one connection; `store` runs one document as one IMMEDIATE transaction. */
export class DocumentWriter {
  private readonly s;
  private readonly storeTx: (doc: Document, record: ExtractionRecord) => StoreOutcome;

  constructor(
    private readonly db: Database.Database,
    /** The extractor version written with each document. */
    private readonly version: string = extractorVersion(),
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      byHash: p('SELECT id FROM documents WHERE content_hash = ?'),
      byUrl: p('SELECT id, content_hash FROM documents WHERE url = ? ORDER BY id'),
      superseded: p('SELECT 1 FROM superseded_texts WHERE content_hash = ? AND url = ?'),
      supersede: p('INSERT OR IGNORE INTO superseded_texts (content_hash, url) VALUES (?, ?)'),
      insertDoc: p(`INSERT INTO documents (doc_id, url, path, title, source, published, published_basis, content_hash, text, language, extractor_version)
                    VALUES (@doc_id, @url, @path, @title, @source, @published, @published_basis, @content_hash, @text, @language, @extractor_version)`),
      stale: p(`SELECT id, doc_id, url, path, title, source, published, published_basis, language, text FROM documents
                WHERE extractor_version IS NOT ? ORDER BY id LIMIT 1 OFFSET ?`),
      countStale: p('SELECT count(*) AS n FROM documents WHERE extractor_version IS NOT ?'),
      deleteDoc: p('DELETE FROM documents WHERE id = ?'),
      eventsOfDoc: p('SELECT DISTINCT event_id AS id FROM event_reports WHERE document_id = ? ORDER BY event_id'),
      relationsOfDoc: p('SELECT DISTINCT relation_id AS id FROM relation_reports WHERE document_id = ? ORDER BY relation_id'),
      figuresOfDoc: p('SELECT DISTINCT figure_id AS id FROM figure_reports WHERE document_id = ? ORDER BY figure_id'),
      findEvent: p(`SELECT id, date_from, date_to, mode, cameo FROM events
                    WHERE type = ? AND pair_lo = ? AND pair_hi = ? AND status = ? AND date_from IS NOT NULL
                      AND date_from <= ? AND date_to >= ? ORDER BY id LIMIT 1`),
      insertEvent: p(`INSERT INTO events (type, mode, cameo, source, target, pair_lo, pair_hi, status, date_from, date_to)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      updateEventMerge: p('UPDATE events SET date_from = ?, date_to = ?, mode = ?, cameo = ? WHERE id = ?'),
      insertEventReport: p(`INSERT INTO event_reports (event_id, document_id, ord, source, target, mode, cameo, date_from, date_to, rule)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      findPlanned: p(`SELECT id FROM events WHERE type = ? AND pair_lo = ? AND pair_hi = ? AND status = 'planned'
                        AND date_from IS NOT NULL AND date_from <= ? AND date_to >= ? ORDER BY id LIMIT 1`),
      setFulfils: p('UPDATE events SET fulfils = ? WHERE id = ?'),
      linkOccurred: p(`UPDATE events SET fulfils = ? WHERE type = ? AND pair_lo = ? AND pair_hi = ? AND status = 'occurred'
                         AND fulfils IS NULL AND date_from IS NOT NULL AND date_from <= ? AND date_to >= ?`),
      eventReports: p('SELECT source, target, mode, cameo, date_from, date_to FROM event_reports WHERE event_id = ? ORDER BY document_id, ord'),
      recomputeEvent: p('UPDATE events SET source = ?, target = ?, mode = ?, cameo = ?, date_from = ?, date_to = ? WHERE id = ?'),
      deleteEvent: p('DELETE FROM events WHERE id = ?'),
      findRelation: p('SELECT id FROM relations WHERE a = ? AND b = ? AND tier = ? AND stated_on = ? ORDER BY id LIMIT 1'),
      insertRelation: p('INSERT INTO relations (a, b, tier, label, stated_on) VALUES (?, ?, ?, ?, ?)'),
      insertRelationReport: p('INSERT INTO relation_reports (relation_id, document_id, ord, label, rule) VALUES (?, ?, ?, ?, ?)'),
      relationReports: p('SELECT label FROM relation_reports WHERE relation_id = ? ORDER BY document_id, ord'),
      updateRelationLabel: p('UPDATE relations SET label = ? WHERE id = ?'),
      deleteRelation: p('DELETE FROM relations WHERE id = ?'),
      findFigure: p(`SELECT id FROM figures WHERE metric = ? AND a IS ? AND b IS ? AND unit = ? AND value = ?
                       AND period_from = ? AND period_to = ? ORDER BY id LIMIT 1`),
      insertFigure: p(`INSERT INTO figures (metric, a, b, value, unit, qualifier, period_from, period_to, stated_on)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertFigureReport: p('INSERT INTO figure_reports (figure_id, document_id, ord, qualifier, rule) VALUES (?, ?, ?, ?, ?)'),
      figureReports: p(`SELECT r.qualifier, d.published FROM figure_reports r JOIN documents d ON d.id = r.document_id
                        WHERE r.figure_id = ? ORDER BY r.document_id, r.ord`),
      updateFigure: p('UPDATE figures SET qualifier = ?, stated_on = ? WHERE id = ?'),
      deleteFigure: p('DELETE FROM figures WHERE id = ?'),
      refreshCount: {
        event: p('UPDATE events SET source_count = (SELECT count(DISTINCT document_id) FROM event_reports WHERE event_id = @id) WHERE id = @id'),
        relation: p('UPDATE relations SET source_count = (SELECT count(DISTINCT document_id) FROM relation_reports WHERE relation_id = @id) WHERE id = @id'),
        figure: p('UPDATE figures SET source_count = (SELECT count(DISTINCT document_id) FROM figure_reports WHERE figure_id = @id) WHERE id = @id'),
      },
      countReports: {
        event: p('SELECT count(*) AS n FROM event_reports WHERE event_id = ?'),
        relation: p('SELECT count(*) AS n FROM relation_reports WHERE relation_id = ?'),
        figure: p('SELECT count(*) AS n FROM figure_reports WHERE figure_id = ?'),
      },
      insertEvidence: p(`INSERT INTO evidence (event_report_id, relation_report_id, figure_report_id, document_id, start, "end", sentence_start, sentence_end)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      insertQuote: p('INSERT INTO quotes (document_id, ord, speaker, person, start, "end", evidence, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    };
    this.storeTx = db.transaction((doc: Document, record: ExtractionRecord) => this.storeInside(doc, record)).immediate;
    this.replaceTx = db.transaction((rowId: number, doc: Document, record: ExtractionRecord) => {
      this.deleteDocument(rowId);
      this.storeInside(doc, record);
    }).immediate;
  }

  private readonly replaceTx: (rowId: number, doc: Document, record: ExtractionRecord) => void;

  /** The `skip`-th stored document whose facts another extractor version computed (oldest first), or undefined. */
  staleDocument(skip = 0): StaleDocument | undefined {
    return this.s.stale.get(this.version, skip) as StaleDocument | undefined;
  }

  /** How many stored documents another extractor version computed. */
  countStale(): number {
    return (this.s.countStale.get(this.version) as { n: number }).n;
  }

  /**
   * Replaces a stored document's facts by a new record, in one transaction: the old row and its
   * contributions go, the document comes back (same text, id and metadata) with the new facts and version.
   */
  replaceFacts(rowId: number, doc: Document, record: ExtractionRecord): void {
    validateRecord(record, doc.text.length);
    this.replaceTx(rowId, doc, record);
  }

  /** What storing this document would do, judged on its text and URL alone (no extraction needed). */
  lookup(doc: Document): StoreOutcome {
    const hash = contentHash(doc.text);
    if (this.s.byHash.get(hash)) return 'unchanged';
    const url = doc.meta.url ?? null;
    if (url !== null && this.s.superseded.get(hash, url)) return 'unchanged';
    if (url !== null && this.s.byUrl.get(url)) return 'replaced';
    return 'new';
  }

  /** Stores one document in one transaction: nothing of it is written if any part fails. */
  store(doc: Document, record: ExtractionRecord): StoreOutcome {
    validateRecord(record, doc.text.length);
    return this.storeTx(doc, record);
  }

  private storeInside(doc: Document, record: ExtractionRecord): StoreOutcome {
    const hash = contentHash(doc.text);
    if (this.s.byHash.get(hash)) return 'unchanged';
    const url = record.document.url ?? doc.meta.url ?? null;
    let outcome: StoreOutcome = 'new';
    if (url !== null) {
      // An older text of this URL met again stays superseded rather than flipping the stored version back.
      if (this.s.superseded.get(hash, url)) return 'unchanged';
      const old = this.s.byUrl.all(url) as Array<{ id: number; content_hash: string }>;
      for (const o of old) {
        this.s.supersede.run(o.content_hash, url);
        this.deleteDocument(o.id);
      }
      if (old.length) outcome = 'replaced';
    }
    const published = record.document.published;
    const docRow = this.s.insertDoc.run({
      doc_id: record.document.id || doc.id,
      url,
      path: record.document.path ?? doc.meta.path ?? null,
      title: record.document.title ?? doc.meta.title ?? null,
      source: record.document.source ?? doc.meta.source ?? null,
      published,
      published_basis: record.document.publishedBasis,
      content_hash: hash,
      text: doc.text,
      language: record.document.language ?? doc.meta.language ?? null,
      extractor_version: this.version,
    }).lastInsertRowid;
    const touched = { event: new Set<Id>(), relation: new Set<Id>(), figure: new Set<Id>() };
    const evidence = (spans: readonly Span[], event: Id | null, relation: Id | null, figure: Id | null) => {
      for (const span of spans) {
        const sentence = enclosingSentence(doc.text, span);
        this.s.insertEvidence.run(event, relation, figure, docRow, span.start, span.end, sentence.start, sentence.end);
      }
    };

    record.events.forEach((e, ord) => {
      const [lo, hi] = eventPair(e.type, e.source, e.target);
      const mode = e.mode ?? null;
      const cameo = e.cameo ?? null;
      let eventId: Id;
      const found = e.date ? (this.s.findEvent.get(e.type, lo, hi, e.status, e.date.to, e.date.from) as EventRow | undefined) : undefined;
      if (found && e.date) {
        const d = intersect({ from: found.date_from!, to: found.date_to! }, e.date);
        this.s.updateEventMerge.run(d.from, d.to, found.mode ?? mode, found.cameo ?? cameo, found.id);
        eventId = found.id;
      } else {
        eventId = this.s.insertEvent.run(e.type, mode, cameo, e.source, e.target, lo, hi, e.status, e.date?.from ?? null, e.date?.to ?? null)
          .lastInsertRowid;
        if (e.date) this.linkFulfils(eventId, e.type, lo, hi, e.status, e.date);
      }
      const report = this.s.insertEventReport.run(eventId, docRow, ord, e.source, e.target, mode, cameo, e.date?.from ?? null, e.date?.to ?? null, e.rule)
        .lastInsertRowid;
      evidence(e.evidence, report, null, null);
      touched.event.add(eventId);
    });

    record.relations.forEach((r, ord) => {
      const [a, b] = relationPair(r.a, r.b);
      const found = published !== null ? (this.s.findRelation.get(a, b, r.tier, published) as { id: number } | undefined) : undefined;
      const relationId = found?.id ?? this.s.insertRelation.run(a, b, r.tier, r.label, published).lastInsertRowid;
      const report = this.s.insertRelationReport.run(relationId, docRow, ord, r.label, r.rule).lastInsertRowid;
      evidence(r.evidence, null, report, null);
      touched.relation.add(relationId);
    });

    record.figures.forEach((f, ord) => {
      const find = (a: string | null, b: string | null) =>
        this.s.findFigure.get(f.metric, a, b, f.unit, f.value, f.period!.from, f.period!.to) as { id: number } | undefined;
      // Turnover between two countries has no direction; exports, imports and investment do.
      const found = f.period ? (find(f.a, f.b) ?? (SYMMETRIC_METRICS.has(f.metric) ? find(f.b, f.a) : undefined)) : undefined;
      const figureId =
        found?.id ??
        this.s.insertFigure.run(f.metric, f.a, f.b, f.value, f.unit, f.qualifier, f.period?.from ?? null, f.period?.to ?? null, published)
          .lastInsertRowid;
      const report = this.s.insertFigureReport.run(figureId, docRow, ord, f.qualifier, f.rule).lastInsertRowid;
      evidence(f.evidence, null, null, report);
      touched.figure.add(figureId);
    });

    for (const kind of ['event', 'relation', 'figure'] as const) for (const id of touched[kind]) this.s.refreshCount[kind].run({ id });

    record.quotes.forEach((q, ord) => {
      this.s.insertQuote.run(docRow, ord, q.speaker, q.person ?? null, q.span.start, q.span.end, JSON.stringify(q.evidence), q.rule);
    });
    return outcome;
  }

  /** A new occurred event fulfils the earliest planned one it overlaps; a new planned one adopts unlinked occurred ones. */
  private linkFulfils(id: Id, type: string, lo: string, hi: string, status: string, date: DateInterval): void {
    if (status === 'occurred') {
      const planned = this.s.findPlanned.get(type, lo, hi, date.to, date.from) as { id: number } | undefined;
      if (planned) this.s.setFulfils.run(planned.id, id);
    } else {
      this.s.linkOccurred.run(id, type, lo, hi, date.to, date.from);
    }
  }

  /** Removes a document with its reports, evidence and quotes; facts left unreported go, the rest are recomputed. */
  private deleteDocument(docId: number): void {
    const ids = (stmt: Database.Statement) => (stmt.all(docId) as Array<{ id: number }>).map((r) => r.id);
    const events = ids(this.s.eventsOfDoc);
    const relations = ids(this.s.relationsOfDoc);
    const figures = ids(this.s.figuresOfDoc);
    this.s.deleteDoc.run(docId);
    const count = (stmt: Database.Statement, id: number) => (stmt.get(id) as { n: number }).n;
    for (const id of events) {
      if (count(this.s.countReports.event, id) === 0) {
        this.s.deleteEvent.run(id);
        continue;
      }
      const reports = this.s.eventReports.all(id) as Array<{
        source: string; target: string; mode: string | null; cameo: string | null; date_from: string | null; date_to: string | null;
      }>;
      const first = reports[0]!;
      const date = intersectAll(reports.map((r) => (r.date_from && r.date_to ? { from: r.date_from, to: r.date_to } : null)));
      const mode = reports.find((r) => r.mode !== null)?.mode ?? null;
      const cameo = reports.find((r) => r.cameo !== null)?.cameo ?? null;
      this.s.recomputeEvent.run(first.source, first.target, mode, cameo, date?.from ?? null, date?.to ?? null, id);
      this.s.refreshCount.event.run({ id });
    }
    for (const id of relations) {
      if (count(this.s.countReports.relation, id) === 0) this.s.deleteRelation.run(id);
      else {
        this.s.updateRelationLabel.run((this.s.relationReports.get(id) as { label: string }).label, id);
        this.s.refreshCount.relation.run({ id });
      }
    }
    for (const id of figures) {
      if (count(this.s.countReports.figure, id) === 0) this.s.deleteFigure.run(id);
      else {
        const first = this.s.figureReports.get(id) as { qualifier: string; published: string | null };
        this.s.updateFigure.run(first.qualifier, first.published, id);
        this.s.refreshCount.figure.run({ id });
      }
    }
  }
}
