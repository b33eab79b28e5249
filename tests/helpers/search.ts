/** Runs a query on the built search page in Chromium and reads the result links in order. */
import type { Page } from 'playwright-core';

export { searchUrl } from '../../scripts/lib/first-search';

/** Waits until the results for the current query have rendered, then returns their hrefs. */
export async function resultLinks(page: Page, limit = 5): Promise<string[]> {
  await page.waitForFunction(() => {
    const items = document.querySelectorAll('pagefind-results ul.pf-results > li');
    const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
    return items.length > 0 || /no results/i.test(summary);
  }, undefined, { timeout: 15_000 });
  // Results load their data lazily; wait for the first `limit` to have their links.
  await page.waitForFunction((n) => {
    const items = [...document.querySelectorAll('pagefind-results ul.pf-results > li')];
    return items.slice(0, n).every((li) => li.querySelector('a.pf-result-link'));
  }, limit, { timeout: 15_000 });
  return page.$$eval('pagefind-results ul.pf-results > li a.pf-result-link', (as) => as.map((a) => a.getAttribute('href') ?? ''))
    .then((hrefs) => hrefs.slice(0, limit));
}

/** Source ids among result hrefs. */
export const sourceIds = (hrefs: string[]) => hrefs.map((h) => /^\/sources\/([^/]+)\//.exec(h)?.[1]).filter((x): x is string => Boolean(x));
