/**
 * Builds the Pagefind search index over dist/ (run by `npm run build` after Astro).
 *
 *   node scripts/index-search.ts [--site dist] [--strategy per-language|single]
 *
 * Strategies (see README, "Search"):
 * - `per-language` (default): each page is indexed in the language of its main content
 *   (French source pages with French stemming): English pages in `pagefind/`, French in
 *   `pagefind-fr/`; the search page merges them so one search spans both.
 * - `single`: one index for everything, stemmed as English.
 * Pages keep `<html lang="en">` as served; only the copy handed to Pagefind is retagged,
 * and spaced where blocks meet (spaceBlockEnds) so that no two words run together.
 *
 * Then it writes into the built search page (dist/search/index.html) which bundles to
 * merge, Pagefind's `metaCacheTag`, and `<link rel="preload">`s for the files every search
 * needs first, so that they load while the page's script starts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import * as pagefind from 'pagefind';
import { scratchRoot, syncDirectory, type SyncCount } from './lib/scratch.ts';
// Modules without imports of their own, so that plain `node` runs this script.
import { spaceBlockEnds } from '../src/lib/publish/index-html.ts';
import { preloadsOf, withSearchIndex, type PagefindEntry, type SearchIndexConfig } from '../src/lib/publish/search-index.ts';

const started = performance.now();

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: process.env.DOSSIER_DIST_DIR ?? 'dist' },
    strategy: { type: 'string', default: 'per-language' },
    output: { type: 'string' },
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

const languages = [...new Set(pages.map((p) => p.lang))].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
if (values.strategy === 'single') {
  await writeIndex(pages, output, { forceLanguage: 'en' }, false);
} else {
  // One bundle per language: English at /pagefind/, the others at /pagefind-<lang>/,
  // which the search page merges (Pagefind will not merge a bundle with itself).
  for (const lang of languages) {
    const dir = lang === 'en' ? output : `${output}-${lang}`;
    await writeIndex(pages.filter((p) => p.lang === lang), dir, {}, true);
  }
}
await pagefind.close();

// Bundles from an earlier run (another strategy) must not linger; the others are updated in
// place, so that a rebuild after one edit rewrites a few files of the index, not all.
const synced: SyncCount = { written: 0, unchanged: 0, removed: 0 };
for (const name of readdirSync(site)) {
  const isBundle = name === 'pagefind' || name.startsWith('pagefind-');
  if (isBundle && !written.some((b) => resolve(b) === resolve(site, name))) rmSync(join(site, name), { recursive: true, force: true });
}
for (const bundle of written) syncDirectory(staged(bundle), bundle, synced);
rmSync(stage, { recursive: true, force: true });

// The search page learns the bundles and the files to preload from the page itself.
const bundles = values.strategy === 'single' ? [{ lang: 'en', dir: output }] : languages.map((lang) => ({ lang, dir: lang === 'en' ? output : `${output}-${lang}` }));
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
const counts = languages.map((l) => `${l}: ${pages.filter((p) => p.lang === l).length}`).join(', ');
console.log(`index-search: ${pages.length} pages read (${counts}), strategy ${values.strategy}, written under ${output}${values.strategy === 'single' ? '' : '(-<lang>)'} (${synced.written} files written, ${synced.unchanged} unchanged, ${synced.removed} removed) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
