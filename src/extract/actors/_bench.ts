import { readFileSync, readdirSync } from 'node:fs';
import { splitSentences } from '../../text/sentences.js';
import { analyseActors } from './index.js';
const dir = '/work/shared/corpus/seeds/';
const docs = readdirSync(dir).map(f => readFileSync(dir + f, 'utf8'));
const prepared = docs.map(t => ({ t, s: splitSentences(t) }));
let t0 = performance.now();
analyseActors(docs[0]!, prepared[0]!.s, '2024-01-01');
console.log('first call (lexicon build) ms', (performance.now() - t0).toFixed(0));
let bytes = 0; t0 = performance.now(); const c0 = process.cpuUsage();
for (let i = 0; i < 150; i++) for (const p of prepared) { analyseActors(p.t, p.s, '2024-01-01'); bytes += p.t.length; }
const ms = performance.now() - t0; const cpu = process.cpuUsage(c0); console.log('cpu ms', ((cpu.user + cpu.system) / 1000).toFixed(0), 'MB/s cpu', (bytes / 1e6 / ((cpu.user + cpu.system) / 1e6)).toFixed(2));
console.log((bytes / 1e6).toFixed(1), 'MB in', ms.toFixed(0), 'ms =', (bytes / 1e6 / (ms / 1000)).toFixed(2), 'MB/s');
