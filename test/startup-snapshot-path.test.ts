/**
 * The start-up snapshot of `multivector extract` (src/cli/startup-snapshot.ts): which command lines take
 * it, when a blob counts as fresh, that a missing, stale or unloadable blob falls back to the normal
 * path, and that the build's snapshot writes byte-identical records to the normal path on real text.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/core/data-files.js';
import { childEnv, freshSnapshot, onlyPreloads, runFromSnapshot, snapshotCanRun, snapshotFiles, snapshotStamp, type SnapshotManifest } from '../src/cli/startup-snapshot.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mv-startup-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('snapshotCanRun', () => {
  it('takes extract on one to ten plain-text files, with --verbose and --max-bytes only', () => {
    const dir = tempDir();
    const file = (name: string) => {
      const f = path.join(dir, name);
      writeFileSync(f, 'Kenya and Ghana signed a trade deal.\n');
      return f;
    };
    const a = file('a.txt');
    expect(snapshotCanRun(['extract', a])).toBe(true);
    expect(snapshotCanRun(['extract', '--verbose', file('a2.TXT'), file('b.txt'), '--max-bytes', '9000'])).toBe(true);
    expect(snapshotCanRun(['extract', '--max-bytes=9000', a])).toBe(true);
    expect(snapshotCanRun(['extract', ...Array.from({ length: 10 }, (_, i) => file(`${i}.txt`))])).toBe(true);
  });

  it('leaves everything else to the normal path', () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.txt');
    writeFileSync(a, 'text\n');
    // a folder named like a text file may hold pages or feeds; a URL needs the fetcher; a missing file the normal error
    const folder = path.join(dir, 'pages.txt');
    mkdirSync(folder);
    expect(snapshotCanRun(['extract'])).toBe(false);
    expect(snapshotCanRun(['ingest', a])).toBe(false);
    expect(snapshotCanRun(['extract', 'page.html'])).toBe(false);
    expect(snapshotCanRun(['extract', folder])).toBe(false);
    expect(snapshotCanRun(['extract', 'https://example.org/a.txt'])).toBe(false);
    expect(snapshotCanRun(['extract', path.join(dir, 'missing.txt')])).toBe(false);
    expect(snapshotCanRun(['extract', '-'])).toBe(false);
    expect(snapshotCanRun(['extract', a, '--jobs', '2'])).toBe(false);
    expect(snapshotCanRun(['extract', '--help'])).toBe(false);
    expect(snapshotCanRun(['extract', a, '--max-bytes'])).toBe(false);
    expect(snapshotCanRun(['extract', ...Array.from({ length: 11 }, () => a)])).toBe(false);
  });
});

describe('onlyPreloads', () => {
  it('accepts no NODE_OPTIONS or only --require, refuses anything that may be a V8 flag', () => {
    expect(onlyPreloads(undefined)).toBe(true);
    expect(onlyPreloads('  ')).toBe(true);
    expect(onlyPreloads('--require /x/probe.cjs -r y --require=z')).toBe(true);
    expect(onlyPreloads('--max-old-space-size=200')).toBe(false);
    expect(onlyPreloads('--require')).toBe(false);
  });
});

/** A package root holding a manifest stamped over two files (the blob among them). */
function stampedRoot(): { root: string; data: string; manifest: SnapshotManifest } {
  const root = tempDir();
  const files = snapshotFiles(root);
  mkdirSync(files.dir, { recursive: true });
  mkdirSync(path.join(root, 'data'));
  const data = path.join(root, 'data', 'words.yaml');
  writeFileSync(data, 'words: [alpha]\n');
  writeFileSync(files.blob, 'not a real blob');
  const manifest = snapshotStamp(root, [data, files.blob]);
  writeFileSync(files.manifest, JSON.stringify(manifest));
  return { root, data, manifest };
}

describe('freshSnapshot', () => {
  it('is fresh while every recorded file keeps its size and modification time', () => {
    const { root, manifest } = stampedRoot();
    expect(Object.keys(manifest.files)).toEqual(['data/words.yaml', 'dist/startup/extract.blob']);
    expect(freshSnapshot(root)).toEqual({ blob: snapshotFiles(root).blob });
    expect(freshSnapshot(root + path.sep)).toEqual({ blob: snapshotFiles(root).blob });
  });

  it('stays fresh when a file is rewritten with the same content (as tsc rewrites what it emits)', () => {
    const { root, data } = stampedRoot();
    const t = statSync(data).mtime;
    writeFileSync(data, 'words: [alpha]\n');
    utimesSync(data, t, new Date(t.getTime() + 5000));
    expect(freshSnapshot(root)).toEqual({ blob: snapshotFiles(root).blob });
  });

  it('is stale when a file changed, is missing, or the blob was made by another Node or for another place', () => {
    const missing = tempDir();
    expect(freshSnapshot(missing)).toEqual({ stale: 'no snapshot' });

    const touched = stampedRoot();
    const t = statSync(touched.data).mtime;
    writeFileSync(touched.data, 'words: [gamma]\n'); // same size, other content
    utimesSync(touched.data, t, new Date(t.getTime() + 5000));
    expect(freshSnapshot(touched.root)).toEqual({ stale: 'data/words.yaml changed' });

    const edited = stampedRoot();
    writeFileSync(edited.data, 'words: [alpha, beta]\n');
    expect(freshSnapshot(edited.root)).toHaveProperty('stale');

    const removed = stampedRoot();
    rmSync(removed.data);
    expect(freshSnapshot(removed.root)).toEqual({ stale: 'a source file is missing' });

    for (const change of [{ node: 'v0.0.1' }, { execPath: '/elsewhere/node' }, { root: '/elsewhere' }, { flags: [] }]) {
      const other = stampedRoot();
      writeFileSync(snapshotFiles(other.root).manifest, JSON.stringify({ ...other.manifest, ...change }));
      expect(freshSnapshot(other.root)).toHaveProperty('stale');
    }
  });
});

describe('runFromSnapshot', () => {
  // A real file: only existing plain files take the snapshot (kept apart from the per-test temporary folders).
  const articleDir = mkdtempSync(path.join(tmpdir(), 'mv-article-'));
  const article = path.join(articleDir, 'article.txt');
  writeFileSync(article, 'Kenya and Ghana signed a trade deal on Monday.\n');
  afterAll(() => rmSync(articleDir, { recursive: true, force: true }));
  const args = ['extract', article];

  it('runs nothing (the caller runs the normal way) without a fresh blob, when told not to, or for other command lines', async () => {
    expect(await runFromSnapshot(tempDir(), args)).toBeUndefined();
    const stale = stampedRoot();
    writeFileSync(stale.data, 'words: [alpha, beta, gamma]\n');
    expect(await runFromSnapshot(stale.root, args)).toBeUndefined();
    expect(await runFromSnapshot(packageRoot, args, { ...process.env, MULTIVECTOR_NO_SNAPSHOT: '1' })).toBeUndefined();
    expect(await runFromSnapshot(packageRoot, ['extract', 'page.html'])).toBeUndefined();
    expect(await runFromSnapshot(packageRoot, args, { ...process.env, NODE_OPTIONS: '--max-old-space-size=300' })).toBeUndefined();
  });

  it('falls back when Node refuses the blob (built under other V8 flags)', async () => {
    const root = tempDir();
    const files = snapshotFiles(root);
    mkdirSync(files.dir, { recursive: true });
    const script = path.join(root, 'tiny.cjs');
    writeFileSync(script, "require('node:v8').startupSnapshot.setDeserializeMainFunction(() => process.stdout.write('ran\\n'));\n");
    // Built without the flags runFromSnapshot passes: Node exits with its snapshot-failure status.
    execFileSync(process.execPath, ['--snapshot-blob', files.blob, '--build-snapshot', script], { cwd: root, stdio: 'ignore' });
    writeFileSync(files.manifest, JSON.stringify(snapshotStamp(root, [files.blob])));
    expect(freshSnapshot(root)).toEqual({ blob: files.blob });
    expect(await runFromSnapshot(root, args, { ...process.env, NODE_OPTIONS: '' }, [])).toBeUndefined();
  });

  it('holds glibc malloc thresholds fixed in the child unless the caller set tunables of its own', () => {
    expect(childEnv({ PATH: '/bin' })).toEqual({ PATH: '/bin', GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=131072' });
    expect(childEnv({ PATH: '/bin', GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' })).toEqual({ PATH: '/bin', GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' });
  });

  it('leaves a run with Node flags to the normal path (they would not reach the child)', async () => {
    expect(await runFromSnapshot(packageRoot, args, { ...process.env, NODE_OPTIONS: '' }, ['--inspect'])).toBeUndefined();
  });
});

/** Plain-text files of a directory, in groups of at most ten (the most one snapshot run takes). */
function batches(dir: string): string[][] {
  if (!existsSync(dir)) return [];
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  const groups: string[][] = [];
  for (let i = 0; i < texts.length; i += 10) groups.push(texts.slice(i, i + 10));
  return groups;
}

function extract(files: readonly string[], normal: boolean): { stdout: string; stderr: string; status: number | null } {
  const env = { ...process.env, NODE_OPTIONS: '', MULTIVECTOR_NO_SNAPSHOT: normal ? '1' : '' };
  const r = spawnSync(process.execPath, [path.join(packageRoot, 'bin/multivector.js'), 'extract', ...files], { cwd: packageRoot, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

// Needs the build's snapshot (`npm run build`, which `npm test` runs first); after a bare `tsc` it is
// stale and bin/ falls back, so there is nothing to compare.
describe.skipIf(!('blob' in freshSnapshot(packageRoot)))('the build\'s snapshot', () => {
  const groups = [
    ...batches(path.join(packageRoot, 'examples')),
    ...batches(path.join(packageRoot, 'test/devset/articles')),
    ...batches(path.join(packageRoot, 'test/realnews/texts/dev2')),
  ];

  it('is what bin/ runs for a plain-text file (not the normal path)', () => {
    const env = { ...process.env, NODE_OPTIONS: '', MULTIVECTOR_SNAPSHOT_TRACE: '1' };
    const r = spawnSync(process.execPath, [path.join(packageRoot, 'bin/multivector.js'), 'extract', groups[0]![0]!], { cwd: packageRoot, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('start-up snapshot');
  });

  it.each(groups.map((g) => [path.relative(packageRoot, g[0]!), g] as const))('writes the normal path\'s records, byte for byte, from %s on', (_, files) => {
    const fromSnapshot = extract(files, false);
    const normal = extract(files, true);
    expect(fromSnapshot.status).toBe(0);
    expect(fromSnapshot.stdout.split('\n').length).toBe(files.length + 1);
    expect(fromSnapshot.stdout).toBe(normal.stdout);
    expect(fromSnapshot.stderr).toBe(normal.stderr);
  }, 120_000);

  it('stops the extraction when bin/ alone is told to stop (a supervisor\'s kill PID)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mv-long-'));
    const long = path.join(dir, 'long.txt');
    // Long enough that the extraction is still running when the signal comes (several seconds).
    writeFileSync(long, 'Ghana and Kenya signed a trade agreement in Accra on Monday, officials said.\n'.repeat(40_000));
    let childPid = 0;
    try {
      const env = { ...process.env, NODE_OPTIONS: '', MULTIVECTOR_SNAPSHOT_TRACE: '1' };
      const bin = spawn(process.execPath, [path.join(packageRoot, 'bin/multivector.js'), 'extract', long], { cwd: packageRoot, env, stdio: ['ignore', 'ignore', 'pipe'] });
      childPid = await new Promise<number>((resolve, reject) => {
        let err = '';
        bin.stderr.on('data', (chunk: Buffer) => {
          err += chunk.toString();
          const m = /start-up snapshot \(pid (\d+)\)/.exec(err);
          if (m) resolve(Number(m[1]));
        });
        bin.once('exit', () => reject(new Error(`bin/ ended before the snapshot started: ${err}`)));
      });
      const ended = new Promise<NodeJS.Signals | null>((resolve) => bin.once('exit', (_code, signal) => resolve(signal)));
      process.kill(bin.pid!, 'SIGTERM');
      expect(await ended).toBe('SIGTERM');
      let alive = true;
      for (let i = 0; i < 50 && alive; i++) {
        try {
          process.kill(childPid, 0);
          await new Promise((r) => setTimeout(r, 100));
        } catch {
          alive = false;
        }
      }
      expect(alive).toBe(false);
    } finally {
      // Should the child have been left running, do not leave it behind the test.
      try {
        if (childPid) process.kill(childPid, 'SIGKILL');
      } catch {
        // already gone
      }
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('reports a missing input and a usage error as the normal path does', () => {
    for (const files of [[path.join(packageRoot, 'examples/no-such-article.txt')], ['--max-bytes', 'x', 'a.txt']]) {
      const fromSnapshot = extract(files, false);
      const normal = extract(files, true);
      expect(fromSnapshot.status).toBe(normal.status);
      expect(fromSnapshot.stdout).toBe(normal.stdout);
      expect(fromSnapshot.stderr).toBe(normal.stderr);
    }
  }, 120_000);
});
