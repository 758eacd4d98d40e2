/**
 * What the command line says of itself and the made-up article that warms every layer: shared by the CLI
 * (main.ts), the start-up snapshot's entry and the build's data snapshot, so they cannot drift apart.
 */
import type { Command } from 'commander';

/** Names and describes a commander program as `multivector`. */
export function identifyProgram(program: Command): Command {
  return program
    .name('multivector')
    .description("Turns news about a country's foreign relations into sourced data and measures its balance.")
    .version('0.1.0');
}

/** A made-up article that reaches every layer (actors, quotes, dates, events, relations, figures). */
export const WARM_UP_ARTICLE = [
  'Lisbon, 3 March 2025',
  'Portugal and Chile signed a trade agreement on Monday, the two foreign ministers said.',
  '"We will work together," Portuguese Prime Minister said during the visit to Santiago.',
  'Exports to Chile rose 12% to $1.5 billion last year, and Portugal pledged 40 million euros in aid.',
  'Protesters rallied in Lisbon, and police arrested 20 people. Chile condemned the attack on its embassy.',
].join('\n');
