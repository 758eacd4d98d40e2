/** `multivector serve`: the JSON API and the dashboard over a store opened read-only. */
import { InvalidArgumentError, type Command } from 'commander';
import { startServer, type RunningServer } from '../../server/serve.js';
import { addDbOption, reportErrors, usageExit } from './store-options.js';

/** Parses a TCP port (0 picks a free one). */
export function portNumber(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError('expected a port number 0–65535');
  return Number(value);
}

/** Stops the server on Ctrl-C or SIGTERM, closing the store. */
export function stopOnSignals(server: RunningServer): void {
  const stop = () => {
    process.stderr.write('\nstopping\n');
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Registers `serve` on the program. */
export function registerServe(program: Command): void {
  const command = program
    .command('serve')
    .description('serve the JSON API (/api, described at /api/openapi.json) and the dashboard over a database, read-only');
  addDbOption(command)
    .option('--port <n>', 'TCP port (0: any free port)', portNumber, 8080)
    .option('--host <address>', 'address to listen on', '127.0.0.1');
  usageExit(command).action((options: { db: string; port: number; host: string }) =>
    reportErrors('serve', async () => {
      const server = await startServer(options);
      process.stdout.write(`multivector: serving ${options.db} (read-only) at ${server.url}  (Ctrl-C stops)\n`);
      stopOnSignals(server);
    }),
  );
}
