/**
 * What the search index knows of a page besides its text: its kind, filters, the date it
 * sorts by, and the metadata a result shows or a query may match.
 *
 * A page's indexed text is only what a reader reads as its content (an article's own
 * words, a topic page's description and sections), marked `data-pagefind-body` by the
 * page. Everything else a query should find without it turning up in excerpts — names in
 * both languages, an English summary of a French article, a title's translation — is
 * metadata: Pagefind searches metadata but never quotes it in an excerpt.
 */
import type { SourceEntry } from '../site';
import { formatPublished } from '../site';
import type { TopicDef } from '../compare';
import type { GlossaryEntry } from '../claims';
import { topicsOfSource } from '../compare';
import { LANGUAGE_LABELS, needsTranslation, NOTE_KIND_LABELS } from '../claims';
import { PAGE_KIND_LABELS, QUOTE_TRANSLATION_MARKS, SEARCH_META, type PageKind, type SearchFacets } from './search-schema';

export * from './search-schema';


/**
 * The search index's value for the names a page contains: every form of each, forms
 * separated by " / " and entries by " | " (marks the indexer skips), so that the search
 * page can tell which forms name the same thing (namesExcerpt).
 *
 * @example
 * namesMeta([{ id: 'kursk', label: 'Kursk', kind: 'place', forms: [{ text: 'Kursk' }, { text: 'Koursk', lang: 'fr' }] }]) // 'Kursk / Koursk'
 */
export function namesMeta(entries: readonly GlossaryEntry[]): string {
  return entries.map((e) => (e.forms.length ? e.forms.map((f) => f.text) : [e.label]).join(' / ')).join(' | ');
}

/**
 * An ISO date as digits, for the `sortdate` metadata. Digits keep the order of ISO dates
 * (a month sorts before the days in it) and form one word no reader types.
 *
 * @example
 * sortDateMeta('2025-07') // '202507'
 */
export function sortDateMeta(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

const MARKS = /[¦¶]/g;

/**
 * The search index's value for the dossier's translations of a source's quotes: each
 * translated claim as `id ¦ quote ¦ translation`, claims separated by ` ¶ `
 * (QUOTE_TRANSLATION_MARKS); empty for an English source. The marks are taken out of the
 * texts, so that they only ever separate.
 *
 * @example
 * quoteTranslationsMeta(frenchSource) // 'fig-wounded ¦ des milliers d’autres blessés ¦ thousands of others wounded'
 */
export function quoteTranslationsMeta(source: Pick<SourceEntry, 'data'>): string {
  const d = source.data;
  if (!needsTranslation(d)) return '';
  const clean = (s: string) => s.replace(MARKS, ' ').replace(/\s+/g, ' ').trim();
  return [...d.figures, ...d.transfers, ...d.reactions, ...d.events]
    .filter((c) => c.translation?.trim())
    .map((c) => [c.id, clean(c.quote), clean(c.translation!)].join(QUOTE_TRANSLATION_MARKS.field))
    .join(QUOTE_TRANSLATION_MARKS.entry);
}

/** Drops the entries whose value is empty. */
const present = (o: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => Boolean(e[1]?.trim())));

/**
 * A source page's facets: kind, outlet, language, year, the topics it appears on; sorts by
 * publication date; its title, translation, summary, the translations of its quotes, notes,
 * outlet and names are searchable.
 *
 * @example
 * sourceFacets(entry, 'CSactu', topics, names).filters // { kind: ['Source'], outlet: ['CSactu'], language: ['English'], year: ['2025'], topic: [...] }
 */
export function sourceFacets(source: SourceEntry, outlet: string, topics: readonly TopicDef[], names: readonly GlossaryEntry[]): SearchFacets {
  const d = source.data;
  const facets: SearchFacets = {
    filters: {
      kind: [PAGE_KIND_LABELS.source],
      outlet: [outlet],
      language: [LANGUAGE_LABELS[d.language]],
      year: [d.published.slice(0, 4)],
      topic: topicsOfSource(source, topics).map((t) => t.navLabel),
    },
    sort: { date: d.published },
    meta: present({
      [SEARCH_META.title]: d.title,
      [SEARCH_META.translation]: d.titleTranslation,
      [SEARCH_META.summary]: d.summary,
      [SEARCH_META.quoteTranslations]: quoteTranslationsMeta(source),
      [SEARCH_META.notes]: d.notes.map((n) => `${NOTE_KIND_LABELS[n.kind]}: ${n.text}`).join(' '),
      [SEARCH_META.names]: namesMeta(names),
      [SEARCH_META.outlet]: outlet,
      [SEARCH_META.author]: d.author,
      [SEARCH_META.date]: formatPublished(d),
      [SEARCH_META.sortDate]: sortDateMeta(d.published),
    }),
  };
  if (d.titleSupplied) facets.meta[SEARCH_META.titleSupplied] = '';
  return facets;
}

/**
 * A topic, timeline or entity page's facets: its kind, its topic, the years and outlets of
 * the sources it draws on; sorts by its newest source; its title and names are searchable
 * (an entity page's names are every form of its own name).
 *
 * @example
 * collectionFacets('topic', 'Troops', entries, name, { title: 'North Korean troops in Russia', names: [] }).sort.date // '2025-11-08'
 */
export function collectionFacets(
  kind: Exclude<PageKind, 'source'>,
  topic: string | null,
  sources: readonly SourceEntry[],
  outletName: (s: SourceEntry) => string,
  page: { title: string; names: readonly GlossaryEntry[] },
): SearchFacets {
  const newest = [...sources].map((s) => s.data.published).sort().at(-1) ?? '';
  const uniq = (xs: string[]) => [...new Set(xs)].sort();
  return {
    filters: {
      kind: [PAGE_KIND_LABELS[kind]],
      ...(topic ? { topic: [topic] } : {}),
      outlet: uniq(sources.map(outletName)),
      year: uniq(sources.map((s) => s.data.published.slice(0, 4))),
    },
    sort: newest ? { date: newest } : {},
    meta: present({
      [SEARCH_META.title]: page.title,
      [SEARCH_META.names]: namesMeta(page.names),
      [SEARCH_META.sortDate]: newest && sortDateMeta(newest),
    }),
  };
}
