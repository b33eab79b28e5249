/**
 * Synthetic data releases for the model's unit tests: the export files of some sources,
 * made with the site's own `exportFiles`, and a manifest as `npm run release` writes it.
 */
import type { SourceEntry } from '../../src/lib/site';
import type { TopicDef } from '../../src/lib/compare';
import { buildEntityIndex } from '../../src/lib/compare';
import { bodyBytes, buildManifest, exportFiles, frozenBody, manifestText, sha256, type ReleaseFolder, type VerifiedRelease } from '../../src/lib/publish';

export const SITE = 'https://dossier.example';
export const TOPICS: TopicDef[] = [
  { id: 'troops', title: 'Troops', navLabel: 'Troops', order: 1, description: 'd', select: { kind: 'figure', figureTopics: ['troops'] } },
  { id: 'reactions', title: 'Reactions', navLabel: 'Reactions', order: 2, description: 'd', select: { kind: 'reaction' } },
];
const ENTITIES = [{ id: 'nis', label: 'NIS', kind: 'agency' as const, description: 'd', forms: [{ text: 'NIS' }] }];

/** Every source's outlet, for the database's outlets table. */
export const OUTLET_OF = () => ({ id: 'outlet', name: 'Outlet', identified: true, language: 'en', kind: 'News site' });

/** The frozen export files of some sources, by path. */
export function releaseFiles(sources: readonly SourceEntry[], site = SITE): { path: string; bytes: Uint8Array }[] {
  const index = buildEntityIndex(sources, () => '', ENTITIES, ENTITIES);
  return exportFiles({ sources, topics: TOPICS, entities: ENTITIES, entityIndex: index, outletName: () => 'Outlet', glossary: ENTITIES, outletOf: OUTLET_OF, articleText: () => '' }, site)
    .map((f) => ({ path: f.path, bytes: bodyBytes(frozenBody(f)) }));
}

/** A release folder as `npm run release` writes it, following `previous` when given. */
export function releaseFolder(version: string, sources: readonly SourceEntry[], previous?: ReleaseFolder, notes = 'Notes'): ReleaseFolder {
  const files = releaseFiles(sources);
  const prior = previous && { version: previous.name, manifest_sha256: sha256(previous.files.find((f) => f.path === 'manifest.json')!.bytes) };
  const manifest = buildManifest({ version, site: SITE, notes, previous: prior ?? null, files });
  return { name: version, files: [...files, { path: 'manifest.json', bytes: new TextEncoder().encode(manifestText(manifest)) }] };
}

/** A release as the build holds it once checked. */
export function verified(folder: ReleaseFolder): VerifiedRelease {
  const manifestBytes = folder.files.find((f) => f.path === 'manifest.json')!.bytes;
  return {
    manifest: JSON.parse(new TextDecoder().decode(manifestBytes)),
    manifestSha256: sha256(manifestBytes),
    manifestBytes,
    files: new Map(folder.files.filter((f) => f.path !== 'manifest.json').map((f) => [f.path, f.bytes])),
  };
}
