/** Date extraction: date mentions resolved against a reference date, and the document's own date. */

/** findDates: every date expression in a text; scanDates: the same before year-less ones are dropped. */
export { findDates, scanDates } from './date-extractor.js';
/** The document's own date (metadata, URL, dateline, text bounds) and its basis. */
export { resolveDocumentDate, type DocumentDate, type DocumentDateOptions } from './document-date-resolver.js';
/** Readers for metadata date strings and dates in URL paths. */
export { parsePublishedString, parseUrlDate } from './published-date-parser.js';
