/**
 * Builds the Pagefind search index over dist/ (run by `npm run build` after Astro).
 *
 *   node scripts/index-search.ts [--site dist] [--strategy per-language|single]
 *
 * Strategies (see README, "Search"):
 * - `per-language` (default): each page is indexed in the language of its main content
 *   (French source pages with French stemming): English pages in `pagefind/`, French in
 *   `pagefind-fr/`, and past 500 source pages in a language its sources in buckets beside
 *   them (`planBundles`); the search page merges them so one search spans all.
 * - `single`: one index for everything, stemmed as English.
 * Only pages marked `data-pagefind-body` go to Pagefind. A bundle whose pages are unchanged since
 * the last run (recorded in --cache, by default Astro's cache folder) is kept as it is.
 * Pages keep `<html lang="en">` as served; only the copy handed to Pagefind is retagged,
 * and spaced where blocks meet (spaceBlockEnds) so that no two words run together.
 *
 * Then it writes into the built search page (dist/search/index.html) which bundles to
 * merge, Pagefind's `metaCacheTag`, and `<link rel="preload">`s for the files every search
 * needs first, so that they load while the page's script starts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import * as pagefind from 'pagefind';
import { scratchRoot, syncDirectory, type SyncCount } from './lib/scratch.ts';
// Modules without imports of their own, so that plain `node` runs this script.
import { spaceBlockEnds } from '../src/lib/publish/index-html.ts';
import { preloadsOf, withSearchIndex, type PagefindEntry, type SearchIndexConfig } from '../src/lib/publish/search-index.ts';
import { planBundles, SOURCES_PER_BUNDLE } from '../src/lib/publish/search-bundles.ts';

const started = performance.now();

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: process.env.DOSSIER_DIST_DIR ?? 'dist' },
    strategy: { type: 'string', default: 'per-language' },
    output: { type: 'string' },
    // Source pages per bundle before a language's sources are split (planBundles); tests set it low.
    'sources-per-bundle': { type: 'string', default: String(SOURCES_PER_BUNDLE) },
    cache: { type: 'string', default: join(process.env.DOSSIER_CACHE_DIR ?? 'node_modules/.astro', 'search-bundles.json') },
  },
});
if (values.strategy !== 'per-language' && values.strategy !== 'single') {
  console.error(`index-search: unknown --strategy "${values.strategy}" (use per-language or single)`);
  process.exit(2);
}
const site = values.site;
const output = values.output ?? join(site, 'pagefind');

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!path.startsWith(output)) yield* htmlFiles(path);
    } else if (name.endsWith('.html')) yield path;
  }
}

/** Reads every page once: its site URL, HTML, and the language of its main content. */
const pages = [...htmlFiles(site)].map((file) => {
  const content = readFileSync(file, 'utf8');
  return {
    url: `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, ''),
    content,
    lang: /<body[^>]*data-content-lang="([a-z-]+)"/.exec(content)?.[1] ?? 'en',
  };
});
// Pagefind drops every page without data-pagefind-body once one page has it: those pages
// (archives by period, release pages…) are left out before Pagefind reads them at all.
const indexed = pages.some((p) => p.content.includes('data-pagefind-body')) ? pages.filter((p) => p.content.includes('data-pagefind-body')) : pages;

/** What the last run wrote into each bundle folder: the digest of its pages and the hash of its entry file. */
interface KeptBundle {
  digest: string;
  entry: string;
}

function readKept(file: string): Record<string, KeptBundle> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, KeptBundle>;
  } catch {
    return {};
  }
}

/** Written whole under another name first: a run stopped half-way leaves the last record, never half of one. */
function writeKept(file: string, kept: Record<string, KeptBundle>): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, `${JSON.stringify(kept, null, 2)}\n`);
  renameSync(partial, file);
}

const pagefindVersion = (JSON.parse(readFileSync(new URL('../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Pagefind writes its bundles here first (in memory where the system allows, see
 * scripts/lib/scratch.ts); then only the files that changed are copied into place.
 */
const stage = mkdtempSync(join(scratchRoot(), 'dossier-index-out-'));
const written: string[] = [];
const staged = (outputPath: string) => join(stage, basename(outputPath));

/**
 * Indexes some pages into one bundle; `retag` hands Pagefind the page in its content's
 * language. The pages are written to a scratch folder that Pagefind reads itself, which
 * is twice as fast as handing them over one by one (`npm run bench`, BENCHMARKS.md).
 */
async function writeIndex(selected: typeof pages, outputPath: string, options: pagefind.PagefindServiceConfig, retag: boolean) {
  const scratch = mkdtempSync(join(scratchRoot(), 'dossier-index-'));
  try {
    for (const page of selected) {
      const file = join(scratch, ...page.url.split('/'), page.url.endsWith('/') ? 'index.html' : '');
      mkdirSync(dirname(file), { recursive: true });
      const html = spaceBlockEnds(page.content);
      writeFileSync(file, retag ? html.replace(/<html lang="en"/, `<html lang="${page.lang}"`) : html);
    }
    const { index, errors } = await pagefind.createIndex(options);
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: scratch });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outputPath}: ${added.errors.join('; ')}`);
    if (added.page_count !== selected.length) throw new Error(`Pagefind indexed ${added.page_count} of ${selected.length} pages for ${outputPath}`);
    const wrote = await index.writeFiles({ outputPath: staged(outputPath) });
    if (wrote.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${wrote.errors.join('; ')}`);
    written.push(outputPath);
    await index.deleteIndex();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// Per language: each language's pages in its own bundles (planBundles: English at /pagefind/,
// the others at /pagefind-<lang>/, a large language's sources in buckets beside them), which
// the search page merges (Pagefind will not merge a bundle with itself).
const plan = values.strategy === 'single'
  ? [{ dir: basename(output), language: 'en', pages: indexed }]
  : planBundles(indexed, Number(values['sources-per-bundle'])).map((b) => ({ ...b, dir: b.dir.replace(/^pagefind/, basename(output)) }));
const options: pagefind.PagefindServiceConfig = values.strategy === 'single' ? { forceLanguage: 'en' } : {};
const retag = values.strategy !== 'single';

// A bundle whose pages are those it was last written from, and whose folder is still what was
// written then, is kept: Pagefind re-indexes only the bundles an edit touched.
const kept = readKept(values.cache);
const record: Record<string, KeptBundle> = {};
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const fileSha = (file: string) => { try { return sha(readFileSync(file, 'utf8')); } catch { return null; } };
// What the bundle's files depend on besides its pages: Pagefind's version, how it is called, and the spacing this script adds.
const salt = JSON.stringify([pagefindVersion, values.strategy, String(spaceBlockEnds)]);
let reindexed = 0;
for (const b of plan) {
  const dir = join(dirname(output), b.dir);
  const digest = sha(`${salt}\0${b.language}\0${b.pages.map((p) => `${p.url}\0${p.content}`).join('\0')}`);
  const previous = kept[resolve(dir)];
  if (previous?.digest === digest && previous.entry === fileSha(join(dir, 'pagefind-entry.json'))) {
    record[resolve(dir)] = previous;
    continue;
  }
  await writeIndex(b.pages, dir, options, retag);
  record[resolve(dir)] = { digest, entry: fileSha(join(staged(dir), 'pagefind-entry.json'))! };
  reindexed++;
}
await pagefind.close();

// Bundles from an earlier run (another strategy, a bucket no longer planned) must not linger;
// the others are updated in place, so that a rebuild after one edit rewrites a few files of the index, not all.
const synced: SyncCount = { written: 0, unchanged: 0, removed: 0 };
for (const name of readdirSync(site)) {
  const isBundle = name === 'pagefind' || name.startsWith('pagefind-');
  if (isBundle && !plan.some((b) => resolve(dirname(output), b.dir) === resolve(site, name))) rmSync(join(site, name), { recursive: true, force: true });
}
for (const bundle of written) syncDirectory(staged(bundle), bundle, synced);
rmSync(stage, { recursive: true, force: true });
writeKept(values.cache, { ...kept, ...record });

// The search page learns the bundles and the files to preload from the page itself.
const bundles = plan.map((b) => ({ lang: b.language, dir: join(dirname(output), b.dir) }));
const sitePath = (dir: string) => `/${relative(site, dir).split(sep).join('/')}/`;
const entries: Record<string, PagefindEntry> = {};
const hash = createHash('sha256');
for (const b of bundles) {
  const entry = readFileSync(join(b.dir, 'pagefind-entry.json'), 'utf8');
  entries[sitePath(b.dir)] = JSON.parse(entry) as PagefindEntry;
  hash.update(entry);
}
const config: SearchIndexConfig = {
  bundles: bundles.map((b) => ({ path: sitePath(b.dir), language: b.lang })),
  metaCacheTag: hash.digest('hex').slice(0, 12),
};
const searchPage = join(site, 'search', 'index.html');
writeFileSync(searchPage, withSearchIndex(readFileSync(searchPage, 'utf8'), config, preloadsOf(config, entries)));
const languages = [...new Set(indexed.map((p) => p.lang))].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
const counts = languages.map((l) => `${l}: ${indexed.filter((p) => p.lang === l).length}`).join(', ');
console.log(`index-search: ${pages.length} pages read, ${indexed.length} indexed (${counts}), strategy ${values.strategy}, ${plan.length} bundle(s) under ${dirname(output)} (${reindexed} indexed, ${plan.length - reindexed} kept; ${synced.written} files written, ${synced.unchanged} unchanged, ${synced.removed} removed) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
