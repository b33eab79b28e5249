import { describe, expect, it } from 'vitest';
import type { Figure } from '../claims';
import { dateInterval, datesDisagree, figureInterval } from './agreement';

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
