/**
 * `multivector eval` must give the shared scorer's numbers: the same records scored by both, on the
 * seeds (focus KAZ) and on the team's development sets, whose scores are far from perfect and so
 * exercise misses, extras and optional gold.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/core/data-files.js';
import { indexRecords, loadGoldDir, scoreCorpus, type PredRecord } from '../src/eval/index.js';
import { extractDocument } from '../src/extract/pipeline.js';
import { readDocuments } from '../src/ingest/read-documents.js';
import { scoreRecords, sharedDir } from './shared-fixtures.js';

const bin = path.join(packageRoot, 'bin', 'multivector.js');
const textFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));

async function records(files: readonly string[]): Promise<PredRecord[]> {
  const out: PredRecord[] = [];
  for await (const r of readDocuments(files)) if (r.ok) out.push(JSON.parse(JSON.stringify(extractDocument(r.document))) as PredRecord);
  return out;
}

describe.skipIf(!sharedDir)('eval gives the shared scorer\'s numbers', () => {
  it('on the seed corpus, through the command line (focus KAZ)', () => {
    const seeds = path.join(sharedDir!, 'corpus', 'seeds');
    const gold = path.join(sharedDir!, 'gold');
    const extracted = spawnSync(process.execPath, [bin, 'extract', ...textFiles(seeds)], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(extracted.status, extracted.stderr).toBe(0);
    const evaluated = spawnSync(process.execPath, [bin, 'eval', seeds, '--gold', gold, '--focus', 'KAZ', '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(evaluated.status, evaluated.stderr).toBe(0);
    const ours = JSON.parse(evaluated.stdout) as Record<string, unknown>;
    const theirs = scoreRecords(gold, extracted.stdout, 'KAZ') as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(theirs)) expect(ours[k], k).toEqual(v);
  }, 120_000);

  for (const set of ['devset', 'devset2']) {
    it(`on ${set}, with and without a focus`, async () => {
      const dir = path.join(packageRoot, 'test', set);
      const recs = await records(textFiles(path.join(dir, 'articles')));
      const jsonl = `${recs.map((r) => JSON.stringify(r)).join('\n')}\n`;
      const golds = loadGoldDir(path.join(dir, 'gold'));
      for (const focus of [undefined, 'KAZ']) {
        const ours = scoreCorpus(golds, indexRecords(recs), focus ? { focus } : {}).summary;
        expect(ours).toEqual(scoreRecords(path.join(dir, 'gold'), jsonl, focus));
      }
    }, 120_000);
  }
});
