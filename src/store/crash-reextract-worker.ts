/**
 * A real re-extraction process for the crash test: re-extracts every stale document of a database with
 * the "new rules" extractor and prints one line per document (`<n> done`), so the test can SIGKILL it.
 * Usage: node --import tsx src/store/crash-reextract-worker.ts <db>
 */
import { reextractStore } from './reextract.js';
import { openStore } from './sqlite-fact-store.js';
import { newRulesExtractor } from './reextract-test-extractor.js';

const [file] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: crash-reextract-worker <db>\n');
  process.exit(2);
}
const store = openStore(file);
process.stdout.write('ready\n');
const summary = reextractStore(store, { extract: newRulesExtractor, onProgress: (done) => process.stdout.write(`${done} done\n`) });
await store.close();
process.stdout.write(`finished ${JSON.stringify(summary)}\n`);
