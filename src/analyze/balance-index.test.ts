import { describe, expect, it } from 'vitest';
import { balanceOf, normalisedEntropy } from './balance-index.js';

describe('normalisedEntropy', () => {
  it('is 0 when everything goes to one vector', () => {
    expect(normalisedEntropy([10, 0, 0, 0])).toBe(0);
  });
  it('is 1 when engagement is even', () => {
    expect(normalisedEntropy([3, 3, 3, 3])).toBeCloseTo(1, 12);
    expect(normalisedEntropy([7, 7])).toBeCloseTo(1, 12);
  });
  it('matches the known two-vector case 3:1', () => {
    // −(0.75 ln 0.75 + 0.25 ln 0.25) / ln 2 = 0.811278…
    expect(normalisedEntropy([3, 1])).toBeCloseTo(0.8112781245, 9);
  });
  it('counts empty vectors towards K', () => {
    // Two even vectors out of four: ln 2 / ln 4 = 0.5.
    expect(normalisedEntropy([5, 5, 0, 0])).toBeCloseTo(0.5, 12);
    expect(normalisedEntropy([5, 5], 4)).toBeCloseTo(0.5, 12);
  });
  it.each([
    [[], 0],
    [[0, 0, 0], 3],
    [[4], 1],
  ])('is null for %j (K=%d): nothing counted or fewer than two vectors', (values, k) => {
    expect(normalisedEntropy(values, k)).toBeNull();
  });
});

describe('balanceOf', () => {
  it('names the dominant vector and its share, ignoring "other"', () => {
    const r = balanceOf(new Map([['russia', 6], ['china', 2], ['other', 100]]), ['russia', 'china']);
    expect(r.dominant).toBe('russia');
    expect(r.dominantShare).toBeCloseTo(0.75, 12);
    expect(r.index).toBeCloseTo(0.8112781245, 9);
  });
  it('breaks ties by vector order', () => {
    expect(balanceOf(new Map([['b', 1], ['a', 1]]), ['a', 'b']).dominant).toBe('a');
  });
  it('returns nulls when only unlisted vectors have engagement', () => {
    expect(balanceOf(new Map([['other', 5]]), ['a', 'b'])).toEqual({ index: null, dominant: null, dominantShare: null });
  });
});
