import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl } from '../../ingest/http-fetch.js';
import { readDocuments, type ReadResult } from '../../ingest/read-documents.js';
import { readFeedList } from './feed-poll.js';
import { runIngestFeeds } from './ingest-command.js';

// Items written for this test (invented places).
const ITEM = (n: number, day: number) =>
  `<item><title>Item ${n}</title><link>http://127.0.0.1/story/${n}</link><pubDate>${day} Apr 2024 09:00:00 GMT</pubDate>` +
  `<description>&lt;p&gt;Borovia and Zelmar held talks on the transit corridor, story ${n}; the ministers agreed to meet again next month.&lt;/p&gt;</description></item>`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local wire</title><link>http://127.0.0.1/</link><description>d</description>${ITEM(1, 2)}${ITEM(2, 3)}</channel></rss>`;

let server: Server;
let base: string;
const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
let flaky = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    if (req.url === '/feed.xml') {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Wed, 03 Apr 2024 10:00:00 GMT' });
      return void res.end(FEED);
    }
    if (req.url === '/flaky') {
      if (flaky++ === 0) return void res.writeHead(503).end();
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end('Borovia and Zelmar agreed on the transit corridor, officials said on Monday.');
    }
    if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 50; i++) res.write('x'.repeat(1000));
      return void res.end();
    }
    if (req.url === '/slow') return; // never answers
    if (req.url === '/page-1251') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
      return void res.end(iconv.encode('<html><body><article><p>Министр иностранных дел Боровии встретился с послом Зельмара и обсудил транзит и торговлю между странами.</p></article></body></html>', 'windows-1251'));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const sink = () => {
  const s = new PassThrough() as PassThrough & { text: () => string };
  let out = '';
  s.on('data', (c: Buffer) => (out += c.toString()));
  s.text = () => out;
  return s;
};
const fast = { timeoutMs: 1500, retries: 1, backoffMs: 10 };

describe('feeds over local HTTP', { timeout: 60_000 }, () => {
  it('ingests a feed, then sends a conditional request that is answered 304', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mv-feeds-'));
    const list = path.join(dir, 'feeds.txt');
    writeFileSync(list, `# local test feeds\n${base}/feed.xml\n\n`);
    const db = path.join(dir, 'x.db');
    const err = sink();
    const first = await runIngestFeeds(list, { db, maxBytes: 1e6 }, { stderr: err, fetch: fast });
    expect(first).toMatchObject([{ status: 'ingested', summary: { documents: { new: 2, failed: 0 } } }]);
    expect(err.text()).toMatch(/feed\.xml: 2 new, 0 unchanged/);
    const firstRequest = seen.filter((s) => s.url === '/feed.xml').at(-1)!;
    expect(firstRequest.headers['if-none-match']).toBeUndefined();
    expect(firstRequest.headers['user-agent']).toMatch(/^multivector\//);

    const again = sink();
    const second = await runIngestFeeds(list, { db, maxBytes: 1e6 }, { stderr: again, fetch: fast });
    expect(second).toEqual([{ url: `${base}/feed.xml`, status: 'not-modified' }]);
    const conditional = seen.filter((s) => s.url === '/feed.xml').at(-1)!;
    expect(conditional.headers['if-none-match']).toBe('"v1"');
    expect(conditional.headers['if-modified-since']).toBe('Wed, 03 Apr 2024 10:00:00 GMT');
    expect(again.text()).toMatch(/not modified \(304\)/);
  });

  it('retries a 503, stops at the size limit, times out, and names HTTP errors in one line', async () => {
    expect(await fetchUrl(`${base}/flaky`, { maxBytes: 1e6, ...fast })).toMatchObject({ status: 'ok' });
    expect(await fetchUrl(`${base}/big`, { maxBytes: 10_000, ...fast })).toMatchObject({ status: 'error', error: expect.stringMatching(/^too large/) });
    expect(await fetchUrl(`${base}/slow`, { maxBytes: 1e6, timeoutMs: 200, retries: 0 })).toEqual({ status: 'error', error: 'cannot fetch (timed out after 200 ms)' });
    expect(await fetchUrl(`${base}/missing`, { maxBytes: 1e6, ...fast })).toEqual({ status: 'error', error: 'HTTP 404 Not Found' });
  });

  it('reads a page URL with the charset its server declares, and records the URL', async () => {
    const out: ReadResult[] = [];
    for await (const r of readDocuments([`${base}/page-1251`], { fetch: fast })) out.push(r);
    expect(out).toHaveLength(1);
    const r = out[0]!;
    expect(r.ok && r.document.text.startsWith('Министр иностранных дел')).toBe(true);
    expect(r.ok && r.document.meta).toMatchObject({ url: `${base}/page-1251`, language: 'ru' });
  });

  it('refuses a feed list line that is not a URL, naming the line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mv-feeds-'));
    writeFileSync(path.join(dir, 'bad.txt'), 'https://ok.example/feed\nftp://nope\n');
    await expect(readFeedList(path.join(dir, 'bad.txt'))).rejects.toThrow(/bad\.txt:2: not an http\(s\) URL/);
  });
});

describe('watch', () => {
  it('parses intervals and refuses impolite ones', async () => {
    const { interval } = await import('./watch-command.js');
    expect(interval('15m')).toBe(900_000);
    expect(interval('2h')).toBe(7_200_000);
    expect(interval('90s')).toBe(90_000);
    expect(interval('5')).toBe(300_000);
    expect(() => interval('5s')).toThrow(/at least 30s/);
    expect(() => interval('soon')).toThrow(/interval/);
  });

  it('polls the feeds once per round and stops when asked', { timeout: 60_000 }, async () => {
    const { runWatch } = await import('./watch-command.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'mv-watch-'));
    writeFileSync(path.join(dir, 'feeds.txt'), `${base}/feed.xml\n`);
    const err = sink();
    const stop = new AbortController();
    await runWatch({ db: path.join(dir, 'w.db'), feeds: path.join(dir, 'feeds.txt'), every: 30_000, maxBytes: 1e6 }, { stderr: err, signal: stop.signal, rounds: 1 });
    expect(err.text()).toMatch(/^multivector watch: \S+ http:\/\/127\.0\.0\.1:\d+\/feed\.xml: 2 new/);
  });
});
