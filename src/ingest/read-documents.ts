/**
 * Turns command-line inputs (files, folders, `-` for stdin) into Documents, one result per input file,
 * with a clear error for each file that cannot be read. Folders are walked recursively in path order,
 * taking only text-like files (.txt, .md, no extension) and skipping hidden ones.
 */
import { createReadStream, type Dirent, type Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, Document } from '../core/types.js';
import { decodeText } from './decode-text.js';
import { buildTextDocument } from './text-document.js';

/** How inputs are read; every field optional. */
export interface ReadOptions {
  /** Largest file accepted, in bytes. */
  readonly maxBytes?: number;
  /** Where `-` reads from; process.stdin unless given (tests pass their own). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

/** One input file's outcome: a Document (with what was removed from it) or a one-line error. */
export type ReadResult =
  | {
      readonly ok: true;
      readonly file: string;
      readonly document: Document;
      /** What the reader removed (page furniture) or noticed; for `--verbose`. */
      readonly diagnostics?: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly file: string; readonly error: string };

/** Default size limit: far above any news article, low enough to keep one bad file from eating memory. */
export const DEFAULT_MAX_BYTES = 20_000_000;

/** The name results and messages use for standard input. */
export const STDIN_NAME = '<stdin>';

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '']);

/** Yields one result per input file, in a stable order (folders sorted by name). */
export async function* readDocuments(inputs: readonly string[], options: ReadOptions = {}): AsyncIterable<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const input of inputs) {
    if (input === '-') {
      yield await readStdin(options.stdin ?? process.stdin, maxBytes);
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
      yield await readOne(input, info, maxBytes);
      continue;
    }
    let files: string[];
    try {
      files = await listTextFiles(input);
    } catch (error) {
      yield { ok: false, file: input, error: fsMessage(error) };
      continue;
    }
    if (files.length === 0) {
      yield { ok: false, file: input, error: 'no text files (.txt, .md or no extension) in folder' };
      continue;
    }
    for (const file of files) {
      try {
        yield await readOne(file, await stat(file), maxBytes);
      } catch (error) {
        yield { ok: false, file, error: fsMessage(error) };
      }
    }
  }
}

/** Reads, checks and converts one file; every failure becomes a one-line error naming the problem. */
async function readOne(file: string, info: Stats, maxBytes: number): Promise<ReadResult> {
  let bytes: Uint8Array;
  if (info.isFile()) {
    // Size first: a 50 MB file is refused without reading it.
    if (info.size > maxBytes) return { ok: false, file, error: tooLarge(info.size, maxBytes) };
    if (info.size === 0) return { ok: false, file, error: 'empty file' };
    try {
      bytes = await readFile(file);
    } catch (error) {
      return { ok: false, file, error: fsMessage(error) };
    }
  } else if (info.isFIFO() || info.isCharacterDevice()) {
    // Process substitution (`<(cat a.txt)`) and /dev/stdin arrive as pipes of unknown size.
    try {
      const read = await readLimited(createReadStream(file), maxBytes);
      if (read.tooLarge) return { ok: false, file, error: tooLarge(read.size, maxBytes, true) };
      bytes = read.bytes;
    } catch (error) {
      return { ok: false, file, error: fsMessage(error) };
    }
  } else {
    return { ok: false, file, error: 'not a regular file' };
  }
  return fromBytes(file, bytes, file);
}

async function readStdin(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<ReadResult> {
  let read: { bytes: Uint8Array; size: number; tooLarge: boolean };
  try {
    read = await readLimited(stream, maxBytes);
  } catch (error) {
    return { ok: false, file: STDIN_NAME, error: fsMessage(error) };
  }
  if (read.tooLarge) return { ok: false, file: STDIN_NAME, error: tooLarge(read.size, maxBytes, true) };
  const head = Buffer.from(read.bytes.subarray(0, 4096)).toString('utf8').trimStart();
  if (looksLikeJsonLines(head)) {
    return { ok: false, file: STDIN_NAME, error: 'looks like JSON Lines; only plain text is read from stdin for now' };
  }
  return fromBytes(STDIN_NAME, read.bytes, undefined);
}

function fromBytes(file: string, bytes: Uint8Array, docPath: string | undefined): ReadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, file, error: decoded.error };
  const built = buildTextDocument(decoded.text, docPath);
  if (!built.ok) return { ok: false, file, error: built.error };
  return { ok: true, file, document: built.document, diagnostics: built.diagnostics };
}

/** Reads a stream up to `maxBytes`, stopping (and saying so) as soon as it is exceeded. */
async function readLimited(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; size: number; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += buf.length;
    if (size > maxBytes) {
      destroy(stream);
      return { bytes: new Uint8Array(0), size, tooLarge: true };
    }
    chunks.push(buf);
  }
  return { bytes: Buffer.concat(chunks, size), size, tooLarge: false };
}

function destroy(stream: unknown): void {
  const s = stream as { destroy?: () => void };
  if (typeof s.destroy === 'function' && stream !== process.stdin) s.destroy();
}

function looksLikeJsonLines(head: string): boolean {
  if (!head.startsWith('{')) return false;
  const first = head.split('\n', 1)[0]!.trim();
  try {
    const value: unknown = JSON.parse(first);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

/** All text-like, non-hidden files under `dir`, recursively, sorted by path (code-point order). */
async function listTextFiles(dir: string): Promise<string[]> {
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
      else if (isFile && TEXT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
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
