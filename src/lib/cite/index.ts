/**
 * cite — how the dossier is cited and announced: citation styles and files, the citation
 * records of sources and pages, the metadata reference managers and link previews read,
 * and the feed.
 *
 * May import: claims, site, compare.
 */
export * from './cite';
export * from './citations';
export * from './metadata';
export * from './feed';
export * from './topic-feed';
