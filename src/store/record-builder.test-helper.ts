/** Hand-built documents and records for store tests: sentences written for the tests, facts set by hand. */
import type { Document, Span } from '../core/types.js';
import type { ExtractionRecord, RecordEvent, RecordFigure, RecordRelation } from '../record/types.js';

/** A document whose text is `lines` joined by newlines. */
export function doc(id: string, lines: readonly string[], meta: Partial<Document['meta']> = {}): Document {
  return { id, text: lines.join('\n'), meta: { path: `${id}.txt`, url: `https://example.test/${id}`, ...meta } };
}

/** The span of `needle` in the document (first occurrence); throws if absent so tests cannot pass vacuously. */
export function spanOf(d: Document, needle: string): Span {
  const start = d.text.indexOf(needle);
  if (start < 0) throw new Error(`test setup: "${needle}" not in ${d.id}`);
  return { start, end: start + needle.length };
}

type EventInput = Omit<RecordEvent, 'evidence' | 'rule' | 'date'> & { date?: string | [string, string] | null; at: string; rule?: string };

/** An event with evidence at `at` and a date given as one day, a [from, to] pair, or null. */
export function ev(d: Document, e: EventInput): RecordEvent {
  const { at, date, rule, ...rest } = e;
  const interval = date == null ? null : typeof date === 'string' ? { from: date, to: date } : { from: date[0], to: date[1] };
  return { ...rest, date: interval, evidence: [spanOf(d, at)], rule: rule ?? 'test.event' };
}

/** A record for `d` with the given facts. */
export function record(
  d: Document,
  facts: { events?: RecordEvent[]; relations?: RecordRelation[]; figures?: RecordFigure[]; published?: string | null } = {},
): ExtractionRecord {
  return {
    document: {
      id: d.id, path: d.meta.path ?? `${d.id}.txt`, url: d.meta.url ?? null, title: d.meta.title ?? null, source: null,
      published: facts.published ?? null, publishedBasis: facts.published ? 'metadata' : null, length: d.text.length,
    },
    events: facts.events ?? [],
    relations: facts.relations ?? [],
    figures: facts.figures ?? [],
    quotes: [],
    diagnostics: [],
  };
}
