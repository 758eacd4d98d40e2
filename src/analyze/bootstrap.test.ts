import { describe, expect, it } from 'vitest';
import { seededRandom } from '../core/seeded-random.js';
import { bootstrapBalance, bootstrapBalances, quantile, sampleBinomial, seedFrom } from './bootstrap.js';

const vectors = ['a', 'b', 'c'];

describe('seeded PRNG', () => {
  it('repeats for the same seed and differs across seeds', () => {
    const x = seededRandom(7);
    const y = seededRandom(7);
    const z = seededRandom(8);
    const xs = Array.from({ length: 5 }, x);
    expect(Array.from({ length: 5 }, y)).toEqual(xs);
    expect(Array.from({ length: 5 }, z)).not.toEqual(xs);
    expect(xs.every((v) => v >= 0 && v < 1)).toBe(true);
  });
  it('derives distinct seeds from period keys', () => {
    expect(seedFrom('2023')).not.toBe(seedFrom('2024'));
    expect(seedFrom('2023', 1)).not.toBe(seedFrom('2023', 2));
  });
});

describe('sampleBinomial', () => {
  it.each([
    [30, 0.5],
    [500, 0.01],
    [10_000, 0.3],
    [200, 0.97],
  ])('Binomial(%d, %d) has about the right mean', (n, p) => {
    const rand = seededRandom(42);
    let sum = 0;
    for (let i = 0; i < 4000; i++) {
      const k = sampleBinomial(n, p, rand);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k).toBeLessThanOrEqual(n);
      sum += k;
    }
    expect(sum / 4000).toBeCloseTo(n * p, n * p > 100 ? -1 : 0);
  });
  it('handles the edges', () => {
    const rand = seededRandom(1);
    expect(sampleBinomial(0, 0.5, rand)).toBe(0);
    expect(sampleBinomial(10, 0, rand)).toBe(0);
    expect(sampleBinomial(10, 1, rand)).toBe(10);
  });
});

describe('bootstrapBalance', () => {
  const thin = [
    { vector: 'a', weight: 5, count: 2 },
    { vector: 'b', weight: 5, count: 1 },
    { vector: 'c', weight: 5, count: 1 },
  ];
  const thick = thin.map((u) => ({ ...u, count: u.count * 200 }));

  it('is deterministic for a seed', () => {
    expect(bootstrapBalance(thin, vectors, 500, 3)).toEqual(bootstrapBalance(thin, vectors, 500, 3));
  });
  it('is wider for a thin period than for a thick one with the same shares', () => {
    const a = bootstrapBalance(thin, vectors, 500, 3)!;
    const b = bootstrapBalance(thick, vectors, 500, 3)!;
    expect(a.high - a.low).toBeGreaterThan(5 * (b.high - b.low));
    expect(b.low).toBeLessThanOrEqual(0.9464); // the point estimate for 2:1:1
    expect(b.high).toBeGreaterThanOrEqual(0.9464);
  });
  it('collapses to a point when all events are in one vector', () => {
    expect(bootstrapBalance([{ vector: 'a', weight: 2, count: 9 }], vectors, 100, 1)).toEqual({ low: 0, high: 0 });
  });
  it('is null without events', () => {
    expect(bootstrapBalance([], vectors, 100, 1)).toBeNull();
    expect(bootstrapBalance([{ vector: 'a', weight: 1, count: 0 }], vectors, 100, 1)).toBeNull();
  });
});

describe('quantile', () => {
  it('interpolates', () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(quantile([1, 2, 3], 0.5)).toBe(2);
  });
});

describe('bootstrapBalances', () => {
  it('gives one interval per vector set from the same resamples', () => {
    const units = [
      { vector: 'a', weight: 5, count: 3 },
      { vector: 'b', weight: 2, count: 4 },
      { vector: 'z', weight: 1, count: 2 },
    ];
    const [all, ab] = bootstrapBalances(units, [['a', 'b', 'c'], ['a', 'b']], 300, 9);
    expect(all).toEqual(bootstrapBalance(units, ['a', 'b', 'c'], 300, 9));
    expect(ab!.high).toBeGreaterThan(all!.high); // two vectors: the same split is more even relative to K
    expect(bootstrapBalances(units, [['q']], 10, 1)).toEqual([null]);
  });
});
