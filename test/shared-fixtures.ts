/** Where ../shared lives (the development set), or null when this clone has none beside it. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../src/core/data-files.js';

export const sharedDir: string | null = (() => {
  const dir = process.env.MULTIVECTOR_SHARED ?? path.resolve(packageRoot, '..', 'shared');
  return existsSync(path.join(dir, 'corpus', 'seeds')) && existsSync(path.join(dir, 'tools', 'score.mjs')) ? dir : null;
})();

if (!sharedDir) {
  console.warn('[multivector tests] ../shared (seed corpus, gold, score.mjs) is not beside this clone: the seed-corpus checks are skipped.');
}
