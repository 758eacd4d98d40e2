/**
 * Turns command-line inputs (files, folders, `-` for stdin) into Documents, one result per article, with
 * a one-line error naming the input for each one that cannot be read. Each input is read by its
 * extension or, failing that, by sniffing its first bytes (input-format.ts): plain text, HTML pages,
 * feeds (RSS, RDF, Atom, JSON Feed), JSON, JSON Lines and CSV dumps, web archives (WARC), any of them
 * gzipped. Dumps and archives are
 * streamed record by record, never loaded whole; single-article inputs are bounded by `maxBytes` (after
 * gunzip, so a zip bomb stops at the limit). Folders are walked recursively in path order, taking files
 * of known formats and skipping hidden ones. An article inside a multi-article input is named
 * `FILE#N` (N: item, line or row number, from 1).
 */
import { createReadStream, type Dirent, type Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline, Readable } from 'node:stream';
import type { Diagnostic, DocumentMeta } from '../core/types.js';
import { collect, gunzip, isGzip, lines, peek, type ByteStream } from './byte-stream.js';
import { decodeText, normaliseText } from './decode-text.js';
import { pickFields, type FieldMap } from './field-map.js';
import { fetchUrl, isUrl, type FetchOptions } from './http-fetch.js';
import { formatByName, isReadableName, sniffFormat, type InputFormat } from './input-format.js';
import { markupReaders } from './markup-readers.js';
import { buildDocument, buildTextDocument, type TextDocumentResult } from './text-document.js';

/** How inputs are read; every field optional. */
export interface ReadOptions {
  /** Largest single article (a file, or one record of a dump), in bytes. */
  readonly maxBytes?: number;
  /** Where `-` reads from; process.stdin unless given (tests pass their own). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Column names of dumps that the usual names do not find (`--fields`). */
  readonly fields?: FieldMap;
  /** Timeouts, retries and user agent for http(s) inputs. */
  readonly fetch?: Omit<FetchOptions, 'maxBytes' | 'etag' | 'lastModified'>;
}

/** One article's outcome: a Document (with what was removed from it) or a one-line error. */
export type ReadResult =
  | {
      readonly ok: true;
      readonly file: string;
      readonly document: import('../core/types.js').Document;
      /** What the reader removed (page furniture) or noticed; for `--verbose`. */
      readonly diagnostics?: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly file: string; readonly error: string };

/** Characters of document text a result holds (0 for a failure): what bounds a queue of results. */
export function textLength(result: ReadResult): number {
  return result.ok ? result.document.text.length : 0;
}

/** Default size limit: far above any news article, low enough to keep one bad file from eating memory. */
export const DEFAULT_MAX_BYTES = 20_000_000;

/** The name results and messages use for standard input. */
export const STDIN_NAME = '<stdin>';

/** Bytes looked at to tell a format. */
const SNIFF_BYTES = 4096;

interface Context {
  readonly maxBytes: number;
  readonly fields: FieldMap;
  readonly fetch?: ReadOptions['fetch'];
}

/** Yields one result per article, in a stable order (folders sorted by name, dumps in record order). */
export async function* readDocuments(inputs: readonly string[], options: ReadOptions = {}): AsyncIterable<ReadResult> {
  const ctx: Context = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, fields: options.fields ?? {}, ...(options.fetch ? { fetch: options.fetch } : {}) };
  for (const input of inputs) {
    if (isUrl(input)) {
      const got = await fetchUrl(input, { ...ctx.fetch, maxBytes: ctx.maxBytes });
      if (got.status === 'ok') yield* readFetched(input, got.bytes, got.contentType, got.url, options);
      else yield { ok: false, file: input, error: got.status === 'error' ? got.error : 'not modified' };
      continue;
    }
    if (input === '-') {
      yield* readStream(STDIN_NAME, options.stdin ?? process.stdin, undefined, undefined, ctx);
      continue;
    }
    let info: Stats;
    try {
      info = await stat(input);
    } catch (error) {
      yield { ok: false, file: input, error: fsMessage(error) };
      continue;
    }
    if (!info.isDirectory()) {
      yield* readFileInput(input, info, ctx);
      continue;
    }
    let files: string[];
    try {
      files = await listReadableFiles(input);
    } catch (error) {
      yield { ok: false, file: input, error: fsMessage(error) };
      continue;
    }
    if (files.length === 0) {
      yield { ok: false, file: input, error: 'no readable files (.txt, .md, .html, .xml, .json, .jsonl, .csv, .warc, .gz or no extension) in folder' };
      continue;
    }
    for (const file of files) {
      try {
        yield* readFileInput(file, await stat(file), ctx);
      } catch (error) {
        yield { ok: false, file, error: fsMessage(error) };
      }
    }
  }
}

/** Reads bytes already in memory as the input `name` (fuzz tests; callers with their own transport). */
export function readBytes(name: string, bytes: Uint8Array, format?: InputFormat, options: ReadOptions = {}): AsyncIterable<ReadResult> {
  const ctx: Context = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, fields: options.fields ?? {} };
  return readStream(name, toStream(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), undefined, format, ctx);
}

// Node's default chunk for file streams.
const READ_CHUNK = 64 * 1024;

/** Checks one file and reads it as a stream. */
async function* readFileInput(file: string, info: Stats, ctx: Context): AsyncIterable<ReadResult> {
  const byName = formatByName(file);
  if (info.isFile()) {
    if (info.size === 0) return yield { ok: false, file, error: 'empty file' };
    // A single article over the limit is refused without reading it; dumps are bounded per record.
    const streamed = byName.format === 'jsonl' || byName.format === 'csv' || byName.format === 'warc';
    if (info.size > ctx.maxBytes && !streamed && !byName.gzip) return yield { ok: false, file, error: tooLarge(info.size, ctx.maxBytes) };
  } else if (!info.isFIFO() && !info.isCharacterDevice()) {
    // Process substitution (`<(cat a.txt)`) and /dev/stdin arrive as pipes of unknown size.
    return yield { ok: false, file, error: 'not a regular file' };
  }
  // A small file is read into a buffer of its own size: 64 KB chunks for every short article lie around as
  // garbage until a full collection (notes/speed14.md).
  const stream = createReadStream(file, info.isFile() ? { highWaterMark: Math.min(READ_CHUNK, Math.max(info.size, 1)) } : undefined);
  try {
    yield* readStream(file, stream, file, byName.format, ctx);
  } finally {
    stream.destroy();
  }
}

/** Reads one input stream: gunzips it when it is gzip, tells its format and hands it to its reader. */
async function* readStream(name: string, source: ByteStream, docPath: string | undefined, named: InputFormat | undefined, ctx: Context): AsyncIterable<ReadResult> {
  try {
    let { head, stream } = await peek(source, SNIFF_BYTES);
    if (head.length === 0) return yield { ok: false, file: name, error: 'empty file' };
    if (isGzip(head)) {
      ({ head, stream } = await peek(gunzip(stream), SNIFF_BYTES));
      if (head.length === 0) return yield { ok: false, file: name, error: 'empty file (after gunzip)' };
    }
    const format = named ?? sniffFormat(head);
    if (format === 'jsonl') return yield* readJsonLines(name, stream, docPath, ctx);
    if (format === 'csv') return yield* readCsv(name, stream, docPath, ctx);
    if (format === 'warc') return yield* readWarcPages(name, stream, docPath, ctx);
    const { bytes, tooLarge: over } = await collect(stream, ctx.maxBytes);
    if (over) return yield { ok: false, file: name, error: tooLarge(0, ctx.maxBytes, true) };
    yield* readWhole(name, bytes, docPath, format, ctx);
  } catch (error) {
    yield { ok: false, file: name, error: oneLine(error) };
  }
}

/**
 * Reads a body fetched over http(s): its format from the Content-Type, else from the URL's extension,
 * else sniffed; its charset from the Content-Type unless the bytes say otherwise. `name` names it in
 * messages and becomes each document's URL where the page gives no canonical one.
 */
export async function* readFetched(name: string, bytes: Buffer, contentType: string | null, finalUrl: string, options: ReadOptions = {}): AsyncIterable<ReadResult> {
  const ctx: Context = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, fields: options.fields ?? {} };
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const charset = charsetOf(contentType);
  const fromType: InputFormat | undefined =
    type === 'text/html' || type === 'application/xhtml+xml' ? 'html'
    : /^application\/(rss|atom|rdf)\+xml$|^(application|text)\/xml$/.test(type) ? 'feed'
    : type === 'application/feed+json' || type === 'application/json' ? 'json'
    : type === 'application/x-ndjson' || type === 'application/jsonl' ? 'jsonl'
    : type === 'text/csv' ? 'csv'
    : undefined;
  let path0 = finalUrl;
  try {
    path0 = new URL(finalUrl).pathname;
  } catch {
    // Keep the URL as given.
  }
  const byName = formatByName(path0);
  const format = fromType ?? (path0.endsWith('/') ? undefined : byName.format) ?? sniffFormat(bytes.subarray(0, SNIFF_BYTES));
  if (format === 'jsonl') return yield* readJsonLines(name, toStream(bytes), undefined, ctx);
  if (format === 'csv') return yield* readCsv(name, toStream(bytes), undefined, ctx);
  if (format === 'warc') return yield* readWarcPages(name, toStream(bytes), undefined, ctx);
  for await (const r of readWhole(name, bytes, undefined, format, ctx, { declared: charset, pageUrl: finalUrl })) {
    yield format !== 'feed' && format !== 'json' ? knownBy(r, finalUrl) : r;
  }
}

/** The charset a Content-Type names, if any. */
function charsetOf(contentType: string | null): string | undefined {
  return /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
}

/** A fetched or archived page with no canonical link is known by the address it was fetched from. */
function knownBy(r: ReadResult, pageUrl: string, captured?: string | null): ReadResult {
  if (!r.ok) return r;
  const meta = { ...r.document.meta, ...(r.document.meta.url ? {} : { url: pageUrl }), ...(captured ? { captured } : {}) };
  return { ...r, document: { ...r.document, meta } };
}

/**
 * A web archive: one document per archived HTML or text response, named `FILE#N` (N: the record's
 * position in the file), read like a fetched page (the HTTP charset, the target URI as its address) and
 * carrying its capture date, which the date resolver uses only when the page itself gives none.
 */
async function* readWarcPages(name: string, stream: AsyncIterable<Buffer>, docPath: string | undefined, ctx: Context): AsyncIterable<ReadResult> {
  // warcio (with pako, hash-wasm, uuid-random) is loaded only for a web archive: about a tenth of a
  // one-article run's start-up otherwise.
  const { readWarc } = await import('./warc-reader.js');
  let any = false;
  for await (const item of readWarc(stream, ctx.maxBytes)) {
    any = true;
    const n = item.ok ? item.page.n : item.n;
    const file = `${name}#${n}`;
    if (!item.ok) {
      yield { ok: false, file, error: item.error };
      continue;
    }
    const { page } = item;
    const format: InputFormat = /html/i.test(page.contentType) ? 'html' : 'text';
    const itemPath = docPath !== undefined ? `${docPath}#${n}` : undefined;
    for await (const r of readWhole(file, page.bytes, itemPath, format, ctx, { declared: charsetOf(page.contentType), pageUrl: page.url })) {
      yield knownBy(r, page.url, page.captured);
    }
  }
  if (!any) yield { ok: false, file: name, error: 'no HTML or text pages in the web archive (only requests, metadata or other payloads)' };
}

async function* toStream(bytes: Buffer): AsyncIterable<Buffer> {
  yield bytes;
}

/** Single-buffer formats: text, an HTML page, a feed, a JSON document. */
async function* readWhole(name: string, bytes: Buffer, docPath: string | undefined, format: InputFormat, ctx: Context, http: { declared?: string | undefined; pageUrl?: string } = {}): AsyncIterable<ReadResult> {
  // The page's own declaration wins over the server's: saved pages are often served with a default charset.
  const declared = (format === 'html' ? declaredCharset(bytes) : format === 'feed' ? xmlEncoding(bytes) : undefined) ?? http.declared;
  const decoded = decodeText(bytes, { declared });
  if (!decoded.ok) return yield { ok: false, file: name, error: decoded.error };
  const text = decoded.text;
  if (format === 'text') return yield result(name, buildTextDocument(text, docPath));
  if (format === 'html') return yield result(name, await htmlDocument(text, docPath, http.pageUrl));
  if (format === 'feed') return yield* feedDocuments(name, text, docPath);
  // JSON: a JSON Feed, an array of article records, or one article record.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return yield { ok: false, file: name, error: `not JSON (${oneLine(error)})` };
  }
  if (isJsonFeed(value)) return yield* feedDocuments(name, text, docPath);
  const records = Array.isArray(value) ? value : [value];
  for (let i = 0; i < records.length; i++) {
    const item = Array.isArray(value) ? `${name}#${i + 1}` : name;
    const itemPath = docPath !== undefined && Array.isArray(value) ? `${docPath}#${i + 1}` : docPath;
    yield result(item, await recordDocument(records[i], itemPath, ctx));
  }
}

/** The metadata a reader found, with where the published date came from and the author only when known. */
function documentMeta(
  docPath: string | undefined,
  found: { url: string | null; title: string | null; source: string | null; published: string | null; author?: string | null },
  publishedFrom: string | null | undefined,
): DocumentMeta {
  return {
    ...(docPath !== undefined ? { path: docPath } : {}),
    url: found.url,
    title: found.title,
    source: found.source,
    published: found.published,
    ...(publishedFrom ? { publishedFrom } : {}),
    ...(found.author ? { author: found.author } : {}),
  };
}

async function htmlDocument(html: string, docPath: string | undefined, pageUrl?: string): Promise<TextDocumentResult> {
  const page = (await markupReaders()).readHtml(html, pageUrl);
  if (!/\S/.test(page.text)) return { ok: false, error: 'no article text found in the page' };
  const meta = documentMeta(docPath, { url: page.url, title: page.title, source: page.siteName, published: page.published, author: page.author }, page.publishedFrom);
  return buildDocument(page.text, meta, { sourceMap: page.blocks, declaredLanguage: page.declaredLanguage });
}

async function* feedDocuments(name: string, text: string, docPath: string | undefined): AsyncIterable<ReadResult> {
  const feed = (await markupReaders()).readFeed(text);
  if (!feed.ok) return yield { ok: false, file: name, error: feed.error };
  if (feed.items.length === 0) return yield { ok: false, file: name, error: `${feed.format} feed with no items` };
  for (let i = 0; i < feed.items.length; i++) {
    const item = feed.items[i]!;
    const file = `${name}#${i + 1}`;
    if (!/\S/.test(item.text)) {
      yield { ok: false, file, error: 'feed item has no text (no content or description)' };
      continue;
    }
    const itemPath = docPath !== undefined ? `${docPath}#${i + 1}` : undefined;
    const meta = documentMeta(itemPath, { url: item.url, title: item.title, source: feed.title, published: item.published, author: item.author }, item.published ? 'feed' : null);
    yield result(file, buildDocument(item.text, meta, { sourceMap: item.sourceMap }));
  }
}

/** One dump record (a JSON object or a CSV row) to a Document, by the usual field names or `--fields`. */
async function recordDocument(record: unknown, docPath: string | undefined, ctx: Context): Promise<TextDocumentResult> {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return { ok: false, error: 'record is not an object' };
  const f = pickFields(record as Record<string, unknown>, ctx.fields);
  if (f.text === null) {
    const hint = ctx.fields.text ? `no text in field "${ctx.fields.text}"` : 'no text field (looked for text, body, content, article …; name one with --fields text=COLUMN)';
    return { ok: false, error: hint };
  }
  // Control characters other than line ends and tabs are noise from scrapers; replaced, not removed, so
  // offsets into the field stay those of its text.
  const raw = f.text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ');
  const html = /<\/?(p|div|br|span|a|article|h[1-6]|li|em|strong)\b[^>]*>/i.test(raw);
  const body = html ? (await markupReaders()).htmlFragmentText(raw) : { text: normaliseText(raw), blocks: undefined };
  const meta = documentMeta(docPath, f, f.published ? 'field' : null);
  return buildDocument(body.text, meta, { ...(f.id ? { id: f.id } : {}), ...(body.blocks ? { sourceMap: body.blocks } : {}) });
}

async function* readJsonLines(name: string, stream: AsyncIterable<Buffer>, docPath: string | undefined, ctx: Context): AsyncIterable<ReadResult> {
  let any = false;
  for await (const line of lines(stream, ctx.maxBytes)) {
    const file = `${name}#${line.n}`;
    const itemPath = docPath !== undefined ? `${docPath}#${line.n}` : undefined;
    if ('tooLong' in line) {
      any = true;
      yield { ok: false, file, error: `line too long (over the ${formatSize(ctx.maxBytes)} limit; raise with --max-bytes)` };
      continue;
    }
    if (!/\S/.test(line.text)) continue;
    any = true;
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch (error) {
      yield { ok: false, file, error: `not JSON (${oneLine(error)})` };
      continue;
    }
    yield result(file, await recordDocument(value, itemPath, ctx));
  }
  if (!any) yield { ok: false, file: name, error: 'empty file (no JSON lines)' };
}

async function* readCsv(name: string, stream: AsyncIterable<Buffer>, docPath: string | undefined, ctx: Context): AsyncIterable<ReadResult> {
  // Imported here: ten modules that a run over articles, not dumps, does not need at start-up.
  const { parse: parseCsv } = await import('csv-parse');
  const parser = parseCsv({ columns: true, bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, skip_empty_lines: true, max_record_size: ctx.maxBytes });
  // pipeline (not pipe): a read error (corrupt gzip) reaches the parser and so this loop, never unhandled.
  pipeline(Readable.from(stream), parser, () => {});
  let n = 0;
  try {
    for await (const row of parser as AsyncIterable<Record<string, string>>) {
      n++;
      yield result(`${name}#${n}`, await recordDocument(row, docPath !== undefined ? `${docPath}#${n}` : undefined, ctx));
    }
  } catch (error) {
    // A malformed CSV cannot be resynchronised (a stray quote swallows the rest); the rows before it stay.
    yield { ok: false, file: n > 0 ? `${name}#${n + 1}` : name, error: `bad CSV (${oneLine(error)})` };
    return;
  } finally {
    parser.destroy();
  }
  if (n === 0) yield { ok: false, file: name, error: 'CSV with a header and no rows' };
}

function result(file: string, built: TextDocumentResult): ReadResult {
  return built.ok ? { ok: true, file, document: built.document, diagnostics: built.diagnostics } : { ok: false, file, error: built.error };
}

function isJsonFeed(value: unknown): boolean {
  const v = value as { version?: unknown; items?: unknown } | null;
  return !!v && typeof v === 'object' && typeof v.version === 'string' && /jsonfeed\.org/i.test(v.version) && Array.isArray(v.items);
}

/** The charset an HTML page declares in its first bytes (`<meta charset>` or http-equiv). */
function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head)?.[1];
}

/** The encoding an XML declaration names. */
function xmlEncoding(bytes: Buffer): string | undefined {
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/i.exec(bytes.subarray(0, 512).toString('latin1'))?.[1];
}

/** All readable, non-hidden files under `dir`, recursively, sorted by path (code-point order). */
async function listReadableFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    // A symlink loop would otherwise recurse forever.
    const real = await realpath(folder);
    if (seen.has(real)) return;
    seen.add(real);
    const entries: Dirent[] = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined);
        if (!target) continue;
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDir) await walk(full);
      else if (isFile && isReadableName(entry.name)) out.push(full);
    }
  };
  await walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function tooLarge(size: number, maxBytes: number, atLeast = false): string {
  // A stream is abandoned as soon as it passes the limit, so its full size is unknown.
  if (atLeast) return `too large (over the ${formatSize(maxBytes)} limit; raise with --max-bytes)`;
  return `too large (${formatSize(size)} > ${formatSize(maxBytes)} limit; raise with --max-bytes)`;
}

/** Sizes as people read them: MB (10^6 bytes) with one decimal, bytes for small limits. */
function formatSize(bytes: number): string {
  if (bytes < 100_000) return `${bytes} bytes`;
  const mb = bytes / 1e6;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

function oneLine(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && /^E[A-Z]+$/.test(code) && code !== 'ERR') return fsMessage(error);
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return 'corrupt gzip data';
  return String((error as Error)?.message ?? error).replace(/\s*\n[\s\S]*$/, '').slice(0, 200);
}

/** A one-line message for a file-system error, without Node's stack of syscall details. */
function fsMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return code ? `cannot read (${code})` : `cannot read (${String((error as Error)?.message ?? error).split('\n')[0]})`;
  }
}
