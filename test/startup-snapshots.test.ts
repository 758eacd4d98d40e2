/**
 * The start-up snapshots that `npm run build` writes: the parsed data files (src/core/data-snapshot.ts),
 * which a run takes while a file is unchanged and parses the YAML of a file edited since, and the actor
 * lexicon (src/extract/actors/lexicon-snapshot.ts), which a run of the build restores.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../src/core/data-files.js';
import { buildDataSnapshot, snapshotValue, takeValidated, withValidated } from '../src/core/data-snapshot.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mv-snapshot-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('buildDataSnapshot', () => {
  it('keeps each data file with the hash of its text, and only while the text is the same', () => {
    const data = tempDir();
    mkdirSync(path.join(data, 'leaders'));
    writeFileSync(path.join(data, 'words.yaml'), 'words: [alpha, beta]\n');
    writeFileSync(path.join(data, 'leaders', 'few.yaml'), 'people:\n  - id: a\n');
    writeFileSync(path.join(data, 'README.md'), '# not data\n');
    const snapshot = buildDataSnapshot(data, (text) => parse(text));
    expect(Object.keys(snapshot.files)).toEqual(['leaders/few.yaml', 'words.yaml']);
    expect(snapshotValue(snapshot, 'words.yaml', 'words: [alpha, beta]\n')).toEqual({ words: ['alpha', 'beta'] });
    expect(snapshotValue(snapshot, 'words.yaml', 'words: [alpha, gamma]\n')).toBeUndefined();
    expect(snapshotValue(snapshot, 'other.yaml', 'words: [alpha, beta]\n')).toBeUndefined();
    expect(snapshotValue(undefined, 'words.yaml', 'words: [alpha, beta]\n')).toBeUndefined();
  });

  it('leaves out a file whose value JSON cannot carry unchanged', () => {
    const data = tempDir();
    writeFileSync(path.join(data, 'odd.yaml'), 'limit: .inf\n');
    writeFileSync(path.join(data, 'plain.yaml'), 'limit: 3\n');
    expect(Object.keys(buildDataSnapshot(data, (text) => parse(text)).files)).toEqual(['plain.yaml']);
  });
});

describe('validated values in the snapshot', () => {
  const base = () => ({ format: 1 as const, files: { 'a.yaml': { sha256: 'x', value: { n: 1 } }, 'b.yaml': { sha256: 'y', value: { n: 2 } } } });

  it('keeps what JSON carries unchanged, and hands it out once, under the same schema key only', () => {
    const snapshot = withValidated(base(), new Map([['a.yaml', { schema: 'k1', value: { n: 1, extra: [] } }], ['b.yaml', { schema: 'k1', value: { n: new Set([2]) } }]]));
    expect(snapshot.files['a.yaml']!.validated).toEqual({ schema: 'k1', value: { n: 1, extra: [] } });
    expect(snapshot.files['b.yaml']!.validated).toBeUndefined();
    expect(takeValidated(snapshot, 'a.yaml', () => 'k1')).toEqual({ value: { n: 1, extra: [] } });
    expect(takeValidated(snapshot, 'a.yaml', () => 'k1')).toBeUndefined();
    expect(takeValidated(snapshot, 'b.yaml', () => 'k1')).toBeUndefined();
    expect(takeValidated(undefined, 'a.yaml', () => 'k1')).toBeUndefined();
  });

  it('gives nothing for another schema key, and lets go of the value then too', () => {
    const snapshot = withValidated(base(), new Map([['a.yaml', { schema: 'k1', value: { n: 1 } }]]));
    expect(takeValidated(snapshot, 'a.yaml', () => 'k2')).toBeUndefined();
    expect(takeValidated(snapshot, 'a.yaml', () => 'k1')).toBeUndefined();
  });
});

describe('the build snapshot in a run', () => {
  /** A package laid out like this one (dist/, data/, scripts/), with its own data files. */
  function miniPackage(): string {
    const root = tempDir();
    // The compiled modules (not the dashboard) and the build's snapshot script; data/ of its own.
    const dist = path.join(packageRoot, 'dist');
    cpSync(dist, path.join(root, 'dist'), { recursive: true, filter: (f) => f !== path.join(dist, 'web') && !f.endsWith('.json') });
    cpSync(path.join(packageRoot, 'package.json'), path.join(root, 'package.json'));
    mkdirSync(path.join(root, 'scripts'));
    cpSync(path.join(packageRoot, 'scripts', 'build-data-snapshot.mjs'), path.join(root, 'scripts', 'build-data-snapshot.mjs'));
    symlinkSync(path.join(packageRoot, 'node_modules'), path.join(root, 'node_modules'), 'junction');
    mkdirSync(path.join(root, 'data'));
    writeFileSync(path.join(root, 'data', 'words.yaml'), 'words: [alpha, beta]\n');
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-data-snapshot.mjs')], { stdio: 'pipe' });
    return root;
  }

  /** Loads data/words.yaml in a fresh process of that package: its value and where it came from. */
  function loadWords(root: string): { value: unknown; origin: string } {
    const script = `import { loadDataFile, dataFileOrigins } from ${JSON.stringify(path.join(root, 'dist', 'core', 'data-files.js'))};
const value = loadDataFile('words.yaml');
console.log(JSON.stringify({ value, origin: dataFileOrigins().get('words.yaml') }));`;
    return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { value: unknown; origin: string };
  }

  it("validates a file once with the build's value, under the same schema only", () => {
    const root = miniPackage();
    // A stored value that validation would not make, so the answers tell which path gave them.
    const dist = path.join(root, 'dist');
    const schemaSource = `const { z } = await import('zod'); const schema = z.object({ words: z.array(z.string()) });
const strict = z.object({ words: z.array(z.string()) }).strict();`;
    const write = `${schemaSource}
const { schemaKey } = await import(${JSON.stringify(path.join(dist, 'core', 'schema-key.js'))});
const fs = await import('node:fs');
const file = ${JSON.stringify(path.join(dist, 'data-snapshot.json'))};
const snapshot = JSON.parse(fs.readFileSync(file, 'utf8'));
snapshot.files['words.yaml'].validated = { schema: schemaKey(schema), value: { words: ['stored'] } };
fs.writeFileSync(file, JSON.stringify(snapshot));`;
    execFileSync(process.execPath, ['--input-type=module', '-e', write], { cwd: root });
    const read = (which: string) => `${schemaSource}
const { loadValidated } = await import(${JSON.stringify(path.join(dist, 'core', 'data-files.js'))});
console.log(JSON.stringify([${which}].map((s) => loadValidated('words.yaml', s))));`;
    const run = (which: string) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', read(which)], { cwd: root, encoding: 'utf8' })) as unknown;
    expect(run('schema, schema')).toEqual([{ words: ['stored'] }, { words: ['alpha', 'beta'] }]);
    expect(run('strict, schema')).toEqual([{ words: ['alpha', 'beta'] }, { words: ['alpha', 'beta'] }]);
  });

  it('takes an unchanged data file from the snapshot', () => {
    expect(loadWords(miniPackage())).toEqual({ value: { words: ['alpha', 'beta'] }, origin: 'snapshot' });
  });

  it('notices a data file changed after the build and parses it again', () => {
    const root = miniPackage();
    writeFileSync(path.join(root, 'data', 'words.yaml'), 'words: [alpha, gamma]\n');
    expect(loadWords(root)).toEqual({ value: { words: ['alpha', 'gamma'] }, origin: 'yaml' });
  });

  it('parses the YAML of a file whose snapshot value the process let go of', () => {
    const root = miniPackage();
    const script = `import { forgetSnapshotValues, loadDataFile, dataFileOrigins } from ${JSON.stringify(path.join(root, 'dist', 'core', 'data-files.js'))};
forgetSnapshotValues(['words.yaml']);
const value = loadDataFile('words.yaml');
console.log(JSON.stringify({ value, origin: dataFileOrigins().get('words.yaml') }));`;
    expect(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }))).toEqual({ value: { words: ['alpha', 'beta'] }, origin: 'yaml' });
  });

  it('parses the YAML when there is no snapshot', () => {
    const root = miniPackage();
    rmSync(path.join(root, 'dist', 'data-snapshot.json'));
    expect(loadWords(root)).toEqual({ value: { words: ['alpha', 'beta'] }, origin: 'yaml' });
  });

  it("covers every file in this package's data/ (npm run build wrote it)", () => {
    const snapshot = JSON.parse(readFileSync(path.join(packageRoot, 'dist', 'data-snapshot.json'), 'utf8')) as Parameters<typeof snapshotValue>[0];
    const names = execFileSync('git', ['ls-files', 'data'], { cwd: packageRoot, encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .map((f) => f.slice('data/'.length));
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      const text = readFileSync(path.join(packageRoot, 'data', name), 'utf8');
      expect(snapshotValue(snapshot, name, text), name).toEqual(parse(text));
    }
  });
});

describe("the build's actor lexicon record", () => {
  it('is current, and a run of the build restores its lexicon from it', () => {
    const dist = path.join(packageRoot, 'dist');
    const script = `import { analyseActors, defaultLexiconOrigin } from ${JSON.stringify(path.join(dist, 'extract', 'actors', 'index.js'))};
import { dataFileOrigins, loadDataFile } from ${JSON.stringify(path.join(dist, 'core', 'data-files.js'))};
import { leadersFileNames } from ${JSON.stringify(path.join(dist, 'extract', 'actors', 'leaders.js'))};
const found = analyseActors('President Tokayev met Xi Jinping in Astana.', [], null).mentions.map((m) => m.code);
const leaders = leadersFileNames()[0];
const value = loadDataFile(leaders);
console.log(JSON.stringify({ found, origin: defaultLexiconOrigin(), leaders, value, leadersOrigin: dataFileOrigins().get(leaders) }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { found: string[]; origin: string; leaders: string; value: unknown; leadersOrigin: string };
    expect(out.origin).toBe('snapshot');
    expect(out.found).toEqual(expect.arrayContaining(['KAZ', 'CHN']));
    // The record stands in for the leaders files: their snapshot values were let go of, and one read
    // after all is parsed from its YAML, to the same value.
    expect(out.leadersOrigin).toBe('yaml');
    expect(out.value).toEqual(parse(readFileSync(path.join(packageRoot, 'data', out.leaders), 'utf8')));
  });
});
