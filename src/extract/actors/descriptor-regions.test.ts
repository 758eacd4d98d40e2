import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { loadDataFile } from '../../core/data-files.js';
import { fitsDescriptor } from './descriptor-regions.js';

const require = createRequire(import.meta.url);
const isoCodes = new Set((require('world-countries') as Array<{ cca3: string }>).map((c) => c.cca3));

describe('regional descriptions (data/descriptor-regions.yaml)', () => {
  it('lists only ISO alpha-3 codes (and XKX for Kosovo)', () => {
    const { regions } = loadDataFile('descriptor-regions.yaml') as { regions: Record<string, string[]> };
    const unknown = Object.entries(regions).flatMap(([key, codes]) => codes.filter((c) => !isoCodes.has(c) && c !== 'XKX').map((c) => `${key}:${c}`));
    expect(unknown).toEqual([]);
  });

  it('narrows by every region a phrase names, and not at all by a bare "the country"', () => {
    expect(fitsDescriptor('the gulf state', 'QAT')).toBe(true);
    expect(fitsDescriptor('the gulf state', 'USA')).toBe(false);
    expect(fitsDescriptor('the pacific island nation', 'FJI')).toBe(true);
    // Pacific but no island.
    expect(fitsDescriptor('the pacific island nation', 'PER')).toBe(false);
    expect(fitsDescriptor('the west african nation', 'GHA')).toBe(true);
    expect(fitsDescriptor('the west african nation', 'KEN')).toBe(false);
    // "Southeast Asian" is no "South Asian".
    expect(fitsDescriptor('the southeast asian nation', 'VNM')).toBe(true);
    expect(fitsDescriptor('the south asian nation', 'VNM')).toBe(false);
    expect(fitsDescriptor('the ex-soviet republic', 'GEO')).toBe(true);
    expect(fitsDescriptor('the ex - soviet republic', 'FRA')).toBe(false);
    expect(fitsDescriptor('the country', 'USA')).toBe(true);
    expect(fitsDescriptor('the war-torn country', 'SDN')).toBe(true);
  });
});
