// Writes dist/data-snapshot.json: every data file parsed once at build time, so that a process reads one
// JSON file instead of parsing YAML (src/core/data-snapshot.ts says how an outdated entry is noticed).
// Part of `npm run build`, after tsc.
import path from 'node:path';
import { dataSnapshotPath, packageRoot, parseYaml } from '../dist/core/data-files.js';
import { writeDataSnapshot } from '../dist/core/data-snapshot.js';

const snapshot = writeDataSnapshot(path.join(packageRoot, 'data'), dataSnapshotPath, (text, name) => parseYaml(path.join('data', name), text));
console.log(`data snapshot: ${Object.keys(snapshot.files).length} data files in ${path.relative(packageRoot, dataSnapshotPath)}`);
