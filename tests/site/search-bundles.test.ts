/**
 * The search index split into bundles (scripts/index-search.ts, planBundles): on a copy of the
 * built site, re-indexed with one source page per bundle so that the real content splits as
 * a large dossier would. One search still spans every bundle in a real browser; an edit to
 * one source page re-indexes its bundle only, and the new word is found at once.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVERY_SOURCE_QUERIES } from '../fixtures/search-queries';
import { launch } from '../../scripts/lib/browser';
import { ROOT } from '../../scripts/lib/paths';
import { serve, type Served } from '../../scripts/lib/serve';
import { readSearchIndex } from '../../src/lib/publish/search-index';
import { DIST, SEED_IDS } from '../helpers/content';
import { resultLinks, searchUrl, sourceIds } from '../helpers/search';

const work = mkdtempSync(join(tmpdir(), 'dossier-search-bundles-'));
const site = join(work, 'site');
const cache = join(work, 'search-bundles.json');
cpSync(DIST, site, { recursive: true });

/** Runs the indexer over the copy; returns its report line. */
function index(): string {
  const r = spawnSync(process.execPath, ['scripts/index-search.ts', '--site', site, '--cache', cache, '--sources-per-bundle', '1'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim();
}
const bundlesOf = () => readSearchIndex(/<script type="application\/json" id="search-index">([^<]*)<\/script>/.exec(readFileSync(join(site, 'search', 'index.html'), 'utf8'))?.[1])!.bundles;
const bundleDirs = () => readdirSync(site).filter((n) => n === 'pagefind' || n.startsWith('pagefind-')).sort();
/** Every French source page the site indexes: the seeds', and any a test added. */
const frenchSources = readdirSync(join(DIST, 'sources'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).filter((id) => {
  const html = (() => { try { return readFileSync(join(DIST, 'sources', id, 'index.html'), 'utf8'); } catch { return ''; } })();
  return html.includes('data-content-lang="fr"') && html.includes('data-pagefind-body');
});

let first: string;
let server: Served;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  first = index();
  server = await serve(site);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('an index in bundles', () => {
  it('splits the French sources into buckets beside the English bundle, and the search page merges every one', () => {
    expect(frenchSources.length).toBeGreaterThan(1);
    expect(frenchSources).toEqual(expect.arrayContaining(SEED_IDS.filter((id) => readFileSync(join(DIST, 'sources', id, 'index.html'), 'utf8').includes('data-content-lang="fr"'))));
    const bundles = bundlesOf();
    expect(bundles[0]).toEqual({ path: '/pagefind/', language: 'en' });
    const french = bundles.filter((b) => b.language === 'fr');
    expect(french.length).toBeGreaterThan(1);
    for (const b of french) expect(b.path).toMatch(/^\/pagefind-fr-\d+\/$/);
    expect(bundleDirs()).toEqual(bundles.map((b) => b.path.slice(1, -1)).sort());
    // Every French source page is in exactly one bundle.
    const pageCounts = french.map((b) => Object.values((JSON.parse(readFileSync(join(site, b.path, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages)[0]!.page_count);
    expect(pageCounts.reduce((a, b) => a + b, 0)).toBe(frenchSources.length);
    expect(first).toMatch(new RegExp(`${bundles.length} bundle\\(s\\) .*\\(${bundles.length} indexed, 0 kept`));
  });

  it.each(EVERY_SOURCE_QUERIES)('“%s” still finds every source, across the bundles', async (q) => {
    await page.goto(searchUrl(server.url, q));
    const found = sourceIds(await resultLinks(page, 10));
    for (const id of SEED_IDS) expect(found).toContain(id);
  });

  it('re-indexes only the bundle of an edited source, and finds its new word', async () => {
    const again = index();
    expect(again).toMatch(/\(0 indexed, (\d+) kept/);
    const id = frenchSources[0]!;
    const file = join(site, 'sources', id, 'index.html');
    const html = readFileSync(file, 'utf8');
    const body = html.indexOf('data-pagefind-body');
    const at = html.indexOf('<p>', body);
    expect(at).toBeGreaterThan(body);
    writeFileSync(file, `${html.slice(0, at)}<p>Zanzibarique.</p>${html.slice(at)}`);
    const before = new Map(bundlesOf().map((b) => [b.path, readFileSync(join(site, b.path, 'pagefind-entry.json'), 'utf8')]));
    const edited = index();
    expect(edited).toMatch(new RegExp(`\\(1 indexed, ${bundlesOf().length - 1} kept`));
    const changed = bundlesOf().filter((b) => readFileSync(join(site, b.path, 'pagefind-entry.json'), 'utf8') !== before.get(b.path));
    expect(changed.map((b) => b.language)).toEqual(['fr']);
    await page.goto(searchUrl(server.url, 'Zanzibarique'));
    expect(sourceIds(await resultLinks(page, 10))).toEqual([id]);
  });
});
