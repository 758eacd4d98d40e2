import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../core/data-files.js';
import { runDemo } from './demo-command.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mv-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The publication years written in the example headers, earliest and latest. */
function exampleYears(): { from: string; to: string } {
  const examples = path.join(packageRoot, 'examples');
  const years = readdirSync(examples)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => /^published:\s*(\d{4})/m.exec(readFileSync(path.join(examples, f), 'utf8'))?.[1] ?? [])
    .sort();
  return { from: years[0]!, to: years[years.length - 1]! };
}

describe('demo', () => {
  it('covers the years the examples were published in and leaves the database as one file', async () => {
    const result = await runDemo({ outDir: dir, focus: 'KAZ' }, new PassThrough());
    expect(result.range).toEqual(exampleYears());
    const names = readdirSync(dir);
    expect(names).toContain('demo.db');
    expect(names.filter((n) => /-(wal|shm)$/.test(n))).toEqual([]);
    const { from, to } = result.range!;
    expect(readFileSync(path.join(dir, 'brief.md'), 'utf8')).toContain(`${from} to ${to}`);
  }, 180_000);

  it('exits after writing the brief with --no-serve, without starting a server', () => {
    const out = path.join(dir, 'cli');
    const stdout = execFileSync(process.execPath, [path.join(packageRoot, 'bin', 'multivector.js'), 'demo', '--no-serve', '--out-dir', out],
      { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(stdout).toContain('brief:');
    expect(stdout).not.toContain('dashboard:');
    expect(readdirSync(out)).toContain('brief.html');
  }, 180_000);
});
