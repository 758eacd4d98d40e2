/**
 * Hostile input: at least 10,000 generated and mutated inputs, across every format and forced through
 * every reader, must never throw or hang; every failure is one line; every success is a non-empty
 * document. Inputs are small so the whole run stays within a few seconds of reading per thousand.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readBytes, type ReadResult } from './read-documents.js';
import type { InputFormat } from './input-format.js';
import { seededRandom } from '../core/seeded-random.js';
import { articlePage, warcFile } from '../test-support/warc-writer.js';

const FORMATS: readonly (InputFormat | undefined)[] = [undefined, 'text', 'html', 'feed', 'json', 'jsonl', 'csv', 'warc'];
const SENTENCE = 'Borovia and Zelmar agreed on Tuesday to reopen the border crossing, their ministers said.';

const PAGE = readFileSync(new URL('./fixtures/page.html', import.meta.url), 'utf8');
const SEEDS: string[] = [
  `title: A story\nurl: https://x.example/2024/01/02/a\n\n${SENTENCE}\n`,
  PAGE,
  `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>I</title><link>https://x.example/i</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;${SENTENCE}&lt;/p&gt;</description></item></channel></rss>`,
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>E</title><link href="https://x.example/e"/><updated>2024-01-02T00:00:00Z</updated><content type="html">&lt;p&gt;${SENTENCE}&lt;/p&gt;</content></entry></feed>`,
  `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://x.example/"><title>T</title></channel><item rdf:about="https://x.example/r"><title>R</title><link>https://x.example/r</link><description>${SENTENCE}</description></item></rdf:RDF>`,
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', url: 'https://x.example/j', content_text: SENTENCE }] }),
  `${JSON.stringify({ text: SENTENCE, url: 'https://x.example/1', date: '2024-01-02' })}\n${JSON.stringify({ body: SENTENCE, link: 'https://x.example/2' })}\n`,
  `title,text,url\n"A","${SENTENCE}\nSecond line, quoted ""here""",https://x.example/c\n`,
  warcFile([
    { type: 'request', url: 'https://x.example/w', block: 'GET /w HTTP/1.1\r\n\r\n' },
    { type: 'response', url: 'https://x.example/w', http: { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: articlePage('W', [SENTENCE]) } },
    { type: 'response', url: 'https://x.example/t', http: { headers: { 'Content-Type': 'text/plain' }, body: SENTENCE } },
  ]).toString('utf8'),
];

type Mutation = (s: Buffer, r: () => number) => Buffer;
const at = (s: Buffer, r: () => number) => Math.floor(r() * (s.length + 1));
const MUTATIONS: Mutation[] = [
  (s, r) => s.subarray(0, at(s, r)), // truncated
  (s, r) => { const b = Buffer.from(s); for (let i = 0; i < 1 + r() * 8; i++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256); return b; }, // flipped bytes
  (s, r) => { const i = at(s, r); return Buffer.concat([s.subarray(0, i), Buffer.from([0, 0, 0]), s.subarray(i)]); }, // NUL bytes
  (s, r) => { const i = at(s, r); return Buffer.concat([s.subarray(0, i), Buffer.from('<div>'.repeat(100 + Math.floor(r() * 300))), s.subarray(i)]); }, // deep nesting
  (s, r) => { const i = at(s, r); return Buffer.concat([s.subarray(0, i), Buffer.from(`<p title="${'a'.repeat(5000)}">x</p>`), s.subarray(i)]); }, // huge attribute
  (s) => iconv.encode(s.toString('utf8'), 'utf-16le'), // UTF-16 without BOM
  (s) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(s.toString('utf8'), 'utf-16be')]), // UTF-16 BE with BOM
  (s) => Buffer.from(s.toString('utf8').replace(/utf-8/gi, 'koi8-r')), // wrong charset declared
  (s) => gzipSync(s), // gzipped
  (s, r) => gzipSync(s).subarray(0, 5 + Math.floor(r() * 20)), // truncated gzip
  (s, r) => { const i = at(s, r); return Buffer.concat([s.subarray(0, i), s.subarray(Math.floor(r() * s.length))]); }, // spliced
  (s, r) => Buffer.from(s.toString('utf8').replace(/[<>"{}\[\],]/g, (c) => (r() < 0.1 ? '' : c))), // dropped syntax
  (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), s]), // BOM
  (s, r) => Buffer.from(Array.from({ length: 1 + Math.floor(r() * 300) }, () => Math.floor(r() * 256))), // noise
  (s, r) => Buffer.from(s.toString('utf8').replace(/[a-z]/g, (c) => (r() < 0.05 ? String.fromCodePoint(0x400 + Math.floor(r() * 200)) : c))), // mixed scripts
];

async function run(name: string, bytes: Buffer, format: InputFormat | undefined, maxBytes: number): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readBytes(name, bytes, format, { maxBytes })) out.push(r);
  return out;
}

function check(results: ReadResult[], name: string): void {
  expect(results.length, name).toBeGreaterThan(0);
  for (const r of results) {
    expect(r.file.startsWith(name), name).toBe(true);
    if (r.ok) {
      expect(/\S/.test(r.document.text), name).toBe(true);
      expect(r.document.id.length, name).toBeGreaterThan(0);
    } else {
      expect(r.error, name).not.toMatch(/\n/);
      expect(r.error.length, name).toBeGreaterThan(0);
    }
  }
}

describe('readers on hostile input', () => {
  it('10,000 mutated inputs through every reader: no throw, no hang, one-line errors', { timeout: 120_000 }, async () => {
    const r = seededRandom(20240607);
    const seeds = SEEDS.map((s) => Buffer.from(s, 'utf8'));
    let n = 0;
    let slowest = 0;
    while (n < 10_000) {
      const seed = seeds[Math.floor(r() * seeds.length)]!;
      let input: Buffer = seed;
      const rounds = 1 + Math.floor(r() * 2);
      for (let k = 0; k < rounds; k++) input = MUTATIONS[Math.floor(r() * MUTATIONS.length)]!(input, r);
      // Large inputs are shrunk: the run tests robustness, not throughput.
      if (input.length > 8_000) input = input.subarray(0, 8_000);
      const format = FORMATS[Math.floor(r() * FORMATS.length)];
      const name = `fuzz-${n}`;
      const t0 = performance.now();
      check(await run(name, input, format, 100_000), name);
      const took = performance.now() - t0;
      slowest = Math.max(slowest, took);
      n++;
    }
    expect(n).toBe(10_000);
    // One input must never take seconds: that would be a hang waiting for a big one.
    expect(slowest).toBeLessThan(3000);
  });

  it('bounds a zip bomb and a giant line by the size limit', async () => {
    const bomb = gzipSync(Buffer.alloc(20_000_000, 0x61));
    const [r] = await run('bomb.gz', bomb, 'text', 1_000_000);
    expect(r).toEqual({ ok: false, file: 'bomb.gz', error: 'too large (over the 1 MB limit; raise with --max-bytes)' });
    const giant = Buffer.concat([Buffer.from(`{"text": "${'x'.repeat(5_000_000)}"}\n`), Buffer.from(`{"text": "${SENTENCE}"}\n`)]);
    const rs = await run('giant.jsonl', giant, 'jsonl', 1_000_000);
    expect(rs.map((x) => x.ok)).toEqual([false, true]);
    expect(rs[0]).toMatchObject({ file: 'giant.jsonl#1', error: expect.stringMatching(/^line too long/) });
  });
});
