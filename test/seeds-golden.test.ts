/**
 * The development-set check of the extraction-core issue: the CLI's records for the five seed
 * articles, scored by shared/tools/score.mjs against the hand annotations.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/core/data-files.js';
import { scoreRecords, sharedDir, type ScoreSummary } from './shared-fixtures.js';

const bin = path.join(packageRoot, 'bin', 'multivector.js');

describe.skipIf(!sharedDir)('seed corpus scored against gold', () => {
  let summary: ScoreSummary;
  let firstRun = '';

  beforeAll(() => {
    // Always compile: a dist/ left from an older build would score stale code.
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: packageRoot, stdio: 'inherit' });
    const seeds = path.join(sharedDir!, 'corpus', 'seeds');
    const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seeds, f));
    const run = spawnSync(process.execPath, [bin, 'extract', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(run.status, run.stderr).toBe(0);
    firstRun = run.stdout;
    summary = scoreRecords(path.join(sharedDir!, 'gold'), firstRun, 'KAZ');
  }, 120_000);

  it('finds the events (F1 ≥ 0.85)', () => expect(summary.events.f1).toBeGreaterThanOrEqual(0.85));
  // The seeds have scored 1.0 since session 2: any miss or extra on them is a regression (session 9 let one
  // extra through the 0.85 floor unnoticed), so precision and recall are held at 1.
  it('reads every seed event and nothing more (precision and recall 1)', () => {
    expect(summary.events.precision).toBe(1);
    expect(summary.events.recall).toBe(1);
  });
  it('finds the partnership tiers (F1 ≥ 0.90)', () => expect(summary.relations.f1).toBeGreaterThanOrEqual(0.9));
  it('finds the figures with their periods (F1 ≥ 0.90)', () => expect(summary.figures.f1).toBeGreaterThanOrEqual(0.9));
  it('dates every document (5/5)', () => expect(summary.dates).toBe(1));

  it('writes the same bytes on a second run', () => {
    const seeds = path.join(sharedDir!, 'corpus', 'seeds');
    const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seeds, f));
    const again = spawnSync(process.execPath, [bin, 'extract', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(again.stdout).toBe(firstRun);
  });
});
