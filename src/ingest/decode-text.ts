/**
 * Bytes to normalised text: rejects binary and non-UTF-8 input with a one-line reason, strips a byte
 * order mark, turns CRLF and lone CR into LF and composes to Unicode NFC. Everything downstream (header
 * parsing, furniture cutting, evidence spans) works on this normalised text, so offsets never drift.
 */

/** The outcome of decoding one input: its normalised text, or why it cannot be read as text. */
export type DecodeResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 bytes into normalised text (BOM stripped, LF line ends, NFC), or says why not. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  // A UTF-16 file is full of NUL bytes; naming the encoding is more helpful than calling it binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: 'not UTF-8 (UTF-16 byte order mark; convert the file to UTF-8)' };
  }
  if (bytes.indexOf(0) >= 0) return { ok: false, error: 'binary file (NUL bytes)' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, error: `not UTF-8 (invalid byte sequence at offset ${firstInvalidUtf8Offset(bytes)})` };
  }
  return { ok: true, text: normaliseText(text) };
}

/** Strips a leading BOM, turns CRLF and lone CR into LF and composes to NFC. */
export function normaliseText(text: string): string {
  let out = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  // NFC on pure ASCII is a no-op; skipping it saves a full copy of most news text.
  return isAscii(out) ? out : out.normalize('NFC');
}

function isAscii(text: string): boolean {
  return !/[^\x00-\x7f]/.test(text);
}

/** Byte offset of the first ill-formed UTF-8 sequence (WHATWG rules), or -1 when the bytes are valid. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}
