/**
 * Flat rows of stored facts with the columns an analyst loads directly (CSV or JSON Lines): dates,
 * actors, PLOVER type with quad class and cooperation–conflict score, sources, first URL, evidence sentence.
 */
import { ploverInfo } from '../core/plover.js';
import type { StoredEvent, StoredEvidence, StoredFigure, StoredRelation } from './types.js';

/** What can be exported. */
export type ExportKind = 'events' | 'relations' | 'figures';
/** One flat row: column name → scalar. */
export type ExportRow = Record<string, string | number | null>;

/** Column order per kind; CSV headers and JSON keys follow it. */
export const EXPORT_COLUMNS: Readonly<Record<ExportKind, readonly string[]>> = {
  events: [
    'id', 'date_from', 'date_to', 'source', 'target', 'type', 'mode', 'cameo', 'quad_class', 'score', 'status',
    'sources', 'fulfils', 'first_url', 'evidence',
  ],
  relations: ['id', 'a', 'b', 'tier', 'label', 'stated_on', 'sources', 'first_url', 'evidence'],
  figures: ['id', 'metric', 'a', 'b', 'value', 'unit', 'qualifier', 'period_from', 'period_to', 'stated_on', 'sources', 'first_url', 'evidence'],
};

function firstUrl(evidence: readonly StoredEvidence[]): string | null {
  return evidence.find((e) => e.url !== null)?.url ?? null;
}

function sources(evidence: readonly StoredEvidence[], given: number | undefined): number {
  return given ?? new Set(evidence.map((e) => e.documentId)).size;
}

/** An event as an export row. */
export function eventRow(e: StoredEvent): ExportRow {
  const info = ploverInfo(e.type);
  return {
    id: e.id, date_from: e.date?.from ?? null, date_to: e.date?.to ?? null, source: e.source, target: e.target, type: e.type,
    mode: e.mode, cameo: e.cameo, quad_class: info.quad, score: info.score, status: e.status, sources: e.sourceCount,
    fulfils: e.fulfils, first_url: firstUrl(e.evidence), evidence: e.evidence[0]?.sentence ?? null,
  };
}

/** A relation as an export row. */
export function relationRow(r: StoredRelation): ExportRow {
  return {
    id: r.id, a: r.a, b: r.b, tier: r.tier, label: r.label, stated_on: r.statedOn, sources: sources(r.evidence, r.sourceCount),
    first_url: firstUrl(r.evidence), evidence: r.evidence[0]?.sentence ?? null,
  };
}

/** A figure as an export row. */
export function figureRow(f: StoredFigure): ExportRow {
  return {
    id: f.id, metric: f.metric, a: f.a, b: f.b, value: f.value, unit: f.unit, qualifier: f.qualifier,
    period_from: f.period?.from ?? null, period_to: f.period?.to ?? null, stated_on: f.statedOn,
    sources: sources(f.evidence, f.sourceCount), first_url: firstUrl(f.evidence), evidence: f.evidence[0]?.sentence ?? null,
  };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; null is empty. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (with CRLF, as RFC 4180 and spreadsheet tools expect) in the given column order. */
export function csvLine(columns: readonly string[], row: ExportRow): string {
  return columns.map((c) => csvField(row[c] ?? null)).join(',') + '\r\n';
}

/** The CSV header line. */
export function csvHeader(columns: readonly string[]): string {
  return columns.join(',') + '\r\n';
}
