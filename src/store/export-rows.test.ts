import { describe, expect, it } from 'vitest';
import { csvField, csvHeader, csvLine, eventRow, EXPORT_COLUMNS, figureRow, relationRow } from './export-rows.js';
import type { StoredEvent, StoredEvidence } from './types.js';

const evidence = (documentId: string, url: string | null, sentence: string): StoredEvidence => ({
  documentId, url, title: null, published: null, span: { start: 0, end: 1 }, sentence,
});

const event: StoredEvent = {
  id: 4, type: 'ASSAULT', mode: null, cameo: '190', source: 'AAA', target: 'BBB', status: 'occurred',
  date: { from: '2024-01-02', to: '2024-01-03' }, sourceCount: 2, fulfils: null,
  evidence: [evidence('d1', null, 'Shelling hit the border, officials said.'), evidence('d2', 'https://x.test/2', 'Again.')],
};

describe('export rows', () => {
  it('flattens an event with its quad class, score, first URL and first sentence', () => {
    const row = eventRow(event);
    expect(Object.keys(row)).toEqual(EXPORT_COLUMNS.events);
    expect(row).toMatchObject({ date_from: '2024-01-02', quad_class: 'material_conflict', sources: 2, first_url: 'https://x.test/2', evidence: 'Shelling hit the border, officials said.' });
    expect(row.score).toBeLessThan(-5);
    expect(eventRow({ ...event, type: 'AID' }).score).toBeGreaterThan(5);
  });

  it('flattens relations and figures, counting documents when the store gave no count', () => {
    const r = relationRow({ id: 1, a: 'AAA', b: 'BBB', tier: 'partnership', label: 'partners', statedOn: null, evidence: [evidence('d1', null, 's'), evidence('d1', null, 't')] });
    expect(Object.keys(r)).toEqual(EXPORT_COLUMNS.relations);
    expect(r).toMatchObject({ sources: 1, first_url: null, evidence: 's' });
    const f = figureRow({ id: 2, metric: 'exports', a: 'AAA', b: null, value: 1.5e9, unit: 'USD', qualifier: 'approx', period: null, statedOn: '2024-02', evidence: [], sourceCount: 3 });
    expect(Object.keys(f)).toEqual(EXPORT_COLUMNS.figures);
    expect(f).toMatchObject({ value: 1.5e9, period_from: null, sources: 3, evidence: null });
  });

  it.each([
    [null, ''],
    [12.5, '12.5'],
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('quotes CSV field %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes header and lines in column order', () => {
    expect(csvHeader(['a', 'b'])).toBe('a,b\r\n');
    expect(csvLine(['b', 'a'], { a: 1, b: 'x,y' })).toBe('"x,y",1\r\n');
  });
});
