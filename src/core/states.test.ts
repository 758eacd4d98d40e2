import { describe, expect, it } from 'vitest';
import { isStateCode } from './states.js';

describe('isStateCode', () => {
  it('knows states from organisations and groups that look alike', () => {
    expect(['KAZ', 'TUR', 'USA', 'TWN'].map(isStateCode)).toEqual([true, true, true, true]);
    expect(['SCO', 'CIS', 'OTS', 'EU', 'C5', 'G20'].map(isStateCode)).toEqual([false, false, false, false, false, false]);
  });
});
