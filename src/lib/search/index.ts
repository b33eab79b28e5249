/**
 * search — the search page's logic in the browser, on Pagefind's documented JavaScript
 * API: the search's state in the URL, the reader's filters in Pagefind's syntax, the two
 * lists a search shows (sources, and the dossier's other pages apart), results in date
 * order across the per-language bundles, and what a result card shows.
 *
 * May import: publish.
 */
export * from './state';
export * from './query';
export * from './order';
export * from './card';
export * from './pagefind';
