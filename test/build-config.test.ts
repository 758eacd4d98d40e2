/** The published build: only run-time modules compiled, dist/ cleaned first, the package's file list. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/core/data-files.js';

const pkg = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  files?: string[];
  dependencies: Record<string, string>;
};

describe('build configuration', () => {
  it('compiles no test-only module', () => {
    const listed = execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--listFilesOnly'], { cwd: packageRoot, encoding: 'utf8' })
      .split('\n')
      .map((f) => path.relative(packageRoot, f.trim()))
      .filter((f) => f.startsWith('src/'));
    expect(listed).toContain('src/cli/main.ts');
    expect(listed).toContain('src/store/synthetic-corpus.ts');
    const testOnly = listed.filter((f) =>
      /\.test(-helper)?\.ts$|^src\/test-support\/|\/fixtures\/|^src\/store\/(crash-ingest-worker|store-dump)\.ts$/.test(f));
    expect(testOnly).toEqual([]);
  }, 60_000);

  it('cleans dist/ before compiling, with Node rather than a shell command', () => {
    expect(pkg.scripts['build']).toMatch(/^node scripts\/clean-dist\.mjs && tsc -p tsconfig\.build\.json && node scripts\/build-data-snapshot\.mjs && vite build --config src\/web\/vite\.config\.ts && node scripts\/build-startup-snapshot\.mjs$/);
  });

  it('publishes only what the package needs at run time', () => {
    // the start-up snapshot is made for the Node binary and folder that built it: stale anywhere else
    expect(pkg.files).toEqual(['bin', 'dist', '!dist/startup', 'data', 'db', 'examples', 'README.md']);
  });

  it('ships the server framework as a run-time dependency (multivector serve)', () => {
    for (const name of ['hono', '@hono/node-server', '@hono/zod-openapi']) expect(Object.keys(pkg.dependencies)).toContain(name);
  });
});
