// Writes the start-up snapshots, part of `npm run build` after tsc: dist/data-snapshot.json, every data
// file parsed once, so that a process reads one JSON file instead of parsing YAML; and
// dist/actor-lexicon.json, the compiled actor lexicon. src/core/data-snapshot.ts and
// src/extract/actors/lexicon-snapshot.ts say how an outdated snapshot is noticed (it is then not used).
import path from 'node:path';
import { dataSnapshotPath, packageRoot, parseYaml } from '../dist/core/data-files.js';
import { writeDataSnapshot } from '../dist/core/data-snapshot.js';

const snapshot = writeDataSnapshot(path.join(packageRoot, 'data'), dataSnapshotPath, (text, name) => parseYaml(path.join('data', name), text));
console.log(`data snapshot: ${Object.keys(snapshot.files).length} data files in ${path.relative(packageRoot, dataSnapshotPath)}`);

// Imported after the data snapshot is written, so that building the lexicon reads it.
const { lexiconSnapshotPath, writeLexiconSnapshot } = await import('../dist/extract/actors/lexicon-snapshot.js');
const notWritten = writeLexiconSnapshot();
if (notWritten === null) console.log(`actor lexicon: recorded in ${path.relative(packageRoot, lexiconSnapshotPath)}`);
else console.log(`actor lexicon: not recorded (${notWritten}); it is built at run time`);
