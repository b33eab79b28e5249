/**
 * What a search is — its query, the filter values chosen, the order — and how it reads in
 * the page's address, so that any search can be linked and the back button restores it:
 * `/search/?q=Kursk&language=French&sort=desc`.
 */

export type SortOrder = '' | 'asc' | 'desc';

export interface SearchState {
  query: string;
  /** Filter key → the values chosen (a result matches any of them). */
  filters: Record<string, string[]>;
  /** '' is relevance (newest first when there is no query). */
  sort: SortOrder;
}

/**
 * The search an address asks for; parameters other than `q`, `sort` and the given filter
 * keys are ignored, and so are empty values.
 *
 * @example
 * stateFromUrl('?q=Kursk&language=French&sort=desc', ['language']) // { query: 'Kursk', filters: { language: ['French'] }, sort: 'desc' }
 */
export function stateFromUrl(search: string, filterKeys: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const key of filterKeys) {
    const values = [...new Set(params.getAll(key).filter((v) => v.trim()))];
    if (values.length) filters[key] = values;
  }
  const sort = params.get('sort');
  return { query: (params.get('q') ?? '').trim(), filters, sort: sort === 'asc' || sort === 'desc' ? sort : '' };
}

/**
 * The address's query string for a search ('' for an empty one), filters in the order given.
 *
 * @example
 * searchOfState({ query: 'Corée du Nord', filters: { year: ['2025'] }, sort: '' }, ['kind', 'year']) // '?q=Cor%C3%A9e+du+Nord&year=2025'
 */
export function searchOfState(state: SearchState, filterKeys: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of filterKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort) params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * The order results are shown in: the reader's choice, else relevance for a query and
 * newest first when browsing without one (relevance means nothing then).
 *
 * @example
 * effectiveSort({ query: '', filters: {}, sort: '' }) // 'desc'
 */
export function effectiveSort(state: SearchState): SortOrder {
  return state.sort || (state.query.trim() ? '' : 'desc');
}
