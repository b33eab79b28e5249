import { describe, expect, it } from 'vitest';
import { isPeriodKey, periodLabel, periodOf, periodPrecision, planArchive, type PeriodDate } from './periods';

const d = (start: string, precision: PeriodDate['precision'] = 'day') => ({ start, precision });

describe('periodOf', () => {
  it('puts a day or a month on its month, a season or a year on its year', () => {
    expect(periodOf(d('2025-11-04'))).toBe('2025-11');
    expect(periodOf(d('2025-11-01', 'month'))).toBe('2025-11');
    expect(periodOf(d('2024-12-01', 'season'))).toBe('2024');
    expect(periodOf(d('2024-01-01', 'year'))).toBe('2024');
  });
});

describe('planArchive', () => {
  const items = [d('2025-11-04'), d('2025-11-04'), d('2025-11-05'), d('2025-11-01', 'month'), d('2025-10-30'), d('2025-01-01', 'year')];
  it('lists each item on its month or year page, in the order given, while a month is small', () => {
    const plan = planArchive(items, (x) => x, 10);
    expect(plan.pages.map((p) => [p.key, p.items.length, p.days.length])).toEqual([['2025', 1, 0], ['2025-10', 1, 0], ['2025-11', 4, 0]]);
    expect(plan.pages[2]!.items).toEqual([items[0], items[1], items[2], items[3]]);
    expect(plan.pageOf(items[5]!)).toBe('2025');
    expect(plan.counts).toEqual([{ period: '2025', count: 1 }, { period: '2025-10', count: 1 }, { period: '2025-11', count: 4 }]);
  });
  it('splits a month past the limit into day pages; its month-dated items stay on the month page', () => {
    const plan = planArchive(items, (x) => x, 3);
    expect(plan.pages.map((p) => [p.key, p.items.length])).toEqual([['2025', 1], ['2025-10', 1], ['2025-11', 1], ['2025-11-04', 2], ['2025-11-05', 1]]);
    expect(plan.pages[2]!.days).toEqual([{ key: '2025-11-04', count: 2 }, { key: '2025-11-05', count: 1 }]);
    expect(plan.pageOf(items[0]!)).toBe('2025-11-04');
    expect(plan.pageOf(items[3]!)).toBe('2025-11');
    // The summary still counts the month whole.
    expect(plan.counts.at(-1)).toEqual({ period: '2025-11', count: 4 });
  });
  it('keeps every page of an unchanged period when an item is added elsewhere', () => {
    const before = planArchive(items, (x) => x, 10);
    const after = planArchive([...items, d('2026-02-02')], (x) => x, 10);
    expect(after.pages.slice(0, 3)).toEqual(before.pages);
    expect(() => before.pageOf(d('2025-11-04'))).toThrow(/not in the plan/);
  });
});

describe('period keys', () => {
  it('names their precision and rejects other route parameters', () => {
    expect(['2025', '2025-11', '2025-11-04'].map(periodPrecision)).toEqual(['year', 'month', 'day']);
    expect(isPeriodKey('2025-11')).toBe(true);
    expect(isPeriodKey('citation-page.bib')).toBe(false);
  });
});

describe('periodLabel', () => {
  it('names a day, a month, and a year page as holding only season- or year-dated items', () => {
    expect(periodLabel('2025-11-05')).toBe('5 November 2025');
    expect(periodLabel('2025-11')).toBe('November 2025');
    expect(periodLabel('2025')).toBe('2025 (season or year only)');
  });
});
