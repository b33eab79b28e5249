/**
 * publish — what the site publishes beside its pages: the rows of the data exports (JSON
 * and CSV) and what the search index knows of a page (kind, filters, sort date).
 *
 * May import: claims, site, compare.
 */
export * from './exports';
export * from './search';
