#!/usr/bin/env node
// Scores the real-news corpus (test/realnews) with `multivector eval`, one line per split.
// usage: npm run score:realnews [-- --json] [-- --split dev] [-- --dir PATH]
// Article texts are third-party text and never committed: where a split's texts are absent (a fresh
// clone, CI) this says which and how to rebuild them, and exits 0. Where only some are present, the
// split is scored on the documents that have a text, and the others are named.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const json = args.includes('--json');
const base = path.resolve(opt('--dir') ?? path.join(root, 'test', 'realnews'));
const only = args.flatMap((a, i) => (args[i - 1] === '--split' ? [a] : []));
const rebuild = `rebuild them as ${path.relative(process.cwd(), path.join(base, 'README.md')) || 'README.md'} says (texts are git-ignored, never committed)`;
const bin = path.join(root, 'bin', 'multivector.js');

const goldRoot = path.join(base, 'gold');
if (!existsSync(goldRoot)) {
  console.log(`score:realnews: no real-news gold in ${path.relative(process.cwd(), goldRoot) || goldRoot}: nothing to score`);
  process.exit(0);
}
const splits = readdirSync(goldRoot, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
  .filter((s) => only.length === 0 || only.includes(s)).sort();

const f1 = (x) => (typeof x === 'number' ? x : x.f1).toFixed(2);
const results = {};
for (const split of splits) {
  const goldDir = path.join(goldRoot, split);
  const textDir = path.join(base, 'texts', split);
  const golds = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ file: f, document: JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')).document }));
  const texts = new Map(existsSync(textDir)
    ? readdirSync(textDir).filter((f) => f.endsWith('.txt')).map((f) => [f.replace(/\.txt$/, ''), path.join(textDir, f)]) : []);
  const present = golds.filter((g) => texts.has(g.document));
  const absent = golds.filter((g) => !texts.has(g.document)).map((g) => g.document);
  if (golds.length === 0) {
    results[split] = { documents: 0, absent: [] };
    if (!json) console.log(`${split}: no gold files yet`);
    continue;
  }
  if (present.length === 0) {
    results[split] = { documents: 0, absent };
    if (!json) console.log(`${split}: the ${golds.length} texts are absent from ${path.relative(process.cwd(), textDir)}/: ${rebuild}`);
    continue;
  }
  // eval scores every gold file in its folder: give it the gold of the documents that have a text.
  const subset = mkdtempSync(path.join(os.tmpdir(), `mv-realnews-${split}-`));
  for (const g of present) copyFileSync(path.join(goldDir, g.file), path.join(subset, g.file));
  const run = spawnSync(process.execPath, [bin, 'eval', ...present.map((g) => texts.get(g.document)), '--gold', subset, '--json'],
    { encoding: 'utf8', maxBuffer: 256 << 20 });
  rmSync(subset, { recursive: true, force: true });
  if (run.status !== 0) {
    console.error(`${split}: multivector eval failed (exit ${run.status}):\n${run.stderr}`);
    process.exit(1);
  }
  const s = JSON.parse(run.stdout);
  results[split] = { ...s, absent };
  if (json) continue;
  const types = Object.entries(s.byType).filter(([, t]) => t.gold + t.predicted > 0)
    .map(([type, t]) => `${type} ${f1(t)} (${t.found}/${t.gold}, ${t.predicted} pred)`).join(', ');
  console.log(
    `${split} (${present.length}/${golds.length} documents): events F1 ${f1(s.events)} (ignoring date and status ${f1(s.eventsIgnoringDateAndStatus)})` +
      ` | relations ${f1(s.relations)} | figures ${f1(s.figures)} | dates ${f1(s.dates)}\n  by type: ${types}`,
  );
  if (absent.length) console.log(`  ${absent.length} texts absent (${absent.join(', ')}): ${rebuild}`);
}
if (json) console.log(JSON.stringify(results, null, 1));
