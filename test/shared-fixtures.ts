/** Where ../shared lives (the development set), or null when this clone has none beside it. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/core/data-files.js';

export const sharedDir: string | null = (() => {
  const dir = process.env.MULTIVECTOR_SHARED ?? path.resolve(packageRoot, '..', 'shared');
  return existsSync(path.join(dir, 'corpus', 'seeds')) && existsSync(path.join(dir, 'tools', 'score.mjs')) ? dir : null;
})();

if (!sharedDir) {
  console.warn(
    '[multivector tests] ../shared (seed corpus, gold, score.mjs) is not beside this clone (or $MULTIVECTOR_SHARED): ' +
      'the seed-corpus checks, the seed ingest test and the eval-versus-score.mjs comparison are skipped.',
  );
}

/** The scorer's summary (shared/tools/score.mjs --json). */
export interface ScoreSummary {
  readonly events: { readonly f1: number; readonly precision: number; readonly recall: number };
  readonly relations: { readonly f1: number };
  readonly figures: { readonly f1: number };
  readonly dates: number;
}

/** Scores JSON Lines records against a gold folder with the shared scorer. */
export function scoreRecords(goldDir: string, jsonLines: string, focus?: string): ScoreSummary {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'mv-score-')), 'out.jsonl');
  writeFileSync(out, jsonLines);
  const args = [path.join(sharedDir!, 'tools', 'score.mjs'), '--gold', goldDir, '--pred', out, '--json', ...(focus ? ['--focus', focus] : [])];
  const scored = execFileSync(process.execPath, args, { encoding: 'utf8' });
  // The scorer prints its JSON summary, then a one-line "score: …" recap.
  return JSON.parse(scored.slice(0, scored.lastIndexOf('\nscore:'))) as ScoreSummary;
}
