import { describe, expect, it } from 'vitest';
import { countPlans, countsOf, listFilters, pagefindFilters } from './query';

const primary = { key: 'kind', value: 'Source' };

describe('pagefindFilters', () => {
  it('asks for every key and any of its values', () => {
    expect(pagefindFilters({ outlet: ['CSactu', 'Russafrik'], year: ['2025'], topic: [] }))
      .toEqual({ outlet: { any: ['CSactu', 'Russafrik'] }, year: '2025' });
    expect(pagefindFilters({ outlet: ['CSactu'], year: ['2025'] }, 'year')).toEqual({ outlet: 'CSactu' });
  });
});

describe('listFilters', () => {
  it('puts sources in the main list and every other kind apart', () => {
    expect(listFilters({}, primary)).toEqual({ main: { kind: 'Source' }, others: { not: { kind: 'Source' } } });
    expect(listFilters({ language: ['French'] }, primary))
      .toEqual({ main: { language: 'French', kind: 'Source' }, others: { language: 'French', not: { kind: 'Source' } } });
  });

  it('shows one list of the kinds a reader chose', () => {
    expect(listFilters({ kind: ['Topic page', 'Timeline'] }, primary)).toEqual({ main: { kind: { any: ['Topic page', 'Timeline'] } }, others: null });
    expect(listFilters({ kind: ['Source'] }, primary)).toEqual({ main: { kind: 'Source' }, others: null });
  });
});

describe('counting filter values', () => {
  const keys = ['kind', 'outlet', 'language', 'year'];

  it('counts the keys without a choice in one search, and each chosen key without its own choice', () => {
    const plans = countPlans({ outlet: ['CSactu', 'Russafrik'], year: ['2025'] }, keys);
    expect(plans).toEqual([
      { keys: ['kind', 'language'], filters: { outlet: { any: ['CSactu', 'Russafrik'] }, year: '2025' } },
      { keys: ['outlet'], filters: { year: '2025' } },
      { keys: ['year'], filters: { outlet: { any: ['CSactu', 'Russafrik'] } } },
    ]);
    expect(countPlans({}, keys)).toEqual([{ keys, filters: {} }]);
  });

  it('takes each key’s counts from its own search', () => {
    const plans = countPlans({ outlet: ['CSactu'] }, ['kind', 'outlet']);
    const counts = countsOf(plans, [
      { kind: { Source: 1, 'Topic page': 0 }, outlet: { CSactu: 1, Russafrik: 0 } },
      { kind: { Source: 5 }, outlet: { CSactu: 1, Russafrik: 1 } },
    ]);
    expect(counts).toEqual({ kind: { Source: 1, 'Topic page': 0 }, outlet: { CSactu: 1, Russafrik: 1 } });
  });
});
