import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileNow } from './native-regexp.js';

/** Every match of `re` in `text` (global: all, else the first), as index and text. */
function matches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  if (!re.global && !re.sticky) {
    const m = re.exec(text);
    return m ? [`${m.index}:${m[0]}`] : [];
  }
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const TEXTS = [
  'The envoys met twice and agreed on a plan.',
  'Talks in the capital\u2019s palace ended \u2014 both sides signed.',
  '\uE0001\uE001 visited \uE0002\uE001 on Monday',
  '',
  'no vowels here: xyz',
];

describe('compileNow', () => {
  it('returns the same expression, its lastIndex as it was', () => {
    const global = /\b\w+ed\b/g;
    global.lastIndex = 7;
    expect(compileNow(global)).toBe(global);
    expect(global.lastIndex).toBe(7);
    const sticky = /met/y;
    sticky.lastIndex = 3;
    compileNow(sticky);
    expect(sticky.lastIndex).toBe(3);
    const plain = /(?:)/;
    compileNow(plain);
    expect(plain.lastIndex).toBe(0);
  });

  it('leaves what an expression matches unchanged, on one-byte and two-byte text', () => {
    const sources: Array<[string, string]> = [
      ['\\b(?:met|signed|agreed)\\b', 'gi'],
      ['(?<![\\w\u2019\'])(?:talks?|visit(?:ed)?)(?![\\w\u2019\'])', 'giu'],
      ['\uE000\\d+\uE001', 'g'],
      ['^\\s*$', ''],
      ['x?', 'g'],
      ['[A-Z][\\w\u2019]+', 'y'],
    ];
    for (const [source, flags] of sources) {
      const primed = compileNow(new RegExp(source, flags));
      const fresh = new RegExp(source, flags);
      for (const text of TEXTS) expect(matches(primed, text), `${source} on ${text}`).toEqual(matches(fresh, text));
    }
  });

  it('has V8 compile machine code without a bytecode compile first', () => {
    // V8 reports each regular-expression compile with --trace-regexp-tier-up; the expression is given an
    // unusual size, 2 alternatives of 6 words, so that its lines can be told from Node's own expressions.
    const root = path.resolve(import.meta.dirname, '..', '..');
    const tsxLoader = pathToFileURL(path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const module = pathToFileURL(path.join(root, 'src', 'core', 'native-regexp.ts')).href;
    const script = (prime: boolean) => `
      const { compileNow } = await import(${JSON.stringify(module)});
      const re = new RegExp('(?:alpha|beta|gamma|delta|epsilon|zeta)\\\\s+(?:eta|theta|iota|kappa|lambda|omicron)', 'gi');
      console.log('START');
      ${prime ? 'compileNow(re);' : ''}
      for (const t of ['alpha eta \\u2019', 'zeta omicron \\u2019', 'beta kappa \\u2019']) { re.lastIndex = 0; re.exec(t); }
      console.log('END');`;
    const trace = (prime: boolean): string[] => {
      const r = spawnSync(process.execPath, ['--trace-regexp-tier-up', '--import', tsxLoader, '--input-type=module', '-e', script(prime)], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const lines = r.stdout.split('\n');
      return lines.slice(lines.indexOf('START') + 1, lines.indexOf('END')).filter((l) => l.startsWith('JSRegExp'));
    };
    const unprimed = trace(false);
    expect(unprimed.some((l) => l.includes('bytecode size'))).toBe(true);
    const primed = trace(true);
    expect(primed.some((l) => l.includes('native code size'))).toBe(true);
    expect(primed.filter((l) => l.includes('bytecode size'))).toEqual([]);
  });
});
