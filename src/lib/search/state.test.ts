import { describe, expect, it } from 'vitest';
import { effectiveSort, searchOfState, stateFromUrl } from './state';

const keys = ['kind', 'language', 'year'];

describe('the search in the address', () => {
  it('reads the query, the filters and the order', () => {
    expect(stateFromUrl('?q=Kursk&language=French&language=English&sort=desc', keys))
      .toEqual({ query: 'Kursk', filters: { language: ['French', 'English'] }, sort: 'desc' });
    expect(stateFromUrl('?q=Cor%C3%A9e+du+Nord', keys)).toEqual({ query: 'Corée du Nord', filters: {}, sort: '' });
  });

  it('ignores unknown parameters, empty and repeated values, and an unknown order', () => {
    expect(stateFromUrl('?q=+&kind=&kind=Source&kind=Source&utm=x&sort=sideways', keys)).toEqual({ query: '', filters: { kind: ['Source'] }, sort: '' });
  });

  it('writes what it reads', () => {
    const state = { query: 'Corée du Nord', filters: { year: ['2025'], kind: ['Topic page', 'Timeline'] }, sort: 'asc' as const };
    const search = searchOfState(state, keys);
    expect(search).toBe('?q=Cor%C3%A9e+du+Nord&kind=Topic+page&kind=Timeline&year=2025&sort=asc');
    expect(stateFromUrl(search, keys)).toEqual(state);
    expect(searchOfState({ query: '', filters: {}, sort: '' }, keys)).toBe('');
  });

  it('shows a browse without a query newest first unless the reader chose an order', () => {
    expect(effectiveSort({ query: '', filters: {}, sort: '' })).toBe('desc');
    expect(effectiveSort({ query: '', filters: {}, sort: 'asc' })).toBe('asc');
    expect(effectiveSort({ query: 'Kursk', filters: {}, sort: '' })).toBe('');
  });
});
