/**
 * `npm run score:realnews` (scripts/score-realnews.mjs) on a stand-in corpus made of the team's own
 * development set: it scores the split whose texts are present and names the ones that are absent.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/core/data-files.js';

const script = path.join(packageRoot, 'scripts', 'score-realnews.mjs');
const devset = path.join(packageRoot, 'test', 'devset');

function corpus(textsFor: readonly string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mv-realnews-'));
  for (const split of ['dev', 'sealed']) {
    mkdirSync(path.join(dir, 'gold', split), { recursive: true });
    for (const f of readdirSync(path.join(devset, 'gold')).slice(0, 2)) copyFileSync(path.join(devset, 'gold', f), path.join(dir, 'gold', split, f));
  }
  for (const split of textsFor) {
    mkdirSync(path.join(dir, 'texts', split), { recursive: true });
    const first = readdirSync(path.join(devset, 'articles')).sort()[0]!;
    copyFileSync(path.join(devset, 'articles', first), path.join(dir, 'texts', split, first));
  }
  return dir;
}

const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

describe('score:realnews', () => {
  it('scores the documents whose texts are present and names the absent ones', () => {
    const out = run('--dir', corpus(['dev']));
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/^dev \(1\/2 documents\): events F1 \d\.\d\d \(ignoring date and status \d\.\d\d\) \| relations \d\.\d\d \| figures \d\.\d\d \| dates \d\.\d\d\n {2}by type: /m);
    expect(out.stdout).toMatch(/^ {2}1 texts absent \(\S+\): rebuild them as .*README\.md says/m);
    expect(out.stdout).toMatch(/^sealed: the 2 texts are absent from .*texts\/sealed\/: rebuild them/m);
  }, 60_000);

  it('prints each split\'s eval JSON with --json', () => {
    const out = run('--dir', corpus(['dev']), '--json', '--split', 'dev');
    const json = JSON.parse(out.stdout) as Record<string, { documents: number; events: { f1: number }; absent: string[] }>;
    expect(Object.keys(json)).toEqual(['dev']);
    expect(json.dev!.documents).toBe(1);
    expect(json.dev!.absent).toHaveLength(1);
    expect(typeof json.dev!.events.f1).toBe('number');
  }, 60_000);

  it('exits 0 saying there is nothing to score where there is no gold', () => {
    const out = run('--dir', mkdtempSync(path.join(tmpdir(), 'mv-empty-')));
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/no real-news gold in .*: nothing to score/);
  });
});
