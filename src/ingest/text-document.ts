/**
 * One plain-text article (already decoded and normalised) to a Document: header metadata, the body
 * with page furniture cut, and a stable id. Pure, so the benchmark and the file reader share it.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, Document } from '../core/types.js';
import { cutFurniture } from './furniture-cutter.js';
import { parseTextHeader } from './text-header.js';

/** A Document and what was removed on the way, or why the text holds no article. */
export type TextDocumentResult =
  | { readonly ok: true; readonly document: Document; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly error: string };

/** Builds a Document from normalised text; `path` is recorded as given (the evaluation matches on it). */
export function buildTextDocument(text: string, path?: string): TextDocumentResult {
  if (!/\S/.test(text)) return { ok: false, error: 'empty file (only white space)' };
  const header = parseTextHeader(text);
  const rawBody = text.slice(header.bodyOffset);
  if (!/\S/.test(rawBody)) return { ok: false, error: 'no article text after the header lines' };
  const { text: body, diagnostics } = cutFurniture(rawBody);
  if (!/\S/.test(body)) return { ok: false, error: 'no article text (only page furniture)' };
  const { meta } = header;
  const document: Document = {
    id: meta.id ?? documentId(body),
    text: body,
    meta: {
      ...(path !== undefined ? { path } : {}),
      url: meta.url ?? null,
      title: meta.title ?? null,
      source: meta.source ?? null,
      published: meta.published ?? null,
    },
    bodyOffset: header.bodyOffset,
  };
  return { ok: true, document, diagnostics };
}

/** A content id: the first 16 hex digits of the SHA-256 of the body, so the same article gets the same id. */
export function documentId(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 16);
}
