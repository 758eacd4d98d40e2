/**
 * The SQLite FactStore: better-sqlite3 in WAL mode, migrated on open. Writes go through prepared
 * statements (DocumentWriter); reads go through kysely over the same connection, so that the queries
 * could run on PostgreSQL with another dialect.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Document } from '../core/types.js';
import type { EventStatus, ExtractionRecord, PloverType, Qualifier, Tier } from '../record/types.js';
import { DocumentWriter } from './document-writer.js';
import type {
  ActorDocumentCount, AggregateOptions, AggregateRow, FactStore, SearchHit, StoreCounts, StoreOutcome, StoredQuote,
} from './fact-store.js';
import { untilBound } from './fact-identity.js';
import { appliedVersions, migrate, readMigrations } from './migrator.js';
import type { StoreSchema } from './schema.js';
import type { FactFilter, StoredDocument, StoredEvent, StoredEvidence, StoredFigure, StoredRelation } from './types.js';

/** Options of {@link openStore}. */
export interface OpenOptions {
  /** Open an existing database for reading only (no migration, no writes). */
  readonly readonly?: boolean;
}

type EB<T extends keyof StoreSchema> = ExpressionBuilder<StoreSchema, T>;

/** Conditions shared by every filter: one or both sides of a pair of actor columns. */
function pairCondition<T extends keyof StoreSchema>(
  eb: EB<T>, left: string, right: string, filter: FactFilter,
): Expression<SqlBool>[] {
  const ref = (c: string) => sql.ref(c);
  const side = (actor: string) => eb.or([eb(ref(left), '=', actor), eb(ref(right), '=', actor)]);
  const out: Expression<SqlBool>[] = [];
  if (filter.involving && filter.partner) {
    out.push(
      eb.or([
        eb.and([eb(ref(left), '=', filter.involving), eb(ref(right), '=', filter.partner)]),
        eb.and([eb(ref(left), '=', filter.partner), eb(ref(right), '=', filter.involving)]),
      ]),
    );
  } else if (filter.involving) out.push(side(filter.involving));
  else if (filter.partner) out.push(side(filter.partner));
  return out;
}

/** Date conditions on an interval [fromCol, toCol]: it must reach `since` and start by `until`. */
function dateCondition<T extends keyof StoreSchema>(eb: EB<T>, fromCol: string, toCol: string, filter: FactFilter): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (filter.since) out.push(eb(sql.ref(toCol), '>=', filter.since));
  if (filter.until) out.push(eb(sql.ref(fromCol), '<=', untilBound(filter.until)));
  return out;
}

function eventWhere(eb: EB<'events'>, filter: FactFilter): Expression<SqlBool> {
  const c = [...pairCondition(eb, 'events.source', 'events.target', filter), ...dateCondition(eb, 'events.date_from', 'events.date_to', filter)];
  if (filter.type) c.push(eb('events.type', '=', filter.type));
  if (filter.status) c.push(eb('events.status', '=', filter.status));
  return eb.and(c);
}

function relationWhere(eb: EB<'relations'>, filter: FactFilter): Expression<SqlBool> {
  return eb.and([
    ...pairCondition(eb, 'relations.a', 'relations.b', filter),
    ...dateCondition(eb, 'relations.stated_on', 'relations.stated_on', filter),
  ]);
}

function figureWhere(eb: EB<'figures'>, filter: FactFilter): Expression<SqlBool> {
  const c = pairCondition(eb, 'figures.a', 'figures.b', filter);
  // A figure without a period is dated by the document that states it.
  if (filter.since) c.push(eb(eb.fn.coalesce('figures.period_to', 'figures.stated_on'), '>=', filter.since));
  if (filter.until) c.push(eb(eb.fn.coalesce('figures.period_from', 'figures.stated_on'), '<=', untilBound(filter.until)));
  return eb.and(c);
}

interface EvidenceRow {
  fact_id: number;
  doc_id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  start: number;
  end: number;
  sentence: string;
}

function groupEvidence(rows: readonly EvidenceRow[]): Map<number, StoredEvidence[]> {
  const map = new Map<number, StoredEvidence[]>();
  for (const r of rows) {
    let list = map.get(r.fact_id);
    if (!list) map.set(r.fact_id, (list = []));
    list.push({ documentId: r.doc_id, url: r.url, title: r.title, published: r.published, span: { start: r.start, end: r.end }, sentence: r.sentence });
  }
  return map;
}

function toDocument(r: { doc_id: string; url: string | null; title: string | null; source: string | null; path: string | null; published: string | null; content_hash: string }): StoredDocument {
  return { id: r.doc_id, url: r.url, title: r.title, source: r.source, path: r.path, published: r.published, contentHash: r.content_hash };
}

interface Page {
  readonly afterId: number;
  readonly limit: number;
}

/** Keyset pagination: asks for pages after the last id seen until a short page ends it. */
async function* paged<T extends { id: number }>(fetch: (page: Page) => Promise<T[]>, limit: number): AsyncIterable<T> {
  let afterId = 0;
  for (;;) {
    const rows = await fetch({ afterId, limit });
    yield* rows;
    if (rows.length < limit) return;
    afterId = rows[rows.length - 1]!.id;
  }
}

const interval = (from: string | null, to: string | null) => (from !== null && to !== null ? { from, to } : null);

/** A FactStore over one SQLite file. */
export class SqliteFactStore implements FactStore {
  readonly db: Kysely<StoreSchema>;
  private writer: DocumentWriter | undefined;

  constructor(readonly connection: Database.Database, private readonly readonly: boolean) {
    this.db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: connection }) });
  }

  private getWriter(): DocumentWriter {
    if (this.readonly) throw new Error('the store was opened read-only');
    return (this.writer ??= new DocumentWriter(this.connection));
  }

  lookup(doc: Document): StoreOutcome {
    return this.getWriter().lookup(doc);
  }

  storeDocument(doc: Document, record: ExtractionRecord): StoreOutcome {
    return this.getWriter().store(doc, record);
  }

  /** The validators saved from the last fetch of a feed URL. */
  feedState(url: string): { etag: string | null; lastModified: string | null } | undefined {
    const row = this.connection.prepare('SELECT etag, last_modified FROM feed_state WHERE url = ?').get(url) as { etag: string | null; last_modified: string | null } | undefined;
    return row ? { etag: row.etag, lastModified: row.last_modified } : undefined;
  }

  /** Saves a feed's validators after its items were stored. */
  saveFeedState(url: string, etag: string | null, lastModified: string | null, checkedAt: string): void {
    if (this.readonly) throw new Error('the store was opened read-only');
    this.connection
      .prepare('INSERT INTO feed_state (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at')
      .run(url, etag, lastModified, checkedAt);
  }

  /** The writer, for re-extraction (stale documents, fact replacement). */
  documentWriter(): DocumentWriter {
    return this.getWriter();
  }

  async listDocuments(): Promise<StoredDocument[]> {
    const rows = await this.db
      .selectFrom('documents')
      .select(['doc_id', 'url', 'title', 'source', 'path', 'published', 'content_hash'])
      .orderBy('id')
      .execute();
    return rows.map(toDocument);
  }

  private evidenceQuery() {
    return this.db
      .selectFrom('evidence as e')
      .innerJoin('documents as d', 'd.id', 'e.document_id')
      .select([
        'd.doc_id', 'd.url', 'd.title', 'd.published', 'e.start', 'e.end',
        sql<string>`substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)`.as('sentence'),
      ]);
  }

  async listEvents(filter: FactFilter = {}): Promise<StoredEvent[]> {
    return this.eventsPage(filter);
  }

  async listRelations(filter: FactFilter = {}): Promise<StoredRelation[]> {
    return this.relationsPage(filter);
  }

  async listFigures(filter: FactFilter = {}): Promise<StoredFigure[]> {
    return this.figuresPage(filter);
  }

  /** Events in id order, a page at a time: bounded memory however many are stored. */
  iterateEvents(filter: FactFilter = {}, pageSize = 2000): AsyncIterable<StoredEvent> {
    return paged((page) => this.eventsPage(filter, page), pageSize);
  }

  /** Relations in id order, a page at a time. */
  iterateRelations(filter: FactFilter = {}, pageSize = 2000): AsyncIterable<StoredRelation> {
    return paged((page) => this.relationsPage(filter, page), pageSize);
  }

  /** Figures in id order, a page at a time. */
  iterateFigures(filter: FactFilter = {}, pageSize = 2000): AsyncIterable<StoredFigure> {
    return paged((page) => this.figuresPage(filter, page), pageSize);
  }

  private async eventsPage(filter: FactFilter, page?: Page): Promise<StoredEvent[]> {
    const rows = await this.db
      .selectFrom('events')
      .selectAll()
      .where((eb) => eventWhere(eb, filter))
      .$if(page !== undefined, (qb) => qb.where('events.id', '>', page!.afterId).limit(page!.limit))
      .orderBy('events.id')
      .execute();
    if (rows.length === 0) return [];
    const ev = await this.evidenceQuery()
      .innerJoin('event_reports as r', 'r.id', 'e.event_report_id')
      .select('r.event_id as fact_id')
      .where('r.event_id', 'in', page
        ? rows.map((r) => r.id)
        : (qb) => qb.selectFrom('events').select('events.id').where((eb) => eventWhere(eb, filter)))
      .orderBy('r.event_id').orderBy('r.document_id').orderBy('r.ord').orderBy('e.id')
      .execute();
    const evidence = groupEvidence(ev);
    return rows.map((r) => ({
      id: r.id,
      type: r.type as PloverType,
      mode: r.mode,
      cameo: r.cameo,
      source: r.source,
      target: r.target,
      status: r.status as EventStatus,
      date: interval(r.date_from, r.date_to),
      sourceCount: Number(r.source_count),
      fulfils: r.fulfils,
      evidence: evidence.get(r.id) ?? [],
    }));
  }

  private async relationsPage(filter: FactFilter, page?: Page): Promise<StoredRelation[]> {
    const rows = await this.db
      .selectFrom('relations')
      .selectAll()
      .where((eb) => relationWhere(eb, filter))
      .$if(page !== undefined, (qb) => qb.where('relations.id', '>', page!.afterId).limit(page!.limit))
      .orderBy('relations.id')
      .execute();
    if (rows.length === 0) return [];
    const ev = await this.evidenceQuery()
      .innerJoin('relation_reports as r', 'r.id', 'e.relation_report_id')
      .select('r.relation_id as fact_id')
      .where('r.relation_id', 'in', page
        ? rows.map((r) => r.id)
        : (qb) => qb.selectFrom('relations').select('relations.id').where((eb) => relationWhere(eb, filter)))
      .orderBy('r.relation_id').orderBy('r.document_id').orderBy('r.ord').orderBy('e.id')
      .execute();
    const evidence = groupEvidence(ev);
    return rows.map((r) => ({
      id: r.id, a: r.a, b: r.b, tier: r.tier as Tier, label: r.label, statedOn: r.stated_on,
      evidence: evidence.get(r.id) ?? [], sourceCount: Number(r.source_count),
    }));
  }

  private async figuresPage(filter: FactFilter, page?: Page): Promise<StoredFigure[]> {
    const rows = await this.db
      .selectFrom('figures')
      .selectAll()
      .where((eb) => figureWhere(eb, filter))
      .$if(page !== undefined, (qb) => qb.where('figures.id', '>', page!.afterId).limit(page!.limit))
      .orderBy('figures.id')
      .execute();
    if (rows.length === 0) return [];
    const ev = await this.evidenceQuery()
      .innerJoin('figure_reports as r', 'r.id', 'e.figure_report_id')
      .select('r.figure_id as fact_id')
      .where('r.figure_id', 'in', page
        ? rows.map((r) => r.id)
        : (qb) => qb.selectFrom('figures').select('figures.id').where((eb) => figureWhere(eb, filter)))
      .orderBy('r.figure_id').orderBy('r.document_id').orderBy('r.ord').orderBy('e.id')
      .execute();
    const evidence = groupEvidence(ev);
    return rows.map((r) => ({
      id: r.id, metric: r.metric, a: r.a, b: r.b, value: r.value, unit: r.unit, qualifier: r.qualifier as Qualifier,
      period: interval(r.period_from, r.period_to), statedOn: r.stated_on, evidence: evidence.get(r.id) ?? [],
      sourceCount: Number(r.source_count),
    }));
  }

  async listQuotes(filter: { readonly speaker?: string } = {}): Promise<StoredQuote[]> {
    let q = this.db
      .selectFrom('quotes as q')
      .innerJoin('documents as d', 'd.id', 'q.document_id')
      .select(['q.id', 'd.doc_id', 'q.speaker', 'q.person', sql<string>`substr(d.text, q.start + 1, q."end" - q.start)`.as('text')]);
    if (filter.speaker) q = q.where('q.speaker', '=', filter.speaker);
    const rows = await q.orderBy('q.id').execute();
    return rows.map((r) => ({ id: r.id, documentId: r.doc_id, speaker: r.speaker, person: r.person, text: r.text }));
  }

  async aggregateEvents(o: AggregateOptions): Promise<AggregateRow[]> {
    const period =
      o.grain === 'year'
        ? sql<string>`substr(date_from, 1, 4)`
        : o.grain === 'month'
          ? sql<string>`substr(date_from, 1, 7)`
          : sql<string>`substr(date_from, 1, 4) || '-Q' || ((cast(substr(date_from, 6, 2) AS integer) + 2) / 3)`;
    const partner = sql<string>`CASE WHEN source = ${o.involving} THEN target ELSE source END`;
    const filter: FactFilter = {
      involving: o.involving,
      ...(o.type ? { type: o.type } : {}),
      ...(o.status ? { status: o.status } : {}),
      ...(o.since ? { since: o.since } : {}),
      ...(o.until ? { until: o.until } : {}),
    };
    const rows = await this.db
      .selectFrom('events')
      .select([
        period.as('period'), partner.as('partner'), 'type', 'status', 'mode',
        sql<number>`count(*)`.as('count'), sql<number>`sum(source_count)`.as('sources'),
      ])
      .where((eb) => eventWhere(eb, filter))
      .$if(!o.includeUndated, (qb) => qb.where('date_from', 'is not', null))
      .groupBy([sql`1`, sql`2`, 'type', 'status', 'mode'])
      .orderBy(sql`1`).orderBy(sql`2`).orderBy('type').orderBy('status').orderBy('mode')
      .execute();
    return rows.map((r) => ({
      period: r.period ?? null, partner: r.partner, type: r.type as PloverType, status: r.status as EventStatus, mode: r.mode,
      count: Number(r.count), sources: Number(r.sources),
    }));
  }

  async countDocumentsByActor(): Promise<ActorDocumentCount[]> {
    const result = await sql<{ actor: string; documents: number }>`
      SELECT actor, count(DISTINCT document_id) AS documents FROM (
        SELECT source AS actor, document_id FROM event_reports
        UNION ALL SELECT target, document_id FROM event_reports
        UNION ALL SELECT rel.a, rr.document_id FROM relation_reports rr JOIN relations rel ON rel.id = rr.relation_id
        UNION ALL SELECT rel.b, rr.document_id FROM relation_reports rr JOIN relations rel ON rel.id = rr.relation_id
        UNION ALL SELECT f.a, fr.document_id FROM figure_reports fr JOIN figures f ON f.id = fr.figure_id WHERE f.a IS NOT NULL
        UNION ALL SELECT f.b, fr.document_id FROM figure_reports fr JOIN figures f ON f.id = fr.figure_id WHERE f.b IS NOT NULL
      ) mentions
      GROUP BY actor ORDER BY documents DESC, actor`.execute(this.db);
    return result.rows.map((r) => ({ actor: r.actor, documents: Number(r.documents) }));
  }

  async search(query: string, options: { readonly limit?: number } = {}): Promise<SearchHit[]> {
    // FTS5 is SQLite's own; a PostgreSQL store would answer this with tsvector instead.
    try {
      const result = await sql<{ doc_id: string; url: string | null; title: string | null; source: string | null; path: string | null; published: string | null; content_hash: string; snippet: string; rank: number }>`
        SELECT d.doc_id, d.url, d.title, d.source, d.path, d.published, d.content_hash,
               snippet(document_fts, 1, '«', '»', '…', 16) AS snippet, document_fts.rank AS rank
        FROM document_fts JOIN documents d ON d.id = document_fts.rowid
        WHERE document_fts MATCH ${query}
        ORDER BY document_fts.rank, d.id LIMIT ${options.limit ?? 20}`.execute(this.db);
      return result.rows.map((r) => ({ document: toDocument(r), snippet: r.snippet, rank: r.rank }));
    } catch (error) {
      // Any SQL error here comes from the MATCH expression: FTS5 parses the user's query.
      if ((error as { code?: string }).code === 'SQLITE_ERROR') {
        throw new Error(`bad search query ${JSON.stringify(query)}: ${(error as Error).message}`);
      }
      throw error;
    }
  }

  async counts(): Promise<StoreCounts> {
    const n = (table: keyof StoreSchema) =>
      this.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n));
    const [documents, events, relations, figures, quotes] = await Promise.all([
      n('documents'), n('events'), n('relations'), n('figures'), n('quotes'),
    ]);
    return { documents, events, relations, figures, quotes };
  }

  async close(): Promise<void> {
    await this.db.destroy();
    // Kysely only closes a connection it has used; a store read through `connection` alone stays open.
    if (this.connection.open) this.connection.close();
  }
}

/** Opens (creating and migrating unless read-only) a SQLite store; `:memory:` works for tests. */
export function openStore(file: string, options: OpenOptions = {}): SqliteFactStore {
  const readonly = options.readonly === true;
  let connection: Database.Database;
  try {
    connection = new Database(file, readonly ? { readonly: true, fileMustExist: true } : {});
  } catch (error) {
    throw new Error(`${file}: cannot open database: ${(error as Error).message}`);
  }
  try {
    connection.pragma('foreign_keys = ON');
    connection.pragma('busy_timeout = 5000');
    if (!readonly) {
      if (file !== ':memory:') connection.pragma('journal_mode = WAL');
      // In WAL mode NORMAL loses at most the last commits on power loss, never consistency; a killed
      // process loses nothing that was committed.
      connection.pragma('synchronous = NORMAL');
      // Checkpoints are where the fsyncs go; one per ~32 MB of WAL instead of SQLite's 4 MB keeps
      // per-document transactions cheap on slow disks. Closing the last connection checkpoints anyway.
      connection.pragma('wal_autocheckpoint = 8192');
      migrate(connection);
    } else {
      const hasTable = connection.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get();
      const newest = Math.max(...readMigrations().map((m) => m.version));
      const applied = hasTable ? appliedVersions(connection) : [];
      if (!applied.includes(newest)) throw new Error('not a multivector database, or an older schema: run `multivector ingest` on it first');
    }
  } catch (error) {
    connection.close();
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  return new SqliteFactStore(connection, readonly);
}
