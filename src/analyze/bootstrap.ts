/** Seeded resampling for the balance index's uncertainty: deterministic, and fast over aggregated counts. */
import { seededRandom } from '../core/seeded-random.js';
import { normalisedEntropy } from './balance-index.js';

/** A 32-bit seed from a string (FNV-1a), so each period's stream does not depend on which other periods exist. */
export function seedFrom(text: string, base = 0): number {
  let h = (0x811c9dc5 ^ base) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function standardNormal(rand: () => number): number {
  const u = Math.max(rand(), Number.MIN_VALUE);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/**
 * One draw from Binomial(n, p): exact (Bernoulli trials, or geometric skips when n·p is small) where the
 * count is small enough to matter, a rounded normal approximation where n·p·(1−p) ≥ 30.
 */
export function sampleBinomial(n: number, p: number, rand: () => number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n <= 40) {
    let k = 0;
    for (let i = 0; i < n; i++) if (rand() < p) k++;
    return k;
  }
  const q = Math.min(p, 1 - p);
  let k: number;
  if (n * q * (1 - q) >= 30) {
    k = Math.round(n * q + Math.sqrt(n * q * (1 - q)) * standardNormal(rand));
    k = Math.min(n, Math.max(0, k));
  } else {
    // Count successes by jumping over the failures between them: O(n·q) work.
    const logq = Math.log(1 - q);
    k = 0;
    let i = Math.floor(Math.log(Math.max(rand(), Number.MIN_VALUE)) / logq);
    while (i < n) {
      k++;
      i += 1 + Math.floor(Math.log(Math.max(rand(), Number.MIN_VALUE)) / logq);
    }
  }
  return q === p ? k : n - k;
}

/** A group of interchangeable events: same vector, same weight. */
export interface WeightedUnit {
  readonly vector: string;
  readonly weight: number;
  readonly count: number;
}

/** An interval of the index, from the 2.5th to the 97.5th percentile of the resampled values. */
export interface BootstrapInterval {
  readonly low: number;
  readonly high: number;
}

/** The q-quantile of sorted values, interpolating linearly between ranks. */
export function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * Resamples the period's events with replacement `rounds` times (as a multinomial over units, which is the
 * same thing and costs per unit, not per event) and returns, for each set of vectors, the 95 % percentile
 * interval of the balance index over that set; null where there are no events. All sets see the same resamples.
 */
export function bootstrapBalances(
  units: readonly WeightedUnit[],
  sets: readonly (readonly string[])[],
  rounds: number,
  seed: number,
): (BootstrapInterval | null)[] {
  const live = units.filter((u) => u.count > 0);
  const n = live.reduce((s, u) => s + u.count, 0);
  if (n === 0 || rounds <= 0) return sets.map(() => null);
  const rand = seededRandom(seed);
  const positions = sets.map((set) => live.map((u) => set.indexOf(u.vector)));
  const sums = sets.map((set) => new Float64Array(set.length));
  const values: number[][] = sets.map(() => []);
  const drawn = new Float64Array(live.length);
  for (let r = 0; r < rounds; r++) {
    let left = n;
    let mass = n;
    for (let i = 0; i < live.length; i++) {
      const u = live[i]!;
      const k = left === 0 ? 0 : i === live.length - 1 ? left : sampleBinomial(left, u.count / mass, rand);
      mass -= u.count;
      left -= k;
      drawn[i] = k * u.weight;
    }
    for (let s = 0; s < sets.length; s++) {
      const sum = sums[s]!;
      const pos = positions[s]!;
      sum.fill(0);
      for (let i = 0; i < live.length; i++) {
        const at = pos[i]!;
        if (at >= 0) sum[at] = sum[at]! + drawn[i]!;
      }
      const index = normalisedEntropy(sum, sets[s]!.length);
      if (index !== null) values[s]!.push(index);
    }
  }
  return values.map((v) => {
    if (v.length === 0) return null;
    v.sort((a, b) => a - b);
    return { low: quantile(v, 0.025), high: quantile(v, 0.975) };
  });
}

/** The 95 % bootstrap interval of the balance index over one set of vectors (see {@link bootstrapBalances}). */
export function bootstrapBalance(units: readonly WeightedUnit[], vectors: readonly string[], rounds: number, seed: number): BootstrapInterval | null {
  return bootstrapBalances(units, [vectors], rounds, seed)[0]!;
}
