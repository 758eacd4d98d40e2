// Ingest throughput: a deterministic synthetic corpus (src/store/synthetic-corpus.ts, seeded, ~7 MB,
// many documents reporting the same events) is built in memory; the bench times extraction alone
// (extractDocument over every document), then a full ingest (lookup + extraction + one SQLite
// transaction per document, WAL) into a fresh temporary database, then a second ingest of the same
// corpus (all unchanged). Prints MB/s for each, the ingest/extraction ratio against the 70 % target,
// and peak RSS. Last, the same corpus written out as text files is ingested by the CLI with --jobs 1 and
// --jobs 2 (each a fresh process and database, start-up included, as a user runs it): wall times, their
// ratio against the 0.75 target, each run's peak RSS and whether both stored the same counts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { extractDocument } from '../../dist/extract/pipeline.js';
import { ingestDocuments } from '../../dist/store/ingest-documents.js';
import { openStore } from '../../dist/store/sqlite-fact-store.js';
import { syntheticCorpus } from '../../dist/store/synthetic-corpus.js';

const SEED = 20240520;
const DOCUMENTS = 3000;
const TARGET_RATIO = 0.7;
const TARGET_JOBS_RATIO = 0.75;

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
    parallelIngest(docs, dir, log);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The CLI's `ingest --jobs 1` against `--jobs 2` on the corpus as text files, each run a fresh process. */
function parallelIngest(docs, dir, log) {
  const folder = path.join(dir, 'texts');
  mkdirSync(folder);
  docs.forEach((d, i) => {
    const header = [d.meta.url && `url: ${d.meta.url}`, d.meta.title && `title: ${d.meta.title}`, d.meta.published && `published: ${d.meta.published}`].filter(Boolean).join('\n');
    writeFileSync(path.join(folder, `${String(i).padStart(5, '0')}.txt`), `${header}\n\n${d.text}\n`);
  });
  const cli = new URL('../../bin/multivector.js', import.meta.url).pathname;
  const run = (jobs) => {
    const db = path.join(dir, `jobs-${jobs}.db`);
    const t = performance.now();
    // /usr/bin/time is not everywhere; the child reports its own peak RSS through an exit hook instead.
    const child = spawnSync(process.execPath, ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write("peak-rss "+process.resourceUsage().maxRSS+"\\n"))', cli, 'ingest', '--jobs', String(jobs), '--db', db, folder], { encoding: 'utf8' });
    const wall = performance.now() - t;
    if (child.status !== 0) throw new Error(`ingest --jobs ${jobs} failed: ${child.stderr}`);
    const stored = /stored: (.*)/.exec(child.stderr)?.[1] ?? '?';
    const rss = Number(/peak-rss (\d+)/.exec(child.stderr)?.[1] ?? 0) / 1024;
    return { wall, stored, rss };
  };
  const one = run(1);
  const two = run(2);
  const ratio = two.wall / one.wall;
  log(`CLI ingest of the same ${docs.length} files: --jobs 1 ${ms(one.wall)} (peak RSS ${one.rss.toFixed(0)} MB), --jobs 2 ${ms(two.wall)} (peak RSS ${two.rss.toFixed(0)} MB)`);
  log(`  stored the same: ${one.stored === two.stored ? 'yes' : `NO (${one.stored} / ${two.stored})`}; ${one.stored}`);
  log(`verdict: --jobs 2 takes ${ratio.toFixed(2)} of the --jobs 1 wall time — ${ratio <= TARGET_JOBS_RATIO ? 'meets' : 'MISSES'} the target (≤ ${TARGET_JOBS_RATIO}; needs 2 idle cores: compare the load average, ${loadAverage()})`);
}

function loadAverage() {
  return `now ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`;
}
