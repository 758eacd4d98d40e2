/** Table shapes for the query builder (kysely); they mirror db/migrations and nothing else. */

/** A stored document: text, metadata and content hash. */
export interface DocumentsTable {
  id: number;
  doc_id: string;
  url: string | null;
  path: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
  published_basis: string | null;
  content_hash: string;
  text: string;
  language: string | null;
  extractor_version: string | null;
}

/** An event, stored once however many documents report it. */
export interface EventsTable {
  id: number;
  type: string;
  mode: string | null;
  cameo: string | null;
  source: string;
  target: string;
  pair_lo: string;
  pair_hi: string;
  status: string;
  date_from: string | null;
  date_to: string | null;
  fulfils: number | null;
  source_count: number;
}

/** What one document said about an event (kept so the event can be recomputed). */
export interface EventReportsTable {
  id: number;
  event_id: number;
  document_id: number;
  ord: number;
  source: string;
  target: string;
  mode: string | null;
  cameo: string | null;
  date_from: string | null;
  date_to: string | null;
  rule: string;
}

/** A designated relationship tier of a pair, stated on one date. */
export interface RelationsTable {
  id: number;
  a: string;
  b: string;
  tier: string;
  label: string;
  stated_on: string | null;
  source_count: number;
}

/** One document stating a relation. */
export interface RelationReportsTable {
  id: number;
  relation_id: number;
  document_id: number;
  ord: number;
  label: string;
  rule: string;
}

/** A figure (trade, investment, counts) with its period. */
export interface FiguresTable {
  id: number;
  metric: string;
  a: string | null;
  b: string | null;
  value: number;
  unit: string;
  qualifier: string;
  period_from: string | null;
  period_to: string | null;
  stated_on: string | null;
  source_count: number;
}

/** One document stating a figure. */
export interface FigureReportsTable {
  id: number;
  figure_id: number;
  document_id: number;
  ord: number;
  qualifier: string;
  rule: string;
}

/** One evidence span of a report, with its enclosing sentence. */
export interface EvidenceTable {
  id: number;
  event_report_id: number | null;
  relation_report_id: number | null;
  figure_report_id: number | null;
  document_id: number;
  start: number;
  end: number;
  sentence_start: number;
  sentence_end: number;
}

/** A quote of one document. */
export interface QuotesTable {
  id: number;
  document_id: number;
  ord: number;
  speaker: string | null;
  person: string | null;
  start: number;
  end: number;
  evidence: string;
  rule: string;
}

/** A migration applied to the database. */
export interface SchemaMigrationsTable {
  version: number;
  name: string;
}

/** A text replaced by a newer one under the same URL. */
export interface SupersededTextsTable {
  content_hash: string;
  url: string;
}

/** The whole schema, as kysely sees it. */
export interface StoreSchema {
  documents: DocumentsTable;
  events: EventsTable;
  event_reports: EventReportsTable;
  relations: RelationsTable;
  relation_reports: RelationReportsTable;
  figures: FiguresTable;
  figure_reports: FigureReportsTable;
  evidence: EvidenceTable;
  quotes: QuotesTable;
  schema_migrations: SchemaMigrationsTable;
  superseded_texts: SupersededTextsTable;
}
