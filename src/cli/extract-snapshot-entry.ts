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
import { identifyProgram, WARM_UP_ARTICLE } from './program-identity.js';


// V8 compiles a regular expression's bytecode once per string width, on its first run on a subject of
// that width. The article is read twice: as written (one-byte: ASCII) and as a two-byte string with the
// same characters (a slice of a string that holds a curly quote), as most news is (a dash or a curly
// quote anywhere makes the whole text two-byte), so that neither width compiles its expressions again
// when the process starts from the snapshot.
for (const text of [WARM_UP_ARTICLE, `\u2019${WARM_UP_ARTICLE}`.slice(1)]) {
  const built = buildTextDocument(text, 'warm-up.txt');
  if (!built.ok) throw new Error(`warm-up article not read: ${built.error}`);
  const warm = recordLine(built.document);
  if (!warm.ok) throw new Error(`warm-up extraction failed: ${warm.error}`);
}

startupSnapshot.setDeserializeMainFunction(() => {
  const program = identifyProgram(new Command());
  registerExtract(program);
  // argv is [node, ...arguments]: no script path.
  void program.parseAsync(process.argv.slice(1), { from: 'user' });
});
