/** The balance index: normalised Shannon entropy of engagement shares across a focus's vectors. */

/**
 * H = −Σ pᵢ ln pᵢ / ln K over K categories (zero values count towards K but add nothing to the sum):
 * 1 when engagement is spread evenly, 0 when it all goes to one. Null when nothing was counted or K < 2.
 */
export function normalisedEntropy(values: ArrayLike<number>, k: number = values.length): number | null {
  if (k < 2) return null;
  let total = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > 0) total += values[i]!;
  if (total <= 0) return null;
  let h = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v <= 0) continue;
    const p = v / total;
    h -= p * Math.log(p);
  }
  // Rounding can push a perfectly even split a hair over 1.
  return Math.min(1, Math.max(0, h / Math.log(k)));
}

/** The index of one period with the vector that dominates it. */
export interface BalanceResult {
  readonly index: number | null;
  readonly dominant: string | null;
  readonly dominantShare: number | null;
}

/** Balance over the listed vectors only (scores of other keys, such as "other", are ignored); ties go to the earlier vector. */
export function balanceOf(scores: ReadonlyMap<string, number>, vectors: readonly string[]): BalanceResult {
  const values = vectors.map((v) => scores.get(v) ?? 0);
  const total = values.reduce((s, v) => s + v, 0);
  if (total <= 0) return { index: null, dominant: null, dominantShare: null };
  let best = 0;
  values.forEach((v, i) => {
    if (v > values[best]!) best = i;
  });
  return { index: normalisedEntropy(values, vectors.length), dominant: vectors[best]!, dominantShare: values[best]! / total };
}
