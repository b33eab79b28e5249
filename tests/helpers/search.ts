/** Runs searches on the built search page in Chromium and reads what it shows. */
import type { Page } from 'playwright-core';
import { RESULT_LINK } from '../../scripts/lib/first-search';

export { searchUrl, RESULT_LINK } from '../../scripts/lib/first-search';

/** Waits until the page has finished the search for `query` (the address's, by default). */
export async function settled(page: Page, query?: string): Promise<void> {
  await page.waitForFunction((q) => {
    const expected = q ?? new URLSearchParams(location.search).get('q')?.trim() ?? '';
    const list = document.getElementById('search-results');
    return list?.dataset['query'] === expected && !document.getElementById('search-lists')?.hasAttribute('aria-busy')
      && Boolean(document.getElementById('search-status')?.textContent);
  }, query, { timeout: 15_000 });
}

/** The hrefs of the main list's results in order, once the search has settled. */
export async function resultLinks(page: Page, limit = 5): Promise<string[]> {
  await settled(page);
  const hrefs = await page.$$eval(RESULT_LINK, (as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.slice(0, limit);
}

/** The hrefs in the compact list of the dossier's other pages. */
export async function alsoLinks(page: Page): Promise<string[]> {
  await settled(page);
  return page.$$eval('#search-also:not([hidden]) #search-also-list a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Every href of the other pages' list, after "Show more pages" until none is left. */
export async function allAlsoLinks(page: Page): Promise<string[]> {
  await settled(page);
  const more = page.locator('#search-also-more');
  for (let guard = 0; guard < 50 && await more.isVisible(); guard++) {
    const before = (await alsoLinks(page)).length;
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-also-list a').length > n, before, { timeout: 10_000 });
  }
  return alsoLinks(page);
}

/** Source ids among result hrefs. */
export const sourceIds = (hrefs: string[]) => hrefs.map((h) => /^\/sources\/([^/]+)\//.exec(h)?.[1]).filter((x): x is string => Boolean(x));
