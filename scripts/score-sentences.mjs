#!/usr/bin/env node
// Scores the sentence-level PLOVER set (test/sentences/<split>.jsonl) with `multivector eval`.
// usage: node scripts/score-sentences.mjs [dev|sealed] [--json] [--file PATH] [--list]
// --file scores another file of the same shape (an outside audit set); --list prints each sentence's misses and extras.
// Each sentence becomes a document (its `published` as a header line) and a gold file whose events are
// undated and scored with domestic events; on top of eval's summary it prints the share of sentences
// with gold events where an extracted event has a gold type and pair ("coded right"), and how many
// sentences got spurious events (events no gold event of the sentence accepts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const fileAt = args.indexOf('--file');
const file = fileAt >= 0 ? args[fileAt + 1] : undefined;
const split = file ? path.basename(file, '.jsonl') : args.find((a) => !a.startsWith('-')) ?? 'dev';
const json = args.includes('--json');
const list = args.includes('--list');
const source = file ? path.resolve(file) : path.join(root, 'test', 'sentences', `${split}.jsonl`);
const items = readFileSync(source, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

const work = mkdtempSync(path.join(os.tmpdir(), 'mv-sentences-'));
const texts = path.join(work, 'texts');
const gold = path.join(work, 'gold');
mkdirSync(texts);
mkdirSync(gold);
for (const s of items) {
  writeFileSync(path.join(texts, `${s.id}.txt`), `published: ${s.published}\n\n${s.text}\n`);
  writeFileSync(path.join(gold, `${s.id}.json`), JSON.stringify({
    document: s.id, domestic: true, published: { from: s.published, to: s.published },
    events: s.events.map((e) => ({ ...e, date: null, required: e.required ?? true })),
  }));
}
const bin = path.join(root, 'bin', 'multivector.js');
const evalRun = spawnSync(process.execPath, [bin, 'eval', texts, '--gold', gold, '--json', '--domestic'], { encoding: 'utf8', maxBuffer: 64 << 20 });
const records = spawnSync(process.execPath, [bin, 'extract', texts], { encoding: 'utf8', maxBuffer: 64 << 20 });
rmSync(work, { recursive: true, force: true });
if (evalRun.status !== 0 && evalRun.status !== 1) {
  console.error(evalRun.stderr);
  process.exit(2);
}
const summary = JSON.parse(evalRun.stdout);
const byId = new Map(records.stdout.split('\n').filter((l) => l.trim()).map((l) => {
  const r = JSON.parse(l);
  return [path.basename(r.document.path ?? '', '.txt'), r.events];
}));

const types = (e) => (Array.isArray(e.type) ? e.type : [e.type]);
const samePair = (p, g) => (p.source === g.source && p.target === g.target) || (p.source === g.target && p.target === g.source);
let withGold = 0;
let codedRight = 0;
let spurious = 0;
const perType = new Map();
for (const s of items) {
  const predicted = byId.get(s.id) ?? [];
  const required = s.events.filter((e) => e.required !== false);
  const accepts = (p) => s.events.some((g) => types(g).includes(p.type) && samePair(p, g));
  const extras = predicted.filter((p) => !accepts(p));
  if (extras.length) spurious++;
  const right = predicted.some(accepts);
  if (list && (extras.length || (required.length && !right))) {
    const show = (e) => `${e.type}${e.mode ? `/${e.mode}` : ''} ${e.source}${e.sourceSector ? `/${e.sourceSector}` : ''}→${e.target}${e.targetSector ? `/${e.targetSector}` : ''}`;
    console.log(`${s.id} [${s.focus}${s.negative ? ' neg' : ''}] ${right || !required.length ? '' : 'MISS '}gold: ${s.events.map(show).join('; ') || '-'} | got: ${predicted.map(show).join('; ') || '-'}`);
  }
  if (required.length === 0) continue;
  withGold++;
  if (right) codedRight++;
  const t = perType.get(s.focus) ?? { n: 0, right: 0 };
  t.n++;
  if (right) t.right++;
  perType.set(s.focus, t);
}
const result = {
  split, sentences: items.length, withGold, codedRight: +(codedRight / withGold).toFixed(3),
  sentencesWithSpuriousEvents: spurious, events: summary.events,
  byType: Object.fromEntries([...perType].sort().map(([k, v]) => [k, +(v.right / v.n).toFixed(2)])),
};
if (json) console.log(JSON.stringify(result, null, 1));
else {
  console.log(`sentences ${split}: ${codedRight}/${withGold} coded right (${result.codedRight}), ${spurious}/${items.length} with spurious events; events P ${summary.events.precision} R ${summary.events.recall} F1 ${summary.events.f1}`);
  console.log(Object.entries(result.byType).map(([k, v]) => `${k} ${v}`).join(' | '));
}
