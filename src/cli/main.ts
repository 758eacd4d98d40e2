/** The multivector command line: one commander program, one module per command. */
import { Command } from 'commander';
import { registerExtract } from './commands/extract-command.js';
import { registerIngest } from './commands/ingest-command.js';
import { registerWatch } from './commands/watch-command.js';
import { registerSearch } from './commands/search-command.js';
import { registerEvents } from './commands/events-command.js';
import { registerExport } from './commands/export-command.js';
import { registerReport } from './commands/report-command.js';
import { registerDemo } from './commands/demo-command.js';
import { registerEval } from './commands/eval-command.js';
import { registerServe } from './commands/serve-command.js';

const program = new Command();
program
  .name('multivector')
  .description("Turns news about a country's foreign relations into sourced data and measures its balance.")
  .version('0.1.0');

registerExtract(program);
registerIngest(program);
registerWatch(program);
registerSearch(program);
registerEvents(program);
registerExport(program);
registerReport(program);
registerEval(program);
registerDemo(program);
registerServe(program);

await program.parseAsync(process.argv);
