#!/usr/bin/env node
// Checks and rebuilds the git-ignored article texts of test/realnews from SOURCES.tsv.
//   node scripts/realnews-texts.mjs --check
//       lists every text that is missing or whose sha256 differs from SOURCES.tsv (exit 1 if any)
//   node scripts/realnews-texts.mjs --from-json FILE
//       writes texts from FILE, a JSON array of { "url": …, "excerpt": … } as the search tool's `pages`
//       corpus returns them (run each row's `query`, keep the result with the row's url); each text is
//       `url: <url>`, a blank line, then the excerpt unchanged; rows whose hash does not match are reported
//   node scripts/realnews-texts.mjs --queries
//       prints id, url and query of every missing text, the list a search session works through
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const base = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'realnews');
const [header, ...lines] = readFileSync(path.join(base, 'SOURCES.tsv'), 'utf8').trim().split('\n');
const cols = header.split('\t');
const rows = lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])));
const textPath = (r) => path.join(base, 'texts', r.split, `${r.id}.txt`);
const sha = (buf) => createHash('sha256').update(buf).digest('hex');
const state = (r) => (!existsSync(textPath(r)) ? 'missing' : sha(readFileSync(textPath(r))) === r.sha256 ? 'ok' : 'changed');

const args = process.argv.slice(2);
if (args[0] === '--from-json') {
  const items = JSON.parse(readFileSync(args[1], 'utf8'));
  let written = 0;
  for (const item of items) {
    const row = rows.find((r) => r.url === item.url);
    if (!row) { console.log(`not in SOURCES.tsv: ${item.url}`); continue; }
    const text = `url: ${item.url}\n\n${item.excerpt}`;
    if (sha(Buffer.from(text, 'utf8')) !== row.sha256) { console.log(`${row.id}: the page's text differs from the one annotated (sha256); not written`); continue; }
    mkdirSync(path.dirname(textPath(row)), { recursive: true });
    writeFileSync(textPath(row), text);
    written++;
  }
  console.log(`${written} texts written`);
} else if (args[0] === '--queries') {
  for (const r of rows) if (state(r) !== 'ok') console.log(`${r.id}\t${r.url}\t${r.query}`);
} else if (args[0] === '--check') {
  const bad = rows.map((r) => [r, state(r)]).filter(([, s]) => s !== 'ok');
  for (const [r, s] of bad) console.log(`${s}: ${path.relative(process.cwd(), textPath(r))}`);
  console.log(`${rows.length - bad.length}/${rows.length} texts present and unchanged`);
  process.exit(bad.length ? 1 : 0);
} else {
  console.log('usage: realnews-texts.mjs --check | --queries | --from-json FILE');
  process.exit(2);
}
