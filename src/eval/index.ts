/** Evaluation against hand-written gold: the matching rules of shared/spec/extraction-format.md. */
export { loadGoldDir, parseGold, type GoldFile } from './gold.js';
export { indexRecords, readPredictions, recordKey, type PredRecord } from './predictions.js';
export { scoreCorpus, type EvalOptions, type EvalResult, type Summary } from './scoring.js';
export { jsonReport, parseRequire, scoreLine, textReport, unmet } from './report.js';
