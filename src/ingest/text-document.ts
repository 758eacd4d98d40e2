/**
 * One article (already decoded and normalised) to a Document: header metadata (plain text only), the body
 * with page furniture cut, its language, and a stable id. Pure, so the benchmark and every reader share it.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, Document, DocumentMeta, SourceBlock } from '../core/types.js';
import { detectLanguage } from './detect-language.js';
import { cutFurniture } from './furniture-cutter.js';
import { parseTextHeader } from './text-header.js';

/** A Document and what was removed on the way, or why the text holds no article. */
export type TextDocumentResult =
  | { readonly ok: true; readonly document: Document; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly error: string };

let twoByte = false;

/**
 * From now on, text files are read as two-byte strings (the same characters: a slice of a string that
 * holds a curly quote). V8 compiles a regular expression once per string width on its first run on a
 * subject of that width; the start-up snapshot (extract-snapshot-entry.ts) holds the expressions its
 * warm-up compiled for two-byte text, as most news is (one dash or curly quote makes a whole text so),
 * and a process started from it reads ASCII text this way so as not to compile them again for one-byte
 * subjects. Only how V8 stores the text changes, not a character of it.
 */
export function readTextAsTwoByte(): void {
  twoByte = true;
}

/** Builds a Document from normalised text; `path` is recorded as given (the evaluation matches on it). */
export function buildTextDocument(text: string, path?: string): TextDocumentResult {
  if (twoByte) text = `\u2019${text}`.slice(1);
  if (!/\S/.test(text)) return { ok: false, error: 'empty file (only white space)' };
  const header = parseTextHeader(text);
  const rawBody = text.slice(header.bodyOffset);
  if (!/\S/.test(rawBody)) return { ok: false, error: 'no article text after the header lines' };
  const { meta } = header;
  return buildDocument(rawBody, {
    ...(path !== undefined ? { path } : {}),
    url: meta.url ?? null,
    title: meta.title ?? null,
    source: meta.source ?? null,
    published: meta.published ?? null,
    ...(meta.author ? { author: meta.author } : {}),
  }, { bodyOffset: header.bodyOffset, ...(meta.id ? { id: meta.id } : {}) });
}

/** Extras a reader may know about a body: its id, its offset in the input, its map back to HTML, a declared language. */
export interface BodyExtras {
  readonly id?: string | undefined;
  readonly bodyOffset?: number;
  readonly sourceMap?: readonly SourceBlock[];
  readonly declaredLanguage?: string | null;
}

/** Builds a Document from a body and the metadata a reader found: cuts furniture, tells the language, gives an id. */
export function buildDocument(rawBody: string, meta: DocumentMeta, extras: BodyExtras = {}): TextDocumentResult {
  if (!/\S/.test(rawBody)) return { ok: false, error: 'no article text' };
  const { text: body, diagnostics } = cutFurniture(rawBody);
  if (!/\S/.test(body)) return { ok: false, error: 'no article text (only page furniture)' };
  // The detector's verdict wins; a page's declared language speaks only when the text is too short to tell.
  const language = detectLanguage(body) ?? extras.declaredLanguage ?? null;
  const sourceMap = extras.sourceMap
    ?.filter((b) => b.start < body.length)
    .map((b) => (b.end > body.length ? { ...b, end: body.length } : b));
  const document: Document = {
    id: extras.id ?? documentId(body),
    text: body,
    meta: { ...meta, language },
    ...(extras.bodyOffset !== undefined ? { bodyOffset: extras.bodyOffset } : {}),
    ...(sourceMap ? { sourceMap } : {}),
  };
  return { ok: true, document, diagnostics };
}

/** A content id: the first 16 hex digits of the SHA-256 of the body, so the same article gets the same id. */
export function documentId(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 16);
}
