/**
 * Web archives (`.warc`, `.warc.gz`, as crawlers and news crawls such as CommonCrawl write them), read
 * record by record with warcio, never loaded whole. Each `response` record with a 2xx status and an HTML
 * or plain-text payload yields one page: its bytes (transfer and content encodings undone), the HTTP
 * Content-Type (whose charset decodes it unless the page declares its own), the `WARC-Target-URI` and
 * the `WARC-Date` of the capture. Requests, metadata, warcinfo, revisits, redirects, errors and other
 * payloads (images, scripts, JSON) are skipped. A record cut short (a truncated download) is reported;
 * the records before it have been yielded already.
 */
import { AsyncIterReader, StatusAndHeadersParser, WARCParser, type WARCRecord } from 'warcio';

/** One archived page, ready for the HTML or text reader. */
export interface WarcPage {
  /** The record's position in the file, from 1 (all record types counted). */
  readonly n: number;
  readonly url: string;
  /** `WARC-Date`: when the page was captured (ISO 8601). */
  readonly captured: string | null;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** A record that could not be read (and why), or a page. */
export type WarcItem = { readonly ok: true; readonly page: WarcPage } | { readonly ok: false; readonly n: number; readonly error: string };

/** Payload types that hold an article; everything else in a crawl is skipped. */
const ARTICLE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)$/;

/** Yields the pages of a WARC stream (already gunzipped or not: warcio reads both), in file order. */
export async function* readWarc(stream: AsyncIterable<Uint8Array>, maxBytes: number): AsyncIterable<WarcItem> {
  // The HTTP headers are parsed below from the raw block, so that a short block can be told from a whole one.
  const parser = new WARCParser(stream, { parseHttp: false });
  const records = parser[Symbol.asyncIterator]();
  let n = 0;
  for (;;) {
    const { next, misaligned } = await nextRecord(records);
    if (misaligned) return yield { ok: false, n: n + 1, error: `corrupt archive: record ${n} is longer than its Content-Length says` };
    if (next.done) return;
    const record = next.value;
    n++;
    const declared = record.warcContentLength;
    if (record.warcType !== 'response' || declared > maxBytes) {
      const read = await drain(record);
      if (read < declared) return yield truncated(n, read, declared);
      if (record.warcType === 'response') yield { ok: false, n, error: `record too large (${declared} bytes > ${maxBytes} limit; raise with --max-bytes)` };
      continue;
    }
    const block = await record.readFully(false);
    // Stop here: the parser cannot find the next record in a file that ends inside this one.
    if (block.length < declared) return yield truncated(n, block.length, declared);
    const page = await httpPage(record, block, n, maxBytes);
    if (page) yield page;
  }
}

/** warcio's words when the bytes after a record are not the blank lines that end it. */
const MISALIGNED = 'Content-Length Too Small';

/**
 * The parser's next record. warcio reports a block longer than its Content-Length only with console.warn
 * and reads on from a wrong offset; that warning is caught here (others pass) so the reader can stop with
 * an error naming the file instead of printing a stray line and reading garbage.
 */
async function nextRecord(records: AsyncIterator<WARCRecord>): Promise<{ next: IteratorResult<WARCRecord>; misaligned: boolean }> {
  const warn = console.warn;
  let misaligned = false;
  console.warn = (...args: unknown[]) => {
    if (String(args[0]).startsWith(MISALIGNED)) misaligned = true;
    else warn(...args);
  };
  try {
    const next = await records.next();
    return { next, misaligned };
  } finally {
    console.warn = warn;
  }
}

function truncated(n: number, read: number, declared: number): WarcItem {
  return { ok: false, n, error: `truncated record (${read} of ${declared} bytes)` };
}

/**
 * Reads past a record's block without keeping it; returns how many bytes there were. (warcio's own
 * skipFully never returns when the file ends inside the block; reading the block through leaves it
 * nothing to skip.)
 */
async function drain(record: WARCRecord): Promise<number> {
  let read = 0;
  for await (const chunk of record.reader) read += chunk.length;
  return read;
}

/** The page inside a response block, or undefined when it is not a successful article response. */
async function httpPage(record: WARCRecord, block: Uint8Array, n: number, maxBytes: number): Promise<WarcItem | undefined> {
  const reader = new AsyncIterReader([block]);
  const http = await new StatusAndHeadersParser().parse(reader, { headersClass: Headers });
  if (!http) return { ok: false, n, error: 'response record without HTTP headers' };
  const status = Number(http.statusCode);
  const contentType = http.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (!(status >= 200 && status < 300) || !ARTICLE_TYPES.test(mediaType)) return undefined;
  const chunked = /chunked/i.test(http.headers.get('transfer-encoding') ?? '');
  const encoding = http.headers.get('content-encoding');
  const body = await readBounded(new AsyncIterReader(reader, encoding, chunked), maxBytes);
  if (!body) return { ok: false, n, error: `page too large once decoded (over ${maxBytes} bytes; raise with --max-bytes)` };
  const url = (record.warcTargetURI ?? '').replace(/^<(.*)>$/, '$1');
  return { ok: true, page: { n, url, captured: record.warcDate ?? null, contentType, bytes: body } };
}

/** Reads a decoding reader up to `maxBytes`: a compressed payload that expands past it is refused. */
async function readBounded(reader: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of reader) {
    size += chunk.length;
    if (size > maxBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
