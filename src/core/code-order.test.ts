import { describe, expect, it } from 'vitest';
import { compareCodes } from './code-order.js';
import { seededRandom } from './seeded-random.js';

describe('compareCodes', () => {
  it('orders codes, types and ISO dates as the root collation does', () => {
    const collator = new Intl.Collator('und');
    const random = seededRandom(13);
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-';
    const word = () => {
      let s = '';
      const n = Math.floor(random() * 7);
      for (let i = 0; i < n; i++) s += chars[Math.floor(random() * chars.length)];
      return s;
    };
    for (let i = 0; i < 20000; i++) {
      const a = word();
      const b = word();
      expect([a, b, compareCodes(a, b)]).toEqual([a, b, Math.sign(collator.compare(a, b))]);
    }
    expect(compareCodes('2024-05', '2024-05-01')).toBe(-1);
    expect(compareCodes('KAZ', 'KAZ')).toBe(0);
  });

  it('leaves other strings to localeCompare', () => {
    expect(compareCodes('a', 'B')).toBe('a'.localeCompare('B'));
    expect(compareCodes('A_B', 'A1')).toBe('A_B'.localeCompare('A1'));
    expect(compareCodes('Zürich', 'Zurich')).toBe('Zürich'.localeCompare('Zurich'));
  });
});
