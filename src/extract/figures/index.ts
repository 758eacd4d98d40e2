/** Figure extraction: money, counts and percentages with their metric, parties, period and evidence. */
export { findFigures, type FigureInput } from './figure-extractor.js';
export { findAmounts, type Amount, type AmountKind } from './amount-finder.js';
