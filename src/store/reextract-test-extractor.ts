/** A stand-in for changed rules (tests only): the synthetic extractor, less each record's first event. */
import type { Document } from '../core/types.js';
import type { ExtractionRecord } from '../record/types.js';
import { syntheticExtractor } from './synthetic-corpus.js';

export function newRulesExtractor(doc: Document): ExtractionRecord {
  const record = syntheticExtractor(doc);
  return { ...record, events: record.events.slice(1) };
}
