/**
 * The vocabulary the index and the search page share: page kinds, filter and metadata
 * keys. It imports nothing, so that the search page's script carries only these names.
 */

export type PageKind = 'source' | 'topic' | 'timeline' | 'entity';
export const PAGE_KIND_LABELS: Record<PageKind, string> = { source: 'Source', topic: 'Topic page', timeline: 'Timeline', entity: 'Name page' };

/**
 * The kind of page that makes the search page's main list. Pages of every other kind
 * (topic pages, the timeline, the pages of people, organisations and places, and any kind added later) are shown apart, so that they
 * never push an article off the first screen of results.
 */
export const PRIMARY_KIND = { value: PAGE_KIND_LABELS.source, plural: 'Sources' } as const;

/** The index entries of one page. */
export interface SearchFacets {
  /** Filter name → values (a page may have several values, e.g. several topics). Not searchable. */
  filters: Record<string, string[]>;
  /** Sort key → value; ISO dates sort as text. */
  sort: Record<string, string>;
  /** Metadata: shown with a result, and searchable (see SEARCH_META). */
  meta: Record<string, string>;
}

/**
 * The metadata keys of the index. Every metadata value is searchable in Pagefind, so none
 * holds a word that would match queries by accident (no "page", no "sources"): a page's
 * kind, outlet and language are shown from its filters, which are not searchable.
 */
export const SEARCH_META = {
  /** The page's title. */
  title: 'title',
  /** The English translation of a title in another language. */
  translation: 'translation',
  /** The dossier's English summary of a source. */
  summary: 'summary',
  /** The dossier's notes on a source. */
  notes: 'notes',
  /** Every form of every name the page contains: forms separated by " / ", entries by " | ". */
  names: 'names',
  /** The outlet's name, so that a query for it finds its articles. */
  outlet: 'outlet',
  author: 'author',
  /** The publication date as a result shows it ("July 2025 (approximate)"). */
  date: 'date',
  /**
   * The dossier's English translations of a French source's quotes, so that an English
   * query finds a French claim (*wounded* → *blessés*): each entry the claim's id, its quote
   * and its translation (see QUOTE_TRANSLATION_MARKS); a result shows the quote with its
   * translation, linking to the sentence.
   */
  quoteTranslations: 'quote-translations',
  /** The sort date as digits only ("20250715"): merges date-sorted results across bundles, matches no query a reader types. */
  sortDate: 'sortdate',
  /**
   * Present, with an empty value (no word to match), when the dossier supplied the title:
   * the title is then English whatever the article's language.
   */
  titleSupplied: 'title-supplied',
} as const;

/** The filters the search page offers, in order, with their labels. */
export const SEARCH_FILTERS = [
  { id: 'kind', label: 'Page kind' },
  { id: 'topic', label: 'Topic' },
  { id: 'outlet', label: 'Outlet' },
  { id: 'language', label: 'Language' },
  { id: 'year', label: 'Year' },
] as const;

/**
 * The marks between the parts of the `quote-translations` metadata: between a claim's id,
 * quote and translation, and between claims. Neither is a word, so the indexer skips them.
 */
export const QUOTE_TRANSLATION_MARKS = { field: ' ¦ ', entry: ' ¶ ' } as const;
