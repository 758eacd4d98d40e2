import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/pipeline.js';
import type { ReadResult } from './read-documents.js';
import { readAll } from '../test-support/read-all.js';
import { articlePage, warcFile, type TestRecord } from '../test-support/warc-writer.js';

// Articles written for these tests (invented places and events).
const A1 = 'Borovia and Zelmar signed a transit agreement on 3 March 2024, their foreign ministers said in a joint statement.';
const A2 = 'Zelmar recalled its ambassador from Borovia after a coast guard incident, the foreign ministry said.';
const A3 = 'The two governments agreed to hold talks in a neutral capital, a spokesman said, "as soon as possible".';

const html = { 'Content-Type': 'text/html; charset=utf-8' };
const RECORDS: TestRecord[] = [
  { type: 'warcinfo', block: 'software: test-writer\r\nformat: WARC File Format 1.0\r\n' },
  { type: 'request', url: 'https://wire.example/2024/03/05/transit', block: 'GET /2024/03/05/transit HTTP/1.1\r\nHost: wire.example\r\n\r\n' },
  // 3: an article whose page gives its own date.
  {
    type: 'response', url: 'https://wire.example/2024/03/05/transit', date: '2024-03-09T08:00:00Z',
    http: { headers: html, body: articlePage('Transit deal', [A1, A3], '<meta property="article:published_time" content="2024-03-05T10:00:00Z">') },
  },
  { type: 'metadata', url: 'https://wire.example/2024/03/05/transit', block: 'outlinks: https://wire.example/world\r\n' },
  // 5: an image: skipped.
  { type: 'response', url: 'https://wire.example/logo.png', http: { headers: { 'Content-Type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) } },
  // 6: a redirect: skipped.
  { type: 'response', url: 'https://wire.example/old', http: { status: 'HTTP/1.1 301 Moved Permanently', headers: { ...html, Location: '/new' }, body: '<html><body><p>Moved.</p></body></html>' } },
  // 7: a page with no date anywhere, in windows-1252 as the HTTP header says, chunked and gzipped on the wire.
  {
    type: 'response', url: 'https://wire.example/story?id=7', date: '2024-03-10T12:30:00Z',
    http: {
      headers: { 'Content-Type': 'text/html; charset=windows-1252', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' },
      body: chunked(gzipSync(iconv.encode(`<html><head><title>Envoy recalled</title></head><body><article><p>${A2} Zelmar’s envoy left.</p><p>${A3}</p></article></body></html>`, 'windows-1252'))),
    },
  },
  // 8: a JSON payload: skipped.
  { type: 'response', url: 'https://wire.example/api/latest', http: { headers: { 'Content-Type': 'application/json' }, body: '{"text": "not an article"}' } },
  // 9: plain text.
  { type: 'response', url: 'https://wire.example/wire.txt', http: { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: `${A3}\n\n${A1}\n` } },
];

/** HTTP chunked transfer coding of a body, in two chunks. */
function chunked(body: Buffer): Buffer {
  const half = Math.floor(body.length / 2);
  const chunk = (b: Buffer) => Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')]);
  return Buffer.concat([chunk(body.subarray(0, half)), chunk(body.subarray(half)), Buffer.from('0\r\n\r\n')]);
}

let dir: string;
const at = (...p: string[]): string => path.join(dir, ...p);
const ok = (rs: ReadResult[]) => rs.filter((r): r is Extract<ReadResult, { ok: true }> => r.ok);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mv-warc-'));
  writeFileSync(at('crawl.warc'), warcFile(RECORDS));
  writeFileSync(at('crawl.warc.gz'), warcFile(RECORDS, { gzip: true }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('WARC web archives', () => {
  it('gives one document per HTML or text response, named by record, with its URL and the HTTP charset', async () => {
    const rs = await readAll([at('crawl.warc')]);
    expect(rs.map((r) => [r.file, r.ok])).toEqual([[`${at('crawl.warc')}#3`, true], [`${at('crawl.warc')}#7`, true], [`${at('crawl.warc')}#9`, true]]);
    const [transit, envoy, wire] = ok(rs).map((r) => r.document);
    expect(transit!.meta).toMatchObject({ url: 'https://wire.example/2024/03/05/transit', title: 'Transit deal', path: `${at('crawl.warc')}#3`, captured: '2024-03-09T08:00:00Z' });
    expect(transit!.text).toContain(A1);
    expect(transit!.text).not.toMatch(/Home|All rights reserved/);
    // Decoded from windows-1252 by the HTTP header (the page declares nothing), after gunzip and de-chunking.
    expect(envoy!.text).toContain('Zelmar’s envoy left.');
    expect(envoy!.meta.url).toBe('https://wire.example/story?id=7');
    expect(wire!.text).toContain(A1);
  });

  it('gzipped per record (.warc.gz) gives the same documents', async () => {
    const plain = ok(await readAll([at('crawl.warc')])).map((r) => r.document.text);
    const gz = ok(await readAll([at('crawl.warc.gz')])).map((r) => r.document.text);
    expect(gz).toEqual(plain);
    expect(gz).toHaveLength(3);
  });

  it("dates a page by its own date first and by the capture date only when it gives none", async () => {
    const [transit, envoy] = ok(await readAll([at('crawl.warc')])).map((r) => extractDocument(r.document).document);
    expect(transit).toMatchObject({ published: '2024-03-05', publishedBasis: 'metadata', publishedFrom: 'meta' });
    expect(envoy).toMatchObject({ published: '2024-03-10', publishedBasis: 'metadata', publishedFrom: 'crawl' });
  });

  it('reports a truncated record naming the file, after the records before it', async () => {
    const whole = warcFile(RECORDS);
    writeFileSync(at('cut.warc'), whole.subarray(0, whole.length - 30));
    const rs = await readAll([at('cut.warc')]);
    expect(ok(rs).map((r) => r.file)).toEqual([`${at('cut.warc')}#3`, `${at('cut.warc')}#7`]);
    const failed = rs.filter((r) => !r.ok);
    expect(failed).toEqual([{ ok: false, file: `${at('cut.warc')}#9`, error: expect.stringMatching(/^truncated record \(\d+ of \d+ bytes\)$/) }]);

    const gz = warcFile(RECORDS, { gzip: true });
    writeFileSync(at('cut.warc.gz'), gz.subarray(0, gz.length - 30));
    const rz = await readAll([at('cut.warc.gz')]);
    expect(ok(rz).map((r) => r.file)).toEqual([`${at('cut.warc.gz')}#3`, `${at('cut.warc.gz')}#7`]);
    expect(rz.filter((r) => !r.ok)).toEqual([{ ok: false, file: expect.stringContaining(at('cut.warc.gz')), error: expect.stringMatching(/^[^\n]+$/) }]);
  });

  it('stops with an error, never hangs, when the file ends inside a skipped record or a record overruns its length', async () => {
    const whole = warcFile(RECORDS);
    const inRequest = whole.indexOf('GET /2024') + 5;
    writeFileSync(at('cut-early.warc'), whole.subarray(0, inRequest));
    expect(await readAll([at('cut-early.warc')])).toEqual([{ ok: false, file: `${at('cut-early.warc')}#2`, error: expect.stringMatching(/^truncated record/) }]);
    // Content-Length 10 bytes short: warcio would warn and read on from the wrong place.
    const overrun = Buffer.from(whole.toString('latin1').replace(/Content-Length: (\d+)/, (_, n: string) => `Content-Length: ${Number(n) - 10}`), 'latin1');
    writeFileSync(at('overrun.warc'), overrun);
    expect(await readAll([at('overrun.warc')])).toEqual([{ ok: false, file: `${at('overrun.warc')}#2`, error: 'corrupt archive: record 1 is longer than its Content-Length says' }]);
  });

  it('says so when an archive holds no page to read, and is found by sniffing without its extension', async () => {
    writeFileSync(at('assets.warc'), warcFile([RECORDS[0]!, RECORDS[1]!, RECORDS[4]!, RECORDS[7]!]));
    expect(await readAll([at('assets.warc')])).toEqual([{ ok: false, file: at('assets.warc'), error: 'no HTML or text pages in the web archive (only requests, metadata or other payloads)' }]);
    writeFileSync(at('crawl-without-extension'), warcFile(RECORDS));
    expect(ok(await readAll([at('crawl-without-extension')]))).toHaveLength(3);
  });

  it('refuses a record over the size limit and reads on', async () => {
    const big: TestRecord = { type: 'response', url: 'https://wire.example/big', http: { headers: html, body: articlePage('Big', [A1.repeat(200)]) } };
    writeFileSync(at('big.warc'), warcFile([big, RECORDS[2]!]));
    const rs = await readAll([at('big.warc')], { maxBytes: 10_000 });
    expect(rs[0]).toEqual({ ok: false, file: `${at('big.warc')}#1`, error: expect.stringMatching(/^record too large/) });
    expect(rs[1]).toMatchObject({ ok: true, file: `${at('big.warc')}#2` });
  });
});
