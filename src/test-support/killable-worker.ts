/**
 * Runs a store worker script in a child process (through tsx) and kills it with SIGKILL at a chosen
 * moment: the crash tests of ingest and re-extraction share this.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const tsx = createRequire(import.meta.url).resolve('tsx');

export interface KillPlan {
  /** Kill after this many progress lines (0: during start-up, after `delayMs` of wall time). */
  readonly afterLines: number;
  /** Extra delay before the kill, in milliseconds. */
  readonly delayMs: number;
}

export interface WorkerRun {
  /** The worker printed its `finished` line. */
  readonly finished: boolean;
  /** How many lines `counted` accepted. */
  readonly counted: number;
}

/**
 * Starts `script` with `args`; `isProgress` says which stdout lines count towards `kill.afterLines`,
 * `counted` which are tallied in the result. Never killed when `kill` is null.
 */
export function runKillableWorker(
  script: string,
  args: readonly string[],
  kill: KillPlan | null,
  isProgress: (line: string) => boolean,
  counted: (line: string) => boolean = () => false,
): Promise<WorkerRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let progress = 0;
    let tally = 0;
    let finished = false;
    let killing = false;
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const line of parts) {
        if (counted(line)) tally++;
        if (line.startsWith('finished')) finished = true;
        if (isProgress(line)) progress++;
        if (kill && kill.afterLines > 0 && !killing && isProgress(line) && progress >= kill.afterLines) {
          killing = true;
          // Busy-wait rather than a timer: sub-millisecond delays land inside the next transaction.
          const until = performance.now() + kill.delayMs;
          while (performance.now() < until);
          child.kill('SIGKILL');
        }
      }
    });
    // Kill during start-up or migration, before any document.
    if (kill && kill.afterLines === 0) setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`worker failed (${code}): ${stderr}`));
      else resolve({ finished, counted: tally });
    });
  });
}
