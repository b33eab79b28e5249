/**
 * What the search index knows of a page besides its text: its kind, filters, the date it
 * sorts by, and the metadata a result shows.
 */
import type { SourceEntry } from '../site';
import { formatPublished } from '../site';
import type { TopicDef } from '../compare';
import { topicsOfSource } from '../compare';
import { LANGUAGE_LABELS } from '../claims';

export type PageKind = 'source' | 'topic' | 'timeline';
export const PAGE_KIND_LABELS: Record<PageKind, string> = { source: 'Source', topic: 'Topic page', timeline: 'Timeline' };

/** The index entries of one page. */
export interface SearchFacets {
  /** Filter name → values (a page may have several values, e.g. several topics). */
  filters: Record<string, string[]>;
  /** Sort key → value; ISO dates sort as text. */
  sort: Record<string, string>;
  /** Metadata shown with a result. */
  meta: Record<string, string>;
}

/**
 * A source page's facets: kind, outlet, language, year, the topics it appears on; sorts by
 * publication date.
 *
 * @example
 * sourceFacets(entry, 'CSactu', topics).filters // { kind: ['Source'], outlet: ['CSactu'], language: ['English'], year: ['2025'], topic: [...] }
 */
export function sourceFacets(source: SourceEntry, outlet: string, topics: readonly TopicDef[]): SearchFacets {
  const d = source.data;
  return {
    filters: {
      kind: [PAGE_KIND_LABELS.source],
      outlet: [outlet],
      language: [LANGUAGE_LABELS[d.language]],
      year: [d.published.slice(0, 4)],
      topic: topicsOfSource(source, topics).map((t) => t.navLabel),
    },
    sort: { date: d.published },
    meta: { outlet, date: formatPublished(d), kind: PAGE_KIND_LABELS.source },
  };
}

/**
 * A topic or timeline page's facets: its kind, its topic, the years and outlets of the
 * sources it draws on; sorts by its newest source.
 *
 * @example
 * collectionFacets('topic', 'Troops', entries, name).sort.date // '2025-11-08'
 */
export function collectionFacets(kind: Exclude<PageKind, 'source'>, topic: string | null, sources: readonly SourceEntry[], outletName: (s: SourceEntry) => string): SearchFacets {
  const newest = [...sources].map((s) => s.data.published).sort().at(-1) ?? '';
  const uniq = (xs: string[]) => [...new Set(xs)].sort();
  return {
    filters: {
      kind: [PAGE_KIND_LABELS[kind]],
      ...(topic ? { topic: [topic] } : {}),
      outlet: uniq(sources.map(outletName)),
      year: uniq(sources.map((s) => s.data.published.slice(0, 4))),
    },
    sort: { date: newest },
    meta: { kind: PAGE_KIND_LABELS[kind], date: `${sources.length} sources` },
  };
}

/** The filters the search page offers, in order, with their labels. */
export const SEARCH_FILTERS = [
  { id: 'kind', label: 'Page kind' },
  { id: 'topic', label: 'Topic' },
  { id: 'outlet', label: 'Outlet' },
  { id: 'language', label: 'Language' },
  { id: 'year', label: 'Year' },
] as const;
