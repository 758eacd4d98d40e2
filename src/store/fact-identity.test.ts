import { describe, expect, it } from 'vitest';
import { eventPair, intersect, intersectAll, overlaps, relationPair, untilBound } from './fact-identity.js';

const d = (from: string, to = from) => ({ from, to });

describe('fact identity', () => {
  it.each([
    ['CONSULT', 'ZAF', 'ARG', ['ARG', 'ZAF']],
    ['AGREE', 'ARG', 'ZAF', ['ARG', 'ZAF']],
    ['COOPERATE', 'NOR', 'EGY', ['EGY', 'NOR']],
    ['SUPPORT', 'ZAF', 'ARG', ['ZAF', 'ARG']],
    ['ACCUSE', 'NOR', 'EGY', ['NOR', 'EGY']],
  ] as const)('pairs %s %s→%s as %j', (type, s, t, pair) => {
    expect(eventPair(type, s, t)).toEqual(pair);
  });

  it.each([
    [d('2024-01-01', '2024-01-31'), d('2024-01-31'), true],
    [d('2024-01-01', '2024-01-31'), d('2024-02-01'), false],
    [d('2024-03-05'), d('2024-03-05'), true],
    [d('2024-03-05'), d('2024-03-04'), false],
  ])('overlaps(%j, %j) is %s', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });

  it('intersects intervals to the days all reports support', () => {
    expect(intersect(d('2024-01-01', '2024-01-31'), d('2024-01-10', '2024-02-10'))).toEqual(d('2024-01-10', '2024-01-31'));
    expect(intersectAll([d('2024-01-01', '2024-12-31'), d('2024-06-01', '2024-06-30'), d('2024-06-12')])).toEqual(d('2024-06-12'));
    expect(intersectAll([d('2024-01-01'), d('2024-01-02')])).toBeNull();
    expect(intersectAll([d('2024-01-01'), null])).toBeNull();
    expect(intersectAll([])).toBeNull();
  });

  it('sorts relation pairs and bounds "until" prefixes inclusively', () => {
    expect(relationPair('ZAF', 'ARG')).toEqual(['ARG', 'ZAF']);
    expect('2024-03-31' <= untilBound('2024-03')).toBe(true);
    expect('2024-04-01' <= untilBound('2024-03')).toBe(false);
    expect('2024-12-31' <= untilBound('2024')).toBe(true);
  });
});
