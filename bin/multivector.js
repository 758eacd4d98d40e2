#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('multivector: dist/ is missing; run `npm install` (or `npm run build`) first');
  process.exit(2);
}

// `extract` on a few plain-text files starts from the build's start-up snapshot when it is fresh
// (src/cli/startup-snapshot.ts); anything else, or a missing or stale snapshot, runs the normal way.
if (process.argv[2] === 'extract') {
  const { runFromSnapshot } = await import('../dist/cli/startup-snapshot.js');
  const ran = await runFromSnapshot(fileURLToPath(new URL('..', import.meta.url)), process.argv.slice(2));
  if (ran && 'signal' in ran) {
    // Die of the child's signal (its forwarding handler is gone); should it not terminate this process,
    // still exit as failed.
    process.kill(process.pid, ran.signal);
    process.exit(1);
  }
  if (ran) process.exit(ran.status);
}
await import(entry.href);
