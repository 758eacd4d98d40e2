import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.js';

/**
 * The fix18 helper's own sentences (session 18): a designation after a run of modifiers (data/partnership-phrases.yaml
 * allyModifiers), coordinated or with a word of degree, still states its tier; a tie denied or deferred does not.
 */
const tiers = (text: string) => extractDocument({ id: 'probe', text, meta: { published: '2024-03-15' } }).relations
  .map((r) => `${[r.a, r.b].sort().join('-')} ${r.tier}`);

describe('designations after a run of modifiers (fix18)', () => {
  it.each([
    'Russia regards Belarus as a reliable ally.',
    'Russia regards Belarus as a reliable and trusted ally.',
    'Moscow regards Minsk as a dependable ally.',
    'Russia regards Belarus as its reliable, time-tested ally.',
    'Russia regards Belarus as a very reliable ally.',
    'Russia regards Belarus as a close political ally.',
    'Belarus is Russia\'s most reliable and closest ally.',
    'Minsk, Moscow\'s faithful ally, backed the plan.',
  ])('%s', (text) => {
    expect(tiers(text)).toEqual(['BLR-RUS alliance']);
  });

  it.each([
    'Russia regards Belarus as a former ally.',
    'Russia regards Belarus as a potential ally.',
    'Russia regards Belarus as a would-be ally.',
  ])('no tier: %s', (text) => {
    expect(tiers(text)).toEqual([]);
  });
});
