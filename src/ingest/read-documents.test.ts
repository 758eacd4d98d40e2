import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocuments } from './read-documents.js';
import { readAll } from '../test-support/read-all.js';

const ARTICLE = 'ROME – Italy and Greece agreed on Tuesday to expand ferry links, their transport ministers said.\n';

let dir: string;
const at = (...p: string[]): string => path.join(dir, ...p);


beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mv-read-'));
  writeFileSync(at('good.txt'), ARTICLE);
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('blank.txt'), '  \n\n \t\n');
  writeFileSync(at('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(at('latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9])]));
  writeFileSync(at('header-only.txt'), 'title: Nothing below\nurl: https://example.org/x\n');
  writeFileSync(at('furniture-only.txt'), 'Advertisement\nSubscribe to our newsletter\n');
  writeFileSync(at('crlf.txt'), '\ufefftitle: CRLF file\r\nid: given-id-7\r\n\r\nLine one.\r\nLine two.\r\n');
  // 50 MiB of NUL bytes, sparse: if the reader read it, it would report "binary", not "too large".
  const fd = openSync(at('huge.txt'), 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);

  mkdirSync(at('tree', 'sub'), { recursive: true });
  mkdirSync(at('tree', '.git'));
  writeFileSync(at('tree', 'b.md'), ARTICLE.replace('Tuesday', 'Monday'));
  writeFileSync(at('tree', 'a.txt'), ARTICLE.replace('Tuesday', 'Sunday'));
  writeFileSync(at('tree', 'c'), ARTICLE.replace('Tuesday', 'Friday'));
  writeFileSync(at('tree', 'sub', 'd.txt'), ARTICLE.replace('Tuesday', 'Saturday'));
  writeFileSync(at('tree', 'notes.json'), '{"not": "text"}');
  writeFileSync(at('tree', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0x00]));
  writeFileSync(at('tree', '.hidden.txt'), ARTICLE);
  writeFileSync(at('tree', '.git', 'HEAD'), 'ref: refs/heads/main\n');
  symlinkSync(at('tree'), at('tree', 'sub', 'loop'));
  mkdirSync(at('no-text'));
  writeFileSync(at('no-text', 'data.bin'), 'a,b\n');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readDocuments: one good file', () => {
  it('reads text, records the path as given and a content id', async () => {
    const [r] = await readAll([at('good.txt')]);
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.file).toBe(at('good.txt'));
    expect(r.document.text).toBe(ARTICLE.trimEnd());
    expect(r.document.meta.path).toBe(at('good.txt'));
    expect(r.document.id).toMatch(/^[0-9a-f]{16}$/);
    expect(r.document.bodyOffset).toBe(0);
  });

  it('keeps a relative path relative', async () => {
    const rel = path.relative(process.cwd(), at('good.txt'));
    const [r] = await readAll([rel]);
    expect(r?.ok && r.document.meta.path).toBe(rel);
  });

  it('the same body gives the same id; a different body a different one', async () => {
    const [a, b, c] = await readAll([at('good.txt'), at('good.txt'), at('tree', 'a.txt')]);
    expect(a?.ok && b?.ok && a.document.id === b.document.id).toBe(true);
    expect(a?.ok && c?.ok && a.document.id !== c.document.id).toBe(true);
  });

  it('strips the BOM, normalises CRLF before offsets, takes the header id', async () => {
    const [r] = await readAll([at('crlf.txt')]);
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.document.id).toBe('given-id-7');
    expect(r.document.meta.title).toBe('CRLF file');
    expect(r.document.text).toBe('Line one.\nLine two.');
    // bodyOffset is into the normalised text: BOM gone, each CRLF one character.
    expect(r.document.bodyOffset).toBe('title: CRLF file\nid: given-id-7\n\n'.length);
  });
});

describe('readDocuments: bad input gets one clear line, and the rest is still read', () => {
  const cases: Array<{ file: string; error: string }> = [
    { file: 'empty.txt', error: 'empty file' },
    { file: 'blank.txt', error: 'empty file (only white space)' },
    { file: 'binary.txt', error: 'binary file (NUL bytes)' },
    { file: 'latin1.txt', error: 'not UTF-8 (invalid byte sequence at offset 3) and no other encoding recognised' },
    { file: 'huge.txt', error: 'too large (52.4 MB > 20 MB limit; raise with --max-bytes)' },
    { file: 'missing.txt', error: 'no such file or directory' },
    { file: 'header-only.txt', error: 'no article text after the header lines' },
    { file: 'furniture-only.txt', error: 'no article text (only page furniture)' },
    { file: 'no-text', error: 'no readable files (.txt, .md, .html, .xml, .json, .jsonl, .csv, .warc, .gz or no extension) in folder' },
  ];
  it.each(cases)('$file: $error', async ({ file, error }) => {
    const results = await readAll([at(file), at('good.txt')]);
    expect(results).toHaveLength(2);
    expect(results[0]).toEqual({ ok: false, file: at(file), error });
    expect(results[1]?.ok).toBe(true);
    expect(error).not.toContain('\n');
  });

  it('refuses the 50 MB file from its size alone, quickly', async () => {
    const t0 = performance.now();
    await readAll([at('huge.txt')]);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('honours a lower --max-bytes', async () => {
    const [r] = await readAll([at('good.txt')], { maxBytes: 10 });
    expect(r).toEqual({ ok: false, file: at('good.txt'), error: `too large (${Buffer.byteLength(ARTICLE)} bytes > 10 bytes limit; raise with --max-bytes)` });
  });
});

describe('readDocuments: folders', () => {
  it('walks recursively in path order, readable formats only, hidden ones and symlink loops skipped', async () => {
    const results = await readAll([at('tree')]);
    expect(results.map((r) => path.relative(dir, r.file))).toEqual([
      path.join('tree', 'a.txt'),
      path.join('tree', 'b.md'),
      path.join('tree', 'c'),
      path.join('tree', 'notes.json'),
      path.join('tree', 'sub', 'd.txt'),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, true]);
    expect(results[3]).toMatchObject({ ok: false, error: expect.stringContaining('no text field') });
  });
});

describe('readDocuments: stdin', () => {
  it('reads one document from `-`', async () => {
    const [r] = await readAll(['-'], { stdin: Readable.from([Buffer.from('date 2021-06-01 '), Buffer.from(ARTICLE)]) });
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.file).toBe('<stdin>');
    expect(r.document.meta.published).toBe('2021-06-01');
    expect(r.document.meta.path).toBeUndefined();
    expect(r.document.text).toBe(ARTICLE.trimEnd());
  });

  const bad: Array<{ name: string; chunks: Buffer[]; maxBytes?: number; error: string }> = [
    { name: 'empty', chunks: [], error: 'empty file' },
    { name: 'too large', chunks: [Buffer.alloc(600, 'a'), Buffer.alloc(600, 'b')], maxBytes: 1000, error: 'too large (over the 1000 bytes limit; raise with --max-bytes)' },
    { name: 'not UTF-8 and too short to tell', chunks: [Buffer.from([0x63, 0x61, 0x66, 0xe9])], error: 'not UTF-8 (invalid byte sequence at offset 3) and no other encoding recognised' },
  ];
  it.each(bad)('stdin $name', async ({ chunks, maxBytes, error }) => {
    const results = await readAll(['-'], { stdin: Readable.from(chunks), ...(maxBytes ? { maxBytes } : {}) });
    expect(results).toEqual([{ ok: false, file: '<stdin>', error }]);
  });
});
