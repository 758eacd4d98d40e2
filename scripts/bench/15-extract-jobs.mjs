// `extract --jobs 2` against `--jobs 1` (issue 9: ≥ 1.7× on two cores): the benchmark's synthetic news
// corpus (scripts/bench/lib/news-corpus.mjs, ~6 MB) written out as text files and extracted by the CLI
// as a user runs it, each run a fresh process with its output to a file: wall times, their ratio, each
// run's peak RSS, and whether both wrote the same records. Each run also reports its CPU time (every thread)
// and, on Linux, how it splits between the main thread, the worker threads and V8's own helper threads
// (TurboFan's concurrent compiler and the garbage collector's): with two cores, `--jobs 2` can only be as
// much faster as the CPU of both runs allows (notes/speed17.md).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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
    // The child reports, as it exits, its peak RSS and CPU (process.resourceUsage covers every thread, ended
    // ones too) and, where /proc lists threads, the CPU of the threads still running: the main thread, and
    // V8's helper threads (worker threads have ended by then: theirs is the rest).
    const hook = path.join(dir, 'exit-hook.mjs');
    writeFileSync(hook, EXIT_HOOK);
    const run = (jobs) => {
      const out = path.join(dir, `jobs-${jobs}.jsonl`);
      const t = performance.now();
      // The child reports its own peak RSS through an exit hook (/usr/bin/time is not everywhere).
      const child = spawnSync('sh', ['-c', `"${process.execPath}" --import "${pathToFileURL(hook).href}" "${cli}" extract --jobs ${jobs} "${folder}" > "${out}"`], { encoding: 'utf8' });
      const wall = performance.now() - t;
      if (child.status !== 0) throw new Error(`extract --jobs ${jobs} failed: ${child.stderr}`);
      const report = /exit-report (\{.*\})/.exec(child.stderr);
      const usage = report ? JSON.parse(report[1]) : {};
      // Records name their file by path; the two runs read the same folder, so the bytes must agree.
      const digest = createHash('sha256').update(readFileSync(out)).digest('hex');
      return { wall, rss: (usage.maxRSS ?? 0) / 1024, cpu: usage.cpu, main: usage.main, helpers: usage.helpers, digest };
    };
    // (Threads that ended before the exit are the workers; with --jobs 1 only libuv's, with next to no CPU.)
    const cpuText = (r, jobs) => {
      if (r.cpu === undefined) return 'CPU not reported';
      if (r.main === undefined) return `CPU ${r.cpu.toFixed(2)} s`;
      const ended = jobs > 1 ? `, worker threads ${(r.cpu - r.main - r.helpers).toFixed(2)} s` : '';
      return `CPU ${r.cpu.toFixed(2)} s: main thread ${r.main.toFixed(2)} s${ended}, V8 helper threads ${r.helpers.toFixed(2)} s`;
    };
    const one = run(1);
    const two = run(2);
    const speedup = one.wall / two.wall;
    log(`CLI extract: --jobs 1 ${secs(one.wall)} (peak RSS ${one.rss.toFixed(0)} MB), --jobs 2 ${secs(two.wall)} (peak RSS ${two.rss.toFixed(0)} MB)`);
    log(`  --jobs 1 ${cpuText(one, 1)}`);
    log(`  --jobs 2 ${cpuText(two, 2)}${one.cpu && two.cpu ? ` (${(two.cpu / one.cpu).toFixed(2)} × the CPU of --jobs 1)` : ''}`);
    log(`  same records: ${one.digest === two.digest ? 'yes' : 'NO'}`);
    log(`verdict: --jobs 2 is ${speedup.toFixed(2)}× --jobs 1 — ${speedup >= TARGET_SPEEDUP ? 'meets' : 'MISSES'} the target (≥ ${TARGET_SPEEDUP}×; needs 2 idle cores: load average now ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Loaded into the extract process with --import. Linux counts a thread's time in /proc in USER_HZ (always
// 100 a second to user space); a thread that has ended is no longer listed, but its time stays in
// process.resourceUsage().
const EXIT_HOOK = `import { readdirSync, readFileSync } from 'node:fs';
process.on('exit', () => {
  const usage = process.resourceUsage();
  const report = { maxRSS: usage.maxRSS, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6 };
  try {
    let main = 0;
    let helpers = 0;
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync('/proc/self/task/' + tid + '/stat', 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
      if (Number(tid) === process.pid) main = seconds;
      else helpers += seconds;
    }
    Object.assign(report, { main, helpers });
  } catch {}
  process.stderr.write('exit-report ' + JSON.stringify(report) + '\\n');
});
`;
