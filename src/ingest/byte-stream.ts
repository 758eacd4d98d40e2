/**
 * Small tools for reading inputs as streams of bytes: peeking at the head without losing it, gunzipping
 * on the fly with a bound on the output, collecting up to a limit, and splitting into lines of bounded
 * length, so a 50 MB line or a zip bomb costs at most the limit in memory.
 */
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

export type ByteStream = AsyncIterable<Uint8Array | string>;

const toBuffer = (chunk: Uint8Array | string): Buffer =>
  typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

/** The first `size` bytes (fewer at the end of the stream) and a stream that yields everything, head included. */
export async function peek(stream: ByteStream, size: number): Promise<{ head: Buffer; stream: AsyncIterable<Buffer> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  // An error after some bytes (a truncated gzip) belongs to the read that reaches it, not to the peek.
  let failure: { error: unknown } | undefined;
  while (length < size) {
    let next: IteratorResult<Uint8Array | string>;
    try {
      next = await iterator.next();
    } catch (error) {
      if (length === 0) throw error;
      failure = { error };
      break;
    }
    if (next.done) {
      done = true;
      break;
    }
    const buf = toBuffer(next.value);
    chunks.push(buf);
    length += buf.length;
  }
  const head = Buffer.concat(chunks, length);
  async function* all(): AsyncIterable<Buffer> {
    if (head.length > 0) yield head;
    if (failure) throw failure.error;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield toBuffer(next.value);
    }
  }
  return { head: head.subarray(0, size), stream: all() };
}

/** True for the two magic bytes of gzip. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Gunzips a byte stream (concatenated members included); corrupt or truncated data rejects the reader's
 * next read, but only after everything decoded before the damage (the records before a cut-off end).
 */
export function gunzip(stream: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  const unzip = createGunzip();
  // pipeline (not pipe) carries an error of either side to the other, so nothing is left unhandled.
  pipeline(Readable.from(stream), unzip, () => {});
  return outputThenError(unzip);
}

/** Chunks held from a flowing stream before it is paused: bounded memory, steady flow. */
const HELD_CHUNKS = 16;

/**
 * A readable's output as an async iterable that yields every chunk emitted before an error and only then
 * throws it (iterating the stream itself drops the chunks still buffered when it errors).
 */
async function* outputThenError(readable: Readable): AsyncIterable<Buffer> {
  const chunks: Buffer[] = [];
  let failure: { error: unknown } | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  readable.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    if (chunks.length >= HELD_CHUNKS) readable.pause();
    notify();
  });
  readable.on('end', () => {
    ended = true;
    notify();
  });
  readable.on('error', (error) => {
    failure = { error };
    notify();
  });
  try {
    for (;;) {
      const chunk = chunks.shift();
      if (chunk) {
        if (readable.isPaused() && chunks.length < HELD_CHUNKS / 2) readable.resume();
        yield chunk;
      } else if (failure) throw failure.error;
      else if (ended) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    readable.destroy();
  }
}

/** Collects a stream up to `maxBytes`; past that it stops reading and says so. */
export async function collect(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<{ bytes: Buffer; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = toBuffer(chunk);
    size += buf.length;
    if (size > maxBytes) {
      destroy(stream);
      return { bytes: Buffer.alloc(0), tooLarge: true };
    }
    chunks.push(buf);
  }
  return { bytes: Buffer.concat(chunks, size), tooLarge: false };
}

/** One line of a stream (without its line end), or a line that was too long and skipped; numbers from 1. */
export type Line = { readonly n: number; readonly text: string } | { readonly n: number; readonly tooLong: true };

/** Splits a UTF-8 byte stream into lines; a line over `maxBytes` is skipped to its end and reported. */
export async function* lines(stream: AsyncIterable<Buffer>, maxBytes: number): AsyncIterable<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let n = 0;
  const take = (): string => {
    const text = Buffer.concat(parts, size).toString('utf8');
    parts = [];
    size = 0;
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  };
  for await (const chunk of stream) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl < 0 ? chunk.length : nl;
      if (!skipping) {
        size += end - from;
        if (size > maxBytes) {
          skipping = true;
          parts = [];
          size = 0;
        } else parts.push(chunk.subarray(from, end));
      }
      if (nl < 0) break;
      n++;
      if (skipping) yield { n, tooLong: true };
      else yield { n, text: take() };
      skipping = false;
      from = nl + 1;
    }
  }
  if (skipping) yield { n: n + 1, tooLong: true };
  else if (size > 0) yield { n: n + 1, text: take() };
}

function destroy(stream: unknown): void {
  const s = stream as { destroy?: () => void; return?: () => unknown };
  if (typeof s.destroy === 'function' && stream !== process.stdin) s.destroy();
}
