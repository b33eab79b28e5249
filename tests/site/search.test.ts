/**
 * Search in a real browser (Debian's Chromium) over the built site: queries in both
 * languages find the right sources, filters and sorting work, the keyboard is enough,
 * the page says what it needs without JavaScript, and the index holds no glued words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_CASES } from '../fixtures/search-queries';
import { launch } from '../../scripts/lib/browser';
import { CONTENT, DIST, ROOT, readSources } from '../helpers/content';
import { resultLinks, searchUrl, sourceIds } from '../helpers/search';
import { serve, type Served } from '../../scripts/lib/serve';

let server: Served;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  server = await serve();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sources = readSources();
const byDateDesc = [...sources].sort((a, b) => b.data.published.localeCompare(a.data.published)).map((s) => s.id);

describe('queries in English and French', () => {
  it('has at least 15 cases, in both languages and across them', () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(15);
    expect(SEARCH_CASES.filter((c) => c.kind === 'cross-language').length).toBeGreaterThanOrEqual(4);
  });

  it.each(SEARCH_CASES.map((c) => [c.query, c] as const))('“%s” finds the expected sources in the top five', async (_q, c) => {
    await page.goto(searchUrl(server.url, c.query));
    const ids = sourceIds(await resultLinks(page, 5));
    for (const id of c.expect) expect(ids, `${c.query}: ${id}`).toContain(id);
  });

  it('keeps the query in the URL so a search can be linked', async () => {
    await page.goto(`${server.url}/search/`);
    await page.locator('pagefind-input input').fill('Lavrov');
    await page.waitForFunction(() => location.search === '?q=Lavrov', undefined, { timeout: 10_000 });
    // The results of the earlier (empty) browse may still be on screen: wait for this query's.
    await page.waitForFunction(() => document.querySelector('pagefind-summary')?.textContent?.includes('Lavrov'), undefined, { timeout: 10_000 });
    // The list re-renders after the summary; poll until it shows this query's results.
    await expect.poll(async () => sourceIds(await resultLinks(page, 5)), { timeout: 10_000 }).toContain('russafrik-2025-07-kim-jong-un-scelle-son-alliance-avec-moscou');
  });

  it('shows title, outlet, date and a highlighted excerpt for each result', async () => {
    await page.goto(searchUrl(server.url, 'Goremykine'));
    await resultLinks(page, 1);
    const first = page.locator('pagefind-results ul.pf-results > li').first();
    await expect.poll(() => first.locator('.pf-result-link').textContent()).toBe('Renforcement des liens militaires entre la Russie et la Corée du Nord');
    expect(await first.locator('.search-result-meta').textContent()).toBe('Source · Unidentified French-language news site (WordPress theme) · 8 November 2025');
    expect(await first.locator('.pf-result-excerpt mark').first().textContent()).toMatch(/Goremykin/i);
  });

  it('links sub-results to headings inside the page', async () => {
    await page.goto(searchUrl(server.url, 'Koursk'));
    await resultLinks(page, 5);
    const subs = await page.$$eval('pagefind-results a.pf-heading-link', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(subs.some((h) => /^\/(sources|topics)\/[^#]+\/#[\w-]+$/.test(h))).toBe(true);
  });
});

describe('filters and sorting', () => {
  const choose = async (filter: string, value: string) => {
    await page.click(`pagefind-filter-dropdown[filter="${filter}"] button.pf-dropdown-trigger`);
    await page.click(`pagefind-filter-dropdown[filter="${filter}"] [role="option"][data-value="${value}"]`);
    await page.keyboard.press('Escape');
  };

  it('filters by language', async () => {
    await page.goto(searchUrl(server.url, 'Kim Jong Un'));
    await resultLinks(page, 5);
    await choose('language', 'English');
    await expect.poll(async () => sourceIds(await resultLinks(page, 10)), { timeout: 10_000 }).toEqual(['csactu-2025-05-north-korea-joins-the-fight']);
  });

  it('filters by page kind and browses the whole dossier with no query', async () => {
    await page.goto(`${server.url}/search/`);
    await choose('kind', 'Topic page');
    await expect.poll(async () => (await resultLinks(page, 10)).sort(), { timeout: 10_000 }).toEqual([
      '/topics/casualties/', '/topics/international-reactions/', '/topics/technology-transfers/', '/topics/troops/',
    ]);
  });

  it('filters by outlet, topic and year', async () => {
    await page.goto(`${server.url}/search/`);
    await choose('outlet', 'Russafrik');
    await choose('kind', 'Source');
    await expect.poll(async () => sourceIds(await resultLinks(page, 10)), { timeout: 10_000 }).toEqual(['russafrik-2025-07-kim-jong-un-scelle-son-alliance-avec-moscou']);
    await page.goto(`${server.url}/search/`);
    await choose('topic', 'Casualties');
    await choose('kind', 'Source');
    const withCasualties = sources.filter((s) => s.data.figures.some((f) => f.topic === 'casualties')).map((s) => s.id).sort();
    await expect.poll(async () => sourceIds(await resultLinks(page, 10)).sort(), { timeout: 10_000 }).toEqual(withCasualties);
    await page.goto(`${server.url}/search/`);
    await choose('year', '2025');
    await choose('kind', 'Source');
    await expect.poll(async () => sourceIds(await resultLinks(page, 10)).length, { timeout: 10_000 }).toBe(sources.length);
  });

  it('sorts by date, newest or oldest first', async () => {
    await page.goto(`${server.url}/search/`);
    await choose('kind', 'Source');
    await page.selectOption('#search-sort', 'desc');
    await expect.poll(async () => sourceIds(await resultLinks(page, 10)), { timeout: 10_000 }).toEqual(byDateDesc);
    await page.selectOption('#search-sort', 'asc');
    await expect.poll(async () => sourceIds(await resultLinks(page, 10)), { timeout: 10_000 }).toEqual([...byDateDesc].reverse());
  });
});

/**
 * Presses Alt+key as the browser's own access-key handling sees it (a keydown and the
 * character with Alt held); Playwright's keyboard.press does not reach that handler.
 */
async function pressAccessKey(p: Page, key: string) {
  const cdp = await p.context().newCDPSession(p);
  const code = `Key${key.toUpperCase()}`;
  const vk = key.toUpperCase().charCodeAt(0);
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: 1, key, code, windowsVirtualKeyCode: vk, nativeVirtualKeyCode: vk, isSystemKey: true });
  await cdp.send('Input.dispatchKeyEvent', { type: 'char', modifiers: 1, text: key, unmodifiedText: key, key, code, isSystemKey: true });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 1, key, code, windowsVirtualKeyCode: vk, nativeVirtualKeyCode: vk, isSystemKey: true });
  await cdp.detach();
}

describe('keyboard only', () => {
  it('opens search from a reading page with the access key, types, arrows to a result and follows it', async () => {
    await page.goto(`${server.url}/sources/`);
    expect(await page.getAttribute('#site-search-q', 'accesskey')).toBe('s');
    await pressAccessKey(page, 's');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('Choïgou');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Cho%C3%AFgou/);
    const links = await resultLinks(page, 2);
    await page.locator('pagefind-input input').focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe(links[0]);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === links[0]);
  });
});

describe('without JavaScript', () => {
  it('says what search needs and offers other ways in', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(searchUrl(server.url, 'Koursk'));
    const text = await p.locator('#search-needs-js').textContent();
    expect(text).toContain('needs JavaScript');
    expect(await p.locator('#search-needs-js a').count()).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  it('keeps reading pages free of JavaScript', async () => {
    const p = await browser.newPage();
    const scripts: string[] = [];
    p.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    for (const path of ['/', '/sources/', `/sources/${sources[0]!.id}/`, '/topics/troops/', '/timeline/']) await p.goto(`${server.url}${path}`);
    expect(scripts).toEqual([]);
    await p.close();
  });
});

describe('the index', () => {
  const fragments = ['pagefind', 'pagefind-fr'].flatMap((bundle) => {
    const dir = join(DIST, bundle, 'fragment');
    return readdirSync(dir).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).subarray('pagefind_dcd'.length).toString('utf8')) as { url: string; content: string; filters: Record<string, string[]> });
  });

  it('indexes source, topic and timeline pages only, each in its language bundle', () => {
    const urls = fragments.map((f) => f.url).sort();
    expect(urls).toEqual([...sources.map((s) => `/sources/${s.id}/`), '/timeline/', '/topics/casualties/', '/topics/international-reactions/', '/topics/technology-transfers/', '/topics/troops/'].sort());
  });

  it('holds words apart where elements meet (no glued words)', () => {
    const all = fragments.map((f) => f.content).join('\n');
    expect(all).toContain('(WordPress theme) — News site');
    expect(all).toContain('Names in this article');
    // A lower-case letter right before a capital is a join of two elements' text, unless
    // the content or the page templates write the word that way (WordPress, BibTeX).
    const written = [CONTENT, join(ROOT, 'src')].flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile()).map((d) => readFileSync(join(d.parentPath, d.name), 'utf8')).join('\n');
    const glued = [...new Set([...all.matchAll(/[\p{L}]*\p{Ll}\p{Lu}[\p{L}]*/gu)].map((m) => m[0]))].filter((w) => !written.includes(w));
    expect(glued).toEqual([]);
  });

  it('leaves the header, navigation and footer out of the text', () => {
    for (const f of fragments) {
      expect(f.content).not.toContain('Skip to content');
      expect(f.content).not.toContain('A research dossier on the Russia–North Korea military alliance, 2024–2025, built from');
    }
  });
});
