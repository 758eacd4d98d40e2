/**
 * Extraction as a pure function from a Document to an extraction record: no I/O, no clock, no global
 * mutable state, so it can run in worker threads now and on many machines later.
 */
import type { Diagnostic, Document } from '../core/types.js';
import type { ExtractionRecord, RecordQuote } from '../record/types.js';
import { splitAndTagSentences } from '../text/sentences.js';
import { unwrapHardBreaks } from '../text/unwrap.js';
import { analyseActors, leadersDataCurrentTo, officeWindowOf } from './actors/index.js';
import { findDates, resolveDocumentDate } from './dates/index.js';
import { withoutDatelineDate } from './dates/dateline-dates.js';
import type { DocumentDate } from './dates/document-date-resolver.js';
import { extractEvents } from './events/event-extractor.js';
import { eventLexicon } from './events/event-lexicon.js';
import { mayHoldEvent } from './events/lexicon-rule.js';
import { findFigures } from './figures/index.js';
import { extractRelations } from './relations/relation-extractor.js';

/** Options that change what is extracted; all optional. */
export interface ExtractOptions {
  /** Reference date used when the document itself gives none (never the clock). */
  readonly referenceDate?: string;
}

/** Runs every extractor over one document and assembles its record. */
export function extractDocument(doc: Document, options: ExtractOptions = {}): ExtractionRecord {
  // Wrap breaks inside sentences become spaces (same length: offsets into `text` are offsets into doc.text).
  const text = unwrapHardBreaks(doc.text);
  // A year guessed from a weekday alone is never after the present the bundled data knows.
  const dateOptions = options.referenceDate ? { notAfter: options.referenceDate } : { guessNotAfter: leadersDataCurrentTo() };
  if (doc.meta.language && doc.meta.language !== 'en') return notEnglish(doc, resolveDocumentDate(doc, dateOptions));
  // Lines with a word of the event lexicon are tagged as they are split: the lexicon reading needs their tags.
  const { sentences, tokensOf } = splitAndTagSentences(text, (line) => mayHoldEvent(line, eventLexicon().allForms));
  let docDate = resolveDocumentDate(doc, dateOptions);
  let actors = docDate.published ? null : analyseActors(text, sentences, options.referenceDate ?? null);
  if (actors) {
    // Nothing dates the page: the terms of office of the people it names may place its year-less day.
    const window = officeWindowOf(actors.mentions, options.referenceDate ?? null, text);
    if (window) {
      const placed = resolveDocumentDate(doc, { ...dateOptions, officeWindow: window });
      if (placed.published) {
        docDate = placed;
        // Who a name stands for depends on the day: read the actors again as of the date just found.
        actors = null;
      }
    }
  }
  const reference = docDate.published ?? options.referenceDate ?? null;
  const dates = findDates(text, { date: reference });
  actors ??= analyseActors(text, sentences, reference);
  const quotes = actors.quotes.map((q) => ({ span: q.span, speaker: q.speaker?.code ?? null }));
  const eventDates = withoutDatelineDate(text, dates);
  const events = extractEvents({ text, sentences, actors: actors.mentions, places: actors.places, dates: eventDates, quotes, published: reference, tokensOf });
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
    document: recordDocument(doc, docDate),
    events: events.events,
    relations: relations.relations,
    figures: figures.figures,
    quotes: recordQuotes,
    diagnostics,
  };
}

/** The record's document part: what the reader found and the resolved date. */
function recordDocument(doc: Document, docDate: DocumentDate): ExtractionRecord['document'] {
  const m = doc.meta;
  return {
    id: doc.id,
    ...(m.path !== undefined ? { path: m.path } : {}),
    url: m.url ?? null,
    title: m.title ?? null,
    source: m.source ?? null,
    published: docDate.published,
    publishedBasis: docDate.basis,
    ...(docDate.from ? { publishedFrom: docDate.from } : m.publishedFrom && docDate.basis === 'metadata' ? { publishedFrom: m.publishedFrom } : {}),
    ...(m.author ? { author: m.author } : {}),
    ...(m.language !== undefined ? { language: m.language } : {}),
    ...(doc.bodyOffset !== undefined ? { bodyOffset: doc.bodyOffset } : {}),
    length: doc.text.length,
  };
}

/**
 * The lexicons, patterns and parser are English only: on another language they would find nothing or
 * nonsense, so the document is stored (and searchable) with no facts and a diagnostic that says why.
 */
function notEnglish(doc: Document, docDate: DocumentDate): ExtractionRecord {
  return {
    document: recordDocument(doc, docDate),
    events: [],
    relations: [],
    figures: [],
    quotes: [],
    diagnostics: [{
      reason: `text is in language "${doc.meta.language}", not English; extraction reads English only, so no facts were extracted`,
      rule: 'language/not-english',
      severity: 'warning',
    }],
  };
}
