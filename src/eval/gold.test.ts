import { describe, expect, it } from 'vitest';
import { parseGold } from './gold.js';

describe('gold files', () => {
  const base = { document: 'd', published: { from: '2024-01-01', to: '2024-01-01' } };

  it('accepts evidence as one passage or as several (as the shared scorer does)', () => {
    const g = parseGold({
      ...base,
      events: [
        { type: 'AGREE', source: 'AAA', target: 'BBB', status: 'occurred', date: null, evidence: 'signed a treaty' },
        { type: 'CONSULT', source: 'AAA', target: 'BBB', status: 'occurred', date: null, evidence: ['met on Monday', 'the talks'] },
      ],
    }, 'd.json');
    expect(g.events).toHaveLength(2);
  });

  it('names the file and the field of a bad entry', () => {
    expect(() => parseGold({ ...base, events: [{ type: 'AGREE', source: 'AAA', target: 7 }] }, 'bad.json')).toThrow(/bad\.json.*target/);
  });
});
