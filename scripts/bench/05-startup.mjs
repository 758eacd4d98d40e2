// Start-up: one short article as a whole process, `multivector extract ARTICLE > /dev/null`, as a person
// runs it. Most of such a run is loading modules and data and building lexicons, not the article. Runs
// it several times (after one untimed run, so the files are in the page cache) and prints the median
// wall time, CPU time and peak RSS against the targets (issue 9: ≤ 0.5 s, ≤ 120 MB). Where the team's
// real-news texts are present, the shortest dev text is timed the same way. A run from the start-up
// snapshot (src/cli/startup-snapshot.ts) is two processes, bin/ and the child it waits for: CPU time is
// their sum, peak RSS the larger of the two (the smaller, bin/ waiting, is added in brackets); the same
// run with MULTIVECTOR_NO_SNAPSHOT=1 (the normal path) is timed alternately beside it.
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
  const probeOut = path.join(tmp, 'probe.jsonl');
  const args = [path.join(root, 'bin/multivector.js'), 'extract', article];
  const env = { ...process.env, MULTIVECTOR_PROBE_OUT: probeOut, NODE_OPTIONS: `--require ${JSON.stringify(path.join(root, 'scripts/bench/startup-probe.cjs'))}` };
  const runs = { snapshot: [], normal: [] };
  try {
    for (let i = 0; i <= RUNS; i++) {
      // Alternately, so that both see the same load.
      for (const path_ of ['snapshot', 'normal']) {
        rmSync(probeOut, { force: true });
        const started = performance.now();
        const r = spawnSync(process.execPath, args, { cwd: root, env: { ...env, MULTIVECTOR_NO_SNAPSHOT: path_ === 'normal' ? '1' : '' }, stdio: ['ignore', 'ignore', 'inherit'] });
        const wall = (performance.now() - started) / 1000;
        if (r.status !== 0) throw new Error(`multivector extract ${article} exited ${r.status ?? r.signal}`);
        const probes = readFileSync(probeOut, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
        const rss = probes.map((p) => p.maxRssKb / 1024).sort((a, b) => b - a);
        if (i > 0) runs[path_].push({ wall, cpu: probes.reduce((s, p) => s + p.cpuMs, 0) / 1000, rss: rss[0], other: rss[1] ?? 0, processes: probes.length });
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const summary = (rs) => ({ wall: median(rs.map((r) => r.wall)), cpu: median(rs.map((r) => r.cpu)), rss: median(rs.map((r) => r.rss)), other: median(rs.map((r) => r.other)), processes: rs[0].processes, walls: rs.map((r) => r.wall) });
  return { snapshot: summary(runs.snapshot), normal: summary(runs.normal) };
}

function report(log, label, article, both) {
  for (const [name, m] of Object.entries(both)) {
    const ok = m.wall <= TARGET_SECONDS && m.rss <= TARGET_MB;
    const how = name === 'normal' ? 'normal path (MULTIVECTOR_NO_SNAPSHOT=1)' : m.processes > 1 ? 'start-up snapshot, 2 processes' : 'snapshot not used (missing or stale)';
    log(`${label}, ${how}: ${path.basename(article)} (${(statSync(article).size / 1024).toFixed(1)} KB), median of ${RUNS} runs: ` +
      `wall ${m.wall.toFixed(2)} s (CPU ${m.cpu.toFixed(2)} s), peak RSS ${m.rss.toFixed(0)} MB${m.other ? ` (+ ${m.other.toFixed(0)} MB bin/ waiting)` : ''} ` +
      `${ok ? '✓' : '✗'} target ≤ ${TARGET_SECONDS} s and ≤ ${TARGET_MB} MB`);
    log(`  wall times: ${m.walls.map((w) => w.toFixed(2)).join(' ')} s; load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores (wall time stretches under load, CPU time much less)`);
  }
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
