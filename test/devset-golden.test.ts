/**
 * The held-out development set (test/devset: articles the team wrote, with hand gold written before
 * any extraction was run), scored by shared/tools/score.mjs. Its thresholds sit below the seeds'
 * because the rules were not tuned on it; they guard against regressions on unseen text.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/core/data-files.js';
import { extractDocument } from '../src/extract/pipeline.js';
import { readDocuments } from '../src/ingest/read-documents.js';
import { scoreRecords, sharedDir, type ScoreSummary } from './shared-fixtures.js';

const devset = path.join(packageRoot, 'test', 'devset');

describe.skipIf(!sharedDir)('held-out development set scored against its gold', () => {
  let summary: ScoreSummary;

  beforeAll(async () => {
    const articles = readdirSync(path.join(devset, 'articles')).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => path.join(devset, 'articles', f));
    const lines: string[] = [];
    for await (const r of readDocuments(articles)) if (r.ok) lines.push(JSON.stringify(extractDocument(r.document)));
    summary = scoreRecords(path.join(devset, 'gold'), `${lines.join('\n')}\n`);
  }, 120_000);

  it('finds most events (F1 ≥ 0.75)', () => expect(summary.events.f1).toBeGreaterThanOrEqual(0.75));
  it('finds the partnership tiers (F1 ≥ 0.90)', () => expect(summary.relations.f1).toBeGreaterThanOrEqual(0.9));
  it('finds the figures (F1 ≥ 0.90)', () => expect(summary.figures.f1).toBeGreaterThanOrEqual(0.9));
  it('dates every document', () => expect(summary.dates).toBe(1));
});
