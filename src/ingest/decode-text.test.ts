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
    expect(decodeText(input)).toMatchObject({ ok: true, text });
  });
});

describe('decodeText: bad input', () => {
  const cases: Array<{ name: string; input: Uint8Array; error: string }> = [
    { name: 'empty', input: bytes(), error: 'empty file' },
    { name: 'NUL bytes', input: bytes('abc', [0, 1, 2], 'def'), error: 'binary file (NUL bytes)' },
    { name: 'one Latin-1 byte, too little to tell', input: bytes('Caf', [0xe9]), error: 'not UTF-8 (invalid byte sequence at offset 3) and no other encoding recognised' },
    { name: 'binary read as UTF-16', input: bytes([0xff, 0xfe, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00]), error: 'binary file (control characters after decoding as utf-16le)' },
  ];
  it.each(cases)('$name', ({ input, error }) => {
    expect(decodeText(input)).toEqual({ ok: false, error });
  });
});

describe('decodeText: other encodings', () => {
  const iconvEncode = async (text: string, enc: string): Promise<Uint8Array> => (await import('iconv-lite')).default.encode(text, enc);
  const RU = 'Министр иностранных дел встретился с послом соседней страны и обсудил вопросы торговли, транзита и энергетики.\n';
  const FR = "Le ministre des affaires étrangères a rencontré l'ambassadeur à Genève ; ils ont parlé du café, des élèves et de l'été.\n";
  const EN = 'Italy and Greece agreed on Tuesday to expand ferry links, their ministers said.\n';
  it.each([
    ['UTF-16 LE with BOM', EN, 'utf-16le', true],
    ['UTF-16 BE with BOM', EN, 'utf-16be', true],
    ['UTF-16 LE without BOM', EN, 'utf-16le', false],
    ['windows-1251', RU, 'windows-1251', false],
    ['KOI8-R', RU, 'koi8-r', false],
    ['windows-1252', FR, 'windows-1252', false],
  ])('%s', async (_name, text, enc, bom) => {
    let encoded = await iconvEncode(text, enc);
    if (bom) encoded = Buffer.concat([enc === 'utf-16le' ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]), encoded]);
    const r = decodeText(encoded);
    expect(r).toMatchObject({ ok: true, text });
  });
  it('follows the declared charset of a page when the bytes are not UTF-8', async () => {
    const bytes = await iconvEncode('Ceská республика', 'iso-8859-5');
    expect(decodeText(bytes, { declared: 'ISO-8859-5' })).toMatchObject({ ok: true, encoding: 'iso-8859-5' });
  });
  it('keeps valid UTF-8 as UTF-8 whatever is declared', () => {
    expect(decodeText(bytes('Genève'), { declared: 'windows-1251' })).toMatchObject({ ok: true, text: 'Genève', encoding: 'utf-8' });
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
