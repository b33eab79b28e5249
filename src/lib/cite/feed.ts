/**
 * The feed of sources: one item per source, newest first, dated at its publication date
 * (the first day of its month when only the month is known).
 */
import type { SourceEntry } from '../site';
import { formatPublished, newestFirst, sourceUrl } from '../site';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/**
 * @example
 * feedItems(entries, name)[0].link // '/sources/<newest id>/'
 */
export function feedItems(entries: readonly SourceEntry[], outletName: (s: SourceEntry) => string): FeedItem[] {
  return newestFirst(entries).map((s) => ({
    title: s.data.title,
    link: sourceUrl(s.id),
    pubDate: new Date(`${s.data.published.length === 7 ? `${s.data.published}-01` : s.data.published}T00:00:00Z`),
    description: `${outletName(s)}, ${formatPublished(s.data)}. ${s.data.summary}`,
    categories: [s.data.language === 'fr' ? 'French' : 'English'],
  }));
}
