/**
 * Bytes to normalised text. The encoding is found in this order: a byte order mark (UTF-8, UTF-16 LE/BE),
 * the NUL pattern of UTF-16 without a mark, valid UTF-8 (pure ASCII included), the charset the page or
 * server declares, then chardet's statistical guess among single-byte encodings (windows-1251, KOI8-R,
 * windows-1252, ISO-8859-x …), decoded by iconv-lite. The text then loses its BOM, gets LF line ends and is
 * composed to Unicode NFC. Everything downstream (header parsing, furniture cutting, evidence spans) works
 * on this normalised text, so offsets never drift.
 */
import { createRequire } from 'node:module';
import type chardetModule from 'chardet';
import type iconvModule from 'iconv-lite';

// Most input is UTF-8, which the platform decodes: the detector and the code pages (CommonJS) are
// required by the first text that is not, not at start-up.
const require = createRequire(import.meta.url);
let chardetLib: typeof chardetModule | undefined;
let iconvLib: typeof iconvModule | undefined;
const chardet = (): typeof chardetModule => (chardetLib ??= require('chardet') as typeof chardetModule);
const iconv = (): typeof iconvModule => (iconvLib ??= require('iconv-lite') as typeof iconvModule);

/** The outcome of decoding one input: its normalised text and the encoding read, or why it is not text. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly error: string };

/** What the caller knows about the bytes: a charset declared by an HTML page or an HTTP header. */
export interface DecodeOptions {
  readonly declared?: string | undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Below this chardet confidence (0–100) a non-UTF-8 guess is refused rather than turned into mojibake. */
const MIN_CONFIDENCE = 10;

/** Decodes bytes into normalised text (BOM stripped, LF line ends, NFC), or says why not. */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bytes, bom);
  const utf16 = utf16ByNuls(bytes);
  if (utf16) return decodeWith(bytes, utf16);
  if (bytes.indexOf(0) >= 0) return { ok: false, error: 'binary file (NUL bytes)' };
  const invalidAt = firstInvalidUtf8Offset(bytes);
  if (invalidAt < 0) return { ok: true, text: normaliseText(utf8.decode(bytes)), encoding: 'utf-8' };
  const declared = canonicalEncoding(options.declared);
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) return decodeWith(bytes, declared);
  const guess = guessEncoding(bytes);
  if (!guess) return { ok: false, error: `not UTF-8 (invalid byte sequence at offset ${invalidAt}) and no other encoding recognised` };
  return decodeWith(bytes, guess);
}

function decodeWith(bytes: Uint8Array, encoding: string): DecodeResult {
  const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
  if (text.includes('\u0000')) return { ok: false, error: `binary file (NUL bytes after decoding as ${encoding})` };
  // Binary data read as UTF-16 or a single-byte code page comes out full of control characters.
  const controls = text.length > 0 ? (text.match(/[\u0001-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0) : 0;
  if (controls > text.length * 0.02) return { ok: false, error: `binary file (control characters after decoding as ${encoding})` };
  return { ok: true, text: normaliseText(text), encoding };
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a mark: Latin text puts a NUL in every other byte, on the odd (LE) or even (BE) side. */
function utf16ByNuls(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  // Too few bytes to tell a NUL pattern from a binary header.
  if (n < 16) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** chardet's best single-byte guess that iconv-lite can decode; ISO-8859-1 read as its superset windows-1252. */
function guessEncoding(bytes: Uint8Array): string | null {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  for (const match of chardet().analyse(sample)) {
    if (match.confidence < MIN_CONFIDENCE) break;
    const name = canonicalEncoding(match.name);
    if (name && name !== 'utf-8' && !name.startsWith('utf-16') && !name.startsWith('utf-32')) return name;
  }
  return null;
}

/** A charset label as iconv-lite names it, or null when unknown; latin1/ascii labels mean windows-1252 (WHATWG). */
export function canonicalEncoding(label: string | undefined | null): string | null {
  if (!label) return null;
  const name = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (/^(us-)?ascii$|^iso[-_]?8859-1$|^latin-?1$|^l1$|^cp819$/.test(name)) return 'windows-1252';
  if (name === 'utf8' || name === 'utf-8') return 'utf-8';
  return iconv().encodingExists(name) ? name : null;
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
