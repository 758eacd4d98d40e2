import { Command, InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerEvents } from './events-command.js';
import { registerExport } from './export-command.js';
import { addFilterOptions, positiveInt } from './store-options.js';

const FILTERS = ['--partner', '--involving', '--type', '--status', '--since', '--until'];

describe('addFilterOptions', () => {
  it('parses and normalises every filter', () => {
    const command = addFilterOptions(new Command('x').exitOverride());
    command.parse(['--partner', 'chn', '--involving', 'eu', '--type', 'consult', '--status', 'planned', '--since', '2024-03', '--until', '2025'], { from: 'user' });
    expect(command.opts()).toEqual({ partner: 'CHN', involving: 'EU', type: 'CONSULT', status: 'planned', since: '2024-03', until: '2025' });
  });

  it.each([
    ['--type', 'CHAT'],
    ['--status', 'maybe'],
    ['--since', '2024-13'],
    ['--partner', '1X'],
  ])('rejects %s %s', (flag, value) => {
    const command = addFilterOptions(new Command('x').exitOverride().configureOutput({ writeErr: () => {} }));
    expect(() => command.parse([flag, value], { from: 'user' })).toThrow(/invalid/i);
  });

  it('is what both the events and the export commands offer', () => {
    const program = new Command();
    registerEvents(program);
    registerExport(program);
    for (const name of ['events', 'export']) {
      const flags = program.commands.find((c) => c.name() === name)!.options.map((o) => o.long);
      expect(flags).toEqual(expect.arrayContaining(FILTERS));
    }
  });
});

describe('positiveInt', () => {
  it.each([['1', 1], ['20', 20], ['007', 7]])('%s → %d', (text, n) => {
    expect(positiveInt(text)).toBe(n);
  });

  it.each(['0', '-3', '1.5', 'ten', ''])('rejects %j', (text) => {
    expect(() => positiveInt(text)).toThrow(InvalidArgumentError);
  });
});
