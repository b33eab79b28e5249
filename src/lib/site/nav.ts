/**
 * The site's main navigation as data: the sections a reader moves between, grouped (the topic
 * pages under Topics), each named exactly as its page's h1 and title, so that a section has
 * one name everywhere (tests/site/navigation.test.ts checks the built pages against it).
 */

/** One link of the menu. */
export interface NavLink {
  href: string;
  label: string;
}

/** A menu entry: a link, or a group whose first link is the group's own page. */
export type NavEntry = NavLink | { group: NavLink; links: NavLink[] };

/** The section names the menu and the pages share (each page's h1 and <title>). */
export const SECTION_NAMES = {
  topics: 'Topics',
  timeline: 'Timeline',
  sources: 'Sources',
  entities: 'Names',
  data: 'Data',
  search: 'Search',
} as const;

/**
 * The main menu: Topics (with every topic page, by its title), Timeline, Sources, Names, Data, Search.
 *
 * @example
 * siteNav([{ id: 'troops', title: 'North Korean troops in Russia' }])[0]
 * // { group: { href: '/topics/', label: 'Topics' }, links: [{ href: '/topics/troops/', label: 'North Korean troops in Russia' }] }
 */
export function siteNav(topics: readonly { id: string; title: string }[]): NavEntry[] {
  return [
    { group: { href: '/topics/', label: SECTION_NAMES.topics }, links: topics.map((t) => ({ href: `/topics/${t.id}/`, label: t.title })) },
    { href: '/timeline/', label: SECTION_NAMES.timeline },
    { href: '/sources/', label: SECTION_NAMES.sources },
    { href: '/entities/', label: SECTION_NAMES.entities },
    { href: '/data/', label: SECTION_NAMES.data },
    { href: '/search/', label: SECTION_NAMES.search },
  ];
}

/**
 * How a menu link relates to the page at `path`: 'page' when it is that page, 'location' when
 * the page lies inside its section (a source under Sources, an archive page under its topic),
 * else undefined. The overview of a group (/topics/) never claims its children's pages.
 *
 * @example
 * navCurrent('/topics/troops/2025-11/', '/topics/troops/') // 'location'
 * navCurrent('/topics/troops/', '/topics/') // undefined
 */
export function navCurrent(path: string, href: string, groupHref?: string): 'page' | 'location' | undefined {
  if (path === href) return 'page';
  if (href === groupHref) return undefined;
  return path.startsWith(href) ? 'location' : undefined;
}
