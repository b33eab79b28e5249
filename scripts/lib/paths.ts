/**
 * Where the project's folders are, for tools and tests alike (from any working directory).
 * The build's own overrides apply here too, so that a test can run the suites over a copy
 * of the content built elsewhere: `DOSSIER_CONTENT_DIR`, `DOSSIER_DIST_DIR`,
 * `DOSSIER_URL_MANIFEST` for the manifest of published URLs, and `DOSSIER_RELEASES_DIR`
 * for the data releases.
 */
import { join, resolve } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CONTENT = resolve(ROOT, process.env.DOSSIER_CONTENT_DIR ?? 'content');
export const DIST = resolve(ROOT, process.env.DOSSIER_DIST_DIR ?? 'dist');
export const URL_MANIFEST = resolve(ROOT, process.env.DOSSIER_URL_MANIFEST ?? join(ROOT, 'published-urls.json'));
export const RELEASES = resolve(ROOT, process.env.DOSSIER_RELEASES_DIR ?? 'releases');
