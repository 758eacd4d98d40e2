/**
 * The script of the start-up snapshot of `multivector extract` (startup-snapshot.ts). The build bundles
 * it into one CommonJS file and runs it under `node --build-snapshot`: importing the extract path and
 * extracting a made-up article builds every lexicon, the wink model and the phrase rules, and the heap
 * is then written to the blob. A process started from the blob runs the extract command as the normal
 * CLI (main.ts) would, on its own command line.
 */
import { setFlagsFromString, startupSnapshot } from 'node:v8';
import { Command } from 'commander';
import { registerExtract } from './commands/extract-command.js';
import { recordLine } from './commands/record-line.js';
import { buildTextDocument, readTextAsTwoByte } from '../ingest/text-document.js';
import { identifyProgram, WARM_UP_ARTICLE } from './program-identity.js';


// V8 compiles a regular expression's bytecode once per string width, on its first run on a subject of
// that width, and the snapshot keeps what the warm-up compiled. Text files are read as two-byte strings
// here and in the process started from the snapshot (readTextAsTwoByte), as most news is anyway (one dash
// or curly quote makes a whole text so): the expressions are compiled for that width only (a smaller
// snapshot than both widths), and an ASCII article does not compile them again for one-byte subjects.
readTextAsTwoByte();
const built = buildTextDocument(WARM_UP_ARTICLE, 'warm-up.txt');
if (!built.ok) throw new Error(`warm-up article not read: ${built.error}`);
const warm = recordLine(built.document);
if (!warm.ok) throw new Error(`warm-up extraction failed: ${warm.error}`);

startupSnapshot.setDeserializeMainFunction(() => {
  // No optimising compiler in this process (set after the blob is read, so the blob's flags are unchanged):
  // a run of one to ten articles ends before TurboFan's code pays for its compiling, and the compiler's
  // code and zones cost memory. Measured from the snapshot (child process alone, medians of 6): one short
  // article 127.8 -> 124.1 MB peak RSS at the same CPU (~280 ms); ten dev9 texts 137.9 -> 131.7 MB and
  // CPU 620 -> 520 ms. Optimisation never changes what code computes.
  setFlagsFromString('--no-opt');
  const program = identifyProgram(new Command());
  registerExtract(program);
  // argv is [node, ...arguments]: no script path.
  void program.parseAsync(process.argv.slice(1), { from: 'user' });
});
