import { describe, expect, it } from 'vitest';
import type { Figure } from '../claims';
import { dateInterval, datesDisagree, disagreementSides, figureInterval, figuresDisagree, rangeDisagreements } from './agreement';

const f = (low: number | undefined, high: number | undefined, qualifier: Figure['qualifier'] = 'exact', measure: Figure['measure'] = 'deployed') =>
  ({ low, high, qualifier, measure });

describe('figureInterval', () => {
  it('widens by qualifier', () => {
    expect(figureInterval(f(5000, 5000, 'about'))).toEqual([4500, 5500]);
    expect(figureInterval(f(600, 600, 'nearly'))).toEqual([540, 600]);
    expect(figureInterval(f(14000, 14000, 'up to'))).toEqual([0, 14000]);
    expect(figureInterval(f(100, 100, 'at least'))).toEqual([100, Number.POSITIVE_INFINITY]);
    expect(figureInterval(f(10000, 12000))).toEqual([10000, 12000]);
    expect(figureInterval(f(undefined, undefined))).toBeNull();
  });
});

describe('figuresDisagree', () => {
  it('finds killed estimates that cannot both be right', () => {
    expect(figuresDisagree(f(600, 600, 'nearly', 'killed'), f(2000, 2000, 'about', 'killed'))).toBe(true);
  });
  it('accepts overlapping troop estimates', () => {
    expect(figuresDisagree(f(10000, 12000), f(11000, 11000))).toBe(false);
    expect(figuresDisagree(f(10000, 12000), f(14000, 14000, 'up to'))).toBe(false);
    expect(figuresDisagree(f(10000, 14000), f(15000, 15000, 'about'))).toBe(false); // 13,500–16,500 overlaps
  });
  it('separates estimates that do not overlap', () => {
    expect(figuresDisagree(f(10000, 12000), f(15000, 15000, 'about'))).toBe(true);
  });
  it('never compares different measures or figures without a number', () => {
    expect(figuresDisagree(f(5000, 5000, 'exact', 'planned'), f(15000, 15000))).toBe(false);
    expect(figuresDisagree(f(undefined, undefined, 'exact', 'killed'), f(2000, 2000, 'exact', 'killed'))).toBe(false);
  });
});

describe('rangeDisagreements', () => {
  const point = (n: number): [number, number] => [n, n];
  it('counts the ranges wholly below and above each one and names the nearest', () => {
    const map = rangeDisagreements([600, 2000, 2100, 5000], point, 2);
    expect(map.get(600)).toEqual({ below: 0, above: 3, nearestBelow: [], nearestAbove: [2000, 2100] });
    expect(map.get(2100)).toEqual({ below: 2, above: 1, nearestBelow: [2000, 600], nearestAbove: [5000] });
  });
  it('leaves out overlapping and touching ranges, as figuresDisagree does', () => {
    const ranges = new Map<string, [number, number]>([['a', [0, 14000]], ['b', [10000, 12000]], ['c', [14000, 20000]], ['d', [20000, 30000]]]);
    const map = rangeDisagreements([...ranges.keys()], (k) => ranges.get(k)!, 5);
    expect(map.get('a')).toEqual({ below: 0, above: 1, nearestBelow: [], nearestAbove: ['d'] });
    expect(map.get('d')).toEqual({ below: 2, above: 0, nearestBelow: ['a', 'b'], nearestAbove: [] });
    expect(map.get('c')).toEqual({ below: 1, above: 0, nearestBelow: ['b'], nearestAbove: [] });
  });
  it('finds exactly the pairs that figuresDisagree finds', () => {
    const qualifiers = ['exact', 'about', 'nearly', 'up to', 'at least', 'more than'] as const;
    const figures = Array.from({ length: 200 }, (_, i) => {
      const low = ((i * 7919) % 97) * 100;
      return f(low, low + ((i * 31) % 5) * 100, qualifiers[i % qualifiers.length], 'killed');
    });
    const map = rangeDisagreements(figures, (x) => figureInterval(x)!, figures.length);
    for (const a of figures) {
      const expected = figures.filter((b) => b !== a && figuresDisagree(a, b));
      const got = map.get(a)!;
      expect(got.below + got.above).toBe(expected.length);
      expect(new Set([...got.nearestBelow, ...got.nearestAbove])).toEqual(new Set(expected));
    }
  });
});

describe('disagreementSides', () => {
  it('names every estimate when all are named, else counts each side that has any', () => {
    expect(disagreementSides({ below: 0, above: 0, nearestBelow: [], nearestAbove: [] })).toEqual({ total: 0, allNamed: true, sides: [] });
    expect(disagreementSides({ below: 1, above: 1, nearestBelow: ['a'], nearestAbove: ['b'] }).allNamed).toBe(true);
    expect(disagreementSides({ below: 9, above: 0, nearestBelow: ['a', 'b', 'c'], nearestAbove: [] })).toEqual({
      total: 9, allNamed: false, sides: [{ side: 'lower', count: 9, nearest: ['a', 'b', 'c'] }],
    });
  });
});

describe('dateInterval', () => {
  it('covers the period of each precision', () => {
    expect(dateInterval('2025-04-28', 'day')).toEqual(['2025-04-28', '2025-04-28']);
    expect(dateInterval('2024-02', 'month')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dateInterval('2024-09', 'season')).toEqual(['2024-09-01', '2024-11-30']);
    expect(dateInterval('2024-12', 'season')).toEqual(['2024-12-01', '2025-02-28']);
    expect(dateInterval('2024', 'year')).toEqual(['2024-01-01', '2024-12-31']);
    expect(dateInterval('1950', 'year', '1953')).toEqual(['1950-01-01', '1953-12-31']);
  });
});

describe('datesDisagree', () => {
  it('finds the treaty dated 2023 against June 2024', () => {
    expect(datesDisagree({ date: '2023', precision: 'year' }, { date: '2024-06', precision: 'month' })).toBe(true);
  });
  it('accepts dates of different precision that overlap', () => {
    expect(datesDisagree({ date: '2024', precision: 'year' }, { date: '2024-06', precision: 'month' })).toBe(false);
    expect(datesDisagree({ date: '2024-10', precision: 'month' }, { date: '2024-09', precision: 'season' })).toBe(false);
    expect(datesDisagree({ date: '2025-04', precision: 'month' }, { date: '2025-04-28', precision: 'day' })).toBe(false);
  });
});
