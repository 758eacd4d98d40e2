// Ingest throughput: a deterministic synthetic corpus (src/store/synthetic-corpus.ts, seeded, ~7 MB,
// many documents reporting the same events) is built in memory; the bench times extraction alone
// (extractDocument over every document), then a full ingest (lookup + extraction + one SQLite
// transaction per document, WAL) into a fresh temporary database, then a second ingest of the same
// corpus (all unchanged). Prints MB/s for each, the ingest/extraction ratio against the 70 % target,
// and peak RSS.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractDocument } from '../../dist/extract/pipeline.js';
import { ingestDocuments } from '../../dist/store/ingest-documents.js';
import { openStore } from '../../dist/store/sqlite-fact-store.js';
import { syntheticCorpus } from '../../dist/store/synthetic-corpus.js';

const SEED = 20240520;
const DOCUMENTS = 3000;
const TARGET_RATIO = 0.7;

const ms = (t) => `${(t / 1000).toFixed(2)} s`;

export default async function ingestBench({ log }) {
  let t = performance.now();
  const docs = syntheticCorpus({ documents: DOCUMENTS, seed: SEED, filler: 8 });
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  const mb = bytes / 1e6;
  log(`corpus: ${docs.length} documents, ${mb.toFixed(1)} MB (built in ${ms(performance.now() - t)}, seed ${SEED})`);

  // Warm-up: the first extraction loads data files and models; neither timing below should pay for it.
  extractDocument(docs[0]);

  t = performance.now();
  let facts = 0;
  for (const d of docs) {
    const r = extractDocument(d);
    facts += r.events.length + r.relations.length + r.figures.length + r.quotes.length;
  }
  const extractTime = performance.now() - t;
  const extractMbs = mb / (extractTime / 1000);
  log(`extraction alone: ${ms(extractTime)}, ${extractMbs.toFixed(2)} MB/s, ${facts} facts`);

  const dir = mkdtempSync(path.join(tmpdir(), 'mv-bench-ingest-'));
  try {
    const file = path.join(dir, 'bench.db');
    const store = openStore(file);
    const inputs = () => docs.map((document) => ({ ok: true, file: document.meta.path, document }));
    t = performance.now();
    const first = await ingestDocuments(store, inputs());
    const ingestTime = performance.now() - t;
    const ingestMbs = mb / (ingestTime / 1000);
    const ratio = ingestMbs / extractMbs;
    log(`ingest (extract + store, fresh database): ${ms(ingestTime)}, ${ingestMbs.toFixed(2)} MB/s; ` +
      `${first.documents.new} documents, ${first.totals.events} events, ${first.totals.relations} relations, ${first.totals.figures} figures stored`);

    t = performance.now();
    const again = await ingestDocuments(store, inputs());
    const againTime = performance.now() - t;
    log(`re-ingest (all unchanged: ${again.documents.unchanged}): ${ms(againTime)}, ${(mb / (againTime / 1000)).toFixed(1)} MB/s`);

    t = performance.now();
    const events = await store.listEvents();
    const months = await store.aggregateEvents({ involving: 'KAZ', grain: 'month' });
    log(`queries: listEvents ${events.length} in ${(performance.now() - t).toFixed(0)} ms (with aggregateEvents, ${months.length} rows)`);
    await store.close();
    const size = statSync(file).size;
    log(`database: ${(size / 1e6).toFixed(1)} MB`);
    log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    const verdict = ratio >= TARGET_RATIO ? 'meets the target' : 'BELOW the target';
    log(`verdict: ingest runs at ${(100 * ratio).toFixed(0)} % of extraction alone — ${verdict} (≥ ${100 * TARGET_RATIO} %)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
