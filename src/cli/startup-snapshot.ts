/**
 * The start-up snapshot of `multivector extract` (issue 9): a V8 heap with every lexicon and the wink
 * model already built, written by `npm run build` (scripts/build-startup-snapshot.mjs) from the bundled
 * extract path (extract-snapshot-entry.ts). bin/multivector.js runs a plain-text extraction in
 * `node --snapshot-blob` when the blob is fresh, and the normal way otherwise.
 *
 * Fresh means: built by this very Node binary (same path, version, platform, size and modification
 * time: Node refuses a blob made by another build of V8), for the package where it now lies, and every
 * file it was made from (the bundle's modules in dist/ and node_modules/, every data file, the build's
 * data and lexicon snapshots, package.json) has the size and modification time it had when the blob was
 * built, or else the content it had (SHA-256: `tsc` rewrites unchanged files). An edited data file or a
 * `tsc` run that changed a module without the rest of the build therefore falls back to the normal
 * path, which reads what is on disk.
 *
 * Only command lines whose inputs are plain-text files (`.txt`, at most MAX_INPUTS of them, as many as a short run takes) and
 * whose options are --verbose and --max-bytes take the snapshot: the bundle leaves out the markup, feed,
 * CSV and WARC readers and the worker threads, and a short run gains most from a quick start.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Node flags the snapshot is built and run with (V8 refuses a blob built under other flags).
 * `--no-rehash-snapshot`: the process keeps the hash seed baked into the blob instead of drawing a new one
 * and rehashing every hash table of the heap as it is read back; V8 rehashes a Map by building a new table,
 * so the actor trie's 7,400 Maps and wink's 87,600-word lexeme Map were held twice until a full GC that a
 * short run never reaches (with the lexeme Map: 140.9 → 134.1 MB peak RSS, ~−40 ms CPU for one article). Iteration order (insertion
 * order for Maps, the spec's for objects) does not depend on the seed; only a process reading untrusted
 * input meant to collide hashes would care, and one run reads a few local files.
 */
export const SNAPSHOT_NODE_FLAGS: readonly string[] = ['--regexp-interpret-all', '--no-rehash-snapshot'];

/** The most inputs a command line may name to take the snapshot (as short-run.ts). */
const MAX_INPUTS = 10;

/** Set to "1" to never use the snapshot (tests compare both paths). */
export const NO_SNAPSHOT_ENV = 'MULTIVECTOR_NO_SNAPSHOT';

/** Where the build writes the snapshot's files. */
export function snapshotFiles(root: string): { dir: string; bundle: string; blob: string; manifest: string } {
  const dir = path.join(root, 'dist', 'startup');
  return { dir, bundle: path.join(dir, 'extract.cjs'), blob: path.join(dir, 'extract.blob'), manifest: path.join(dir, 'extract.json') };
}

type Stamp = readonly [size: number, mtimeMs: number];
/** A recorded file: its stamp and the SHA-256 of its content. */
type Recorded = readonly [size: number, mtimeMs: number, sha256: string];

/** What the build records beside the blob. */
export interface SnapshotManifest {
  readonly node: string;
  readonly platform: string;
  readonly arch: string;
  readonly execPath: string;
  readonly exec: Stamp;
  readonly flags: readonly string[];
  readonly root: string;
  /** Path relative to root (with '/') → size, modification time and SHA-256 of the content at build. */
  readonly files: Readonly<Record<string, Recorded>>;
}

function stamp(file: string): Stamp {
  const s = statSync(file);
  return [s.size, s.mtimeMs];
}

const relative = (root: string, file: string): string => path.relative(root, file).split(path.sep).join('/');

/** The manifest of a blob built now by this Node from `files` (absolute paths). */
export function snapshotStamp(root: string, files: readonly string[]): SnapshotManifest {
  const stamps: Record<string, Recorded> = {};
  for (const file of files) stamps[relative(root, file)] = [...stamp(file), sha256(file)];
  return {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    execPath: process.execPath,
    exec: stamp(process.execPath),
    flags: SNAPSHOT_NODE_FLAGS,
    root,
    files: stamps,
  };
}

/** The blob's path when it is fresh for this Node and package, else why not. */
export function freshSnapshot(packageRoot: string): { readonly blob: string } | { readonly stale: string } {
  const root = path.resolve(packageRoot);
  const files = snapshotFiles(root);
  let manifest: SnapshotManifest;
  try {
    manifest = JSON.parse(readFileSync(files.manifest, 'utf8')) as SnapshotManifest;
  } catch {
    return { stale: 'no snapshot' };
  }
  if (manifest.node !== process.version || manifest.platform !== process.platform || manifest.arch !== process.arch) return { stale: 'built by another Node' };
  if (manifest.execPath !== process.execPath || manifest.root !== root) return { stale: 'built for another Node binary or package path' };
  if (manifest.flags.join(' ') !== SNAPSHOT_NODE_FLAGS.join(' ')) return { stale: 'built with other flags' };
  try {
    if (!sameStamp(manifest.exec, stamp(process.execPath))) return { stale: 'the Node binary changed' };
    for (const [file, recorded] of Object.entries(manifest.files)) {
      const full = path.join(root, file);
      const now = stamp(full);
      if (recorded[0] === now[0] && recorded[1] === now[1]) continue;
      // Rewritten with the same content (`tsc` rewrites every file it emits): still the same source.
      if (recorded[0] !== now[0] || recorded[2] !== sha256(full)) return { stale: `${file} changed` };
    }
  } catch {
    return { stale: 'a source file is missing' };
  }
  return { blob: files.blob };
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function sameStamp(a: Stamp, b: Stamp): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** True when `args` (argv after the script) is an extract command line the snapshot can run. */
export function snapshotCanRun(args: readonly string[]): boolean {
  if (args[0] !== 'extract') return false;
  let inputs = 0;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--verbose') continue;
    if (arg === '--max-bytes' && i + 1 < args.length) {
      i++;
      continue;
    }
    if (arg.startsWith('--max-bytes=')) continue;
    // Only plain files: a folder named "x.txt" may hold pages or feeds whose readers are not in the bundle,
    // and a URL needs the fetcher.
    if (arg.startsWith('-') || !/\.txt$/i.test(arg) || /^[a-z][a-z0-9+.-]*:\/\//i.test(arg) || !isFile(arg)) return false;
    inputs++;
  }
  return inputs > 0 && inputs <= MAX_INPUTS;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Signals a terminal or a supervisor sends to stop a run: passed on to the snapshot's process. */
const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs `args` in `node --snapshot-blob` when the command line allows it and the blob is fresh; resolves
 * to the child's exit status (or signal), or undefined when the command must run the normal way.
 * A stop signal sent to this process alone (a supervisor's `kill PID`: SIGINT, SIGTERM, SIGHUP) is passed on
 * to the child, so the extraction does not outlive the process that started it (SIGKILL cannot be caught:
 * after one, the child runs to its end).
 */
export async function runFromSnapshot(
  root: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv,
): Promise<{ status: number } | { signal: NodeJS.Signals } | undefined> {
  // Node flags given to this process (--inspect, --cpu-prof, --max-old-space-size …) would not reach the child.
  if (env[NO_SNAPSHOT_ENV] === '1' || execArgv.length > 0 || !snapshotCanRun(args) || !onlyPreloads(env.NODE_OPTIONS)) return undefined;
  const fresh = freshSnapshot(root);
  if (!('blob' in fresh)) return undefined;
  const child = spawn(process.execPath, [...SNAPSHOT_NODE_FLAGS, '--snapshot-blob', fresh.blob, '--', ...args], { stdio: 'inherit', env: childEnv(env) });
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  // For the tests: say on stderr that this run starts from the snapshot, and in which process (only once
  // the stop signals are passed on, so a test that stops bin/ on reading this cannot race the handlers).
  if (env[TRACE_ENV] === '1') process.stderr.write(`multivector: start-up snapshot (pid ${child.pid ?? '?'})\n`);
  try {
    const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null } | undefined>((resolve) => {
      child.once('error', () => resolve(undefined));
      child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    if (!ended) return undefined;
    if (ended.signal) return { signal: ended.signal };
    // Node's exit code for a blob it could not load (nothing was extracted): run the normal way.
    if (ended.code === SNAPSHOT_LOAD_FAILED) return undefined;
    return { status: ended.code ?? 1 };
  } finally {
    for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
  }
}

/**
 * glibc's malloc tunables for the snapshot's process: its default thresholds (128 KiB), held fixed. Node
 * reads the blob into one 36 MB buffer and frees it once the V8 part is copied out; glibc then raises its
 * mmap threshold to 36 MB and its trim threshold to 72 MB (its "dynamic threshold"), so every later
 * allocation below 36 MB — V8's zones for deserialising and compiling among them — comes from the main
 * heap, and what is freed there is never given back. With the thresholds fixed the main heap holds 7 MB
 * instead of 15 (large buffers are mapped and unmapped instead), and the peak for one article fell
 * 143 → 139 MB. Setting a threshold turns the adjustment off. Only where the caller set no tunables of
 * its own; other C libraries ignore the variable.
 */
export const SNAPSHOT_MALLOC_TUNABLES = 'glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=131072';

/** The snapshot process's environment: the caller's, with SNAPSHOT_MALLOC_TUNABLES unless it has its own. */
export function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return env.GLIBC_TUNABLES === undefined ? { ...env, GLIBC_TUNABLES: SNAPSHOT_MALLOC_TUNABLES } : env;
}

/** Set to 1, the snapshot path says on stderr that it runs (tests check the snapshot is really used). */
export const TRACE_ENV = 'MULTIVECTOR_SNAPSHOT_TRACE';

/** Node's exit status when it cannot deserialize a start-up snapshot. */
const SNAPSHOT_LOAD_FAILED = 14;

/**
 * True when NODE_OPTIONS is empty or only preloads modules (--require): a V8 flag there would make Node
 * refuse the blob (it was built under other flags).
 */
export function onlyPreloads(nodeOptions: string | undefined): boolean {
  const words = (nodeOptions ?? '').trim().split(/\s+/).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith('--require=')) continue;
    if ((w === '--require' || w === '-r') && i + 1 < words.length) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}
