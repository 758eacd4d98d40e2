import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Extraction itself belongs to src/extract; here a document containing "EXPLODE" makes it throw,
// to check that one failing document does not stop the run.
vi.mock('../../extract/pipeline.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../extract/pipeline.js')>();
  return {
    ...real,
    extractDocument: (doc: Parameters<typeof real.extractDocument>[0]) => {
      if (doc.text.includes('EXPLODE')) throw new Error('synthetic failure\nsecond line');
      return real.extractDocument(doc);
    },
  };
});
const { runExtract } = await import('./extract-command.js');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
// Resolved from the repository, not the temp cwd the CLI runs in.
const tsxLoader = pathToFileURL(path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const ARTICLE = 'OTTAWA – Canada and Mexico signed a trade protocol on 3 March 2022, officials said.\n';

let dir: string;
const at = (...p: string[]): string => path.join(dir, ...p);

/** Runs the real CLI entry (TypeScript through tsx: no build needed, no stale dist/). */
function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', tsxLoader, path.join(root, 'src/cli/main.ts'), 'extract', ...args], {
    cwd: dir,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mv-extract-'));
  mkdirSync(at('mixed'));
  writeFileSync(at('mixed', 'a-good.txt'), `title: Trade protocol\n\n${ARTICLE}`);
  writeFileSync(at('mixed', 'b-bad.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]));
  mkdirSync(at('allbad'));
  writeFileSync(at('allbad', 'empty.txt'), '');
  writeFileSync(at('allbad', 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  writeFileSync(at('boom.txt'), `${ARTICLE}EXPLODE\n`);
  writeFileSync(at('fine.txt'), ARTICLE);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Each spawn loads the whole extraction pipeline (wink-nlp model, data files): slow on a busy machine.
describe('multivector extract (CLI process)', { timeout: 180_000 }, () => {
  it('a folder with one good and one bad file: exit 0, one record, one error line naming the bad file', () => {
    const r = cli(['mixed']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record.document.path).toBe(path.join('mixed', 'a-good.txt'));
    expect(record.document.title).toBe('Trade protocol');
    expect(r.stderr).toBe(`multivector: ${path.join('mixed', 'b-bad.txt')}: binary file (NUL bytes)\n`);
  });

  it('only bad inputs: exit 1, one line per input', () => {
    const r = cli(['allbad', 'does-not-exist.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `multivector: ${path.join('allbad', 'empty.txt')}: empty file`,
      `multivector: ${path.join('allbad', 'latin1.txt')}: not UTF-8 (invalid byte sequence at offset 3) and no other encoding recognised`,
      'multivector: does-not-exist.txt: no such file or directory',
    ]);
  });

  it('reads stdin with -', () => {
    const r = cli(['-'], ARTICLE);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).document.length).toBe(ARTICLE.trimEnd().length);
  });

  // Also the run-to-run determinism check: two separate processes must write identical bytes.
  it('--jobs 2 (worker threads) writes the same bytes in the same order as one job', () => {
    const one = cli(['mixed', 'fine.txt', 'mixed']);
    const two = cli(['--jobs', '2', 'mixed', 'fine.txt', 'mixed']);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect(two.stderr).toBe(one.stderr);
  });

  const usage: Array<{ name: string; args: string[] }> = [
    { name: 'no inputs', args: [] },
    { name: 'unknown option', args: ['--nope', 'fine.txt'] },
    { name: 'bad --max-bytes', args: ['--max-bytes', 'lots', 'fine.txt'] },
  ];
  it.each(usage)('usage error ($name): exit 2', ({ args }) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });
});

/** A writable that keeps what it is given, optionally posing as a terminal. */
function sink(isTTY = false): Writable & { text: () => string; isTTY?: boolean } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  }) as Writable & { text: () => string; isTTY?: boolean };
  w.text = () => chunks.join('');
  if (isTTY) w.isTTY = true;
  return w;
}

describe('runExtract (in process)', () => {
  const options = { maxBytes: 20_000_000, jobs: 1, verbose: false };

  it('an exception inside extraction fails that document only', async () => {
    const stdout = sink();
    const stderr = sink();
    const summary = await runExtract([at('boom.txt'), at('fine.txt')], options, { stdout, stderr, env: {} });
    expect(summary).toEqual({ documents: 1, errors: 1 });
    expect(stderr.text()).toBe(`multivector: ${at('boom.txt')}: extraction failed: synthetic failure\n`);
    expect(stdout.text().split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('--verbose reports removed furniture with its rule id', async () => {
    writeFileSync(at('furniture.txt'), `${ARTICLE}${ARTICLE}${ARTICLE}\nRelated articles\nSomething else`);
    const stderr = sink();
    await runExtract([at('furniture.txt')], { ...options, verbose: true }, { stdout: sink(), stderr, env: {} });
    const start = 3 * ARTICLE.length + 1;
    expect(stderr.text()).toContain(`multivector: ${at('furniture.txt')}: info furniture.heading.related [${start}-${start + 'Related articles\nSomething else'.length}]: `);
  });

  it('shows a progress line on a terminal, but not with CI=true', async () => {
    const tty = sink(true);
    await runExtract([at('fine.txt')], options, { stdout: sink(), stderr: tty, env: {} });
    expect(tty.text()).toContain('\rextract: 1 documents');
    const ci = sink(true);
    await runExtract([at('fine.txt')], options, { stdout: sink(), stderr: ci, env: { CI: 'true' } });
    expect(ci.text()).toBe('');
  });
});

describe('runExtract when stdout fails', () => {
  it('a write error other than a closed pipe rejects the run with one line naming stdout, not an uncaught exception', async () => {
    const broken = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, cb) {
        setImmediate(() => cb(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' })));
      },
    });
    const run = runExtract([at('fine.txt')], { maxBytes: 20_000_000, jobs: 1, verbose: false }, { stdout: broken, stderr: sink(), env: {} });
    await expect(run).rejects.toThrow(/^stdout: i\/o error$/);
  });
});
