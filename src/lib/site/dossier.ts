/**
 * The dossier's name and public address, as pages, citations, exports and data releases
 * give them.
 */

/** The dossier's name: the author and container of its citations and data releases. */
export const DOSSIER_NAME = 'Russia–North Korea dossier';

/** The address the site is built for when `SITE_URL` is not set (a local preview). */
export const DEFAULT_SITE = 'http://localhost:4321';

/**
 * The site's public address from the environment: `SITE_URL`, or the local preview's.
 * Absolute links in pages, citations and exports are made from it.
 *
 * @example
 * siteAddress({ SITE_URL: 'https://dossier.example.org' }) // 'https://dossier.example.org'
 * siteAddress({}) // 'http://localhost:4321'
 */
export function siteAddress(env: Record<string, string | undefined>): string {
  return env.SITE_URL || DEFAULT_SITE;
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
