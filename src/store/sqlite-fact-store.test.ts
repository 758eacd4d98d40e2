import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type SqliteFactStore } from './sqlite-fact-store.js';
import { doc, ev, record, spanOf } from './record-builder.test-helper.js';
import { dumpStore, checkIntegrity } from './store-dump.js';

let store: SqliteFactStore;
beforeEach(() => {
  store = openStore(':memory:');
});
afterEach(async () => {
  await store.close();
});

const talks = doc('talks-a', ['Ministers of Peru and Chile met in Lima on Tuesday to discuss fisheries.', 'Nothing else happened.']);
const talksB = doc('talks-b', ['Chile’s foreign minister held talks with his Peruvian colleague in Lima.', 'The meeting lasted two hours.']);

describe('storing documents', () => {
  it('stores a new document once and reports the same text again as unchanged', async () => {
    const r = record(talks, { events: [ev(talks, { type: 'CONSULT', source: 'PER', target: 'CHL', status: 'occurred', date: '2024-05-14', at: 'met in Lima' })] });
    expect(store.lookup(talks)).toBe('new');
    expect(store.storeDocument(talks, r)).toBe('new');
    const snapshot = dumpStore(store.connection);
    expect(store.lookup(talks)).toBe('unchanged');
    expect(store.storeDocument(talks, r)).toBe('unchanged');
    // Same text under another URL is the same document.
    const copy = { ...talks, id: 'copy', meta: { ...talks.meta, url: 'https://mirror.test/x' } };
    expect(store.storeDocument(copy, record(copy))).toBe('unchanged');
    expect(dumpStore(store.connection)).toEqual(snapshot);
    expect((await store.listDocuments()).map((d) => d.id)).toEqual(['talks-a']);
  });

  it('replaces a changed text under the same URL together with its facts', async () => {
    store.storeDocument(talks, record(talks, { events: [ev(talks, { type: 'CONSULT', source: 'PER', target: 'CHL', status: 'occurred', date: '2024-05-14', at: 'met in Lima' })] }));
    const edited = doc('talks-a', ['Ministers of Peru and Chile signed a fisheries accord in Lima on Tuesday.']);
    expect(store.lookup(edited)).toBe('replaced');
    const outcome = store.storeDocument(edited, record(edited, { events: [ev(edited, { type: 'AGREE', source: 'PER', target: 'CHL', status: 'occurred', date: '2024-05-14', at: 'signed a fisheries accord' })] }));
    expect(outcome).toBe('replaced');
    const events = await store.listEvents();
    expect(events.map((e) => e.type)).toEqual(['AGREE']);
    expect(await store.listDocuments()).toHaveLength(1);
    expect(await store.search('fisheries')).toHaveLength(1);
    expect(await store.search('discuss')).toHaveLength(0);
    expect(checkIntegrity(store.connection)).toEqual([]);
  });

  it('keeps a fact reported by another document when one reporter is replaced, recomputing its date', async () => {
    store.storeDocument(talks, record(talks, { events: [ev(talks, { type: 'CONSULT', source: 'PER', target: 'CHL', status: 'occurred', date: '2024-05-14', at: 'met in Lima' })] }));
    store.storeDocument(talksB, record(talksB, { events: [ev(talksB, { type: 'CONSULT', source: 'CHL', target: 'PER', status: 'occurred', date: ['2024-05-01', '2024-05-31'], at: 'held talks' })] }));
    let [e] = await store.listEvents();
    expect(e!.date).toEqual({ from: '2024-05-14', to: '2024-05-14' });
    const edited = doc('talks-a', ['A different story about rainfall.']);
    store.storeDocument(edited, record(edited));
    const events = await store.listEvents();
    expect(events).toHaveLength(1);
    e = events[0];
    expect(e!.sourceCount).toBe(1);
    expect(e!.date).toEqual({ from: '2024-05-01', to: '2024-05-31' });
    expect(e!.source).toBe('CHL');
  });

  it('writes nothing of a document whose record is invalid', async () => {
    const bad = record(talks, { events: [{ type: 'CONSULT', source: 'PER', target: 'CHL', status: 'occurred', date: null, evidence: [{ start: 5, end: 9999 }], rule: 'x' }] });
    expect(() => store.storeDocument(talks, bad)).toThrow(/outside the text/);
    const badType = record(talks, { events: [{ type: 'PARTY' as never, source: 'PER', target: 'CHL', status: 'occurred', date: null, evidence: [], rule: 'x' }] });
    expect(() => store.storeDocument(talks, badType)).toThrow(/unknown PLOVER type/);
    expect(await store.counts()).toEqual({ documents: 0, events: 0, relations: 0, figures: 0, quotes: 0 });
  });

  it('rolls back a document when a write fails half-way', async () => {
    const r = record(talks, { events: [ev(talks, { type: 'CONSULT', source: 'PER', target: 'CHL', status: 'occurred', date: '2024-05-14', at: 'met in Lima' })] });
    store.connection.exec("CREATE TRIGGER boom BEFORE INSERT ON evidence BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
    expect(() => store.storeDocument(talks, r)).toThrow(/disk on fire/);
    store.connection.exec('DROP TRIGGER boom');
    expect(await store.counts()).toMatchObject({ documents: 0, events: 0 });
    expect(store.storeDocument(talks, r)).toBe('new');
  });
});

describe('one event, many sources', () => {
  it('merges the same meeting told by two documents, either direction, into one event with both spans', async () => {
    store.storeDocument(talks, record(talks, { events: [ev(talks, { type: 'CONSULT', mode: 'meeting', source: 'PER', target: 'CHL', status: 'occurred', date: '2024-05-14', at: 'met in Lima' })] }));
    store.storeDocument(talksB, record(talksB, { events: [ev(talksB, { type: 'CONSULT', source: 'CHL', target: 'PER', status: 'occurred', date: ['2024-05-01', '2024-05-31'], at: 'held talks' })] }));
    const events = await store.listEvents();
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e).toMatchObject({ type: 'CONSULT', mode: 'meeting', source: 'PER', target: 'CHL', sourceCount: 2, date: { from: '2024-05-14', to: '2024-05-14' } });
    expect(e.evidence.map((x) => x.documentId)).toEqual(['talks-a', 'talks-b']);
    expect(e.evidence[0]!.sentence).toBe('Ministers of Peru and Chile met in Lima on Tuesday to discuss fisheries.');
    expect(e.evidence[1]!.span).toEqual(spanOf(talksB, 'held talks'));
  });

  it('counts one source for several spans of the same document', async () => {
    const d = doc('call', ['Kenya’s president phoned his Indian counterpart.', 'During the call they discussed tea exports.']);
    store.storeDocument(d, record(d, { events: [{ type: 'CONSULT', source: 'KEN', target: 'IND', status: 'occurred', date: { from: '2024-02-02', to: '2024-02-02' }, evidence: [spanOf(d, 'phoned'), spanOf(d, 'the call')], rule: 't' }] }));
    const [e] = await store.listEvents();
    expect(e!.sourceCount).toBe(1);
    expect(e!.evidence).toHaveLength(2);
  });

  describe('keeps apart what is not the same event', () => {
    const base = { type: 'SUPPORT' as const, source: 'PER', target: 'CHL', status: 'occurred' as const, date: '2024-05-14', at: 'met in Lima' };
    it.each([
      ['reverse direction of a directed type', { source: 'CHL', target: 'PER' }],
      ['another type', { type: 'ACCUSE' as const }],
      ['another status', { status: 'planned' as const }],
      ['dates that do not overlap', { date: '2024-05-15' }],
      ['another pair', { target: 'BRA' }],
      ['undated reports', { date: null }],
    ])('%s', async (_name, change) => {
      const first = 'date' in change && change.date === null ? { ...base, date: null } : base;
      store.storeDocument(talks, record(talks, { events: [ev(talks, first)] }));
      store.storeDocument(talksB, record(talksB, { events: [ev(talksB, { ...base, ...change, at: 'held talks' })] }));
      const events = await store.listEvents();
      expect(events).toHaveLength(2);
      expect(events.every((e) => e.sourceCount === 1)).toBe(true);
    });
  });

  it('links an occurred event to the planned one it fulfils, whichever is stored first', async () => {
    const plan = doc('plan', ['Peru’s president will travel to Santiago in June.']);
    const done = doc('done', ['Peru’s president arrived in Santiago on a state visit.']);
    const planned = () => record(plan, { events: [ev(plan, { type: 'CONSULT', source: 'PER', target: 'CHL', status: 'planned', date: ['2024-06-01', '2024-06-30'], at: 'will travel' })] });
    const occurred = () => record(done, { events: [ev(done, { type: 'CONSULT', source: 'PER', target: 'CHL', status: 'occurred', date: '2024-06-12', at: 'arrived' })] });
    store.storeDocument(plan, planned());
    store.storeDocument(done, occurred());
    let events = await store.listEvents();
    expect(events.map((e) => [e.status, e.fulfils])).toEqual([['planned', null], ['occurred', events[0]!.id]]);

    const other = openStore(':memory:');
    other.storeDocument(done, occurred());
    other.storeDocument(plan, planned());
    events = await other.listEvents();
    expect(events.map((e) => [e.status, e.fulfils])).toEqual([['occurred', events[1]!.id], ['planned', null]]);
    await other.close();
  });

  it('does not link an occurred event outside the planned interval', async () => {
    const plan = doc('plan', ['Peru’s president will travel to Santiago in June.']);
    const done = doc('done', ['Peru’s president arrived in Santiago on a state visit.']);
    store.storeDocument(plan, record(plan, { events: [ev(plan, { type: 'CONSULT', source: 'PER', target: 'CHL', status: 'planned', date: ['2024-06-01', '2024-06-30'], at: 'will travel' })] }));
    store.storeDocument(done, record(done, { events: [ev(done, { type: 'CONSULT', source: 'PER', target: 'CHL', status: 'occurred', date: '2024-08-12', at: 'arrived' })] }));
    expect((await store.listEvents()).map((e) => e.fulfils)).toEqual([null, null]);
  });

  it('merges relations stated on the same day and figures with the same period', async () => {
    const rel = (a: string, b: string) => ({ a, b, tier: 'strategic_partnership' as const, label: 'strategic partners', evidence: [], rule: 't' });
    const fig = { metric: 'trade_turnover', a: 'PER', b: 'CHL', value: 5e8, unit: 'USD', qualifier: 'exact' as const, period: { from: '2023-01-01', to: '2023-12-31' }, evidence: [], rule: 't' };
    store.storeDocument(talks, record(talks, { published: '2024-05-15', relations: [rel('PER', 'CHL')], figures: [fig] }));
    store.storeDocument(talksB, record(talksB, {
      published: '2024-05-15',
      relations: [rel('CHL', 'PER')],
      figures: [{ ...fig, a: 'CHL', b: 'PER' }, { ...fig, period: null }, { ...fig, metric: 'exports', a: 'CHL', b: 'PER' }],
    }));
    const relations = await store.listRelations();
    expect(relations).toHaveLength(1);
    expect(relations[0]).toMatchObject({ a: 'CHL', b: 'PER', statedOn: '2024-05-15' });
    const figures = await store.listFigures();
    expect(figures.map((f) => [f.metric, f.sourceCount, f.period])).toEqual([
      ['trade_turnover', 2, { from: '2023-01-01', to: '2023-12-31' }],
      ['trade_turnover', 1, null],
      ['exports', 1, { from: '2023-01-01', to: '2023-12-31' }],
    ]);
    const exports = { ...fig, metric: 'exports' };
    const d3 = doc('talks-c', ['Peru sold more copper.']);
    store.storeDocument(d3, record(d3, { figures: [exports] }));
    expect((await store.listFigures()).filter((f) => f.metric === 'exports').map((f) => f.a)).toEqual(['CHL', 'PER']);
  });
});

describe('queries', () => {
  beforeEach(() => {
    const d1 = doc('q1', ['Kenya and India held consultations.', 'Kenya criticised Brazil over tariffs.', 'India will host Kenya.']);
    const d2 = doc('q2', ['India and Japan met again.', 'Kenya and India met once more.']);
    store.storeDocument(d1, record(d1, {
      published: '2024-03-02',
      events: [
        ev(d1, { type: 'CONSULT', source: 'KEN', target: 'IND', status: 'occurred', date: '2024-01-10', at: 'held consultations' }),
        ev(d1, { type: 'ACCUSE', source: 'KEN', target: 'BRA', status: 'occurred', date: '2024-03-01', at: 'criticised' }),
        ev(d1, { type: 'CONSULT', source: 'KEN', target: 'IND', status: 'planned', date: ['2024-07-01', '2024-07-31'], at: 'will host' }),
      ],
      relations: [{ a: 'KEN', b: 'IND', tier: 'partnership', label: 'partners', evidence: [], rule: 't' }],
      figures: [{ metric: 'exports', a: 'KEN', b: 'IND', value: 1e6, unit: 'USD', qualifier: 'approx', period: null, evidence: [], rule: 't' }],
    }));
    store.storeDocument(d2, record(d2, {
      events: [
        ev(d2, { type: 'CONSULT', source: 'IND', target: 'JPN', status: 'occurred', date: '2024-02-20', at: 'India and Japan' }),
        ev(d2, { type: 'CONSULT', source: 'IND', target: 'KEN', status: 'occurred', date: '2024-04-05', at: 'met once more' }),
        ev(d2, { type: 'CONSULT', source: 'IND', target: 'KEN', status: 'occurred', date: null, at: 'Kenya and India' }),
      ],
    }));
  });

  it.each([
    [{}, 6],
    [{ partner: 'BRA' }, 1],
    [{ involving: 'KEN' }, 5],
    [{ involving: 'KEN', partner: 'IND' }, 4],
    [{ involving: 'JPN', partner: 'KEN' }, 0],
    [{ type: 'ACCUSE' as const }, 1],
    [{ status: 'planned' as const }, 1],
    [{ since: '2024-03' }, 3],
    [{ until: '2024-02' }, 2],
    [{ since: '2024-02-20', until: '2024-03-01' }, 2],
    [{ since: '2025' }, 0],
  ])('filters events by %j', async (filter, n) => {
    expect(await store.listEvents(filter)).toHaveLength(n);
  });

  it('filters relations and figures by actor and date', async () => {
    expect(await store.listRelations({ involving: 'IND' })).toHaveLength(1);
    expect(await store.listRelations({ involving: 'JPN' })).toHaveLength(0);
    expect(await store.listRelations({ since: '2024-04' })).toHaveLength(0);
    expect(await store.listFigures({ partner: 'IND', since: '2024-03' })).toHaveLength(1);
    expect(await store.listFigures({ since: '2024-04' })).toHaveLength(0);
  });

  it('aggregates events per partner and period in the database', async () => {
    const months = await store.aggregateEvents({ involving: 'KEN', grain: 'month' });
    expect(months).toEqual([
      { period: '2024-01', partner: 'IND', type: 'CONSULT', status: 'occurred', mode: null, count: 1, sources: 1 },
      { period: '2024-03', partner: 'BRA', type: 'ACCUSE', status: 'occurred', mode: null, count: 1, sources: 1 },
      { period: '2024-04', partner: 'IND', type: 'CONSULT', status: 'occurred', mode: null, count: 1, sources: 1 },
      { period: '2024-07', partner: 'IND', type: 'CONSULT', status: 'planned', mode: null, count: 1, sources: 1 },
    ]);
    const quarters = await store.aggregateEvents({ involving: 'KEN', grain: 'quarter', status: 'occurred' });
    expect(quarters.map((r) => [r.period, r.partner, r.count])).toEqual([['2024-Q1', 'BRA', 1], ['2024-Q1', 'IND', 1], ['2024-Q2', 'IND', 1]]);
    const years = await store.aggregateEvents({ involving: 'KEN', grain: 'year', type: 'CONSULT', includeUndated: true });
    expect(years.map((r) => [r.period, r.status, r.count])).toEqual([[null, 'occurred', 1], ['2024', 'occurred', 2], ['2024', 'planned', 1]]);
  });

  it('counts documents per actor, most first', async () => {
    expect(await store.countDocumentsByActor()).toEqual([
      { actor: 'IND', documents: 2 }, { actor: 'KEN', documents: 2 }, { actor: 'BRA', documents: 1 }, { actor: 'JPN', documents: 1 },
    ]);
  });

  it('searches text with FTS5 snippets and reports a bad query clearly', async () => {
    const hits = await store.search('tariffs');
    expect(hits.map((h) => h.document.id)).toEqual(['q1']);
    expect(hits[0]!.snippet).toContain('«tariffs»');
    expect(await store.search('volcano')).toEqual([]);
    await expect(store.search('"unbalanced')).rejects.toThrow(/bad search query/);
  });
});

describe('opening', () => {
  it('refuses to open a missing file read-only', () => {
    expect(() => openStore('/nonexistent/dir/x.db', { readonly: true })).toThrow(/cannot open database/);
  });

  it('rejects writes through a read-only store', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'mv-store-')), 'x.db');
    const w = openStore(file);
    w.storeDocument(talks, record(talks));
    await w.close();
    const r = openStore(file, { readonly: true });
    expect(() => r.storeDocument(talksB, record(talksB))).toThrow(/read-only/);
    expect(await r.listDocuments()).toHaveLength(1);
    await r.close();
  });
});

describe('integrity checks', () => {
  it('notice a fact whose source count drifted from its reports', () => {
    store.storeDocument(talks, record(talks, { events: [ev(talks, { type: 'CONSULT', source: 'PER', target: 'CHL', status: 'occurred', date: '2024-05-14', at: 'met in Lima' })] }));
    expect(checkIntegrity(store.connection)).toEqual([]);
    store.connection.exec('UPDATE events SET source_count = 5');
    expect(checkIntegrity(store.connection)).toEqual(['1 events with a wrong source count']);
    store.connection.exec('DELETE FROM event_reports');
    expect(checkIntegrity(store.connection)).toContain('1 events without reports');
  });
});

describe('paged iteration', () => {
  it('yields the same events as listing, page by page, with their evidence', async () => {
    const { syntheticCorpus, syntheticExtractor } = await import('./synthetic-corpus.js');
    for (const d of syntheticCorpus({ documents: 40, seed: 2 })) store.storeDocument(d, syntheticExtractor(d));
    const all = await store.listEvents({ involving: 'KAZ' });
    expect(all.length).toBeGreaterThan(7);
    const paged = [];
    for await (const e of store.iterateEvents({ involving: 'KAZ' }, 7)) paged.push(e);
    expect(paged).toEqual(all);
    const relations = [];
    for await (const r of store.iterateRelations({}, 3)) relations.push(r);
    expect(relations).toEqual(await store.listRelations());
    const figures = [];
    for await (const f of store.iterateFigures({}, 1)) figures.push(f);
    expect(figures).toEqual(await store.listFigures());
  });
});

describe('closing a store', () => {
  it('closes its connection even when no query went through kysely', async () => {
    const store = openStore(':memory:');
    await store.close();
    expect(store.connection.open).toBe(false);
  });
});
