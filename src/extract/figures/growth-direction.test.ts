import { describe, expect, it } from 'vitest';
import { figureInput, type DateSpec } from '../../test-support/figure-fixtures.js';
import { findFigures } from './figure-extractor.js';

const Y2023: DateSpec = ['2023-01-01', '2023-12-31', 'year'];

/** The growth_rate value found in a sentence about trade between Chile and Peru in 2023. */
function growthOf(text: string): number[] {
  const { figures } = findFigures(figureInput(text, { Chile: 'CHL', Peru: 'PER' }, { '2023': Y2023 }));
  return figures.filter((f) => f.metric === 'growth_rate').map((f) => f.value);
}

describe('growth_rate keeps the direction of the change', () => {
  it.each([
    ['In 2023 trade between Chile and Peru rose 6% to $4 billion.', 6],
    ['In 2023 trade between Chile and Peru grew by 6% to $4 billion.', 6],
    ['In 2023 trade between Chile and Peru was up 6% at $4 billion.', 6],
    ['In 2023 trade between Chile and Peru reached $4 billion, a 6% increase.', 6],
    ['In 2023 trade between Chile and Peru fell 6% to $4 billion.', -6],
    ['In 2023 trade between Chile and Peru declined by 6% to $4 billion.', -6],
    ['In 2023 trade between Chile and Peru dropped 6% to $4 billion.', -6],
    ['In 2023 trade between Chile and Peru was down 6% at $4 billion.', -6],
    ['In 2023 trade between Chile and Peru decreased by 6% to $4 billion.', -6],
    ['In 2023 trade between Chile and Peru shrank 6% to $4 billion.', -6],
    ['In 2023 trade between Chile and Peru fell by more than 6% to $4 billion.', -6],
    ['In 2023 trade between Chile and Peru reached $4 billion, a 6% decline.', -6],
    ['In 2023 trade between Chile and Peru reached $4 billion, down 6%.', -6],
    ['In 2023 trade between Chile and Peru was 6% lower at $4 billion.', -6],
  ])('%s → %d', (text, value) => {
    expect(growthOf(text)).toEqual([value]);
  });

  it('takes the verb nearest the percentage when an earlier one points the other way', () => {
    expect(growthOf('In 2023 trade between Chile and Peru, which had risen for years, fell 6% to $4 billion.')).toEqual([-6]);
  });

  it('does not read the direction of a later clause', () => {
    expect(growthOf('In 2023 trade between Chile and Peru grew 6% to $4 billion, while tariffs fell.')).toEqual([6]);
  });
});
