/**
 * publish — what the site publishes beside its pages: the rows of the data exports (JSON
 * and CSV), what the search index knows of a page (kind, filters, sort date, searchable
 * metadata), and the page as the indexer should read it.
 *
 * May import: claims, site, compare.
 */
export * from './exports';
export * from './search';
export * from './index-html';
export * from './search-index';
