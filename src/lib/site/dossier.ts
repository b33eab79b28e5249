/**
 * The dossier's name and public address, as pages, citations, exports and data releases
 * give them.
 */

/** The dossier's name: the author and container of its citations and data releases. */
export const DOSSIER_NAME = 'Russia–North Korea dossier';

/** The address a build without a public address is made for: a local preview. */
export const DEFAULT_SITE = 'http://localhost:4321';

/** Where the public address is set: the one committed place the build, releases and citations read. */
export const SITE_SETTINGS_FILE = 'site.json';

/** What `site.json` holds. */
export interface SiteSettings {
  /** The dossier's public address (`https://…`, no path), or null before it is deployed. */
  address: string | null;
}

/**
 * The site's public address from `site.json`, or the local preview's when none is set.
 * Absolute links in pages, citations, exports and releases are made from it. Throws,
 * naming the file and the field, on anything but null or an http(s) origin.
 *
 * @example
 * siteAddress({ address: 'https://dossier.example.org/' }) // 'https://dossier.example.org'
 * siteAddress({ address: null })                           // 'http://localhost:4321'
 */
export function siteAddress(settings: unknown): string {
  const address = (settings as Partial<SiteSettings> | null)?.address;
  if (address === null || address === undefined) return DEFAULT_SITE;
  let url: URL | undefined;
  try {
    url = typeof address === 'string' ? new URL(address) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new Error(`${SITE_SETTINGS_FILE}: "address" must be the public address of the dossier, such as "https://dossier.example.org", or null for a local preview; it is ${JSON.stringify(address)}`);
  }
  return url.origin;
}

/**
 * True when pages are built for a local preview (no public address set): their absolute
 * links, citations included, point at this computer and must not be published.
 *
 * @example
 * isLocalPreview('http://localhost:4321')        // true
 * isLocalPreview(new URL('https://example.org')) // false
 */
export function isLocalPreview(site: string | URL | undefined): boolean {
  if (!site) return true;
  const host = new URL(site).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/**
 * The permanent URL of a data release, or of one of its files.
 *
 * @example
 * releaseUrl('2026-11-23') // '/data/releases/2026-11-23/'
 * releaseUrl('2026-11-23', 'figures.csv') // '/data/releases/2026-11-23/figures.csv'
 */
export function releaseUrl(version: string, file?: string): string {
  return `/data/releases/${version}/${file ?? ''}`;
}

/**
 * The licence of the dossier's own data (its records of the articles, its summaries, notes,
 * corrections and entities, and the exports and releases made of them), and what it does
 * not cover: the articles' words stay their publishers', quoted for research.
 */
export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  covers: 'The dossier’s own work — its records of the articles (figures, transfers, reactions and events, with their attributions and dates), summaries, translations, notes, corrections and entities, and the exports and data releases made of them — may be shared and adapted by anyone, for any purpose, with credit to the Russia–North Korea dossier and a link to it.',
  excludes: 'The articles’ texts, and the quotations taken from them, are not the dossier’s to license: they remain their publishers’ and authors’, and are reproduced as quotations for research and criticism.',
} as const;
