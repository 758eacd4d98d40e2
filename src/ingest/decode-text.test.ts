import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8Offset, normaliseText } from './decode-text.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText: good input', () => {
  const cases: Array<{ name: string; input: Uint8Array; text: string }> = [
    { name: 'plain ASCII', input: bytes('Rome and Paris.'), text: 'Rome and Paris.' },
    { name: 'UTF-8 BOM stripped', input: bytes([0xef, 0xbb, 0xbf], 'Body'), text: 'Body' },
    { name: 'CRLF to LF', input: bytes('a\r\nb\r\n'), text: 'a\nb\n' },
    { name: 'lone CR to LF', input: bytes('a\rb'), text: 'a\nb' },
    // "é" written as e + combining acute (NFD) becomes one code unit (NFC).
    { name: 'NFD composed to NFC', input: bytes('Sa\u0303o Tome\u0301'), text: 'S\u00e3o Tom\u00e9' },
    { name: 'emoji and CJK kept', input: bytes('北京 🎉'), text: '北京 🎉' },
  ];
  it.each(cases)('$name', ({ input, text }) => {
    expect(decodeText(input)).toEqual({ ok: true, text });
  });
});

describe('decodeText: bad input', () => {
  const cases: Array<{ name: string; input: Uint8Array; error: string }> = [
    { name: 'empty', input: bytes(), error: 'empty file' },
    { name: 'NUL bytes', input: bytes('abc', [0, 1, 2], 'def'), error: 'binary file (NUL bytes)' },
    { name: 'Latin-1 byte', input: bytes('Caf', [0xe9], ' noir'), error: 'not UTF-8 (invalid byte sequence at offset 3)' },
    { name: 'truncated sequence at the end', input: bytes('ok ', [0xe2, 0x80]), error: 'not UTF-8 (invalid byte sequence at offset 3)' },
    { name: 'overlong encoding', input: bytes('x', [0xc0, 0xaf]), error: 'not UTF-8 (invalid byte sequence at offset 1)' },
    { name: 'UTF-16 LE with BOM', input: bytes([0xff, 0xfe, 0x41, 0x00]), error: 'not UTF-8 (UTF-16 byte order mark; convert the file to UTF-8)' },
  ];
  it.each(cases)('$name', ({ input, error }) => {
    expect(decodeText(input)).toEqual({ ok: false, error });
  });
});

describe('firstInvalidUtf8Offset', () => {
  it('agrees with the fatal TextDecoder on valid and invalid samples', () => {
    const samples = [bytes('plain'), bytes('€ ✓ 😀'), bytes([0xed, 0xa0, 0x80]), bytes([0xf4, 0x90, 0x80, 0x80]), bytes('ab', [0x80])];
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const s of samples) {
      let valid = true;
      try {
        strict.decode(s);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8Offset(s) === -1).toBe(valid);
    }
  });
});

describe('normaliseText', () => {
  it('keeps the length of already-normal text', () => {
    const t = 'Line one.\nLine two – “quoted”.';
    expect(normaliseText(t)).toBe(t);
  });
});
