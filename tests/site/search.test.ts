/**
 * Search in a real browser (Debian's Chromium) over the built site: queries in both
 * languages find the right sources, results quote the reader's text and never the page's
 * furniture, sources stay on the first screen, filters (after the results) and the date
 * order work, the search lives in the address, the keyboard is enough, the result count
 * is announced, the page says what it needs without JavaScript, and the index holds
 * neither glued words nor furniture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_CASES, EVERY_SOURCE_QUERIES, FURNITURE } from '../fixtures/search-queries';
import { launch } from '../../scripts/lib/browser';
import { CONTENT, DIST, readSources, SEED_IDS } from '../helpers/content';
import { page as builtPage } from '../helpers/dist';
import { allAlsoLinks, alsoLinks, resultLinks, RESULT_LINK, searchUrl, settled, sourceIds } from '../helpers/search';
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
const topicPages = ['/topics/casualties/', '/topics/international-reactions/', '/topics/technology-transfers/', '/topics/troops/'];
/** The page of every person, organisation and place (content/entities/<id>.yaml). */
const entityPages = readdirSync(join(CONTENT, 'entities')).filter((f) => f.endsWith('.yaml')).map((f) => `/entities/${f.replace(/\.yaml$/, '')}/`);

/** Everything a result shows as text: titles, facts, excerpts, section titles and excerpts. */
const shownText = (p: Page) => p.$$eval('#search-results > li, #search-also-list > li', (lis) => lis.map((li) => (li as HTMLElement).innerText).join('\n'));

describe('queries in English and French', () => {
  it('has at least 15 cases, in both languages and across them', () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(15);
    expect(SEARCH_CASES.filter((c) => c.kind === 'cross-language').length).toBeGreaterThanOrEqual(4);
  });

  it.each(SEARCH_CASES.map((c) => [c.query, c] as const))('“%s” finds the expected sources in the top five', async (_q, c) => {
    await page.goto(searchUrl(server.url, c.query));
    // Each source added after the five seeds may take a place among them, and no more than one.
    const extra = sources.filter((x) => !SEED_IDS.includes(x.id)).length;
    const ids = sourceIds(await resultLinks(page, 5 + extra));
    for (const id of c.expect) expect(ids, `${c.query}: ${id}`).toContain(id);
  });

  it('shows title, kind, outlet, date and a highlighted excerpt for each result, each in its language', async () => {
    await page.goto(searchUrl(server.url, 'Goremykine'));
    await resultLinks(page, 1);
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('.search-result-link').textContent()).toBe('Renforcement des liens militaires entre la Russie et la Corée du Nord');
    expect(await first.locator('.search-result-link').getAttribute('lang')).toBe('fr');
    expect(await first.locator('.search-result-meta').textContent()).toBe('Source · Unidentified French-language news site (WordPress theme) · 8 November 2025');
    expect(await first.locator('.search-result-excerpt').getAttribute('lang')).toBe('fr');
    expect(await first.locator('.search-result-excerpt mark').first().textContent()).toMatch(/Goremykin/i);
    // A title the dossier supplied is its English, though the article is French.
    await page.goto(searchUrl(server.url, 'Storm Corps'));
    await resultLinks(page, 1);
    const supplied = page.locator('#search-results > li').first();
    expect(await supplied.locator('.search-result-link').textContent()).toBe('North Korea acknowledges sending troops to fight alongside Russia');
    expect(await supplied.locator('.search-result-link').getAttribute('lang')).toBe('en');
  });

  it('quotes the form of a name the article uses when the query uses another (Kursk → Koursk)', async () => {
    await page.goto(searchUrl(server.url, 'Kursk'));
    await resultLinks(page, 5);
    const nov = page.locator('#search-results > li', { has: page.locator('a[href="/sources/unidentified-2025-11-08-renforcement-des-liens-militaires/"]') });
    expect(await nov.locator('.search-result-excerpt mark').first().textContent()).toBe('Koursk');
    await page.goto(searchUrl(server.url, 'Choïgou'));
    await resultLinks(page, 1);
    expect(await page.locator('#search-results > li .search-result-excerpt mark').first().textContent()).toMatch(/Choïgou/);
  });
});

describe('claims found through the dossier’s translation', () => {
  it('“wounded” finds the French claim with “blessés”, showing the original with the translation and linking to its sentence', async () => {
    await page.goto(searchUrl(server.url, 'wounded'));
    await resultLinks(page, 1);
    const june = page.locator('#search-results > li', { has: page.locator('a[href="/sources/unidentified-2025-06-05-kim-pledges-support-during-shoigu-visit/"]') });
    const quote = june.locator('.search-result-quotes li', { has: page.locator('a[href$="#fig-wounded-thousands"]') });
    expect(await quote.locator('q').textContent()).toBe('des milliers d’autres blessés');
    expect(await quote.locator('q').getAttribute('lang')).toBe('fr');
    const translation = quote.locator('.quote-translation');
    expect(await translation.getAttribute('lang')).toBe('en');
    expect(await translation.innerText()).toBe('Dossier’s translation: thousands of others wounded');
    expect(await translation.locator('mark').textContent()).toBe('wounded');
  });
});

describe('results quote the reader’s text', () => {
  it.each(['Kursk', 'Koursk', 'North Korea', 'Corée du Nord', 'APA', 'BibTeX', 'Names', 'dossier', 'Sources', 'Chicago'])('“%s”: no excerpt or section quotes the page’s furniture', async (q) => {
    await page.goto(searchUrl(server.url, q));
    await settled(page);
    const shown = await shownText(page);
    for (const furniture of FURNITURE) expect(shown, `${q}: ${furniture}`).not.toContain(furniture);
  });

  it('offers only the article’s own subheadings, and a topic’s sections, as sub-results', async () => {
    for (const q of ['Koursk', 'Corée du Nord', 'Pyongyang', 'sanctions']) {
      await page.goto(searchUrl(server.url, q));
      await resultLinks(page, 10);
      const subs = await page.$$eval('#search-results .search-result-sections a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of subs) {
        const [path, hash] = href.split('#');
        const $ = builtPage(path!);
        const heading = $(`[id="${decodeURIComponent(hash!)}"]`);
        expect(heading.length, href).toBe(1);
        expect(heading.is('h2, h3, h4'), href).toBe(true);
        if (path!.startsWith('/sources/')) expect(heading.closest('.article-body').length, `${href} is not one of the article's headings`).toBe(1);
      }
      if (q === 'Corée du Nord') expect(subs.length).toBeGreaterThan(0);
    }
  });

  it('shows no glued words in excerpts', async () => {
    await page.goto(searchUrl(server.url, 'estimate'));
    await settled(page);
    const shown = await shownText(page);
    expect(shown).not.toMatch(/estimatenearly|estimateabout|Sources\d/);
  });
});

describe('ranking a reader expects', () => {
  it.each(EVERY_SOURCE_QUERIES)('“%s” matches every source: all are on the first screen, and the other pages apart', async (q) => {
    await page.goto(searchUrl(server.url, q));
    const main = await resultLinks(page, 10);
    // Every seed source names it; a source added later may or may not, and then joins them.
    for (const id of SEED_IDS) expect(sourceIds(main)).toContain(id);
    expect(main.every((h) => h.startsWith('/sources/'))).toBe(true);
    const others = await alsoLinks(page);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((h) => !h.startsWith('/sources/'))).toBe(true);
  });

  it('lists a topic page apart even when it matches best, with its kind', async () => {
    await page.goto(searchUrl(server.url, 'casualties'));
    expect(sourceIds(await resultLinks(page, 10)).length).toBeGreaterThan(0);
    expect(await alsoLinks(page)).toContain('/topics/casualties/');
    expect(await page.locator('#search-also-list li', { has: page.locator('a[href="/topics/casualties/"]') }).locator('.search-also-kind').textContent()).toBe('Topic page');
  });
});

describe('the search in the address', () => {
  it('keeps the query in the URL as the reader types, so a search can be linked', async () => {
    await page.goto(`${server.url}/search/`);
    await settled(page, '');
    await page.locator('#search-q').fill('Lavrov');
    await page.waitForFunction(() => location.search === '?q=Lavrov', undefined, { timeout: 10_000 });
    await settled(page, 'Lavrov');
    expect(sourceIds(await resultLinks(page, 5))).toContain('russafrik-2025-07-kim-jong-un-scelle-son-alliance-avec-moscou');
  });

  it('restores filters and the order from the address', async () => {
    await page.goto(`${server.url}/search/?q=Kim%20Jong%20Un&language=French&sort=asc`);
    const ids = sourceIds(await resultLinks(page, 10));
    const french = [...byDateDesc].reverse().filter((id) => sources.find((s) => s.id === id)!.data.language === 'fr');
    expect(ids).toEqual(french.filter((id) => ids.includes(id)));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#search-sort').inputValue()).toBe('asc');
    expect(await page.locator('details[data-filter="language"] summary').textContent()).toBe('Language (1)');
    await page.locator('details[data-filter="language"] summary').click();
    expect(await page.locator('details[data-filter="language"] input[value="French"]').isChecked()).toBe(true);
  });
});

describe('filters and sorting', () => {
  const choose = async (filter: string, value: string) => {
    const box = page.locator(`details[data-filter="${filter}"]`);
    await box.locator('summary').click();
    await box.locator(`input[value="${value}"]`).check();
    await page.keyboard.press('Escape');
  };

  it('shows the filters and their counts only after the first results, even to a reader who opens one at once', async () => {
    const p = await browser.newPage();
    await p.addInitScript((selector) => {
      const w = window as unknown as { order: string[] };
      w.order = [];
      new MutationObserver(() => {
        if (!w.order.includes('result') && document.querySelector(selector)) w.order.push('result');
        if (!w.order.includes('filter') && document.querySelector('details[data-filter] input')) w.order.push('filter');
      }).observe(document, { childList: true, subtree: true });
    }, RESULT_LINK);
    await p.goto(searchUrl(server.url, 'Kursk'), { waitUntil: 'commit' });
    await p.locator('details[data-filter="kind"] summary').click();
    await p.waitForFunction(() => (window as unknown as { order: string[] }).order.length === 2, undefined, { timeout: 15_000 });
    expect(await p.evaluate(() => (window as unknown as { order: string[] }).order)).toEqual(['result', 'filter']);
    await p.close();
  });

  it('counts each value, as many as choosing it would show, once the reader reaches for the filters', async () => {
    const loaded: string[] = [];
    const listen = (r: { url: () => string }) => { if (r.url().includes('/filter/')) loaded.push(r.url()); };
    page.on('request', listen);
    await page.goto(searchUrl(server.url, 'Kursk'));
    await settled(page);
    // The main list's kind filter only, until the reader reaches for the filters.
    expect(loaded.length).toBe(2);
    await page.locator('details[data-filter="kind"] summary').hover();
    await expect.poll(() => loaded.length).toBeGreaterThan(2);
    page.off('request', listen);
    const count = (filter: string, value: string) => page.locator(`details[data-filter="${filter}"] label`, { has: page.locator(`input[value="${value}"]`) }).locator('.search-count').textContent();
    await expect.poll(() => count('kind', 'Source')).toBe(`(${(await resultLinks(page, 10)).length})`);
    const also = await allAlsoLinks(page);
    expect(await count('kind', 'Topic page')).toBe(`(${also.filter((h) => h.startsWith('/topics/')).length})`);
    expect(await count('kind', 'Name page')).toBe(`(${also.filter((h) => h.startsWith('/entities/')).length})`);
    expect(also).toContain('/entities/kursk/');
    const french = sources.filter((s) => s.data.language === 'fr' && /Kours?k/.test(s.body)).length;
    expect(await count('language', 'French')).toBe(`(${french})`);
  });

  it('filters by language', async () => {
    await page.goto(searchUrl(server.url, 'Kim Jong Un'));
    await resultLinks(page, 5);
    await choose('language', 'English');
    await expect.poll(async () => sourceIds(await resultLinks(page, 10)), { timeout: 10_000 }).toEqual(['csactu-2025-05-north-korea-joins-the-fight']);
    expect(new URL(page.url()).searchParams.getAll('language')).toEqual(['English']);
  });

  it('filters by page kind, from the kinds the index holds, and browses the whole dossier with no query', async () => {
    await page.goto(`${server.url}/search/`);
    await settled(page, '');
    expect(sourceIds(await resultLinks(page, 10))).toEqual(byDateDesc);
    await page.locator('details[data-filter="kind"] summary').click();
    await page.locator('details[data-filter="kind"] input').first().waitFor();
    await page.keyboard.press('Escape');
    const kinds = await page.$$eval('details[data-filter="kind"] label', (ls) => ls.map((l) => (l.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(kinds).toEqual([`Source (${sources.length})`, `Name page (${entityPages.length})`, 'Timeline (1)', `Topic page (${topicPages.length})`]);
    await choose('kind', 'Topic page');
    await expect.poll(async () => (await resultLinks(page, 10)).sort(), { timeout: 10_000 }).toEqual(topicPages);
    expect(await page.locator('#search-also').isHidden()).toBe(true);
  });

  it('filters by outlet, topic and year, any of several values', async () => {
    await page.goto(`${server.url}/search/`);
    await settled(page, '');
    await choose('outlet', 'Russafrik');
    await expect.poll(async () => sourceIds(await resultLinks(page, 10)), { timeout: 10_000 }).toEqual(['russafrik-2025-07-kim-jong-un-scelle-son-alliance-avec-moscou']);
    await choose('outlet', 'CSactu');
    await expect.poll(async () => sourceIds(await resultLinks(page, 10)).sort(), { timeout: 10_000 })
      .toEqual(['csactu-2025-05-north-korea-joins-the-fight', 'russafrik-2025-07-kim-jong-un-scelle-son-alliance-avec-moscou']);
    await page.goto(`${server.url}/search/`);
    await settled(page, '');
    await choose('topic', 'Casualties');
    const withCasualties = sources.filter((s) => s.data.figures.some((f) => f.topic === 'casualties')).map((s) => s.id).sort();
    await expect.poll(async () => sourceIds(await resultLinks(page, 10)).sort(), { timeout: 10_000 }).toEqual(withCasualties);
    await page.goto(`${server.url}/search/?year=2025`);
    expect(sourceIds(await resultLinks(page, 10)).length).toBe(sources.length);
  });

  it('sorts by date across both languages, newest or oldest first', async () => {
    await page.goto(searchUrl(server.url, 'Russie'));
    await resultLinks(page, 10);
    await page.selectOption('#search-sort', 'desc');
    await expect.poll(async () => sourceIds(await resultLinks(page, 10)), { timeout: 10_000 }).toEqual(byDateDesc);
    await page.selectOption('#search-sort', 'asc');
    await expect.poll(async () => sourceIds(await resultLinks(page, 10)), { timeout: 10_000 }).toEqual([...byDateDesc].reverse());
  });

  it('shows more results a screenful at a time', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 2000 } });
    // The same page with two results a screenful, to page through five sources.
    await p.route('**/search/**', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('data-page-size="10"', 'data-page-size="2"');
      await route.fulfill({ response, body: html });
    });
    await p.goto(`${server.url}/search/?sort=desc`);
    await settled(p, '');
    expect(sourceIds(await resultLinks(p, 10))).toEqual(byDateDesc.slice(0, 2));
    const more = p.locator('#search-more');
    expect(await more.textContent()).toBe(`Show 2 more (${byDateDesc.length - 2} results left)`);
    for (let shown = 2; shown < byDateDesc.length; shown += 2) {
      await more.click();
      await expect.poll(async () => sourceIds(await resultLinks(p, 100))).toEqual(byDateDesc.slice(0, shown + 2));
      // Focus moves to the first new result, for a keyboard reader.
      expect(await p.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`/sources/${byDateDesc[shown]}/`);
    }
    expect(await more.isHidden()).toBe(true);
    await p.close();
  });
});

describe('screen readers', () => {
  it('announces the number of results in a status region', async () => {
    await page.goto(searchUrl(server.url, 'Kursk'));
    await settled(page);
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    const main = (await resultLinks(page, 20)).length;
    const others = (await allAlsoLinks(page)).length;
    expect(await status.textContent()).toBe(`${main + others} results for “Kursk”: ${main} sources and ${others} other pages.`);
    await page.locator('#search-q').fill('xyzzyq');
    await settled(page, 'xyzzyq');
    expect(await status.textContent()).toMatch(/^No results for “xyzzyq”/);
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
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[0]);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === links[0]);
  });

  it('opens a filter, chooses a value and closes it with the keyboard', async () => {
    await page.goto(searchUrl(server.url, 'Kim Jong Un'));
    await settled(page);
    await page.locator('details[data-filter="language"] summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details[data-filter="language"]').getAttribute('open')).not.toBeNull();
    await page.locator('details[data-filter="language"] input').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('English');
    await page.keyboard.press('Space');
    await expect.poll(async () => sourceIds(await resultLinks(page, 10)), { timeout: 10_000 }).toEqual(['csactu-2025-05-north-korea-joins-the-fight']);
    await page.keyboard.press('Escape');
    expect(await page.locator('details[data-filter="language"]').getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
  });
});

describe('without JavaScript', () => {
  it('says what search needs and offers other ways in, and shows no dead controls', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(searchUrl(server.url, 'Koursk'));
    const text = await p.locator('#search-needs-js').textContent();
    expect(text).toContain('needs JavaScript');
    expect(await p.locator('#search-needs-js a').count()).toBeGreaterThanOrEqual(3);
    expect(await p.locator('#search').isVisible()).toBe(false);
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

describe('the page', () => {
  it('uses only Pagefind’s documented API: no member named __x__, no Component UI', () => {
    const html = readFileSync(join(DIST, 'search', 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]!), 'utf8'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const js of scripts) expect(js).not.toMatch(/__\w+__/);
    expect(html).not.toMatch(/pagefind-component-ui|<pagefind-/);
  });
});

describe('the index', () => {
  const fragments = ['pagefind', 'pagefind-fr'].flatMap((bundle) => {
    const dir = join(DIST, bundle, 'fragment');
    return readdirSync(dir).map((f) => ({ bundle, ...JSON.parse(gunzipSync(readFileSync(join(dir, f))).subarray('pagefind_dcd'.length).toString('utf8')) as {
      url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]>; anchors: { element: string; id: string; text: string }[];
    } }));
  });

  it('indexes source, topic, timeline and name pages only, each in its language bundle', () => {
    expect(fragments.map((f) => f.url).sort()).toEqual([...sources.map((s) => `/sources/${s.id}/`), '/timeline/', ...topicPages, ...entityPages].sort());
    // A name page is indexed by its description alone, never by the article sentences it quotes.
    const kursk = fragments.find((f) => f.url === '/entities/kursk/')!;
    expect(kursk.content).toBe(readFileSync(join(CONTENT, 'entities', 'kursk.yaml'), 'utf8').match(/^description: (.+)$/m)![1]!.replace(/^['"]|['"]$/g, ''));
    expect(kursk.meta['names']).toMatch(/Kursk \/ Koursk/);
    for (const s of sources) expect(fragments.find((f) => f.url === `/sources/${s.id}/`)!.bundle).toBe(s.data.language === 'en' ? 'pagefind' : 'pagefind-fr');
  });

  it('holds words apart where elements meet (no glued words): every word of the index is a word the page shows', async () => {
    const p = await browser.newPage();
    const glued: string[] = [];
    for (const f of fragments) {
      await p.goto(`${server.url}${f.url}`);
      const shown = new Set((await p.$$eval('[data-pagefind-body]', (els) => els.map((e) => (e as HTMLElement).innerText).join('\n'))).match(/[\p{L}\p{N}]+/gu));
      for (const word of f.content.match(/[\p{L}\p{N}]+/gu) ?? []) if (!shown.has(word)) glued.push(`${f.url}: ${word}`);
    }
    await p.close();
    expect(glued).toEqual([]);
    // A label and its value are separate elements (<dt>Change</dt><dd>Rose from nearly 600 …</dd>).
    expect(fragments.map((f) => f.content).join('\n')).toMatch(/Change Rose from nearly 600 · as of/);
  });

  it('leaves the header, navigation, breadcrumbs, record, names lists and citations out of the text', () => {
    for (const f of fragments) {
      for (const furniture of [...FURNITURE, 'Skip to content', 'Dating note', 'Compared with other sources on', 'On this page:']) {
        expect(f.content, `${f.url}: ${furniture}`).not.toContain(furniture);
      }
    }
  });

  it('splits pages only at real sections: an article’s own subheadings, a topic’s measures and groups', () => {
    for (const f of fragments) {
      const headings = f.anchors.filter((a) => /^h\d$/.test(a.element));
      const $ = builtPage(f.url);
      const expected = f.url.startsWith('/sources/')
        ? $('.article-body').find('h1, h2, h3, h4, h5, h6').filter((_, e) => Boolean($(e).attr('id'))).map((_, e) => $(e).attr('id')).get()
        : $('[data-pagefind-body]').find('h2[id], h3[id]').map((_, e) => $(e).attr('id')).get();
      expect(headings.map((a) => a.id), f.url).toEqual(expected);
      expect(headings.map((a) => a.id)).not.toContain('names-title');
      expect(headings.some((a) => /^cite-/.test(a.id))).toBe(false);
    }
    expect(fragments.find((f) => f.url === '/topics/casualties/')!.anchors.map((a) => a.text)).toEqual(['Killed', 'Wounded', 'Losses (unspecified)']);
  });

  it('finds names in every form through metadata, which no excerpt quotes', () => {
    const nov = fragments.find((f) => f.url.includes('renforcement'))!;
    expect(nov.meta['names']).toContain('Kursk / Koursk');
    expect(nov.content).toContain('Koursk');
    expect(nov.content).not.toMatch(/\bKursk\b/);
    // No metadata value that would match common queries by accident.
    for (const f of fragments) {
      expect(Object.keys(f.meta)).not.toContain('kind');
      expect(Object.values(f.meta).join(' ')).not.toMatch(/\b\d+ sources\b|Topic page/);
    }
  });
});
