import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/pipeline.js';
import type { ReadResult } from './read-documents.js';
import { readAll } from '../test-support/read-all.js';

// Articles written for these tests (invented places and events).
const A1 = 'Borovia and Zelmar signed a transit agreement on 3 March 2024, their foreign ministers said in a joint statement.';
const A2 = 'Quarrel over fishing rights: Zelmar recalled its ambassador from Borovia on Friday after a coast guard incident.';
const A3 = 'The two governments later agreed to hold talks in a neutral capital, a spokesman said, "as soon as possible".';

let dir: string;
const at = (...p: string[]): string => path.join(dir, ...p);
const docs = (rs: ReadResult[]) => rs.filter((r): r is Extract<ReadResult, { ok: true }> => r.ok).map((r) => r.document);

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example Wire</title><link>https://wire.example/</link><description>d</description>
<item><title>Transit deal</title><link>https://wire.example/a1</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><dc:creator>Ana Pell</dc:creator>
<description>Short summary only.</description><content:encoded><![CDATA[<p>${A1}</p><p>${A3}</p>]]></content:encoded></item>
<item><title>Envoy recalled</title><link>https://wire.example/a2</link><pubDate>Fri, 08 Mar 2024 18:00:00 +0000</pubDate><description>&lt;p&gt;${A2}&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://wire.example/a3</link></item>
</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:x</id><updated>2024-03-09T00:00:00Z</updated>
<entry><title>Transit deal</title><id>urn:1</id><link rel="alternate" href="https://atom.example/a1"/><published>2024-03-05T10:00:00Z</published><updated>2024-03-06T10:00:00Z</updated>
<content type="html">&lt;p&gt;${A1}&lt;/p&gt;</content></entry>
<entry><title>Envoy recalled</title><id>urn:2</id><link href="https://atom.example/a2"/><updated>2024-03-08T10:00:00Z</updated><summary>${A2}</summary></entry>
</feed>`;
const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>Example RDF</title><link>https://rdf.example/</link><description>d</description></channel>
<item rdf:about="https://rdf.example/a1"><title>Transit deal</title><link>https://rdf.example/a1</link><description>${A1}</description><dc:date>2024-03-05</dc:date></item>
</rdf:RDF>`;
const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1', title: 'Example JSON',
  items: [
    { id: '1', url: 'https://json.example/a1', title: 'Transit deal', content_html: `<p>${A1}</p>`, date_published: '2024-03-05T10:00:00Z' },
    { id: '2', url: 'https://json.example/a2', title: 'Envoy recalled', content_text: `${A2}\n\n${A3}`, date_published: '2024-03-08T10:00:00Z' },
  ],
});

const rows = [
  { text: A1, url: 'https://dump.example/1', published: '2024-03-05', title: 'Transit deal' },
  { text: `${A2}\n\n${A3}`, url: 'https://dump.example/2', published: '2024-03-08', title: 'Envoy, recalled' },
];
const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;
const CSV = 'title,url,published,text\n' + rows.map((r) => [r.title, r.url, r.published, r.text].map(csvCell).join(',')).join('\r\n') + '\n';
const JSONL = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
const OTHER_NAMES = rows.map((r) => JSON.stringify({ body: r.text, link: r.url, date: r.published, headline: r.title })).join('\n');
const ODD_NAMES = rows.map((r) => JSON.stringify({ story_html: r.text, where: r.url, when: r.published, hed: r.title })).join('\n');

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mv-formats-'));
  writeFileSync(at('feed.rss'), RSS);
  writeFileSync(at('feed.atom'), ATOM);
  writeFileSync(at('feed.rdf'), RDF);
  writeFileSync(at('feed.json'), JSON_FEED);
  writeFileSync(at('noext-feed'), RSS);
  writeFileSync(at('dump.jsonl'), JSONL);
  writeFileSync(at('dump.ndjson.gz'), gzipSync(JSONL));
  writeFileSync(at('dump.csv'), CSV);
  writeFileSync(at('dump.csv.gz'), gzipSync(CSV));
  writeFileSync(at('other.jsonl'), OTHER_NAMES);
  writeFileSync(at('odd.jsonl'), ODD_NAMES);
  writeFileSync(at('array.json'), JSON.stringify(rows));
  writeFileSync(at('mixed.jsonl'), `${JSON.stringify(rows[0])}\nnot json\n{"title": "no text"}\n\n${JSON.stringify(rows[1])}\n`);
  writeFileSync(at('bad.csv'), 'title,text\n"ok","fine text here"\n"broken,"unterminated\n');
  writeFileSync(at('article.txt.gz'), gzipSync(`title: Transit deal\n\n${A1}\n`));
  writeFileSync(at('corrupt.jsonl.gz'), Buffer.concat([gzipSync(JSONL).subarray(0, 30), Buffer.alloc(20, 7)]));
  writeFileSync(at('page.htm'), readFileSync(new URL('./fixtures/page.html', import.meta.url)));
  writeFileSync(at('utf8.txt'), `${A1}\n`);
  writeFileSync(at('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`${A1}\n`, 'utf-16le')]));
  const ru = 'Министр иностранных дел Боровии встретился с послом Зельмара и обсудил вопросы транзита, торговли и энергетики. Стороны договорились продолжить переговоры в следующем месяце.\n';
  writeFileSync(at('ru-1251.txt'), iconv.encode(ru, 'windows-1251'));
  writeFileSync(at('ru-koi8.txt'), iconv.encode(ru, 'koi8-r'));
  writeFileSync(at('ru-page.html'), iconv.encode(`<html><head><meta charset="windows-1251"><title>Т</title></head><body><article><p>${ru}</p></article></body></html>`, 'windows-1251'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('feeds: one document per item with link, title and date', () => {
  it('RSS 2.0: full text from content:encoded, else the description; an item without text is one error', async () => {
    const rs = await readAll([at('feed.rss')]);
    expect(rs.map((r) => r.file)).toEqual([1, 2, 3].map((n) => `${at('feed.rss')}#${n}`));
    const [d1, d2] = docs(rs);
    expect(d1!.text).toBe(`${A1}\n\n${A3}`);
    expect(d1!.meta).toMatchObject({ url: 'https://wire.example/a1', title: 'Transit deal', source: 'Example Wire', published: 'Tue, 05 Mar 2024 10:00:00 GMT', publishedFrom: 'feed', author: 'Ana Pell' });
    expect(d2!.text).toBe(A2);
    expect(rs[2]).toEqual({ ok: false, file: `${at('feed.rss')}#3`, error: 'feed item has no text (no content or description)' });
  });
  it('Atom: the alternate link, published before updated, content before summary', async () => {
    const [d1, d2] = docs(await readAll([at('feed.atom')]));
    expect(d1!.meta).toMatchObject({ url: 'https://atom.example/a1', published: '2024-03-05T10:00:00Z', title: 'Transit deal' });
    expect(d2!.meta).toMatchObject({ url: 'https://atom.example/a2', published: '2024-03-08T10:00:00Z' });
    expect(d2!.text).toBe(A2);
  });
  it('RSS 1.0 (RDF) with a Dublin Core date', async () => {
    const [d] = docs(await readAll([at('feed.rdf')]));
    expect(d!.meta).toMatchObject({ url: 'https://rdf.example/a1', published: '2024-03-05' });
  });
  it('JSON Feed: content_html, and content_text split into paragraphs', async () => {
    const [d1, d2] = docs(await readAll([at('feed.json')]));
    expect(d1!.text).toBe(A1);
    expect(d2!.text).toBe(`${A2}\n\n${A3}`);
    expect(d2!.meta.url).toBe('https://json.example/a2');
  });
  it('a feed without extension is recognised by its content', async () => {
    expect(docs(await readAll([at('noext-feed')]))).toHaveLength(2);
  });
  it('the feed date becomes the record date', () => {
    return readAll([at('feed.rss')]).then((rs) => {
      const record = extractDocument(docs(rs)[1]!);
      expect(record.document).toMatchObject({ published: '2024-03-08', publishedBasis: 'metadata', publishedFrom: 'feed' });
    });
  });
});

describe('dumps: JSON Lines, CSV, gzip and --fields give the same documents', () => {
  const key = (ds: ReturnType<typeof docs>) => ds.map((d) => ({ id: d.id, text: d.text, url: d.meta.url, title: d.meta.title, published: d.meta.published }));
  it('all forms agree', async () => {
    const base = key(docs(await readAll([at('dump.jsonl')])));
    expect(base).toHaveLength(2);
    expect(base[1]!.text).toBe(`${A2}\n\n${A3}`);
    expect(base[1]!.title).toBe('Envoy, recalled');
    for (const file of ['dump.ndjson.gz', 'dump.csv', 'dump.csv.gz', 'other.jsonl', 'array.json']) {
      expect(key(docs(await readAll([at(file)]))), file).toEqual(base);
    }
    const mapped = await readAll([at('odd.jsonl')], { fields: { text: 'story_html', url: 'where', published: 'when', title: 'hed' } });
    expect(key(docs(mapped))).toEqual(base);
  });
  it('names each record FILE#LINE and fails bad lines one by one', async () => {
    const rs = await readAll([at('mixed.jsonl')]);
    expect(rs.map((r) => [r.file.slice(dir.length + 1), r.ok])).toEqual([
      ['mixed.jsonl#1', true], ['mixed.jsonl#2', false], ['mixed.jsonl#3', false], ['mixed.jsonl#5', true],
    ]);
    expect(rs[1]).toMatchObject({ error: expect.stringMatching(/^not JSON/) });
    expect(rs[2]).toMatchObject({ error: expect.stringContaining('no text field') });
    expect(docs(rs)[0]!.meta.path).toBe(`${at('mixed.jsonl')}#1`);
  });
  it('a record over the size limit is skipped with its line number, the next one read', async () => {
    const rs = await readAll([at('dump.jsonl')], { maxBytes: JSONL.indexOf('\n') + 5 });
    expect(rs.map((r) => r.ok)).toEqual([true, false]);
    expect(rs[1]).toMatchObject({ file: `${at('dump.jsonl')}#2`, error: expect.stringMatching(/^line too long/) });
  });
  it('a broken CSV ends in one error line naming the file', async () => {
    const rs = await readAll([at('bad.csv')]);
    expect(rs.at(-1)).toMatchObject({ ok: false, file: expect.stringContaining('bad.csv'), error: expect.stringMatching(/^bad CSV \([^\n]+\)$/) });
  });
  it('a gzipped text file, and a corrupt gzip as one error line', async () => {
    expect(docs(await readAll([at('article.txt.gz')]))[0]!.meta.title).toBe('Transit deal');
    const bad = await readAll([at('corrupt.jsonl.gz')]);
    expect(bad.at(-1)).toMatchObject({ ok: false, file: at('corrupt.jsonl.gz') });
    expect((bad.at(-1) as { error: string }).error).not.toContain('\n');
  });
  it('JSON Lines from stdin are sniffed and streamed', async () => {
    const rs = await readAll(['-'], { stdin: Readable.from([Buffer.from(JSONL.slice(0, 50)), Buffer.from(JSONL.slice(50))]) });
    expect(rs.map((r) => r.file)).toEqual(['<stdin>#1', '<stdin>#2']);
  });
});

describe('HTML pages and encodings', () => {
  it('an .htm page: article text, metadata, date basis and a block map', async () => {
    const [d] = docs(await readAll([at('page.htm')]));
    expect(d!.meta).toMatchObject({ title: 'Borovia and Zelmar open a rail link', source: 'The Example Herald', author: 'Dana Quill', language: 'en', publishedFrom: 'meta' });
    expect(d!.sourceMap!.length).toBe(4);
    const record = extractDocument(d!);
    expect(record.document).toMatchObject({ published: '2024-05-14', publishedBasis: 'metadata', publishedFrom: 'meta', language: 'en' });
  });
  it('UTF-16 gives the same document and facts as UTF-8', async () => {
    const [a, b] = docs(await readAll([at('utf8.txt'), at('utf16.txt')]));
    expect(b!.text).toBe(a!.text);
    const strip = (r: ReturnType<typeof extractDocument>) => JSON.stringify({ ...r, document: { ...r.document, path: '' } });
    expect(strip(extractDocument(b!))).toBe(strip(extractDocument(a!)));
  });
  it('windows-1251, KOI8-R and a page declaring windows-1251 decode to Russian, with no facts and a diagnostic', async () => {
    const ds = docs(await readAll([at('ru-1251.txt'), at('ru-koi8.txt'), at('ru-page.html')]));
    expect(ds).toHaveLength(3);
    for (const d of ds) {
      expect(d.text).toContain('Министр иностранных дел');
      expect(d.meta.language).toBe('ru');
      const record = extractDocument(d);
      expect(record.events).toEqual([]);
      expect(record.diagnostics.map((x) => x.rule)).toEqual(['language/not-english']);
    }
  });
});
