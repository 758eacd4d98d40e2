import { describe, expect, it } from 'vitest';
import { parseGold, type GoldFile } from './gold.js';
import { indexRecords, recordKey, type PredRecord } from './predictions.js';
import { prf, scoreCorpus } from './scoring.js';

const gold = (over: Record<string, unknown>): GoldFile =>
  parseGold({ document: 'doc1', published: { from: '2024-04-01', to: '2024-04-02' }, ...over }, 'test.json');
const record = (over: Record<string, unknown>): PredRecord =>
  ({ document: { id: 'x', path: 'in/doc1.txt', published: '2024-04-01' }, events: [], relations: [], figures: [], ...over }) as PredRecord;
const ev = (type: string, source: string, target: string, extra: Record<string, unknown> = {}) =>
  ({ type, source, target, status: 'occurred', date: null, ...extra });

describe('precision, recall, F1', () => {
  it('is perfect when nothing is expected and nothing predicted', () => expect(prf({ tp: 0, fp: 0, required: 0, requiredHit: 0 }).f1).toBe(1));
  it('has precision 0 when gold expects something and nothing is predicted', () =>
    expect(prf({ tp: 0, fp: 0, required: 2, requiredHit: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 }));
  it('rounds to three places', () => expect(prf({ tp: 1, fp: 2, required: 1, requiredHit: 1 }).precision).toBe(0.333));
});

describe('document keys', () => {
  it('keys a record by its file name without extension, else its id', () => {
    expect(recordKey({ document: { id: 'abc', path: 'a/b/story.one.txt' } })).toBe('story.one');
    expect(recordKey({ document: { id: 'abc' } })).toBe('abc');
  });
});

describe('scoring a corpus', () => {
  it('counts a match to optional gold in precision but not in recall', () => {
    const g = gold({ events: [ev('CONSULT', 'AAA', 'BBB'), ev('AGREE', 'AAA', 'BBB', { required: false })] });
    const r = scoreCorpus([g], indexRecords([record({ events: [ev('AGREE', 'AAA', 'BBB')] })]));
    expect(r.summary.events).toEqual({ precision: 1, recall: 0, f1: 0 });
    expect(r.documents[0]!.missed).toHaveLength(1);
    expect(r.documents[0]!.extra).toHaveLength(0);
  });
  it('lists a second report of one event as an extra', () => {
    const g = gold({ events: [ev('CONSULT', 'AAA', 'BBB')] });
    const r = scoreCorpus([g], indexRecords([record({ events: [ev('CONSULT', 'AAA', 'BBB'), ev('CONSULT', 'BBB', 'AAA')] })]));
    expect(r.summary.events.precision).toBe(0.5);
    expect(r.documents[0]!.extra.map((x) => x.kind)).toEqual(['event']);
  });
  it('scores recognition apart from dating and status', () => {
    const g = gold({ events: [ev('CONSULT', 'AAA', 'BBB', { status: 'planned', date: { from: '2024-05-01', to: '2024-05-31' } })] });
    const r = scoreCorpus([g], indexRecords([record({ events: [ev('CONSULT', 'AAA', 'BBB')] })]));
    expect(r.summary.events.f1).toBe(0);
    expect(r.summary.eventsIgnoringDateAndStatus.f1).toBe(1);
  });
  it('scores only facts involving the focus, and a gold file\'s own focus wins', () => {
    const preds = indexRecords([record({ events: [ev('CONSULT', 'AAA', 'BBB'), ev('CONSULT', 'CCC', 'DDD')] })]);
    const g = gold({ events: [ev('CONSULT', 'AAA', 'BBB')] });
    expect(scoreCorpus([g], preds).summary.events.precision).toBe(0.5);
    expect(scoreCorpus([g], preds, { focus: 'AAA' }).summary.events.precision).toBe(1);
    const ownFocus = gold({ focus: 'CCC', events: [ev('CONSULT', 'CCC', 'DDD')] });
    expect(scoreCorpus([ownFocus], preds, { focus: 'AAA' }).summary.events).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
  it('leaves domestic events out unless gold or the option says they are listed', () => {
    const preds = indexRecords([record({ events: [ev('COERCE', 'EEE', 'EEE')] })]);
    expect(scoreCorpus([gold({})], preds).summary.events.precision).toBe(1);
    expect(scoreCorpus([gold({})], preds, { domestic: true }).summary.events.precision).toBe(0);
    expect(scoreCorpus([gold({ domestic: true, events: [ev('COERCE', 'EEE', 'EEE')] })], preds).summary.events.f1).toBe(1);
  });
  it('scores only the listed figure metrics', () => {
    const fig = (metric: string) => ({ metric, a: 'AAA', b: 'BBB', value: 5, unit: 'USD', period: null });
    const r = scoreCorpus([gold({})], indexRecords([record({ figures: [fig('trade_target'), fig('exports')] })]));
    expect(r.documents[0]!.extra.map((x) => x.item.metric)).toEqual(['exports']);
  });
  it('accepts a missing publication date only where gold says it may be unknown', () => {
    const preds = indexRecords([record({ document: { id: 'doc1', published: null } })]);
    expect(scoreCorpus([gold({})], preds).summary.dates).toBe(0);
    expect(scoreCorpus([gold({ published_unknown_ok: true })], preds).summary.dates).toBe(1);
  });
  it('reports a document without a record and counts its gold as missed', () => {
    const r = scoreCorpus([gold({ document: 'other', relations: [{ a: 'AAA', b: 'BBB', tier: 'partnership' }] })], indexRecords([record({})]));
    expect(r.documents[0]!.hasRecord).toBe(false);
    expect(r.summary.relations.recall).toBe(0);
  });
  it('tallies by type: a prediction under its type, a missed gold item under its first type', () => {
    const g = gold({ events: [ev(['COOPERATE', 'AGREE'] as unknown as string, 'AAA', 'BBB'), ev('SUPPORT', 'AAA', 'BBB')] });
    const r = scoreCorpus([g], indexRecords([record({ events: [ev('AGREE', 'AAA', 'BBB'), ev('ACCUSE', 'AAA', 'BBB')] })]));
    expect(r.byType.AGREE).toMatchObject({ precision: 1, recall: 1, predicted: 1, gold: 1 });
    expect(r.byType.SUPPORT).toMatchObject({ recall: 0, gold: 1, predicted: 0 });
    expect(r.byType.ACCUSE).toMatchObject({ precision: 0, predicted: 1, gold: 0 });
    expect(r.byType.COOPERATE).toBeUndefined();
  });
});

describe('gold validation', () => {
  it('names the file and the field of a malformed gold file', () => {
    expect(() => parseGold({ document: 'd', events: [{ type: 'CONSULT', source: 'AAA' }] }, 'bad.json')).toThrow(/bad\.json.*events\.0\.target/);
  });
  it('accepts a file without relations or figures', () => {
    expect(parseGold({ document: 'd', published: null }, 'ok.json').figures).toEqual([]);
  });
});
