/**
 * Writes WARC 1.0 records by hand for tests: written here rather than with warcio's serializer, so the
 * reader is checked against the format as specified, not against the same library's idea of it.
 */
import { gzipSync } from 'node:zlib';

/** One record: its type, target and date, and either an HTTP response or a raw block. */
export interface TestRecord {
  readonly type: 'warcinfo' | 'request' | 'response' | 'metadata' | 'revisit' | 'resource';
  readonly url?: string;
  readonly date?: string;
  /** For responses: status line, headers and body (bytes or text, sent as given). */
  readonly http?: { readonly status?: string; readonly headers: Readonly<Record<string, string>>; readonly body: Buffer | string };
  /** For other records: the block as it is. */
  readonly block?: string;
}

/** One record's bytes: WARC headers, the block, and the two line ends that close it. */
export function warcRecord(record: TestRecord, n = 1): Buffer {
  const block = record.http
    ? Buffer.concat([
        Buffer.from(`${record.http.status ?? 'HTTP/1.1 200 OK'}\r\n${Object.entries(record.http.headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`, 'latin1'),
        Buffer.isBuffer(record.http.body) ? record.http.body : Buffer.from(record.http.body, 'utf8'),
      ])
    : Buffer.from(record.block ?? '', 'utf8');
  const headers = [
    'WARC/1.0',
    `WARC-Type: ${record.type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}>`,
    `WARC-Date: ${record.date ?? '2024-03-05T10:00:00Z'}`,
    ...(record.url ? [`WARC-Target-URI: ${record.url}`] : []),
    `Content-Type: ${record.http ? 'application/http; msgtype=response' : 'application/warc-fields'}`,
    `Content-Length: ${block.length}`,
  ];
  return Buffer.concat([Buffer.from(headers.join('\r\n') + '\r\n\r\n', 'utf8'), block, Buffer.from('\r\n\r\n')]);
}

/** A WARC file of these records; gzipped as crawlers write it (one gzip member per record) when asked. */
export function warcFile(records: readonly TestRecord[], options: { gzip?: boolean } = {}): Buffer {
  const parts = records.map((r, i) => warcRecord(r, i + 1));
  return Buffer.concat(options.gzip ? parts.map((p) => gzipSync(p)) : parts);
}

/** An article page written for the tests, with the furniture real pages carry. */
export function articlePage(title: string, paragraphs: readonly string[], extraHead = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${extraHead}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>© Example Wire. All rights reserved.</footer></body></html>`;
}
