/**
 * ingest — drafting a source from a collected article: language detection, removal of
 * site furniture, figures and dated events found in the text, and Markdown escaping so
 * that article text stays text.
 *
 * May import: claims.
 */
export * from './ingest';
export * from './extract';
export * from './furniture';
export * from './language';
export * from './markdown';
