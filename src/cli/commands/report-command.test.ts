import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { fromAfterTo, grain } from './report-command.js';

describe('fromAfterTo', () => {
  it.each([
    ['2024-06', '2024', false],
    ['2024', '2024-03', false],
    ['2024-06-15', '2024-06', false],
    ['2024-06', '2024-06-01', false],
    ['2022', '2025', false],
    ['2024-12-31', '2024', false],
    ['2025', '2024', true],
    ['2025', '2024-12', true],
    ['2024-07', '2024-06-30', true],
    ['2024-06-02', '2024-06-01', true],
    ['2025-01', '2024', true],
  ])('--from %s --to %s → after: %s', (from, to, after) => {
    expect(fromAfterTo(from, to)).toBe(after);
  });
});

describe('grain', () => {
  it.each(['month', 'quarter', 'year'])('accepts %s', (g) => {
    expect(grain(g)).toBe(g);
  });

  it.each(['week', 'Year', ''])('rejects %j', (g) => {
    expect(() => grain(g)).toThrow(InvalidArgumentError);
  });
});
