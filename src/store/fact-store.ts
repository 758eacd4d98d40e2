/**
 * The repository interface that the CLI, analysis and the server read and write through, so that a
 * PostgreSQL implementation could replace the SQLite one without touching its callers.
 */
import type { Document } from '../core/types.js';
import type { EventStatus, ExtractionRecord, PloverType } from '../record/types.js';
import type { FactFilter, StoredDocument, StoredEvent, StoredFigure, StoredRelation } from './types.js';

/** What storing one document did: new, already there (same URL or content), or replaced an older text. */
export type StoreOutcome = 'new' | 'unchanged' | 'replaced';

/** Time buckets for aggregated series. */
export type Grain = 'month' | 'quarter' | 'year';

/** Options of {@link FactStore.aggregateEvents}. */
export interface AggregateOptions {
  /** The focus actor: only events with it on one side count, and `partner` is the other side. */
  readonly involving: string;
  readonly grain: Grain;
  readonly type?: PloverType;
  readonly status?: EventStatus;
  readonly since?: string;
  readonly until?: string;
  /** Also return undated events, with period null (default false). */
  readonly includeUndated?: boolean;
}

/** One row of an aggregated event series: how many distinct events fell in one bucket. */
export interface AggregateRow {
  /** `YYYY-MM`, `YYYY-Qn` or `YYYY` of the event's start date; null only with includeUndated. */
  readonly period: string | null;
  readonly partner: string;
  readonly type: PloverType;
  readonly status: EventStatus;
  readonly mode: string | null;
  /** Distinct events. */
  readonly count: number;
  /** Sum of their source counts (documents reporting them). */
  readonly sources: number;
}

/** How many stored documents mention an actor in any stored fact. */
export interface ActorDocumentCount {
  readonly actor: string;
  readonly documents: number;
}

/** One FTS hit over document text. */
export interface SearchHit {
  readonly document: StoredDocument;
  /** FTS5 snippet with the matches between « and ». */
  readonly snippet: string;
  readonly rank: number;
}

/** A quote as stored, per document (quotes are not merged across documents). */
export interface StoredQuote {
  readonly id: number;
  readonly documentId: string;
  readonly speaker: string | null;
  readonly person: string | null;
  readonly text: string;
}

/** Totals over the whole store. */
export interface StoreCounts {
  readonly documents: number;
  readonly events: number;
  readonly relations: number;
  readonly figures: number;
  readonly quotes: number;
}

/** Read and write access to stored documents and facts. Reads are async (query builder); writes are not. */
export interface FactStore {
  /** Whether a document with this text (or this URL and this text) is already stored, without extracting it. */
  lookup(doc: Document): StoreOutcome;
  /** Stores one document and its record in one transaction; unchanged documents are left alone. */
  storeDocument(doc: Document, record: ExtractionRecord): StoreOutcome;
  listDocuments(): Promise<StoredDocument[]>;
  listEvents(filter?: FactFilter): Promise<StoredEvent[]>;
  listRelations(filter?: FactFilter): Promise<StoredRelation[]>;
  listFigures(filter?: FactFilter): Promise<StoredFigure[]>;
  /** The same rows as the list methods, fetched a page at a time (bounded memory for exports of big stores). */
  iterateEvents(filter?: FactFilter, pageSize?: number): AsyncIterable<StoredEvent>;
  iterateRelations(filter?: FactFilter, pageSize?: number): AsyncIterable<StoredRelation>;
  iterateFigures(filter?: FactFilter, pageSize?: number): AsyncIterable<StoredFigure>;
  listQuotes(filter?: { readonly speaker?: string }): Promise<StoredQuote[]>;
  /** Event counts per (period, partner, type, status, mode) computed by the database. */
  aggregateEvents(options: AggregateOptions): Promise<AggregateRow[]>;
  /** Actors by number of documents mentioning them in facts, most first (the default focus is the first). */
  countDocumentsByActor(): Promise<ActorDocumentCount[]>;
  search(query: string, options?: { readonly limit?: number }): Promise<SearchHit[]>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
