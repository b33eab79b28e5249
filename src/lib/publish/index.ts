/**
 * publish — what the site publishes beside its pages: the rows of the data exports (JSON
 * and CSV) and the files they make (the SQLite database among them), the data releases that freeze them (manifests,
 * checks, what changed from one to the next), what the search index knows of a page
 * (kind, filters, sort date, searchable metadata), and the page as the indexer should read it.
 *
 * May import: claims, site, compare.
 */
export * from './exports';
export * from './search';
export * from './datasets';
export * from './database';
export * from './database-schema';
export * from './releases';
export * from './changes';
export * from './index-html';
export * from './search-index';
