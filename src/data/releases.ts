/**
 * The committed data releases (`releases/<version>/`, or `DOSSIER_RELEASES_DIR`), read and
 * checked once per build: a folder that is not a release, a file that does not match its
 * manifest, a file added or removed by hand, a manifest whose SHA-256 is not the one
 * `published.json` records, a recorded release missing or a release not recorded stops
 * the build, naming the file. Also the export files of the current data, made once per
 * build for the pages and endpoints, and how they compare with the latest release.
 */
import { relative, resolve } from 'node:path';
import { loadDossier, loadEntityIndex, type Source } from './dossier';
import { readReleasesDir } from './release-folders';
import { DEFAULT_SITE, type SourceEntry } from '../lib/site';
import { articleBlocks } from '../lib/compare';
import { cachedDatabaseBuilder } from './database-cache';
import { phase } from './phase';
import {
  compareWithRelease, exportFiles, frozenBody, releaseData, verifyRecord, verifyReleases,
  type DatabaseInput, type ExportFile, type ReleaseComparison, type ReleaseData, type ReleaseField, type VerifiedRelease,
} from '../lib/publish';

/** Where the releases are, as the release tool writes them. */
const RELEASES_DIR = resolve(process.env.DOSSIER_RELEASES_DIR ?? './releases');

let releases: VerifiedRelease[] | undefined;

/**
 * Every release, oldest first, checked against its manifest and against the record of
 * published releases (`published.json`): a release edited (its manifest recomputed),
 * removed or added by hand stops the build. A folder whose name starts with a dot (the
 * release tool's unfinished write) is not a release and is skipped.
 */
export function loadReleases(): VerifiedRelease[] {
  if (releases) return releases;
  const dir = RELEASES_DIR;
  const label = relative(process.cwd(), dir) || dir;
  const { folders, record, problems } = readReleasesDir(dir, label);
  const verified = verifyReleases(folders, label);
  problems.push(...verified.problems, ...verifyRecord(folders, record, label));
  if (problems.length) {
    throw new Error(`Data releases do not match their manifests and the record of published releases:\n${problems.map((p) => `  - ${p}`).join('\n')}\nA release is frozen: restore its folder and ${label}/published.json from git (\`git checkout -- ${label}/\`), or make a new release with \`npm run release\`.`);
  }
  releases = verified.releases;
  return releases;
}

/**
 * What the releases are, for an incremental build's cache keys: a page that reads them
 * (a topic page's "same as in release …") is rendered again when a release is made.
 */
export function releasesKey(): string {
  return loadReleases().map((r) => `${r.manifest.version}:${r.manifestSha256}`).join(',');
}

const files = new Map<string, Promise<ExportFile[]>>();
// The database is kept in Astro's cache folder (astro.config.mjs's cacheDir), so that a build
// whose rows did not change reads it back rather than writing it again; a cold build writes it.
const buildDatabaseKept = cachedDatabaseBuilder(resolve(process.env.DOSSIER_CACHE_DIR ?? './node_modules/.astro', 'dossier-sqlite'));

/** The current data's export files with absolute links made from `site`; made once per site per build. */
export function loadExportFiles(site: URL | string): Promise<ExportFile[]> {
  const key = String(site).replace(/\/$/, '');
  let made = files.get(key);
  if (!made) {
    made = (async () => {
      const { sources, topics, entities, outlets, outletName, glossary } = await loadDossier();
      const outletOf = (source: SourceEntry) => {
        const id = (source as Source).data.outlet.id;
        const o = outlets.get(id)?.data;
        if (!o) throw new Error(`${(source as Source).filePath ?? `content/sources/${source.id}`}: outlet "${id}" has no profile in content/outlets/`);
        return { id, ...o };
      };
      // The article as the page shows it, block by block, for the database's full-text table.
      const articleText = (source: SourceEntry) => articleBlocks((source as Source).rendered?.html ?? '').map((b) => b.text.trim()).join('\n\n');
      const entityIndex = await loadEntityIndex();
      const buildDatabase = (input: DatabaseInput) => phase('database (read back or written)', () => buildDatabaseKept(input));
      return phase(`export files for ${String(site)}, database included`, () => exportFiles({ sources, topics, entities, entityIndex, outletName, glossary, outletOf, articleText, buildDatabase }, site));
    })();
    files.set(key, made);
  }
  return made;
}

let comparison: Promise<ReleaseComparison> | undefined;

/**
 * How the current data compares with the latest release, file by file. The current files
 * are made with the release's site address, so that a build for another address still
 * matches the release it was cut from.
 */
export function loadReleaseComparison(): Promise<ReleaseComparison> {
  comparison ??= (async () => {
    const latest = loadReleases().at(-1);
    if (!latest) return compareWithRelease(undefined, []);
    const current = await loadExportFiles(latest.manifest.site);
    return compareWithRelease(latest, current.map((f) => ({ path: f.path, body: frozenBody(f) })));
  })();
  return comparison;
}

/** The current data as a release would hold it (links made with the latest release's address), for the changes since. */
export async function loadCurrentData(): Promise<ReleaseData> {
  const site = loadReleases().at(-1)?.manifest.site;
  const current = await loadExportFiles(site ?? DEFAULT_SITE);
  return releaseData(new Map(current.map((f) => [f.path, frozenBody(f)])));
}

/**
 * What a live export says about the releases: the latest, and whether this file is its copy.
 */
export async function releaseField(path: string, site: URL): Promise<ReleaseField> {
  const c = await loadReleaseComparison();
  const status = c.files.get(path) ?? 'none';
  return {
    version: c.version,
    status: c.version ? status : 'none',
    url: c.version && status !== 'none' ? new URL(`/data/releases/${c.version}/${path}`, site).href : null,
    releases: new URL('/data/releases/', site).href,
  };
}

/** Whether the build exports the data as a release freezes it (no `release` member): set by `npm run release` for its own build. */
export const EXPORTS_FOR_RELEASE = process.env.DOSSIER_EXPORTS_FOR_RELEASE === '1';
