/**
 * Which command modules a command line needs. Each command lives in its own module and most of them pull
 * in heavy dependencies (SQLite, the HTTP server, the chart renderer), so the CLI imports only the one
 * that is run; help and unknown commands get them all, in the order `--help` lists them.
 */
import type { Command } from 'commander';

/** Adds one command to the program. */
export type Register = (program: Command) => void;
type LoadRegister = () => Promise<Register>;

const COMMANDS: ReadonlyArray<readonly [string, LoadRegister]> = [
  ['extract', async () => (await import('./commands/extract-command.js')).registerExtract],
  ['ingest', async () => (await import('./commands/ingest-command.js')).registerIngest],
  ['watch', async () => (await import('./commands/watch-command.js')).registerWatch],
  ['search', async () => (await import('./commands/search-command.js')).registerSearch],
  ['events', async () => (await import('./commands/events-command.js')).registerEvents],
  ['export', async () => (await import('./commands/export-command.js')).registerExport],
  ['report', async () => (await import('./commands/report-command.js')).registerReport],
  ['eval', async () => (await import('./commands/eval-command.js')).registerEval],
  ['demo', async () => (await import('./commands/demo-command.js')).registerDemo],
  ['serve', async () => (await import('./commands/serve-command.js')).registerServe],
];

/** Loaders of the command modules that `args` (argv without node and the script) needs. */
export function commandsToLoad(args: readonly string[]): LoadRegister[] {
  // Commander takes the first argument as the command name; the program's own options (--help,
  // --version) come first only when no command is run.
  const named = COMMANDS.find(([name]) => name === args[0]);
  return named ? [named[1]] : COMMANDS.map(([, load]) => load);
}
