/**
 * Reads the dossier's public address from its one committed place, `site.json` (or the file
 * `DOSSIER_SITE_FILE` names, for a test build), for `astro.config.mjs` and `npm run release`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteAddress, SITE_SETTINGS_FILE } from '../lib/site/dossier.ts';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/**
 * The public address, or the local preview's when `address` is null. Throws, naming the
 * file, when it cannot be read or holds anything but an http(s) origin or null; and when
 * `SITE_URL` is set, since an address from the environment would let two builds cite the
 * dossier at two addresses.
 *
 * @example
 * readSiteAddress() // 'http://localhost:4321' while site.json says { "address": null }
 */
export function readSiteAddress(env: Record<string, string | undefined> = process.env): string {
  if (env.SITE_URL) throw new Error(`SITE_URL is not read: set "address" in ${SITE_SETTINGS_FILE} (the build, the releases and the citations all read it there)`);
  const file = env.DOSSIER_SITE_FILE ?? join(root, SITE_SETTINGS_FILE);
  let settings: unknown;
  try {
    settings = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read the site settings: ${(e as Error).message}`);
  }
  return siteAddress(settings);
}
