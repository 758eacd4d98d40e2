// Start-up: one short article as a whole process, `multivector extract ARTICLE > /dev/null`, as a person
// runs it. Most of such a run is loading modules and data and building lexicons, not the article. Runs
// it several times (after one untimed run, so the files are in the page cache) and prints the median
// wall time, CPU time and peak RSS against the targets (issue 9: ≤ 0.5 s, ≤ 120 MB). Where the team's
// real-news texts are present, the shortest dev text is timed the same way.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const RUNS = 7;
const TARGET_SECONDS = 0.5;
const TARGET_MB = 120;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs the CLI on `article` RUNS times; medians of wall seconds, CPU seconds and peak RSS (MB). */
function timeRuns(root, article) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'mv-startup-'));
  const probeOut = path.join(tmp, 'probe.json');
  const args = ['--require', path.join(root, 'scripts/bench/startup-probe.cjs'), path.join(root, 'bin/multivector.js'), 'extract', article];
  const runs = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      const started = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, MULTIVECTOR_PROBE_OUT: probeOut }, stdio: ['ignore', 'ignore', 'inherit'] });
      const wall = (performance.now() - started) / 1000;
      if (r.status !== 0) throw new Error(`multivector extract ${article} exited ${r.status ?? r.signal}`);
      const probe = JSON.parse(readFileSync(probeOut, 'utf8'));
      if (i > 0) runs.push({ wall, cpu: probe.cpuMs / 1000, rss: probe.maxRssKb / 1024 });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), rss: median(runs.map((r) => r.rss)), walls: runs.map((r) => r.wall) };
}

function report(log, label, article, m) {
  const ok = m.wall <= TARGET_SECONDS && m.rss <= TARGET_MB;
  log(`${label}: ${path.basename(article)} (${(statSync(article).size / 1024).toFixed(1)} KB), median of ${RUNS} runs: ` +
    `wall ${m.wall.toFixed(2)} s (CPU ${m.cpu.toFixed(2)} s), peak RSS ${m.rss.toFixed(0)} MB ` +
    `${ok ? '✓' : '✗'} target ≤ ${TARGET_SECONDS} s and ≤ ${TARGET_MB} MB`);
  log(`  wall times: ${m.walls.map((w) => w.toFixed(2)).join(' ')} s; load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores (wall time stretches under load, CPU time much less)`);
}

export default async ({ log, root }) => {
  const article = path.join(root, 'scripts/bench/short-article.txt');
  report(log, 'startup', article, timeRuns(root, article));
  const dev = path.join(root, 'test/realnews/texts/dev');
  let texts = [];
  try {
    texts = readdirSync(dev).filter((f) => f.endsWith('.txt')).map((f) => path.join(dev, f));
  } catch {
    log('startup: real-news texts absent (test/realnews/texts/dev), only the made-up article timed');
    return;
  }
  const shortest = texts.sort((a, b) => statSync(a).size - statSync(b).size || (a < b ? -1 : 1))[0];
  if (shortest) report(log, 'startup (real news)', shortest, timeRuns(root, shortest));
};
