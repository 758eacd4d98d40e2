/** `multivector watch --feeds FILE --every 15m [--db file]`: polls a list of feeds until stopped. */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../ingest/read-documents.js';
import { openStore } from '../../store/sqlite-fact-store.js';
import { formatFeedOutcome, pollFeeds, readFeedList } from './feed-poll.js';
import { addDbOption, positiveInt, reportErrors, usageExit } from './store-options.js';

/** Options of the watch command, as commander parses them. */
export interface WatchCommandOptions {
  readonly db: string;
  readonly feeds: string;
  readonly every: number;
  readonly maxBytes: number;
}

/** Parses an interval such as `90s`, `15m`, `2h` (a bare number is minutes) into milliseconds. */
export function interval(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected an interval like 90s, 15m or 2h');
  const ms = Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 'm').toLowerCase() as 's' | 'm' | 'h'];
  // Polling a feed more often than every 30 seconds is impolite to its server.
  if (ms < 30_000) throw new InvalidArgumentError('the interval must be at least 30s');
  return ms;
}

/** Registers `watch` on the program. */
export function registerWatch(program: Command): void {
  const command = program
    .command('watch')
    .description('poll a list of feeds (one URL a line) and ingest new items, until stopped')
    .requiredOption('--feeds <file>', 'file of feed URLs, one a line (# comments allowed)')
    .option('--every <interval>', 'time between polls: 90s, 15m, 2h', interval, 15 * 60_000)
    .option('--max-bytes <n>', 'largest feed accepted, in bytes', positiveInt, DEFAULT_MAX_BYTES);
  addDbOption(command);
  usageExit(command).action((options: WatchCommandOptions) =>
    reportErrors('watch', async () => {
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      process.once('SIGTERM', () => stop.abort());
      await runWatch(options, { stderr: process.stderr, signal: stop.signal });
    }),
  );
}

/** Polls until `signal` aborts (or `rounds` polls are done); the store is opened per round so others may read it. */
export async function runWatch(options: WatchCommandOptions, io: { stderr: NodeJS.WritableStream; signal: AbortSignal; rounds?: number }): Promise<void> {
  let round = 0;
  while (!io.signal.aborted) {
    const urls = await readFeedList(options.feeds);
    const store = openStore(options.db);
    try {
      const outcomes = await pollFeeds(store, urls, { read: { maxBytes: options.maxBytes } });
      const stamp = new Date().toISOString().slice(0, 19) + 'Z';
      for (const o of outcomes) io.stderr.write(`multivector watch: ${stamp} ${formatFeedOutcome(o)}\n`);
    } finally {
      await store.close();
    }
    if (io.rounds !== undefined && ++round >= io.rounds) return;
    await sleep(options.every, io.signal);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
