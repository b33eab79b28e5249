/**
 * claims — the ground floor of the model: what a source claims and how the dossier holds
 * it to its article. The controlled vocabularies (shared with the collection schemas), the
 * claim types, text normalisation and quote location, numbers and dates as English and
 * French text writes them (with their qualifiers and negations), the provenance rule, and the highlighting of quoted stretches.
 *
 * May import: nothing else of ours.
 */
export * from './vocabulary';
export * from './claims';
export * from './text';
export * from './numbers';
export * from './dates';
export * from './provenance';
export * from './qualifiers';
export * from './clauses';
export * from './negation';
export * from './digits';
export * from './highlight';
export * from './article-markup';
export * from './notations';
export * from './names';
export * from './corrections';
export * from './translations';
