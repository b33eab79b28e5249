/**
 * site — the dossier's own helpers that every page shares: a source's URLs and the order
 * of sources, how dates and figures read on a page, and the Content-Security-Policy of
 * every page.
 *
 * May import: claims.
 */
export * from './dossier';
export * from './format';
export * from './sources';
export * from './corrections';
export * from './csp';
export * from './html';
export * from './nav';
