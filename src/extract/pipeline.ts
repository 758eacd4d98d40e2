/**
 * Extraction as a pure function from a Document to an extraction record: no I/O, no clock, no global
 * mutable state, so it can run in worker threads now and on many machines later.
 */
import type { Diagnostic, Document } from '../core/types.js';
import type { ExtractionRecord, RecordQuote } from '../record/types.js';
import { splitSentences } from '../text/sentences.js';
import { analyseActors } from './actors/index.js';
import { findDates, resolveDocumentDate } from './dates/index.js';
import { extractEvents } from './events/event-extractor.js';
import { findFigures } from './figures/index.js';
import { extractRelations } from './relations/relation-extractor.js';

/** Options that change what is extracted; all optional. */
export interface ExtractOptions {
  /** Reference date used when the document itself gives none (never the clock). */
  readonly referenceDate?: string;
}

/** Runs every extractor over one document and assembles its record. */
export function extractDocument(doc: Document, options: ExtractOptions = {}): ExtractionRecord {
  const text = doc.text;
  const sentences = splitSentences(text);
  const docDate = resolveDocumentDate(doc, options.referenceDate ? { notAfter: options.referenceDate } : {});
  const reference = docDate.published ?? options.referenceDate ?? null;
  const dates = findDates(text, { date: reference });
  const actors = analyseActors(text, sentences, reference);
  const quotes = actors.quotes.map((q) => ({ span: q.span, speaker: q.speaker?.code ?? null }));
  const events = extractEvents({ text, sentences, actors: actors.mentions, places: actors.places, dates, quotes, published: reference });
  const relations = extractRelations({ text, sentences, actors: actors.mentions, quotes });
  const figures = findFigures({ text, sentences, actors: actors.mentions, dates, published: reference });
  const recordQuotes: RecordQuote[] = actors.quotes.map((q) => ({
    speaker: q.speaker?.code ?? null,
    person: q.speaker?.person ?? null,
    span: q.span,
    evidence: q.cue ? [q.span, q.cue].sort((x, y) => x.start - y.start) : [q.span],
    rule: q.rule ?? 'quotes/unattributed',
  }));
  const diagnostics: Diagnostic[] = [...actors.diagnostics, ...events.diagnostics, ...relations.diagnostics, ...figures.diagnostics];
  return {
    document: {
      id: doc.id,
      ...(doc.meta.path !== undefined ? { path: doc.meta.path } : {}),
      url: doc.meta.url ?? null,
      title: doc.meta.title ?? null,
      source: doc.meta.source ?? null,
      published: docDate.published,
      publishedBasis: docDate.basis,
      ...(doc.bodyOffset !== undefined ? { bodyOffset: doc.bodyOffset } : {}),
      length: text.length,
    },
    events: events.events,
    relations: relations.relations,
    figures: figures.figures,
    quotes: recordQuotes,
    diagnostics,
  };
}
