/**
 * Sources as a collection: URLs, ordering, and how a source's date reads.
 */
import type { SourceData } from '../claims';
import { formatPartialDate } from './format';

/** A source as the model sees it: its id (the URL) and its frontmatter. */
export interface SourceEntry<D extends SourceData = SourceData> {
  id: string;
  data: D;
}

/**
 * The permanent URL of a source page.
 *
 * @example
 * sourceUrl('csactu-2025-05-north-korea-joins-the-fight') // '/sources/csactu-2025-05-north-korea-joins-the-fight/'
 */
export function sourceUrl(sourceId: string): string {
  return `/sources/${sourceId}/`;
}

/**
 * The permanent URL of a person's, organisation's or place's page (its file name in
 * content/entities/).
 *
 * @example
 * entityUrl('kursk') // '/entities/kursk/'
 */
export function entityUrl(entityId: string): string {
  return `/entities/${entityId}/`;
}

/**
 * The permanent URL of a claim: its source page with the claim's anchor.
 *
 * @example
 * claimUrl('x', 'fig-a') // '/sources/x/#fig-a'
 */
export function claimUrl(sourceId: string, claimId: string): string {
  return `${sourceUrl(sourceId)}#${claimId}`;
}

/**
 * Sources newest first; a month-precision date sorts before the days of that month,
 * and ties fall back to the id so the order never depends on file-system order.
 *
 * @example
 * newestFirst(entries).map((e) => e.data.published) // ['2025-11-08', '2025-07', '2025-06-05', …]
 */
export function newestFirst<E extends SourceEntry>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => {
    const byDate = b.data.published.localeCompare(a.data.published);
    return byDate !== 0 ? byDate : a.id.localeCompare(b.id);
  });
}

/**
 * A source's publication date in words, saying when the dossier inferred it.
 *
 * @example
 * formatPublished({ published: '2025-05', datePrecision: 'month', dateInferred: true }) // 'May 2025 (approximate)'
 */
export function formatPublished(data: Pick<SourceData, 'published' | 'datePrecision' | 'dateInferred'>): string {
  const date = formatPartialDate(data.published, data.datePrecision);
  return data.dateInferred ? `${date} (approximate)` : date;
}

/**
 * The sections of a source page, for its table of contents: the ones the source has
 * something for, with the anchors their headings carry.
 *
 * @example
 * sourceSections(data).map((s) => s.label) // ['Summary', 'Corrections' (when any), 'Key figures', …, 'Article text', 'Cite']
 */
export function sourceSections(data: Pick<SourceData, 'figures' | 'transfers' | 'reactions' | 'events' | 'corrections'>): { id: string; label: string }[] {
  return [
    { id: 'summary-title', label: 'Summary' },
    ...(data.corrections?.length ? [{ id: 'corrections-title', label: 'Corrections' }] : []),
    ...(data.figures.length ? [{ id: 'figures-title', label: 'Key figures' }] : []),
    ...(data.transfers.length ? [{ id: 'transfers-title', label: 'Transfers' }] : []),
    ...(data.reactions.length ? [{ id: 'reactions-title', label: 'Reactions' }] : []),
    ...(data.events.length ? [{ id: 'events-title', label: 'Dated events' }] : []),
    { id: 'text-title', label: 'Article text' },
    { id: 'cite-title', label: 'Cite' },
  ];
}

/**
 * The sources a build publishes: every reviewed one, and drafts too when `withDrafts` (the
 * live preview of `npm run dev`, which shows them with a banner). The build still checks a
 * draft in full (schema and provenance); it only publishes nothing of it.
 *
 * @example
 * published(entries, false).some((e) => e.data.draft) // false
 */
export function published<E extends SourceEntry>(entries: readonly E[], withDrafts: boolean): E[] {
  return withDrafts ? [...entries] : entries.filter((e) => !e.data.draft);
}

/**
 * The language a source's title is written in: the article's, or English when the dossier
 * supplied the title (the article has none).
 *
 * @example
 * titleLanguage({ language: 'fr', titleSupplied: true }) // 'en'
 * titleLanguage({ language: 'fr' })                      // 'fr'
 */
export function titleLanguage(data: Pick<SourceData, 'language'> & { titleSupplied?: boolean | undefined }): SourceData['language'] {
  return data.titleSupplied ? 'en' : data.language;
}

/**
 * The English a list shows beside a title in another language: its translation, when the
 * record has one.
 *
 * @example
 * titleGloss({ language: 'fr', titleTranslation: 'Strengthening of military ties' }) // 'Strengthening of military ties'
 * titleGloss({ language: 'en', title: 'North Korea joins the fight' })             // undefined
 */
export function titleGloss(data: Pick<SourceData, 'language'> & { titleSupplied?: boolean | undefined; titleTranslation?: string | undefined }): string | undefined {
  return titleLanguage(data) === 'en' ? undefined : data.titleTranslation;
}

/** What the "title supplied" badge means, wherever it is shown. */
export const TITLE_SUPPLIED_NOTE = 'The article has no headline: this title is the dossier’s own description, in English.';
