/**
 * Which reader an input needs: by its extension, else by sniffing its first bytes. `.gz` is looked
 * through (the extension before it decides). Formats: plain text, an HTML page, a feed (RSS, RDF, Atom
 * in XML), a JSON document (a JSON Feed, an array of articles or one article), JSON Lines, CSV, a web
 * archive (WARC).
 */
import path from 'node:path';

export type InputFormat = 'text' | 'html' | 'feed' | 'json' | 'jsonl' | 'csv' | 'warc';

const BY_EXTENSION: ReadonlyMap<string, InputFormat> = new Map<string, InputFormat>([
  ['.txt', 'text'], ['.md', 'text'], ['.text', 'text'],
  ['.html', 'html'], ['.htm', 'html'], ['.xhtml', 'html'],
  ['.xml', 'feed'], ['.rss', 'feed'], ['.atom', 'feed'], ['.rdf', 'feed'],
  ['.json', 'json'],
  ['.jsonl', 'jsonl'], ['.ndjson', 'jsonl'],
  ['.csv', 'csv'],
  ['.warc', 'warc'],
]);

/** The format a file name promises (`undefined` when it needs sniffing) and whether it is gzipped. */
export function formatByName(file: string): { format: InputFormat | undefined; gzip: boolean } {
  let name = path.basename(file).toLowerCase();
  const gzip = name.endsWith('.gz');
  if (gzip) name = name.slice(0, -3);
  const ext = path.extname(name);
  // A file without extension is sniffed: plain text unless it starts like markup, JSON or a CSV header.
  return { format: BY_EXTENSION.get(ext), gzip };
}

/** True for names a folder walk takes: every known extension, gzipped or not, and no extension. */
export function isReadableName(file: string): boolean {
  const { format, gzip } = formatByName(file);
  const inner = path.basename(file).slice(0, gzip ? -3 : undefined);
  return format !== undefined || path.extname(inner) === '';
}

/** The format the first bytes suggest (after any gunzip); text when nothing else fits. */
export function sniffFormat(headBytes: Uint8Array): InputFormat {
  const head = Buffer.from(headBytes.buffer, headBytes.byteOffset, headBytes.byteLength)
    .toString(looksUtf16(headBytes) ? 'utf16le' : 'utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^WARC\/\d/.test(head)) return 'warc';
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0]!.trim();
    if (/jsonfeed\.org\/version/i.test(head.slice(0, 2000)) && !isJsonObject(firstLine)) return 'json';
    if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org/i.test(firstLine)) return 'json';
    return isJsonObject(firstLine) ? 'jsonl' : 'json';
  }
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('<')) {
    const lower = head.slice(0, 4096).toLowerCase();
    if (/<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]/.test(lower)) return 'feed';
    if (/<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<p[\s>]|<div[\s>]|<article[\s>]/.test(lower)) return 'html';
    if (lower.startsWith('<?xml')) return 'feed';
    return 'html';
  }
  if (looksLikeCsvHeader(head.split('\n', 1)[0]!)) return 'csv';
  return 'text';
}

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** A CSV header: comma-separated names, one of them a usual text column. */
function looksLikeCsvHeader(line: string): boolean {
  if (!line.includes(',') || line.length > 2000) return false;
  const cells = line.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  return cells.length >= 2 && cells.every((c) => /^[a-z0-9_ -]{1,40}$/.test(c)) && cells.some((c) => /^(text|body|content|article|full_?text)$/.test(c));
}

function looksUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes.length > 3 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0);
}
