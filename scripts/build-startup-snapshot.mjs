// Builds the start-up snapshot of `multivector extract` (issue 9), the last step of `npm run build`:
//   1. esbuild bundles dist/cli/extract-snapshot-entry.js and what it imports into one CommonJS script,
//      dist/startup/extract.cjs (a V8 start-up snapshot runs one script; Node cannot load user modules
//      while building one);
//   2. `node --build-snapshot` runs that script, which builds every lexicon and the wink model and
//      extracts a made-up article, and writes the heap to dist/startup/extract.blob;
//   3. dist/startup/extract.json records the Node binary and every file the snapshot was made from
//      (size and modification time), so that bin/ uses the blob only while all of them are unchanged
//      (src/cli/startup-snapshot.ts).
// Without esbuild, or when Node cannot build the snapshot, nothing is written and `multivector extract`
// runs the normal way. The build is optional: it never fails `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SNAPSHOT_NODE_FLAGS, snapshotFiles, snapshotStamp } from '../dist/cli/startup-snapshot.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = snapshotFiles(root);
rmSync(files.dir, { recursive: true, force: true });

// Packages only a markup, feed, CSV or WARC input loads: the snapshot is used for plain-text files
// only (startup-snapshot.ts), so they stay out of the bundle and its heap.
const NOT_BUNDLED = ['linkedom', '@mozilla/readability', 'feedsmith', 'csv-parse', 'warcio'];
// zod's list of its error-message locales (40-odd, 0.3 MB of source, a fifth of the bundle, kept in the
// snapshot's heap with their compiled getters): the process never sets a locale, zod itself registers
// English from its own import of `locales/en.js`, so the list is bundled with English alone.
const ZOD_LOCALES = /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/;
// wink's 3 MB core model (JSON).
const NEVER_BUNDLED = /wink-eng-lite-web-model[\\/]dist[\\/]languages[\\/]cur[\\/]models[\\/]eng-core-web-model\.json$/;

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('startup snapshot: not built (esbuild is not installed); `multivector extract` runs without it');
  process.exit(0);
}

mkdirSync(files.dir, { recursive: true });
const result = await esbuild.build({
  entryPoints: [path.join(root, 'dist/cli/extract-snapshot-entry.js')],
  outfile: files.bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  charset: 'ascii', // one byte per character in V8's heap (the bundle's source lives in the snapshot)
  legalComments: 'none',
  minifyWhitespace: true, // a smaller source string in the heap (names and code are kept as they are)
  metafile: true,
  logLevel: 'error',
  external: NOT_BUNDLED,
  plugins: [{
    name: 'multivector-snapshot',
    setup(build) {
      build.onLoad({ filter: ZOD_LOCALES }, () => ({ contents: 'export { default as en } from "./en.js";', loader: 'js' }));
      // Read through Node's own require (JSON only: Node cannot load user modules into a snapshot), as
      // src/text/wink-model.ts reads it, so both get the one parsed copy, not a copy in the bundle's source.
      build.onLoad({ filter: NEVER_BUNDLED }, (args) => ({ contents: `module.exports = require('node:module').createRequire(__filename)(${JSON.stringify(args.path)});`, loader: 'js' }));
      // import.meta.url becomes the URL of the module's own file in dist/ or node_modules/, so that
      // paths found from it (data/, the package root) are those of the normal run.
      build.onLoad({ filter: /\.(?:js|mjs)$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (!text.includes('import.meta')) return undefined;
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: text.replaceAll('import.meta.url', url).replaceAll('import.meta.resolve', 'require.resolve'), loader: 'js' };
      });
    },
  }],
});

await asciiRegexLiterals(files.bundle);

const built = spawnSync(process.execPath, [...SNAPSHOT_NODE_FLAGS, '--snapshot-blob', files.blob, '--build-snapshot', files.bundle], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NODE_OPTIONS: '' },
});
if (built.status !== 0 || !existsSync(files.blob)) {
  rmSync(files.dir, { recursive: true, force: true });
  const why = (built.stderr || built.error?.message || `exit ${built.status ?? built.signal}`).split('\n').find((l) => l.trim() && !/Warning|may still work|issue tracker|trace-warnings/.test(l));
  console.log(`startup snapshot: not built (${why ?? 'node --build-snapshot failed'}); \`multivector extract\` runs without it`);
  process.exit(0);
}

// Every file the snapshot was made from: the bundle's inputs, the data files and the build's data and
// lexicon snapshots (read while building), the JSON files read through require or readFileSync, package.json.
const inputs = new Set(Object.keys(result.metafile.inputs).map((f) => path.resolve(root, f)));
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else inputs.add(full);
  }
};
walk(path.join(root, 'data'));
for (const f of ['dist/data-snapshot.json', 'dist/actor-lexicon.json', 'package.json', 'node_modules/wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json', 'node_modules/world-countries/countries.json']) {
  if (existsSync(path.join(root, f))) inputs.add(path.join(root, f));
}
inputs.add(files.bundle);
inputs.add(files.blob);
const manifest = snapshotStamp(root, [...inputs].filter((f) => !f.includes('(disabled)')).sort());
writeFileSync(files.manifest, JSON.stringify(manifest));
const mb = (statSync(files.blob).size / 1048576).toFixed(0);
console.log(`startup snapshot: ${path.relative(root, files.blob)} (${mb} MB, ${Object.keys(manifest.files).length} source files)`);

/**
 * esbuild's `charset: 'ascii'` escapes strings, templates and names but leaves regular-expression
 * literals as written, and one non-ASCII character anywhere makes V8 hold the whole bundle's source
 * (kept in the heap, so in the snapshot, for lazy compiling) as a two-byte string: 5.4 MB instead of
 * 2.7 MB, twice over (the heap and the blob). Each literal holding such a character is rewritten as
 * `new RegExp("…", "flags")` with the pattern as an escaped string literal: the same pattern text (its
 * `source` is unchanged), so the same expression. Done with TypeScript's parser (a regex literal cannot
 * be told from a division without one); without TypeScript, or should anything non-ASCII remain, the
 * bundle is left as esbuild wrote it (correct, only larger).
 */
async function asciiRegexLiterals(bundle) {
  let ts;
  try {
    ts = (await import('typescript')).default;
  } catch {
    return;
  }
  const text = await readFile(bundle, 'utf8');
  if (!/[^\x00-\x7f]/.test(text)) return;
  const source = ts.createSourceFile('bundle.js', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const edits = [];
  let kept = true;
  const literal = (s) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = node.getText(source);
      if (/[^\x00-\x7f]/.test(raw)) {
        const slash = raw.lastIndexOf('/');
        const pattern = raw.slice(1, slash);
        const flags = raw.slice(slash + 1);
        // Checked here: the string gives the literal's own pattern and flags.
        const made = new RegExp(JSON.parse(literal(pattern)), flags);
        if (made.source !== new RegExp(pattern, flags).source) kept = false;
        edits.push([node.getStart(source), node.end, `(new RegExp(${literal(pattern)}${flags ? `,${literal(flags)}` : ''}))`]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!kept) return;
  let out = '';
  let at = 0;
  for (const [start, end, replacement] of edits.sort((a, b) => a[0] - b[0])) {
    out += text.slice(at, start) + replacement;
    at = end;
  }
  out += text.slice(at);
  if (/[^\x00-\x7f]/.test(out)) return;
  writeFileSync(bundle, out);
}
