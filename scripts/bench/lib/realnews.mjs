// Extraction throughput on the team's real-news texts (test/realnews/texts/<split>/*.txt, git-ignored
// third-party articles, present only where someone rebuilt them), and the wall-time ratio of
// `multivector extract` to the naive plain-Python coder (scripts/bench/naive-coder.py) on the same files.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeText } from '../../../dist/ingest/decode-text.js';
import { buildTextDocument } from '../../../dist/ingest/text-document.js';
import { extractDocument } from '../../../dist/extract/pipeline.js';
import { splitSentences } from '../../../dist/text/sentences.js';

const RATIO_TARGET = 1.0;
// Warm in-process passes over the files: a few, so a small set is measured over more than a blink.
const WARM_PASSES = 3;

/** The real-news split folders that hold texts. */
function realNewsFolders(root) {
  const base = path.join(root, 'test', 'realnews', 'texts');
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(base, d.name))
    .filter((dir) => readdirSync(dir).some((f) => f.endsWith('.txt')))
    .sort();
}

/** Wall time of a child process, and its peak RSS where /usr/bin/time can tell it. */
function timeProcess(command, args, cwd) {
  const timer = existsSync('/usr/bin/time') ? ['/usr/bin/time', ['-f', '%M', command, ...args]] : [command, args];
  const t = performance.now();
  const r = spawnSync(timer[0], timer[1], { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - t) / 1000;
  const kb = timer[0] === '/usr/bin/time' ? Number(String(r.stderr).trim().split('\n').pop()) : NaN;
  return { ok: r.status === 0, seconds, rssMb: Number.isFinite(kb) ? kb / 1024 : null, error: r.error, stderr: String(r.stderr ?? '') };
}

export function benchRealNews({ log, root }) {
  const folders = realNewsFolders(root);
  if (folders.length === 0) {
    log('real news: no texts in test/realnews/texts/*/ (git-ignored; test/realnews/README.md says how to rebuild them): skipped');
    return;
  }
  const files = folders.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f)));
  const inputs = files.map((file) => ({ file, bytes: readFileSync(file) }));
  const bytes = inputs.reduce((sum, x) => sum + x.bytes.length, 0);
  const names = folders.map((d) => path.relative(root, d)).join(', ');

  // In process, data files already loaded: what extraction itself costs on real text.
  const documents = inputs.map(({ file, bytes: b }) => {
    const decoded = decodeText(b);
    return decoded.ok ? buildTextDocument(decoded.text, file) : decoded;
  }).filter((d) => d.ok).map((d) => d.document);
  const sentences = documents.reduce((sum, d) => sum + splitSentences(d.text).length, 0);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let pass = 0; pass < WARM_PASSES; pass++) for (const d of documents) JSON.stringify(extractDocument(d));
  const warm = (performance.now() - t0) / 1000 / WARM_PASSES;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6 / WARM_PASSES;
  log(`real news (${names}): ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${sentences} sentences`);
  log(`  in process, warm: ${(bytes / 1e6 / warm).toFixed(2)} MB/s, ${(documents.length / warm).toFixed(0)} documents/s, ${(sentences / warm).toFixed(0)} sentences/s (${(bytes / 1e6 / cpuSeconds).toFixed(2)} MB per CPU-second)`);

  // As a user runs it: one `extract` process over the folders, start-up included, output discarded.
  const cli = timeProcess(process.execPath, [path.join(root, 'bin', 'multivector.js'), 'extract', ...folders], root);
  if (!cli.ok) {
    log(`  multivector extract failed: ${cli.error?.message ?? cli.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    return;
  }
  log(`  multivector extract (one process, one core): ${cli.seconds.toFixed(2)} s wall${cli.rssMb ? `, peak RSS ${cli.rssMb.toFixed(0)} MB` : ''}`);
  const coder = path.join(root, 'scripts', 'bench', 'naive-coder.py');
  const python = spawnSync('python3', ['--version'], { stdio: 'ignore' });
  if (python.error || python.status !== 0) {
    log('  naive coder: python3 is not on this machine: ratio skipped');
    return;
  }
  const naive = timeProcess('python3', [coder, ...folders], root);
  if (!naive.ok) {
    log(`  naive coder failed: ${naive.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    return;
  }
  const ratio = cli.seconds / naive.seconds;
  log(`  naive coder (scripts/bench/naive-coder.py): ${naive.seconds.toFixed(2)} s wall${naive.rssMb ? `, peak RSS ${naive.rssMb.toFixed(0)} MB` : ''}`);
  log(`  ratio multivector extract ÷ naive coder: ${ratio.toFixed(1)} ${ratio <= RATIO_TARGET ? '✓' : '✗'} target ≤ ${RATIO_TARGET.toFixed(1)}`
    + ` (on few files start-up dominates: in process, extraction alone takes ${warm.toFixed(2)} s)`);
}
