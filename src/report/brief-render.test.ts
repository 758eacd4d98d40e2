import { describe, expect, it } from 'vitest';
import type { StoredEvent, StoredEvidence, StoredFigure, StoredRelation } from '../store/types.js';
import { countEvents } from '../analyze/event-counts.js';
import { lastContacts } from '../analyze/partner-profiles.js';
import { buildBriefModel, type BriefInput } from './brief-model.js';
import { renderHtmlBrief } from './html-brief-renderer.js';
import { renderMarkdownBrief } from './markdown-brief-renderer.js';

const evid = (doc: string, sentence: string, url: string | null = null, published = '2023-06-01'): StoredEvidence => ({
  documentId: doc, url, title: `Title of ${doc}`, published, span: { start: 0, end: 5 }, sentence,
});
let id = 0;
const ev = (source: string, target: string, day: string, e: StoredEvidence, extra: Partial<StoredEvent> = {}): StoredEvent => ({
  id: ++id, type: 'CONSULT', mode: 'visit', cameo: null, source, target, status: 'occurred', date: { from: day, to: day },
  sourceCount: 1, fulfils: null, evidence: [e], ...extra,
});

const visit = evid('doc-a', 'The Mongolian president arrived in Astana for talks <script>alert(1)</script> & more.', 'https://example.org/a?x=1&y=2');
const call = evid('doc-b', 'The two foreign ministers spoke by phone about transit routes.', 'javascript:alert(1)');
const events = [
  ev('MNG', 'KAZ', '2022-03-04', visit),
  ev('KAZ', 'KOR', '2022-09-10', call, { mode: 'phone' }),
  ev('KAZ', 'CHN', '2023-02-01', call, { type: 'AGREE', mode: null }),
  ev('KAZ', 'RUS', '2023-04-01', call, { type: 'ACCUSE', mode: null }),
];
const relations: StoredRelation[] = [{ id: 1, a: 'KAZ', b: 'MNG', tier: 'strategic_partnership', label: 'strategic partners', statedOn: '2022-03-04', evidence: [visit] }];
const figures: StoredFigure[] = [
  { id: 1, metric: 'trade_turnover', a: 'KAZ', b: 'KOR', value: 6.5e9, unit: 'USD', qualifier: 'approx', period: { from: '2022-01-01', to: '2022-12-31' }, statedOn: '2023-01-10', evidence: [evid('doc-c', 'Trade with Seoul reached about 6.5 billion dollars "last year".')] },
];

const input: BriefInput = {
  focus: 'KAZ', grain: 'year', rows: countEvents(events, 'KAZ', 'year'), events, relations, figures, lastContacts: lastContacts(events, 'KAZ'), documents: 3,
};
const model = buildBriefModel(input, { rounds: 50 });

describe('buildBriefModel', () => {
  it('covers the data range by year, without the clock', () => {
    expect(model.periods).toEqual(['2022', '2023']);
    expect(model.generatedFor).toBe('Brief for Kazakhstan (KAZ), 2022 to 2023, by year');
    expect(model.totals).toEqual({ events: 4, partners: 4, documents: 3 });
  });
  it('puts partners in vectors and keeps the tier and trade', () => {
    const mng = model.partners.find((p) => p.partner === 'MNG')!;
    expect(mng.vector).toBe('asia_pacific_south_asia');
    expect(mng.tier?.tier).toBe('strategic_partnership');
    expect(model.partners.find((p) => p.partner === 'KOR')?.trade?.value).toBe(6.5e9);
  });
  it('respects --from/--to', () => {
    const m = buildBriefModel({ ...input, from: '2023-01', to: '2023-12' }, { rounds: 10 });
    expect(m.periods).toEqual(['2023']);
    expect(m.timeline.map((t) => t.partner).sort()).toEqual(['CHN', 'RUS']);
    expect(m.figures).toHaveLength(0);
  });
});

describe('renderHtmlBrief', () => {
  const html = renderHtmlBrief(model);
  it('contains server-rendered SVG charts', () => {
    expect(html.match(/<svg[\s>]/g)?.length).toBe(2);
    expect(html).not.toMatch(/<script/i);
  });
  it('escapes text from documents', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more.');
    expect(html).toContain('&quot;last year&quot;');
  });
  it('links evidence to the document URL, or to the sources list for unsafe or missing URLs', () => {
    expect(html).toContain('href="https://example.org/a?x=1&amp;y=2"');
    expect(html).not.toContain('javascript:');
    expect(html).toMatch(/<a href="#src-\d+">\[\d+\] Title of doc-b/);
    expect(html).toMatch(/<li id="src-\d+">Title of doc-c \(2023-06-01\) — document <code>doc-c<\/code>/);
  });
  it('quotes the evidence sentence of tiers, figures and events', () => {
    expect(html).toContain('<q>The two foreign ministers spoke by phone about transit routes.</q>');
    expect(html).toContain('strategic partnership (2022-03-04)');
    expect(html).toContain('USD 6.5 bn, 2022');
  });
  it('is deterministic', () => {
    expect(renderHtmlBrief(buildBriefModel(input, { rounds: 50 }))).toBe(html);
  });
  it('gives the two charts distinct ids', () => {
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('renderMarkdownBrief', () => {
  const { markdown, assets } = renderMarkdownBrief(model, 'kaz');
  it('links its chart files and returns them', () => {
    expect(assets.map((a) => a.name)).toEqual(['kaz-balance.svg', 'kaz-vectors.svg']);
    expect(markdown).toContain('![Balance index over time](kaz-balance.svg)');
    expect(assets[0]!.content).toMatch(/^<svg/);
  });
  it('quotes evidence in footnotes and escapes markup', () => {
    expect(markdown).toMatch(/\[\^1\]: “The Mongolian president arrived in Astana for talks &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; more\.” — \[Title of doc-a \(2023-06-01\)\]\(https:\/\/example\.org\/a\?x=1&y=2\)/);
    expect(markdown).not.toContain('javascript:');
    expect(markdown).toContain('document `doc-b`');
  });
});

describe('empty brief', () => {
  it('renders without facts', () => {
    const m = buildBriefModel({ focus: 'TUR', grain: 'quarter', rows: [], events: [], relations: [], figures: [], lastContacts: new Map() });
    expect(m.generatedFor).toContain('no dated facts');
    expect(renderHtmlBrief(m)).toContain('No partners in range.');
  });
});
