/**
 * site — the dossier's own helpers that every page shares: a source's URLs and the order
 * of sources, and how dates and figures read on a page.
 *
 * May import: claims.
 */
export * from './dossier';
export * from './format';
export * from './sources';
export * from './corrections';
export * from './html';
