/**
 * The live data exports under /data/ (shapes: README, "Data exports"): every file
 * `exportFiles` makes, from the same code a data release freezes. A JSON export says in
 * its `release` member whether it is the latest release's copy or newer.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORTS_FOR_RELEASE, loadExportFiles, releaseField, releasesKey } from '../../data/releases';
import { loadDossier } from '../../data/dossier';
import { frozenBody, liveBody, sha256, type ExportFile } from '../../lib/publish';

/** A file's body for its cache key: text as it is, the database's bytes by their hash. */
const bodyKey = (body: string | Uint8Array) => (typeof body === 'string' ? body : sha256(body));

export const getStaticPaths = (async () => {
  const { cacheKeys } = await loadDossier();
  const files = await loadExportFiles(import.meta.env.SITE);
  // Keyed by what the file holds (and the releases its `release` member names): an edit re-renders only the files it changes.
  return files.map((file) => ({ params: { path: file.path }, props: { path: file.path }, cacheKey: cacheKeys.of([], bodyKey(frozenBody(file)), EXPORTS_FOR_RELEASE, releasesKey()) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = async ({ props, site }) => {
  const file = (await loadExportFiles(site!)).find((f) => f.path === props.path) as ExportFile;
  // `npm run release` builds with DOSSIER_EXPORTS_FOR_RELEASE=1 and takes these bodies as the release's files.
  const body = EXPORTS_FOR_RELEASE ? frozenBody(file) : liveBody(file, await releaseField(file.path, site!));
  return new Response(body as string | Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': file.mediaType } });
};
