#!/usr/bin/env node
// Compares the extraction speed of two builds on this machine, and whether they write the same records.
// usage: node scripts/speed-ab.mjs OLD_ROOT NEW_ROOT [--rounds=4] [--passes=3] [--synth-mb=1.5]
// Each root is a checkout with `dist/` built (tsc and the data snapshot are enough) and, for the
// real-news part, `test/realnews/texts/<split>/` (the readable splits found in the first root are used;
// sealed and dev10 are never read). Every round runs one child process per build, in alternating order
// (old first in odd rounds, new first in even ones); a child reads the documents, extracts them once to
// warm up (and hashes the records: document paths are relative, so the two roots hash alike), then times
// `--passes` warm passes with process.cpuUsage(). Prints per build and corpus the minimum and median CPU
// seconds per pass, MB per CPU-second, and the ratio new/old of the minima.
//
// Why separate processes: two builds loaded into one process share node_modules (wink-nlp, chrono), and
// whichever is loaded first runs 10-20 % faster (its JIT feedback comes first). Why minima: on a shared
// machine the load moves CPU times by ±10 % and more between runs of the same build; the minimum of many
// runs moves least. Run OLD against OLD first to see what difference this machine can resolve today.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const READABLE = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9'];
const self = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, dflt) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt);

if (args[0] === '--child') await child(args[1], args[2], opt('passes', 3), opt('synth-mb', 1.5));
else main();

function main() {
  const [oldRoot, newRoot] = args.filter((a) => !a.startsWith('--')).map((r) => path.resolve(r));
  if (!oldRoot || !newRoot) {
    console.error('usage: node scripts/speed-ab.mjs OLD_ROOT NEW_ROOT [--rounds=4] [--passes=3] [--synth-mb=1.5]');
    process.exit(2);
  }
  const rounds = opt('rounds', 4);
  const texts = path.join(oldRoot, 'test', 'realnews', 'texts');
  const results = { old: [], new: [] };
  for (let r = 0; r < rounds; r++) {
    for (const who of r % 2 === 0 ? ['old', 'new'] : ['new', 'old']) {
      const root = who === 'old' ? oldRoot : newRoot;
      const run = spawnSync(process.execPath, [self, '--child', root, texts, `--passes=${opt('passes', 3)}`, `--synth-mb=${opt('synth-mb', 1.5)}`], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (run.status !== 0) {
        console.error(run.stderr);
        process.exit(1);
      }
      results[who].push(JSON.parse(run.stdout));
    }
  }
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`${rounds} rounds, load average now ${load}`);
  const summary = {};
  for (const corpus of ['real', 'synth']) {
    for (const who of ['old', 'new']) {
      const runs = results[who].map((x) => x[corpus]).filter(Boolean);
      if (runs.length === 0) continue;
      const cpu = runs.flatMap((x) => x.cpu).sort((a, b) => a - b);
      const hashes = new Set(runs.map((x) => x.hash));
      const mb = runs[0].bytes / 1e6;
      summary[`${corpus} ${who}`] = { min: cpu[0], hash: [...hashes].join(',') };
      console.log(`${corpus.padEnd(5)} ${who}: ${mb.toFixed(3)} MB, ${runs[0].documents} documents; CPU per pass min ${cpu[0].toFixed(3)} s, median ${cpu[Math.floor(cpu.length / 2)].toFixed(3)} s (${cpu.length} passes) = ${(mb / cpu[0]).toFixed(3)} MB per CPU-second at best; records ${[...hashes].join(',')}`);
    }
    const o = summary[`${corpus} old`];
    const n = summary[`${corpus} new`];
    if (o && n) console.log(`${corpus.padEnd(5)} new/old (minima): ${(n.min / o.min).toFixed(3)}; records ${o.hash === n.hash ? 'identical' : 'DIFFERENT'}`);
  }
}

async function child(root, textsDir, passes, synthMb) {
  const load = (p) => import(pathToFileURL(path.join(root, p)).href);
  const { decodeText } = await load('dist/ingest/decode-text.js');
  const { buildTextDocument } = await load('dist/ingest/text-document.js');
  const { extractDocument } = await load('dist/extract/pipeline.js');
  const { buildCorpus } = await load('scripts/bench/lib/news-corpus.mjs');
  const real = [];
  for (const split of READABLE) {
    const dir = path.join(textsDir, split);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) real.push({ path: `${split}/${f}`, bytes: readFileSync(path.join(dir, f)) });
  }
  const sets = { real, synth: buildCorpus(synthMb * 1024 * 1024).docs };
  const out = {};
  for (const [name, list] of Object.entries(sets)) {
    if (list.length === 0) continue;
    const docs = list.map(({ path: p, bytes }) => buildTextDocument(decodeText(bytes).text, p).document);
    const hash = createHash('sha256');
    for (const d of docs) hash.update(`${JSON.stringify(extractDocument(d))}\n`);
    out[name] = { documents: docs.length, bytes: list.reduce((a, d) => a + d.bytes.length, 0), hash: hash.digest('hex').slice(0, 16), cpu: [] };
  }
  for (let p = 0; p < passes; p++) {
    for (const [name, list] of Object.entries(sets)) {
      if (!out[name]) continue;
      const docs = list.map(({ path: q, bytes }) => buildTextDocument(decodeText(bytes).text, q).document);
      const start = process.cpuUsage();
      for (const d of docs) extractDocument(d);
      const used = process.cpuUsage(start);
      out[name].cpu.push((used.user + used.system) / 1e6);
    }
  }
  process.stdout.write(JSON.stringify(out));
}
