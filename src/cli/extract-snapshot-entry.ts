/**
 * The script of the start-up snapshot of `multivector extract` (startup-snapshot.ts). The build bundles
 * it into one CommonJS file and runs it under `node --build-snapshot`: importing the extract path and
 * extracting a made-up article builds every lexicon, the wink model and the phrase rules, and the heap
 * is then written to the blob. A process started from the blob runs the extract command as the normal
 * CLI (main.ts) would, on its own command line.
 */
import { startupSnapshot } from 'node:v8';
import { Command } from 'commander';
import { registerExtract } from './commands/extract-command.js';
import { recordLine } from './commands/record-line.js';
import { buildTextDocument } from '../ingest/text-document.js';

// A made-up article that reaches every layer (actors, quotes, dates, events, relations, figures).
const SAMPLE = [
  'Lisbon, 3 March 2025',
  'Portugal and Chile signed a trade agreement on Monday, the two foreign ministers said.',
  '"We will work together," Portuguese Prime Minister said during the visit to Santiago.',
  'Exports to Chile rose 12% to $1.5 billion last year, and Portugal pledged 40 million euros in aid.',
  'Protesters rallied in Lisbon, and police arrested 20 people. Chile condemned the attack on its embassy.',
].join('\n');

const built = buildTextDocument(SAMPLE, 'warm-up.txt');
if (!built.ok) throw new Error(`warm-up article not read: ${built.error}`);
const warm = recordLine(built.document);
if (!warm.ok) throw new Error(`warm-up extraction failed: ${warm.error}`);

startupSnapshot.setDeserializeMainFunction(() => {
  const program = new Command();
  program
    .name('multivector')
    .description("Turns news about a country's foreign relations into sourced data and measures its balance.")
    .version('0.1.0');
  registerExtract(program);
  // argv is [node, ...arguments]: no script path.
  void program.parseAsync(process.argv.slice(1), { from: 'user' });
});
