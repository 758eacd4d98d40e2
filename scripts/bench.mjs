#!/usr/bin/env node
// Benchmark runner (`npm run bench`, which builds dist/ first). Every module in scripts/bench/ exports
// `default async ({ log }) => void`; they run in sorted file-name order, each in its own child process
// so that one benchmark's peak RSS is its own and not the sum of those before it.
//
// usage: node --expose-gc scripts/bench.mjs [name-filter ...]   e.g. `npm run bench -- extract`
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const benchDir = path.join(here, 'bench');
const root = path.resolve(here, '..');
const args = process.argv.slice(2);

const log = (...parts) => console.log(...parts);

if (args[0] === '--only') {
  // Child mode: run one benchmark module in this process.
  const file = args[1];
  const mod = await import(pathToFileURL(path.join(benchDir, file)).href);
  if (typeof mod.default !== 'function') throw new Error(`scripts/bench/${file}: no default export function`);
  await mod.default({ log, root });
} else {
  if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
    console.error('bench: dist/ is missing; run `npm run build` first (`npm run bench` does)');
    process.exit(2);
  }
  const filters = args.filter((a) => !a.startsWith('-'));
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.mjs') && !f.startsWith('.'))
    .sort()
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
  if (files.length === 0) {
    console.error(`bench: no benchmark in scripts/bench/ matches ${filters.join(', ')}`);
    process.exit(2);
  }
  let failed = 0;
  for (const file of files) {
    log(`\n== ${file.replace(/\.mjs$/, '')}`);
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--only', file], {
      stdio: 'inherit',
      cwd: root,
    });
    if (r.status !== 0) {
      failed++;
      console.error(`bench: ${file} failed (exit ${r.status ?? r.signal})`);
    }
  }
  process.exit(failed > 0 ? 1 : 0);
}
