import { describe, expect, it } from 'vitest';
import type { ExtractionRecord } from '../record/types.js';
import { validateRecord } from './record-validator.js';

const base: ExtractionRecord = {
  document: { id: 'x', url: null, title: null, source: null, published: '2024-02', publishedBasis: 'text', length: 50 },
  events: [{ type: 'AID', source: 'JPN', target: 'PHL', status: 'occurred', date: { from: '2024-02-01', to: '2024-02-03' }, evidence: [{ start: 0, end: 50 }], rule: 'r' }],
  relations: [{ a: 'JPN', b: 'PHL', tier: 'partnership', label: 'partners', evidence: [{ start: 3, end: 9 }], rule: 'r' }],
  figures: [{ metric: 'aid', a: 'JPN', b: 'PHL', value: 3, unit: 'USD', qualifier: 'exact', period: null, evidence: [], rule: 'r' }],
  quotes: [{ speaker: 'JPN', span: { start: 1, end: 2 }, evidence: [], rule: 'r' }],
  diagnostics: [],
};

describe('validateRecord', () => {
  it('accepts a sound record', () => {
    expect(() => validateRecord(base, 50)).not.toThrow();
  });

  it.each([
    ['a span past the text', { events: [{ ...base.events[0]!, evidence: [{ start: 10, end: 51 }] }] }, /event 0 .*outside the text/],
    ['a reversed span', { relations: [{ ...base.relations[0]!, evidence: [{ start: 9, end: 3 }] }] }, /relation 0 .*outside the text/],
    ['an unknown type', { events: [{ ...base.events[0]!, type: 'HUG' as never }] }, /unknown PLOVER type/],
    ['an unknown status', { events: [{ ...base.events[0]!, status: 'rumoured' as never }] }, /unknown status/],
    ['a reversed date', { events: [{ ...base.events[0]!, date: { from: '2024-03-01', to: '2024-02-01' } }] }, /bad date interval/],
    ['a month for a day', { events: [{ ...base.events[0]!, date: { from: '2024-03', to: '2024-03' } }] }, /bad date interval/],
    ['an unknown tier', { relations: [{ ...base.relations[0]!, tier: 'friends' as never }] }, /unknown tier/],
    ['a value that is not a number', { figures: [{ ...base.figures[0]!, value: Number.NaN }] }, /not a finite number/],
    ['a bad published date', { document: { ...base.document, published: 'March 2024' } }, /bad published date/],
    ['a quote outside the text', { quotes: [{ ...base.quotes[0]!, span: { start: 40, end: 60 } }] }, /quote 0/],
  ])('rejects %s', (_name, change, message) => {
    expect(() => validateRecord({ ...base, ...change } as ExtractionRecord, 50)).toThrow(message);
  });
});
