import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandsToLoad } from './command-table.js';

describe('commandsToLoad', () => {
  it('loads only the named command, which registers itself under that name', async () => {
    for (const name of ['extract', 'ingest', 'watch', 'search', 'events', 'export', 'report', 'eval', 'demo', 'serve']) {
      const loaders = commandsToLoad([name, 'some-input']);
      expect(loaders).toHaveLength(1);
      const program = new Command();
      (await loaders[0]!())(program);
      expect(program.commands.map((c) => c.name())).toEqual([name]);
    }
  });

  it('loads every command, in help order, when no command is named', async () => {
    for (const args of [[], ['--help'], ['help', 'extract'], ['extrat']]) {
      const program = new Command();
      for (const load of commandsToLoad(args)) (await load())(program);
      expect(program.commands.map((c) => c.name())).toEqual(['extract', 'ingest', 'watch', 'search', 'events', 'export', 'report', 'eval', 'demo', 'serve']);
    }
  });
});
