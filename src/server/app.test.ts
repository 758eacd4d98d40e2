import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type SqliteFactStore } from '../store/sqlite-fact-store.js';
import { buildExamplesStore } from '../test-support/examples-store.js';
import { createApp } from './app.js';
import { startServer } from './serve.js';

let dir: string;
let db: string;
let hashBefore: string;
let store: SqliteFactStore;
let app: ReturnType<typeof createApp>;
let assets: string;

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(async () => {
  ({ dir, db } = await buildExamplesStore());
  hashBefore = sha(db);
  // A stand-in for the built dashboard, with a file beside it that must never be served.
  assets = path.join(dir, 'web');
  mkdirSync(path.join(assets, 'assets'), { recursive: true });
  writeFileSync(path.join(assets, 'index.html'), '<!doctype html><title>shell</title>');
  writeFileSync(path.join(assets, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(path.join(assets, '.hidden'), 'hidden');
  writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  store = openStore(db, { readonly: true });
  app = createApp({ store, assets });
}, 180_000);

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get<T = any>(url: string, status = 200): Promise<T> {
  const res = await app.request(url);
  expect(res.status, `${url}: ${await res.clone().text()}`).toBe(status);
  return (await res.json()) as T;
}

describe('the JSON API over the examples', () => {
  it('reports health with the counts and the default focus', async () => {
    const h = await get('/api/health');
    expect(h.status).toBe('ok');
    expect(h.readonly).toBe(true);
    expect(h.counts.documents).toBeGreaterThan(5);
    expect(h.counts.events).toBeGreaterThan(10);
    expect(h.focus).toBe('KAZ');
  });

  it('lists events with a total, paging, filters and a first evidence sentence', async () => {
    const all = await get('/api/events?limit=500');
    expect(all.total).toBe(all.items.length);
    const page = await get('/api/events?limit=3&offset=2');
    expect(page.total).toBe(all.total);
    expect(page.items.map((e: any) => e.id)).toEqual(all.items.slice(2, 5).map((e: any) => e.id));
    expect(await get('/api/events?offset=100000')).toEqual({ items: [], total: all.total });
    const chn = await get('/api/events?partner=chn&limit=500');
    expect(chn.total).toBeGreaterThan(0);
    expect(chn.total).toBeLessThan(all.total);
    for (const e of chn.items) expect([e.source, e.target]).toContain('CHN');
    const consult = await get('/api/events?type=consult&status=occurred&limit=500');
    expect(consult.items.every((e: any) => e.type === 'CONSULT' && e.status === 'occurred')).toBe(true);
    const first = all.items.find((e: any) => e.evidence);
    expect(first.evidence.sentence.length).toBeGreaterThan(10);
    expect(typeof first.score).toBe('number');
    expect(first.quadClass).toMatch(/cooperation|conflict/);
  });

  it('filters events by date range and by text, and sorts them', async () => {
    const y2023 = await get('/api/events?from=2023&to=2023&limit=500');
    expect(y2023.total).toBeGreaterThan(0);
    for (const e of y2023.items) {
      expect(e.date.to >= '2023').toBe(true);
      expect(e.date.from <= '2023~').toBe(true);
    }
    const none = await get('/api/events?from=1990&to=1990');
    expect(none).toEqual({ items: [], total: 0 });
    const text = await get('/api/events?q=Samarkand&limit=500');
    const all = await get('/api/events?limit=500');
    expect(text.total).toBeGreaterThan(0);
    expect(text.total).toBeLessThan(all.total);
    const china = await get('/api/events?vector=china&limit=500');
    expect(china.total).toBeGreaterThan(0);
    for (const e of china.items) expect([e.source, e.target].sort()).toEqual(['CHN', 'KAZ']);
    expect((await get('/api/events?vector=atlantis', 400)).parameter).toBe('vector');
    const desc = await get('/api/events?sort=-date&limit=500');
    const days = desc.items.filter((e: any) => e.date).map((e: any) => e.date.from);
    expect(days).toEqual([...days].sort().reverse());
  });

  it('answers 400 naming the parameter for bad values, and caps the page size', async () => {
    for (const [url, parameter] of [
      ['/api/events?limit=501', 'limit'],
      ['/api/events?limit=0', 'limit'],
      ['/api/events?offset=-1', 'offset'],
      ['/api/events?type=HUG', 'type'],
      ['/api/events?status=maybe', 'status'],
      ['/api/events?from=2023-13', 'from'],
      ["/api/events?partner=CHN'%20OR%201=1--", 'partner'],
      ['/api/events?q=%22unclosed', 'q'],
      ['/api/events?sort=nonsense', 'sort'],
      ['/api/events/abc', 'id'],
      ['/api/balance?by=week', 'by'],
      ['/api/search', 'q'],
      ['/api/search?q=AND%20OR', 'q'],
    ] as const) {
      const body = await get(url, 400);
      expect(body.parameter, url).toBe(parameter);
      expect(body.error).toContain(parameter);
    }
  });

  it('gives an event with every report, span and sentence; 404 for an unknown id', async () => {
    const list = await get('/api/events?limit=1');
    const event = await get(`/api/events/${list.items[0].id}`);
    expect(event.reports.length).toBeGreaterThan(0);
    const report = event.reports[0];
    expect(report.documentId).toMatch(/\S/);
    expect(report.title).toMatch(/\S/);
    expect(report.spans[0].end).toBeGreaterThan(report.spans[0].start);
    const doc = await get(`/api/documents/${report.documentId}`);
    const s = report.spans[0];
    expect(report.spans[0].sentence).toContain(doc.text.slice(s.start, s.end));
    expect((await get('/api/events/999999', 404)).parameter).toBe('id');
  });

  it('gives a document with its text and every fact at its span; 404 for an unknown id', async () => {
    const search = await get('/api/search?q=Samarkand');
    expect(search.items.length).toBeGreaterThan(0);
    expect(search.items[0].snippet).toContain('«');
    const doc = await get(`/api/documents/${search.items[0].documentId}`);
    expect(doc.text.length).toBeGreaterThan(100);
    expect(doc.facts.length).toBeGreaterThan(0);
    for (const f of doc.facts) {
      for (const sp of f.spans) {
        expect(sp.start).toBeGreaterThanOrEqual(0);
        expect(sp.end).toBeLessThanOrEqual(doc.text.length);
        expect(doc.text.slice(sp.start, sp.end).trim()).not.toBe('');
      }
    }
    await get('/api/documents/nosuchdocument', 404);
    await get('/api/documents/bad%20id', 400);
  });

  it('gives partners, balance, figures and relations from the same analysis as the brief', async () => {
    const p = await get('/api/partners');
    expect(p.focus).toBe('KAZ');
    const codes = p.partners.map((x: any) => x.partner);
    expect(codes).toEqual(expect.arrayContaining(['CHN', 'RUS']));
    const chn = p.partners.find((x: any) => x.partner === 'CHN');
    expect(chn.vector).toBe('china');
    expect(chn.engagement).toBeGreaterThan(0);
    const b = await get('/api/balance?by=year');
    expect(b.periods.map((x: any) => x.period)).toEqual(['2022', '2023', '2024', '2025']);
    const withIndex = b.periods.filter((x: any) => x.index !== null);
    expect(withIndex.length).toBeGreaterThan(0);
    for (const x of withIndex) {
      expect(x.index).toBeGreaterThanOrEqual(0);
      expect(x.index).toBeLessThanOrEqual(1);
      expect(x.interval.low).toBeLessThanOrEqual(x.interval.high);
      const total = Object.values(x.shares as Record<string, number>).reduce((a, v) => a + v, 0);
      expect(total).toBeCloseTo(1, 6);
    }
    const q = await get('/api/balance?by=quarter');
    expect(q.periods[0].period).toBe('2022-Q1');
    const figs = await get('/api/figures?metric=trade_turnover');
    expect(figs.items.length).toBeGreaterThan(0);
    expect(figs.items.every((f: any) => f.metric === 'trade_turnover' && f.reports.length > 0)).toBe(true);
    expect((await get('/api/figures?metric=no_such_metric')).items).toEqual([]);
    const rel = await get('/api/relations');
    expect(rel.items.length).toBeGreaterThan(0);
    expect(rel.items[0].reports[0].spans.length).toBeGreaterThan(0);
  });

  it('describes itself in OpenAPI 3 from the validating schemas', async () => {
    const doc = await get('/api/openapi.json');
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ['/api/health', '/api/events', '/api/events/{id}', '/api/documents/{id}', '/api/partners', '/api/balance', '/api/figures', '/api/relations', '/api/search']) {
      expect(doc.paths[p]?.get, p).toBeDefined();
    }
    const params = doc.paths['/api/events'].get.parameters.map((x: any) => x.name);
    expect(params).toEqual(expect.arrayContaining(['partner', 'focus', 'type', 'mode', 'status', 'from', 'to', 'q', 'limit', 'offset']));
    const limit = doc.paths['/api/events'].get.parameters.find((x: any) => x.name === 'limit');
    expect(limit.schema.maximum).toBe(500);
  });

  it('answers 405 to other methods and 404 to unknown endpoints', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await app.request('/api/events', { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
    }
    expect((await app.request('/api/nothing')).status).toBe(404);
  });

  it('serves only files inside the assets folder, and the shell for dashboard routes', async () => {
    const js = await app.request('/assets/app-1234.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    for (const route of ['/', '/events', '/partners/CHN', '/documents/abc123', '/network', '/search']) {
      const res = await app.request(route);
      expect(res.status, route).toBe(200);
      expect(await res.text()).toContain('shell');
    }
    for (const bad of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/.hidden', '/..%5csecret.txt', '/nope.txt']) {
      const res = await app.request(bad);
      expect(res.status, bad).toBe(404);
      expect(await res.text()).not.toContain('secret');
    }
  });

  it('sends security headers with a CSP that allows no inline script', async () => {
    const res = await app.request('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('serve', () => {
  it('listens on a free port, answers over HTTP and leaves the database file unchanged', async () => {
    const server = await startServer({ db, port: 0, host: '127.0.0.1', assets });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(new URL('api/events?limit=5', server.url));
      expect(res.status).toBe(200);
      expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(5);
      expect((await fetch(new URL('api/balance', server.url))).status).toBe(200);
      expect((await fetch(new URL('api/events', server.url), { method: 'POST' })).status).toBe(405);
    } finally {
      await server.stop();
    }
    expect(sha(db)).toBe(hashBefore);
    expect(readdirSync(dir).filter((n) => /-(wal|shm|journal)$/.test(n))).toEqual([]);
  });

  it('refuses a file that is not a database before listening', async () => {
    await expect(startServer({ db: path.join(dir, 'secret.txt'), port: 0, host: '127.0.0.1' })).rejects.toThrow(/secret\.txt/);
    await expect(startServer({ db: path.join(dir, 'missing.db'), port: 0, host: '127.0.0.1' })).rejects.toThrow(/missing\.db/);
  });
});
