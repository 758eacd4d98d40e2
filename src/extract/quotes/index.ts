/**
 * Direct quotations: their spans (quote-spans) and their speakers (speaker-attributor). The actor layer
 * (src/extract/actors) runs both and returns QuoteMention values; these exports serve other callers.
 */
export { findQuoteSpans, type QuoteSpan } from './quote-spans.js';
export {
  attributeQuotes, compileCues, SCARE_QUOTE_MAX_WORDS, type AttributedQuote, type AttributionCues, type SpeakerCandidate,
} from './speaker-attributor.js';
