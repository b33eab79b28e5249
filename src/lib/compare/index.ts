/**
 * compare — putting sources side by side: topics as selectors over claims, what counts as
 * the same thing and when sources disagree, the cross-reference groupings, the timeline,
 * the chart's geometry, and the names (glossary) found in a text.
 *
 * May import: claims, site.
 */
export * from './topics';
export * from './agreement';
export * from './estimates';
export * from './crossref';
export * from './timeline';
export * from './chart';
export * from './glossary';
export * from './wording';
export * from './entities';
export * from './entity-notes';
export * from './periods';
export * from './places';
export * from './headline';
