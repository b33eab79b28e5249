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
 * Pages keep `<html lang="en">` as served; only the copy handed to Pagefind is retagged.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { scratchRoot, syncDirectory, type SyncCount } from './lib/scratch.ts';

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
const bundles: string[] = [];
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
      writeFileSync(file, retag ? page.content.replace(/<html lang="en"/, `<html lang="${page.lang}"`) : page.content);
    }
    const { index, errors } = await pagefind.createIndex(options);
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: scratch });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outputPath}: ${added.errors.join('; ')}`);
    if (added.page_count !== selected.length) throw new Error(`Pagefind indexed ${added.page_count} of ${selected.length} pages for ${outputPath}`);
    const written = await index.writeFiles({ outputPath: staged(outputPath) });
    bundles.push(outputPath);
    if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
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

// Pagefind sorts each bundle on its own and interleaves merged bundles by score, so a
// date sort across languages comes out mixed; the search page re-sorts by this map of
// page (fragment) id → sort date. It is fetched only when a reader asks for a sort.
const dateOf = new Map(pages.map((p) => [p.url, /data-pagefind-sort="date:([^"]+)"/.exec(p.content)?.[1]]));
const dates: Record<string, string> = {};
for (const dir of bundles.map(staged)) {
  for (const f of readdirSync(join(dir, 'fragment'))) {
    const fragment = JSON.parse(gunzipSync(readFileSync(join(dir, 'fragment', f))).subarray('pagefind_dcd'.length).toString('utf8')) as { url: string };
    const date = dateOf.get(fragment.url);
    if (date) dates[f.replace(/\.pf_fragment$/, '')] = date;
  }
}
writeFileSync(join(staged(output), 'dates.json'), `${JSON.stringify(dates)}\n`);
// Tells the search page which bundles to merge into the English one.
const merge = values.strategy === 'single' ? [] : languages.filter((l) => l !== 'en');
writeFileSync(join(staged(output), 'merge.json'), `${JSON.stringify(merge.map((lang) => ({ language: lang, bundlePath: `/${relative(site, `${output}-${lang}`).split(sep).join('/')}/` })))}\n`);

// Bundles from an earlier run (another strategy) must not linger; the others are updated in
// place, so that a rebuild after one edit rewrites a few files of the index, not all.
const synced: SyncCount = { written: 0, unchanged: 0, removed: 0 };
for (const name of readdirSync(site)) {
  const isBundle = name === 'pagefind' || name.startsWith('pagefind-');
  if (isBundle && !bundles.some((b) => resolve(b) === resolve(site, name))) rmSync(join(site, name), { recursive: true, force: true });
}
for (const bundle of bundles) syncDirectory(staged(bundle), bundle, synced);
rmSync(stage, { recursive: true, force: true });
const counts = languages.map((l) => `${l}: ${pages.filter((p) => p.lang === l).length}`).join(', ');
console.log(`index-search: ${pages.length} pages read (${counts}), strategy ${values.strategy}, written under ${output}${values.strategy === 'single' ? '' : '(-<lang>)'} (${synced.written} files written, ${synced.unchanged} unchanged, ${synced.removed} removed) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
