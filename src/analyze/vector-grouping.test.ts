import { describe, expect, it } from 'vitest';
import { OTHER_VECTOR, buildVectorGrouping, parseVectorsFile } from './vector-grouping.js';

describe('vector grouping for Kazakhstan (hand-tuned override)', () => {
  const g = buildVectorGrouping('KAZ');
  it.each([
    ['RUS', 'russia'],
    ['CHN', 'china'],
    ['USA', 'usa'],
    ['EU', 'europe'],
    ['DEU', 'europe'],
    ['FRA', 'europe'],
    ['GBR', 'europe'],
    ['UZB', 'central_asia'],
    ['C5', 'central_asia'],
    ['TUR', 'turkic'],
    ['AZE', 'turkic'],
    ['OTS', 'turkic'],
    ['SAU', 'middle_east_gulf'],
    ['IRN', 'middle_east_gulf'],
    ['JPN', 'asia_pacific_south_asia'],
    ['IND', 'asia_pacific_south_asia'],
    ['SCO', 'multilateral'],
    ['UN', 'multilateral'],
    ['BRA', OTHER_VECTOR],
    ['XYZ', OTHER_VECTOR],
    ['KAZ', OTHER_VECTOR],
  ])('%s → %s', (partner, vector) => {
    expect(g.vectorOf(partner)).toBe(vector);
  });
  it('has nine vectors, four of them great powers', () => {
    expect(g.source).toBe('override');
    expect(g.vectors).toHaveLength(9);
    expect(g.vectors.filter((v) => v.greatPower).map((v) => v.id)).toEqual(['russia', 'china', 'usa', 'europe']);
  });
});

describe('default grouping works for another focus', () => {
  it('Turkey: great powers, neighbours, regions', () => {
    const g = buildVectorGrouping('TUR');
    expect(g.source).toBe('default');
    expect(g.vectorOf('GRC')).toBe('eu'); // an EU member folds into the EU before neighbourhood
    expect(g.vectorOf('GEO')).toBe('neighbourhood');
    expect(g.vectorOf('IRN')).toBe('neighbourhood');
    expect(g.vectorOf('KAZ')).toBe('central_asia');
    expect(g.vectorOf('SAU')).toBe('middle_east');
    expect(g.vectorOf('OTS')).toBe('multilateral');
    expect(g.vectorOf('BRA')).toBe('americas');
    expect(g.vectorOf('TUR')).toBe(OTHER_VECTOR);
  });
  it('China: its own great-power vector is dropped', () => {
    const g = buildVectorGrouping('CHN');
    expect(g.vectors.map((v) => v.id)).not.toContain('china');
    expect(g.vectors.filter((v) => v.greatPower)).toHaveLength(3);
    expect(g.vectorOf('RUS')).toBe('russia');
    expect(g.vectorOf('MNG')).toBe('neighbourhood');
  });
  it('Germany: EU partners stay in the EU vector', () => {
    const g = buildVectorGrouping('DEU');
    expect(g.vectorOf('FRA')).toBe('eu');
    expect(g.vectorOf('CHE')).toBe('neighbourhood');
    expect(g.vectorOf('NOR')).toBe('wider_europe');
  });
  it('an island has no neighbourhood vector', () => {
    expect(buildVectorGrouping('ISL').vectors.map((v) => v.id)).not.toContain('neighbourhood');
  });
});

describe('vectors file validation', () => {
  it.each([
    [{ default: [] }, /default/],
    [{ default: [{ vector: 'a', label: 'A', members: ['@NOPE'] }] }, /unknown group @NOPE/],
    [{ default: [{ vector: 'a', label: 'A' }, { vector: 'a', label: 'B' }] }, /duplicated/],
    [{ default: [{ vector: 'other', label: 'A' }] }, /reserved/],
    [{ default: [{ vector: 'a', label: 'A', colour: 'red' }] }, /colour|Unrecognized/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseVectorsFile(raw, 'v.yaml')).toThrow(message);
  });
});
