/**
 * Freezes the current data as a data release (README, "Data releases"):
 *
 *   npm run release -- --notes "What this release adds or corrects"
 *
 * Builds the site from the content into a temporary folder, with the exports as a release
 * keeps them (no live `release` member), and writes every export file under /data/ into
 * `releases/<version>/` with a `manifest.json`: version (today's date, UTC, with `.2`, `.3`…
 * for further releases that day), date, data cut-off, counts, notes, the site address the
 * rows' links use (`address` in site.json), the SHA-256 of every file, and the previous release's
 * manifest hash; and records the release with its manifest's SHA-256 in
 * `releases/published.json`, the record the build checks every release against. Refuses
 * to overwrite a release, to release data identical to the latest release, and to build on
 * a release that no longer matches its manifest or the record.
 * Writes into a hidden folder beside the target, then renames it: a release is whole or absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { RELEASES, ROOT } from './lib/paths.ts';
import {
  buildManifest, manifestText, MANIFEST_FILE, nextVersion, parseRecord, RECORD_FILE, recordText, recordWith, verifyRecord, verifyReleases,
} from '../src/lib/publish/index.ts';
import { filesUnder, readReleasesDir } from '../src/data/release-folders.ts';
import { formatNumber, isLocalPreview } from '../src/lib/site/index.ts';
import { readSiteAddress } from '../src/plugins/site-settings.ts';

const USAGE = 'usage: npm run release -- --notes "What this release adds or corrects"';
/** A reason to release nothing: printed, and the command exits with 1 once temporary files are gone. */
class Refusal extends Error {}
const fail = (message: string): never => {
  throw new Refusal(message);
};

function parseArgs(argv: string[]): { notes: string } {
  let notes: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') { console.log(USAGE); process.exit(0); }
    if (arg === '--notes') notes = argv[++i];
    else if (arg.startsWith('--notes=')) notes = arg.slice('--notes='.length);
    else fail(`unknown argument "${arg}"\n${USAGE}`);
  }
  if (notes === undefined || notes.trim() === '') fail(`a release needs notes saying what it adds or corrects\n${USAGE}`);
  return { notes: notes!.trim().replace(/\s+/g, ' ') };
}

function release(): void {
  const { notes } = parseArgs(process.argv.slice(2));
  const label = relative(process.cwd(), RELEASES) || RELEASES;

  // The releases there are, checked as the build checks them: never release on top of an edited one.
  const { folders, record, problems } = readReleasesDir(RELEASES, label);
  const { releases, problems: bad } = verifyReleases(folders, label);
  problems.push(...bad, ...verifyRecord(folders, record, label));
  if (problems.length) fail(`the releases in ${label}/ do not match their manifests; restore them from git first:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const names = folders.map((f) => f.name);
  const latest = releases.at(-1);

  const today = new Date().toISOString().slice(0, 10);
  const version = nextVersion(names, today);
  const target = join(RELEASES, version);
  if (existsSync(target)) fail(`${label}/${version} already exists; a release is never overwritten`);

  const site = readSiteAddress();
  if (isLocalPreview(site)) console.warn(`release: LOCAL PREVIEW: no public address is set in site.json, so the release's links will point at ${site}. Set "address" before a release meant for readers.`);
  const work = mkdtempSync(join(tmpdir(), 'dossier-release-'));
  try {
    console.log(`release: building the data from the content for release ${version} (links use ${site})…`);
    const build = spawnSync('npx', ['astro', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: {
        ...process.env,
        DOSSIER_DIST_DIR: join(work, 'dist'),
        DOSSIER_CACHE_DIR: join(work, 'cache'),
        DOSSIER_EXPORTS_FOR_RELEASE: '1',
        NODE_OPTIONS: `--max-old-space-size=1536 ${process.env.NODE_OPTIONS ?? ''}`,
      },
    });
    if (build.status !== 0) fail(`the build failed, so nothing was released:\n${`${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-40).join('\n')}`);

    // The release is every export the build published under /data/: JSON, CSV and the SQLite database, not the pages or older releases.
    const data = join(work, 'dist', 'data');
    const files = filesUnder(data, (rel) => rel === 'releases').filter((f) => /\.(json|csv|sqlite)$/.test(f.path));
    if (!files.some((f) => f.path === 'figures.json')) fail(`the build wrote no data/figures.json in ${data}`);
    const manifest = buildManifest({ version, site, notes, previous: latest ? { version: latest.manifest.version, manifest_sha256: latest.manifestSha256 } : null, files });

    if (latest && latest.manifest.site === site && latest.manifest.files.length === manifest.files.length
      && manifest.files.every((f) => latest.manifest.files.some((g) => g.path === f.path && g.sha256 === f.sha256))) {
      fail(`the data is the same as in release ${latest.manifest.version}; there is nothing to release`);
    }
    if (manifest.cutoff && manifest.cutoff > today) fail(`the data's newest date, ${manifest.cutoff}, is after today (${today}): a source or a correction is dated in the future`);

    // Atomic: write a hidden folder and a hidden record beside their targets, then rename
    // both into place; should the record's rename fail, the folder goes too.
    mkdirSync(RELEASES, { recursive: true });
    const partial = join(RELEASES, `.${version}.partial-${process.pid}`);
    const recordPath = join(RELEASES, RECORD_FILE);
    const partialRecord = join(RELEASES, `.${RECORD_FILE}.partial-${process.pid}`);
    try {
      for (const f of files) {
        mkdirSync(dirname(join(partial, f.path)), { recursive: true });
        writeFileSync(join(partial, f.path), f.bytes);
      }
      writeFileSync(join(partial, MANIFEST_FILE), manifestText(manifest));
      writeFileSync(partialRecord, recordText(recordWith(record === null ? null : parseRecord(record).record!, version, manifestText(manifest))));
      if (existsSync(target)) fail(`${label}/${version} appeared while writing; a release is never overwritten`);
      renameSync(partial, target);
      try {
        renameSync(partialRecord, recordPath);
      } catch (e) {
        rmSync(target, { recursive: true, force: true });
        throw e;
      }
    } finally {
      rmSync(partial, { recursive: true, force: true });
      rmSync(partialRecord, { force: true });
    }

    const c = manifest.counts;
    console.log(`release: wrote ${label}/${version}/ — data up to ${manifest.cutoff ?? 'no date'}; ${formatNumber(c.sources)} sources, ${formatNumber(c.claims)} claims (${formatNumber(c.figures)} figures, ${formatNumber(c.figures_in_disagreement)} in disagreement), ${formatNumber(c.entities)} entities, ${formatNumber(c.corrections)} corrections`);
    for (const f of [...manifest.files, { path: MANIFEST_FILE, rows: 0, bytes: Buffer.byteLength(manifestText(manifest)), sha256: '' }]) {
      console.log(`  ${f.path.padEnd(40)} ${f.path === MANIFEST_FILE ? '' : `${formatNumber(f.rows).padStart(7)} rows`}  ${formatNumber(f.bytes).padStart(11)} bytes  ${f.sha256.slice(0, 16)}`);
    }
    console.log(`release: ${latest ? `follows release ${latest.manifest.version}` : 'the first release'}. Next: npm run build && npm run urls:record, then commit ${label}/${version}, ${label}/${RECORD_FILE} and published-urls.json.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  release();
} catch (e) {
  if (!(e instanceof Refusal)) throw e;
  console.error(`release: ${e.message}`);
  process.exitCode = 1;
}

