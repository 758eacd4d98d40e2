// Writes the start-up snapshots, part of `npm run build` after tsc: dist/data-snapshot.json, every data
// file parsed once, so that a process reads one JSON file instead of parsing YAML, with what validation
// made of each file an extraction reads; and dist/actor-lexicon.json, the compiled actor lexicon.
// src/core/data-snapshot.ts and src/extract/actors/lexicon-snapshot.ts say how an outdated snapshot is
// noticed (it is then not used).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataSnapshotPath, packageRoot, parseYaml, recordValidations } from '../dist/core/data-files.js';
import { withValidated, writeDataSnapshot } from '../dist/core/data-snapshot.js';

const snapshot = writeDataSnapshot(path.join(packageRoot, 'data'), dataSnapshotPath, (text, name) => parseYaml(path.join('data', name), text));
console.log(`data snapshot: ${Object.keys(snapshot.files).length} data files in ${path.relative(packageRoot, dataSnapshotPath)}`);

// Every validation from here on is kept: building the lexicon and extracting a sample (below) validate
// the data files a run reads.
const validated = recordValidations();

// Imported after the data snapshot is written, so that building the lexicon reads it.
const { lexiconSnapshotPath, writeLexiconSnapshot } = await import('../dist/extract/actors/lexicon-snapshot.js');
const notWritten = writeLexiconSnapshot();
if (notWritten === null) console.log(`actor lexicon: recorded in ${path.relative(packageRoot, lexiconSnapshotPath)}`);
else console.log(`actor lexicon: not recorded (${notWritten}); it is built at run time`);

// A made-up article that reaches every layer (actors, quotes, dates, events, relations, figures), so
// that each loads its data files (src/cli/program-identity.ts). A file no layer read here is validated at
// run time, as before.
try {
  const { buildTextDocument } = await import('../dist/ingest/text-document.js');
  const { extractDocument } = await import('../dist/extract/pipeline.js');
  const { WARM_UP_ARTICLE } = await import('../dist/cli/program-identity.js');
  const built = buildTextDocument(WARM_UP_ARTICLE, 'build-sample.txt');
  if (built.ok) extractDocument(built.document);
  const withValues = withValidated(snapshot, validated);
  writeFileSync(dataSnapshotPath, JSON.stringify(withValues));
  console.log(`data snapshot: validated values of ${Object.values(withValues.files).filter((f) => f.validated).length} data files kept`);
} catch (error) {
  // Data files that do not validate (or are missing) are reported by the run that reads them.
  console.log(`data snapshot: no validated values kept (${String(error?.message ?? error).split('\n')[0]})`);
}
