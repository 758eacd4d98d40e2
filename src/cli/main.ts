/** The multivector command line: one commander program, one module per command. */
import { Command } from 'commander';
import { commandsToLoad } from './command-table.js';
import { identifyProgram } from './program-identity.js';

const program = identifyProgram(new Command());

// Only the named command's module is imported: `extract` must not pay for the store, the server or the
// report renderer. Without a known command name (`--help`, `help`, a typo) every command is registered.
for (const load of commandsToLoad(process.argv.slice(2))) (await load())(program);

await program.parseAsync(process.argv);
