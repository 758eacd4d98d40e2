/**
 * Row shapes that the store hands to analysis and reports. The store owns how they are kept; analysis
 * and the brief only read these.
 */
import type { DateInterval, Span } from '../core/types.js';
import type { EventStatus, PloverType, Qualifier, Tier } from '../record/types.js';

/** One piece of evidence: a span of one stored document, with the sentence it lies in. */
export interface StoredEvidence {
  readonly documentId: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly span: Span;
  /** The sentence around the span, for display and export. */
  readonly sentence: string;
}

/** An event as stored: one row however many documents report it. */
export interface StoredEvent {
  readonly id: number;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly cameo: string | null;
  readonly source: string;
  readonly target: string;
  readonly status: EventStatus;
  readonly date: DateInterval | null;
  /** Number of distinct documents that report it. */
  readonly sourceCount: number;
  /** Id of the planned event this occurred event fulfils, where one was stored. */
  readonly fulfils: number | null;
  readonly evidence: readonly StoredEvidence[];
}

export interface StoredRelation {
  readonly id: number;
  readonly a: string;
  readonly b: string;
  readonly tier: Tier;
  readonly label: string;
  /** The date the designation was stated: the reporting document's date. */
  readonly statedOn: string | null;
  readonly evidence: readonly StoredEvidence[];
  /** Number of distinct documents that state it (added by the store; optional for hand-built rows). */
  readonly sourceCount?: number;
}

export interface StoredFigure {
  readonly id: number;
  readonly metric: string;
  readonly a: string | null;
  readonly b: string | null;
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly period: DateInterval | null;
  readonly statedOn: string | null;
  readonly evidence: readonly StoredEvidence[];
  /** Number of distinct documents that state it (added by the store; optional for hand-built rows). */
  readonly sourceCount?: number;
}

export interface StoredDocument {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly source: string | null;
  readonly path: string | null;
  readonly published: string | null;
  readonly contentHash: string;
}

/** Filters shared by every query over stored facts. Dates are ISO prefixes (YYYY, YYYY-MM, YYYY-MM-DD). */
export interface FactFilter {
  readonly partner?: string;
  readonly involving?: string;
  readonly type?: PloverType;
  readonly status?: EventStatus;
  readonly since?: string;
  readonly until?: string;
}
