/**
 * A real ingest process for the crash test: ingests a synthetic corpus into a database file and prints
 * one line per document (`<n> <outcome>`), so the test can kill it with SIGKILL at chosen moments.
 * Usage: node --import tsx src/store/crash-ingest-worker.ts <db> <documents> <seed>
 */
import { ingestDocuments } from './ingest-documents.js';
import { openStore } from './sqlite-fact-store.js';
import { syntheticCorpus, syntheticExtractor } from './synthetic-corpus.js';

const [file, count, seed] = process.argv.slice(2);
if (!file || !count || !seed) {
  process.stderr.write('usage: crash-ingest-worker <db> <documents> <seed>\n');
  process.exit(2);
}
const docs = syntheticCorpus({ documents: Number(count), seed: Number(seed), filler: 3 });
const store = openStore(file);
process.stdout.write('ready\n');
const summary = await ingestDocuments(
  store,
  docs.map((document) => ({ ok: true as const, file: document.meta.path!, document })),
  { extract: syntheticExtractor, onProgress: (p) => process.stdout.write(`${p.done} ${p.outcome}\n`) },
);
await store.close();
process.stdout.write(`finished ${JSON.stringify(summary.documents)}\n`);
