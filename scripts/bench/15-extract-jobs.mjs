// `extract --jobs 2` against `--jobs 1` (issue 9: ≥ 1.7× on two cores): the benchmark's synthetic news
// corpus (scripts/bench/lib/news-corpus.mjs, ~6 MB) written out as text files and extracted by the CLI
// as a user runs it, each run a fresh process with its output to a file: wall times, their ratio, each
// run's peak RSS, and whether both wrote the same records.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCorpus } from './lib/news-corpus.mjs';

const TARGET_BYTES = 6e6;
const TARGET_SPEEDUP = 1.7;

const secs = (t) => `${(t / 1000).toFixed(2)} s`;

export default async function extractJobsBench({ log }) {
  const { docs, bytes } = buildCorpus(TARGET_BYTES);
  const dir = mkdtempSync(path.join(tmpdir(), 'mv-bench-jobs-'));
  try {
    const folder = path.join(dir, 'texts');
    mkdirSync(folder);
    docs.forEach((d, i) => writeFileSync(path.join(folder, `${String(i).padStart(5, '0')}.txt`), d.bytes));
    log(`corpus: ${docs.length} text files, ${(bytes / 1e6).toFixed(1)} MB; ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const cli = new URL('../../bin/multivector.js', import.meta.url).pathname;
    const run = (jobs) => {
      const out = path.join(dir, `jobs-${jobs}.jsonl`);
      const t = performance.now();
      // The child reports its own peak RSS through an exit hook (/usr/bin/time is not everywhere).
      const child = spawnSync('sh', ['-c', `"${process.execPath}" --import 'data:text/javascript,process.on("exit",()=>process.stderr.write("peak-rss "+process.resourceUsage().maxRSS+"\\n"))' "${cli}" extract --jobs ${jobs} "${folder}" > "${out}"`], { encoding: 'utf8' });
      const wall = performance.now() - t;
      if (child.status !== 0) throw new Error(`extract --jobs ${jobs} failed: ${child.stderr}`);
      const rss = Number(/peak-rss (\d+)/.exec(child.stderr)?.[1] ?? 0) / 1024;
      // Records name their file by path; the two runs read the same folder, so the bytes must agree.
      const digest = createHash('sha256').update(readFileSync(out)).digest('hex');
      return { wall, rss, digest };
    };
    const one = run(1);
    const two = run(2);
    const speedup = one.wall / two.wall;
    log(`CLI extract: --jobs 1 ${secs(one.wall)} (peak RSS ${one.rss.toFixed(0)} MB), --jobs 2 ${secs(two.wall)} (peak RSS ${two.rss.toFixed(0)} MB)`);
    log(`  same records: ${one.digest === two.digest ? 'yes' : 'NO'}`);
    log(`verdict: --jobs 2 is ${speedup.toFixed(2)}× --jobs 1 — ${speedup >= TARGET_SPEEDUP ? 'meets' : 'MISSES'} the target (≥ ${TARGET_SPEEDUP}×; needs 2 idle cores: load average now ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
