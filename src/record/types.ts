/**
 * The extraction record (shared/spec/extraction-format.md): the contract between extraction and
 * everything after it. Fields may be added; none of the spec's may be renamed.
 */
import type { DateInterval, Diagnostic, Span } from '../core/types.js';

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** Highest first. */
export const TIERS = [
  'alliance', 'comprehensive_strategic_partnership', 'strategic_partnership', 'enhanced_partnership', 'partnership',
] as const;
export type Tier = (typeof TIERS)[number];

export type EventStatus = 'occurred' | 'planned';
export type PublishedBasis = 'metadata' | 'url' | 'dateline' | 'text' | 'inferred' | null;

export interface RecordDocument {
  readonly id: string;
  readonly path?: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly publishedBasis: PublishedBasis;
  /** Where the reader found the published time: 'meta', 'json-ld', 'time' (HTML), 'feed', 'field' (dumps), or 'crawl' (a web archive's capture date, the last resort). */
  readonly publishedFrom?: string;
  /** The byline, where the input names one. */
  readonly author?: string;
  /** ISO 639-1 code of the text's language (null: too short to tell); only English texts get facts. */
  readonly language?: string | null;
  /** Offset of the body inside the input file; evidence spans are relative to the body. */
  readonly bodyOffset?: number;
  readonly length: number;
}

export interface RecordEvent {
  readonly type: PloverType;
  readonly mode?: string | null;
  readonly cameo?: string;
  readonly source: string;
  readonly target: string;
  /** Sectors of sub-state sides (police, protesters …), where the text names them. */
  readonly sourceSector?: string;
  readonly targetSector?: string;
  readonly status: EventStatus;
  readonly date: DateInterval | null;
  /**
   * How the date was found: stated in the clause (text), offset from another date, "back then"
   * (anaphora), the date an earlier sentence of the paragraph stated (paragraph), or the document date.
   */
  readonly dateBasis?: 'text' | 'offset' | 'anaphora' | 'paragraph' | 'document';
  readonly evidence: readonly Span[];
  /** The rule that produced the event (pattern id from data/event-patterns). */
  readonly rule: string;
}

export interface RecordRelation {
  readonly a: string;
  readonly b: string;
  readonly tier: Tier;
  readonly label: string;
  readonly evidence: readonly Span[];
  readonly rule: string;
}

export type Qualifier = 'exact' | 'approx' | 'over' | 'under';

export interface RecordFigure {
  readonly metric: string;
  readonly a: string | null;
  readonly b: string | null;
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly period: DateInterval | null;
  readonly evidence: readonly Span[];
  readonly rule: string;
}

export interface RecordQuote {
  /** Actor code of the speaker, or null where no speaker could be resolved. */
  readonly speaker: string | null;
  /** Person id of the speaker, where known. */
  readonly person?: string | null;
  readonly span: Span;
  readonly evidence: readonly Span[];
  readonly rule: string;
}

export interface ExtractionRecord {
  readonly document: RecordDocument;
  readonly events: readonly RecordEvent[];
  readonly relations: readonly RecordRelation[];
  readonly figures: readonly RecordFigure[];
  readonly quotes: readonly RecordQuote[];
  readonly diagnostics: readonly Diagnostic[];
}
