/** Date extraction: date mentions resolved against a reference date, and the document's own date. */
export { findDates, scanDates } from './date-extractor.js';
export { resolveDocumentDate, type DocumentDate } from './document-date-resolver.js';
export { parsePublishedString, parseUrlDate } from './published-date-parser.js';
