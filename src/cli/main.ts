/** The multivector command line: one commander program, one module per command. */
import { Command } from 'commander';
import { registerExtract } from './commands/extract-command.js';

const program = new Command();
program
  .name('multivector')
  .description("Turns news about a country's foreign relations into sourced data and measures its balance.")
  .version('0.1.0');

registerExtract(program);

await program.parseAsync(process.argv);
