import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvalUsageError, runEval } from './eval-command.js';
import { textSink } from '../../test-support/text-sink.js';

const sink = textSink;

/** A folder with one short article (written for this test), its gold and a predictions file. */
function fixture(): { dir: string; input: string; gold: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mv-eval-'));
  mkdirSync(path.join(dir, 'in'));
  mkdirSync(path.join(dir, 'gold'));
  const input = path.join(dir, 'in', 'steppe-visit.txt');
  writeFileSync(input, 'published: 2024-03-14\n\nThe President of Mongolia arrived in Astana on 12 March 2024 for a state visit to Kazakhstan.\n');
  writeFileSync(path.join(dir, 'gold', 'steppe-visit.json'), JSON.stringify({
    document: 'steppe-visit', published: { from: '2024-03-14', to: '2024-03-14' },
    events: [
      { type: 'CONSULT', source: 'MNG', target: 'KAZ', status: 'occurred', date: { from: '2024-03-12', to: '2024-03-12' } },
      { type: 'AGREE', source: 'MNG', target: 'KAZ', status: 'occurred', date: { from: '2024-03-12', to: '2024-03-12' } },
    ],
  }));
  return { dir, input, gold: path.join(dir, 'gold') };
}

describe('eval command', () => {
  it('extracts the inputs, matches them to gold by file name and reports the miss', async () => {
    const f = fixture();
    const out = sink();
    const run = await runEval([f.input], { gold: f.gold, require: 'events=0.9' }, { stdout: out, stderr: sink() });
    expect(run.result.summary.events).toEqual({ precision: 1, recall: 0.5, f1: 0.667 });
    expect(out.text()).toMatch(/^steppe-visit\n  missed event: \{"type":"AGREE"/);
    expect(out.text()).toMatch(/CONSULT +1 +1 +1 /);
    expect(out.text()).toMatch(/\| BELOW events=0\.9\n$/);
    expect(run.exitCode).toBe(1);
  });

  it('scores existing records with --pred and prints JSON only on stdout', async () => {
    const f = fixture();
    const pred = path.join(f.dir, 'pred.jsonl');
    writeFileSync(pred, `${JSON.stringify({ document: { id: 'steppe-visit', published: '2024-03-14' }, events: [
      { type: 'AGREE', source: 'KAZ', target: 'MNG', status: 'occurred', date: { from: '2024-03-12', to: '2024-03-12' } },
    ] })}\n`);
    const out = sink();
    const run = await runEval([], { gold: f.gold, pred, json: true, require: 'events=0.5' }, { stdout: out, stderr: sink() });
    const json = JSON.parse(out.text());
    expect(json.events).toEqual({ precision: 1, recall: 0.5, f1: 0.667 });
    expect(json.dates).toBe(1);
    expect(json.byType.AGREE.f1).toBe(1);
    expect(run.exitCode).toBe(0);
  });

  it('refuses to run without inputs, with both inputs and --pred, or without a gold folder', async () => {
    const f = fixture();
    const io = { stdout: sink(), stderr: sink() };
    await expect(runEval([], { gold: f.gold }, io)).rejects.toThrow(EvalUsageError);
    await expect(runEval([f.input], { gold: f.gold, pred: f.input }, io)).rejects.toThrow(/not both/);
    await expect(runEval([f.input], { gold: path.join(f.dir, 'none') }, io)).rejects.toThrow(/not a gold folder/);
  });
});
