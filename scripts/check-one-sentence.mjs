// Checks src/text/one-sentence.ts against wink-nlp on every line of every text present: examples/,
// test/devset*/articles, test/realnews/texts/*/ (git-ignored; skipped when absent), the seeds in
// ../shared/corpus/seeds when present, and the bench corpus. For each distinct line (as read and after
// ingest) on which oneSentenceSpan decides, wink must read exactly that one sentence. Prints the counts
// and every disagreement; exits 1 on any. Run after `npm run build`: node scripts/check-one-sentence.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import { oneSentenceSpan } from '../dist/text/one-sentence.js';
import { winkModel } from '../dist/text/wink-model.js';
import { decodeText } from '../dist/ingest/decode-text.js';
import { buildTextDocument } from '../dist/ingest/text-document.js';
import { buildCorpus } from './bench/lib/news-corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nlp = winkNLP(winkModel, ['sbd']);

/** wink's sentences of one line, as sentences.ts maps them to offsets. */
function winkSpans(line) {
  const doc = nlp.readDoc(line);
  const tokens = doc.tokens().out();
  const starts = [];
  const ends = [];
  let cursor = 0;
  for (const tok of tokens) {
    const at = line.indexOf(tok, cursor);
    starts.push(at < 0 ? cursor : at);
    ends.push(at < 0 ? cursor : at + tok.length);
    cursor = ends[ends.length - 1];
  }
  const spans = [];
  doc.sentences().each((s) => {
    const [first, last] = s.out(nlp.its.span);
    spans.push([starts[first], ends[last]]);
  });
  return spans;
}

// A `sealed` folder (held-out texts) is never opened.
const walk = (dir) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'sealed' ? [] : walk(path.join(dir, e.name))) : /\.(txt|md|html?)$/.test(e.name) ? [path.join(dir, e.name)] : [])) : []);
const dirs = ['examples', 'test/devset/articles', 'test/devset2/articles', ...walk(path.join(root, 'test/realnews/texts')).map((f) => path.relative(root, path.dirname(f))), '../shared/corpus/seeds'];
const files = [...new Set(dirs)].flatMap((d) => walk(path.join(root, d)));
const texts = [];
const add = (text, name) => {
  texts.push(text);
  const built = buildTextDocument(text, name);
  if (built.ok) texts.push(built.document.text);
};
for (const f of files) {
  const decoded = decodeText(readFileSync(f));
  if (decoded.ok) add(decoded.text, f);
}
for (const { path: name, bytes } of buildCorpus(20 * 1024 * 1024).docs) add(decodeText(bytes).text, name);

let lines = 0;
let decided = 0;
let decidedChars = 0;
let chars = 0;
let bad = 0;
const seen = new Set();
for (const text of texts) {
  for (const line of text.split('\n')) {
    if (!line.trim() || line.length > 4000 || seen.has(line)) continue;
    seen.add(line);
    lines++;
    chars += line.length;
    const one = oneSentenceSpan(line);
    if (!one) continue;
    decided++;
    decidedChars += line.length;
    const wink = winkSpans(line);
    if (wink.length !== 1 || wink[0][0] !== one[0] || wink[0][1] !== one[1]) {
      bad++;
      console.log(`disagrees: ${JSON.stringify(line)} wink ${JSON.stringify(wink)}, one-sentence ${JSON.stringify(one)}`);
    }
  }
}
console.log(`${files.length} files and the bench corpus: ${lines} distinct lines; decided without wink: ${decided} (${((100 * decidedChars) / chars).toFixed(0)}% of their characters); disagreements with wink: ${bad}`);
process.exit(bad ? 1 : 0);
