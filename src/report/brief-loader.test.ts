import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/sqlite-fact-store.js';
import { doc, ev, record, spanOf } from '../store/record-builder.test-helper.js';
import { countEvents } from '../analyze/event-counts.js';
import { loadEngagementWeights } from '../analyze/engagement-weights.js';
import { loadBriefInput } from './brief-loader.js';
import { buildBriefModel } from './brief-model.js';
import { renderHtmlBrief } from './html-brief-renderer.js';
import { queryEventCounts, queryKeyEvents } from './key-event-query.js';

const store = openStore(':memory:');
afterAll(() => store.close());

const d1 = doc('mongolia-visit', [
  'The Mongolian president arrived in Astana on Monday for a state visit.',
  'The two sides signed a roadmap on livestock trade.',
  'Astana and Ulaanbaatar called each other strategic partners.',
], { title: 'Mongolian leader in Astana' });
const d2 = doc('seoul-call', [
  'The Kazakh and South Korean foreign ministers spoke by telephone on Friday.',
  'Seoul protested against the tariff decision the next week.',
  'Trade between the two countries was 6.5 billion dollars last year.',
]);
store.storeDocument(d1, record(d1, {
  published: '2023-03-07',
  events: [
    ev(d1, { type: 'CONSULT', mode: 'visit', source: 'MNG', target: 'KAZ', status: 'occurred', date: '2023-03-06', at: 'arrived in Astana on Monday' }),
    ev(d1, { type: 'AGREE', source: 'KAZ', target: 'MNG', status: 'occurred', date: '2023-03-06', at: 'signed a roadmap' }),
  ],
  relations: [{ a: 'KAZ', b: 'MNG', tier: 'strategic_partnership', label: 'strategic partners', evidence: [spanOf(d1, 'strategic partners')], rule: 't' }],
}));
store.storeDocument(d2, record(d2, {
  published: '2024-05-20',
  events: [
    ev(d2, { type: 'CONSULT', mode: 'phone', source: 'KAZ', target: 'KOR', status: 'occurred', date: '2024-05-17', at: 'spoke by telephone' }),
    ev(d2, { type: 'PROTEST', source: 'KOR', target: 'KAZ', status: 'occurred', date: ['2024-05-20', '2024-05-26'], at: 'Seoul protested' }),
    ev(d2, { type: 'CONSULT', mode: 'visit', source: 'KOR', target: 'JPN', status: 'occurred', date: '2024-05-01', at: 'spoke by telephone' }),
  ],
  figures: [{ metric: 'trade_turnover', a: 'KAZ', b: 'KOR', value: 6.5e9, unit: 'USD', qualifier: 'exact', period: { from: '2023-01-01', to: '2023-12-31' }, evidence: [spanOf(d2, '6.5 billion dollars')], rule: 't' }],
}));

describe('queryEventCounts', () => {
  it('matches counting the stored events in JavaScript', async () => {
    const all = await store.listEvents();
    for (const grain of ['year', 'quarter', 'month'] as const) {
      expect(queryEventCounts(store.connection, { focus: 'KAZ' }, grain).rows).toEqual(countEvents(all, 'KAZ', grain));
    }
  });
  it('respects bounds and gives last contacts of occurred events', () => {
    const { rows, lastContacts } = queryEventCounts(store.connection, { focus: 'KAZ', since: '2024', until: '2024-05' }, 'year');
    expect(rows.map((r) => r.partner)).toEqual(['KOR', 'KOR']);
    expect(lastContacts.get('KOR')).toBe('2024-05-20');
  });
});

describe('queryKeyEvents', () => {
  it('returns the weightiest events with evidence sentences', () => {
    const { rows } = queryEventCounts(store.connection, { focus: 'KAZ' }, 'year');
    const top = queryKeyEvents(store.connection, { focus: 'KAZ' }, rows, loadEngagementWeights(), 2);
    expect(top.map((e) => `${e.type}/${e.source}/${e.target}`)).toEqual(['CONSULT/MNG/KAZ', 'AGREE/KAZ/MNG']);
    expect(top[0]!.evidence[0]!.sentence).toBe('The Mongolian president arrived in Astana on Monday for a state visit.');
    expect(top[0]!.sourceCount).toBe(1);
  });
  it('is empty for a focus without events', () => {
    expect(queryKeyEvents(store.connection, { focus: 'PER' }, [], loadEngagementWeights(), 5)).toEqual([]);
  });
});

describe('loadBriefInput', () => {
  it('defaults the focus to the actor in most documents and feeds the brief', async () => {
    const input = await loadBriefInput(store, { grain: 'year' });
    expect(input.focus).toBe('KAZ');
    expect(input.documents).toBe(2);
    const html = renderHtmlBrief(buildBriefModel(input, { rounds: 20 }));
    expect(html).toContain('<q>Astana and Ulaanbaatar called each other strategic partners.</q>');
    expect(html).toContain('href="https://example.test/seoul-call"');
    expect(html).toContain('USD 6.5 bn, 2023');
  });
  it('fails clearly on an empty store without a focus', async () => {
    const empty = openStore(':memory:');
    await expect(loadBriefInput(empty, { grain: 'year' })).rejects.toThrow(/no facts yet/);
    await empty.close();
  });
});
