/** `multivector extract <files|folders|->`: one extraction record per document, JSON Lines on stdout. */
import type { Command } from 'commander';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .argument('<inputs...>', 'files, folders, or - for stdin')
    .description('extract one record per document as JSON Lines on stdout')
    .action(() => {
      throw new Error('not implemented yet');
    });
}
