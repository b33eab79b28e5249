/**
 * ingest — drafting a source from a collected article: the page read into lines, language
 * detection, removal of site furniture, the dateline and publication date, the troop and
 * casualty figures (measures, qualifiers read with the claims layer's word list, attribution, as-of dates) and dated events found
 * in the text, the entities they name, a provenance check of the draft itself, and Markdown
 * escaping so that article text stays text.
 *
 * May import: claims.
 */
export * from './ingest';
export * from './collect';
export * from './datelines';
export * from './dating';
export * from './calendar';
export * from './clauses';
export * from './measures';
export * from './attribution';
export * from './asof';
export * from './figures';
export * from './events';
export * from './check';
export * from './names';
export * from './furniture';
export * from './language';
export * from './markdown';
export * from './readability';
export * from './second-opinion';
export * from './outlets';
