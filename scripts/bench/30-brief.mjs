// Brief over a big database: generates a store of 1 million events (with one report and one evidence span
// each, over 5,000 documents, 2015–2025, KAZ with 40 partners) straight in SQL against the store's schema
// (openStore migrates it), then times building the KAZ brief (SQL aggregation + analysis + bootstrap +
// echarts SVG + HTML) with the same code as `multivector report`. Target: under 2 s. Prints peak RSS.
// `generate` is shared with 40-api.mjs.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../dist/store/sqlite-fact-store.js';
import { writeBrief } from '../../dist/report/write-brief.js';

const EVENTS = 1_000_000;
const DOCUMENTS = 5_000;
const TARGET_SECONDS = 2;
const PARTNERS = [
  'RUS', 'CHN', 'USA', 'EU', 'DEU', 'FRA', 'GBR', 'ITA', 'UZB', 'KGZ', 'TJK', 'TKM', 'C5', 'TUR', 'AZE', 'OTS',
  'SAU', 'ARE', 'QAT', 'IRN', 'JPN', 'KOR', 'IND', 'PAK', 'MNG', 'SGP', 'UN', 'SCO', 'CIS', 'EAEU', 'CSTO',
  'OSCE', 'CICA', 'BRICS', 'G20', 'BRA', 'CAN', 'POL', 'HUN', 'ESP',
];
// Weighted towards cooperation, as news is.
const TYPES = ['CONSULT', 'CONSULT', 'CONSULT', 'CONSULT', 'AGREE', 'AGREE', 'COOPERATE', 'SUPPORT', 'SUPPORT', 'AID', 'REQUEST', 'ACCUSE', 'REJECT', 'SANCTION'];
const MODES = ['visit', 'meeting', 'phone', 'multilateral'];

const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;

export function generate(file, log) {
  const t = performance.now();
  const store = openStore(file);
  const db = store.connection;
  const list = (values) => values.map((v, i) => `(${i}, '${v}')`).join(', ');
  db.exec(`CREATE TEMP TABLE bench_partner(idx INTEGER PRIMARY KEY, code TEXT); INSERT INTO bench_partner VALUES ${list(PARTNERS)};
           CREATE TEMP TABLE bench_type(idx INTEGER PRIMARY KEY, code TEXT); INSERT INTO bench_type VALUES ${list(TYPES)};
           CREATE TEMP TABLE bench_mode(idx INTEGER PRIMARY KEY, code TEXT); INSERT INTO bench_mode VALUES ${list(MODES)};`);
  // Bulk load without the secondary indexes, then rebuild exactly the schema's own definitions: one sort per
  // index instead of a million B-tree updates each.
  const indexes = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('events', 'event_reports', 'evidence')`).all();
  db.transaction(() => {
    for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
    db.prepare(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
      INSERT INTO documents (id, doc_id, url, title, source, published, published_basis, content_hash, text)
      SELECT i, 'bench-' || i, 'https://example.org/bench/' || i, 'Synthetic report ' || i, 'bench',
             date('2015-01-01', '+' || ((i * 7919) % 4018) || ' days'), 'metadata', 'bench-hash-' || i,
             'Synthetic report ' || i || '. The delegations met in the capital and discussed transit, energy and trade. '
               || 'Both sides agreed to keep up regular contacts.'
      FROM n`).run(DOCUMENTS);
    // Deterministic pseudo-random spreads from multiplicative hashing of the row number.
    db.prepare(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?),
      e AS (
        SELECT i, p.code AS partner, t.code AS type, m.code AS mode,
               CASE WHEN (i * 40503) % 10 = 0 THEN 'planned' ELSE 'occurred' END AS status,
               date('2015-01-01', '+' || ((i * 2654435761) % 4018) || ' days') AS day,
               (i * 11) % 2 AS swap
        FROM n
        JOIN bench_partner p ON p.idx = ((i * 48271) % 2147483647) % ${PARTNERS.length}
        JOIN bench_type t ON t.idx = ((i * 69621) % 2147483647) % ${TYPES.length}
        JOIN bench_mode m ON m.idx = (i * 16807) % ${MODES.length}
      )
      INSERT INTO events (id, type, mode, cameo, source, target, pair_lo, pair_hi, status, date_from, date_to, fulfils)
      SELECT i, type, CASE WHEN type = 'CONSULT' THEN mode END, NULL,
             CASE WHEN swap = 1 THEN partner ELSE 'KAZ' END, CASE WHEN swap = 1 THEN 'KAZ' ELSE partner END,
             min('KAZ', partner), max('KAZ', partner), status, day, day, NULL
      FROM e`).run(EVENTS);
    db.exec(`
      INSERT INTO event_reports (id, event_id, document_id, ord, source, target, mode, cameo, date_from, date_to, rule)
      SELECT id, id, 1 + (id * 31) % ${DOCUMENTS}, 0, source, target, mode, NULL, date_from, date_to, 'bench' FROM events;
      INSERT INTO evidence (event_report_id, document_id, start, "end", sentence_start, sentence_end)
      SELECT id, document_id, 0, 16, 0, 79 FROM event_reports;`);
    for (const { sql } of indexes) db.exec(sql);
  })();
  store.connection.pragma('wal_checkpoint(TRUNCATE)');
  return store.close().then(() => {
    log(`generated ${EVENTS.toLocaleString('en')} events (with reports and evidence) over ${DOCUMENTS} documents in ${sec(performance.now() - t)}; ` +
      `database ${mb(statSync(file).size)}`);
  });
}

export default async function briefBench({ log }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mv-bench-brief-'));
  try {
    const file = path.join(dir, 'bench.db');
    await generate(file, log);
    const rssBefore = process.resourceUsage().maxRSS * 1024;
    for (const grain of ['year', 'quarter']) {
      const t = performance.now();
      const cpu = process.cpuUsage();
      const { files, model } = await writeBrief({ db: file, out: path.join(dir, `brief-${grain}.html`), format: 'html', grain, focus: 'KAZ' });
      const took = performance.now() - t;
      const used = process.cpuUsage(cpu);
      log(`brief (KAZ, by ${grain}, ${model.periods.length} periods, ${model.totals.events.toLocaleString('en')} events, ${model.partners.length} partners, ` +
        `${model.bootstrapRounds} bootstrap rounds): ${sec(took)} ${took / 1000 < TARGET_SECONDS ? '✓' : '✗'} target < ${TARGET_SECONDS} s ` +
        `(CPU time ${sec((used.user + used.system) / 1000)}); ` +
        `${(statSync(files[0]).size / 1024).toFixed(0)} KB HTML`);
    }
    const peak = process.resourceUsage().maxRSS * 1024;
    log(`peak RSS: ${mb(peak)} (${mb(rssBefore)} after generating the database)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
