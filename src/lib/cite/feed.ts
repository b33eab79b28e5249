/**
 * The feed: one item per source, per correction and per data release, newest first, the
 * newest hundred. A source is dated at its publication date (the first day of its month
 * when only the month is known), a correction and a release at their day.
 */
import type { SourceEntry } from '../site';
import { allCorrections, correctionUrl, escapeHtml, formatPartialDate, formatPublished, newestFirst, releaseUrl, sourceUrl } from '../site';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** What the feed says of a data release. */
export interface FeedRelease {
  version: string;
  date: string;
  notes: string;
  cutoff: string | null;
}

const day = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
const precisionOf = (date: string) => (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year');

/** How many items the feed carries, newest first: a reader keeps what it has seen, and the feed does not grow with the corpus. */
export const FEED_LIMIT = 100;

/**
 * The feed's newest `limit` items.
 *
 * @example
 * feedItems(entries, name)[0].link // '/sources/<newest id>/'
 * feedItems(entries, name, releases).find((i) => i.categories.includes('Data release'))?.link // '/data/releases/2026-11-23/'
 */
export function feedItems(entries: readonly SourceEntry[], outletName: (s: SourceEntry) => string, releases: readonly FeedRelease[] = [], limit = FEED_LIMIT): FeedItem[] {
  const items: FeedItem[] = [
    ...[...releases].reverse().map((r) => ({
      title: `Data release ${r.version}`,
      link: releaseUrl(r.version),
      pubDate: day(r.date),
      description: `${r.notes}${r.cutoff ? ` Data up to ${formatPartialDate(r.cutoff, precisionOf(r.cutoff))}.` : ''}`,
      categories: ['Data release'],
    })),
    ...allCorrections(entries).map(({ source, anchor, correction: c }) => ({
      title: `Correction: ${source.data.title}`,
      link: correctionUrl(source.id, anchor),
      pubDate: day(c.date),
      description: `${outletName(source)}, ${formatPublished(source.data)}. Corrected ${formatPartialDate(c.date, 'day')}: ${c.text} Why: ${c.reason}`,
      categories: ['Correction'],
    })),
    ...newestFirst(entries).map((s) => ({
      title: s.data.title,
      link: sourceUrl(s.id),
      pubDate: day(s.data.published),
      description: `${outletName(s)}, ${formatPublished(s.data)}. ${s.data.summary}`,
      categories: [s.data.language === 'fr' ? 'French' : 'English'],
    })),
  ];
  // Stable: on one day, releases, then corrections, then sources, each in their own order.
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, limit);
}

/** An item as `@astrojs/rss` takes it: its title and description are HTML, its link absolute. */
export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/**
 * The feed's items as the RSS file carries them. Feed readers read an item's description,
 * and many its title, as HTML once the XML is decoded; `@astrojs/rss` only escapes for XML.
 * So every text is escaped as HTML first (a `<script>` in a summary reaches the XML as
 * `&amp;lt;script&amp;gt;`, and the reader shows it as text). Links are made absolute here:
 * `@astrojs/rss` would add a slash after a correction's `#anchor`.
 *
 * @example
 * rssItems([{ title: 'A <b>', link: '/sources/a/', pubDate, description: 'x & y', categories: [] }], 'https://d.example')[0]
 * // { title: 'A &lt;b&gt;', link: 'https://d.example/sources/a/', description: 'x &amp; y', … }
 */
export function rssItems(items: readonly FeedItem[], site: URL | string): RssItem[] {
  return items.map((item) => ({
    title: escapeHtml(item.title),
    link: new URL(item.link, site).href,
    pubDate: item.pubDate,
    description: escapeHtml(item.description),
    categories: item.categories,
  }));
}
