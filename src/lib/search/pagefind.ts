/**
 * The parts of pagefind.js (Pagefind 1.6) the search page uses, as its documentation
 * describes them: https://pagefind.app/docs/api/ and /docs/js-api-filtering/.
 */

/** A filter expression: a key → a value, values, or `{ any | all | none | not: … }`. */
export type PagefindFilters = Record<string, unknown>;

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Counts per filter key and value. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

/** What `result.data()` gives (excerpts are HTML-escaped with `<mark>`; meta and content are raw). */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  /** "<language>_<hash>": the prefix is the language of the page's bundle. */
  id: string;
  score: number;
  matchedMetaFields?: string[];
  data: () => Promise<PagefindData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: PagefindFilterCounts;
  totalFilters: PagefindFilterCounts;
}

/** The module `/pagefind/pagefind.js` exports. */
export interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
  filters: () => Promise<PagefindFilterCounts>;
}
