import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.js';
import { readProbeCases, probeItems } from '../../test-support/event-probe.js';

/**
 * Shapes of spurious events on fresh real news of many kinds (prec14-shapes.cases.yaml), told in the team's own
 * sentences: each text's events must be exactly those expected, a negative beside each positive.
 */
const cases = readProbeCases(new URL('./prec14-shapes.cases.yaml', import.meta.url));

describe('shapes of spurious events on fresh real news (prec14)', () => {
  probeItems(cases);
});

describe('a trade balance is no turnover', () => {
  const figures = (text: string) => extractDocument({ id: 'f', text, meta: { published: '2024-03-15' } }).figures;
  it('reads "trade surplus … reached $90 billion" as a trade balance, not a turnover or exports', () => {
    const f = figures("China's trade surplus with Vietnam reached $90 billion in January.");
    expect(f.filter((x) => ['trade_turnover', 'exports', 'imports'].includes(x.metric))).toEqual([]);
    expect(f.some((x) => x.metric === 'trade_balance' && x.value === 90_000_000_000)).toBe(true);
  });
  it("reads no budget's deficit as a trade figure", () => {
    expect(figures("Pakistan's budget deficit widened to $10 billion in January.").filter((x) => x.metric.startsWith('trade') || x.metric.includes('trade_balance'))).toEqual([]);
  });
  it('still reads bilateral trade as a turnover', () => {
    const f = figures('Trade between China and Vietnam reached $90 billion in January.');
    expect(f.some((x) => x.metric === 'trade_turnover' && x.value === 90_000_000_000)).toBe(true);
  });
});
