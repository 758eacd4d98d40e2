import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/sqlite-fact-store.js';
import { doc, ev, record } from '../store/record-builder.test-helper.js';
import { writeBrief } from './write-brief.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mv-brief-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function makeDb(): Promise<string> {
  const file = path.join(dir, 'facts.db');
  const store = openStore(file);
  const d = doc('ankara-talks', ['The Turkish and Georgian foreign ministers met in Ankara on Tuesday.', 'Turkey thanked Georgia for its support.']);
  store.storeDocument(d, record(d, {
    published: '2021-04-08',
    events: [
      ev(d, { type: 'CONSULT', mode: 'meeting', source: 'GEO', target: 'TUR', status: 'occurred', date: '2021-04-06', at: 'met in Ankara' }),
      ev(d, { type: 'SUPPORT', source: 'TUR', target: 'GEO', status: 'occurred', date: '2021-04-06', at: 'thanked Georgia' }),
    ],
  }));
  await store.close();
  return file;
}

describe('writeBrief', () => {
  it('writes HTML for the default focus with the default grouping', async () => {
    const db = await makeDb();
    const out = path.join(dir, 'out', 'tur.html');
    const { files, model } = await writeBrief({ db, out, format: 'html', grain: 'quarter' });
    expect(files).toEqual([out]);
    expect(model.focus).toBe('GEO');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('2021-Q2');
    expect(html).toContain('Neighbourhood');
  });
  it('writes Markdown with its chart files beside it', async () => {
    const db = path.join(dir, 'facts.db');
    const out = path.join(dir, 'md', 'georgia.md');
    const { files } = await writeBrief({ db, out, format: 'md', grain: 'year', focus: 'TUR' });
    expect(files.map((f) => path.basename(f))).toEqual(['georgia.md', 'georgia-balance.svg', 'georgia-vectors.svg']);
    expect(readFileSync(out, 'utf8')).toContain('![Balance index over time](georgia-balance.svg)');
    expect(readFileSync(files[1]!, 'utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });
  it('names a missing database', async () => {
    await expect(writeBrief({ db: path.join(dir, 'nope.db'), out: path.join(dir, 'x.html'), format: 'html', grain: 'year' })).rejects.toThrow(/nope\.db/);
  });
});
