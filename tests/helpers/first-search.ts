/**
 * What a reader's first search costs: the bytes transferred from opening /search/?q=…
 * with an empty cache until the first result shows, and how long that takes. Shared by
 * `npm run search:quality` and `npm run bench`; never used in a timed test.
 */
import type { Browser } from 'playwright-core';
import { searchUrl } from './search';

export interface FirstSearch {
  /** Navigation start to the first result link in the page. */
  ms: number;
  /** Every response body over the wire (as encoded: compressed when the server compresses). */
  bytes: number;
  /** Of which Pagefind's files and the search page's own script. */
  searchBytes: number;
}

const RESULT = 'pagefind-results ul.pf-results > li a.pf-result-link';

export async function measureFirstSearch(browser: Browser, base: string, query: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const urls = new Map<string, string>();
    let bytes = 0;
    let searchBytes = 0;
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
      if (/\/pagefind|\/scripts\//.test(urls.get(e.requestId) ?? '')) searchBytes += e.encodedDataLength;
    });
    // The page's own clock notes when the first result link enters the page (navigation start = 0).
    await page.addInitScript((selector) => {
      const w = window as unknown as { firstResultAt?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector(selector)) {
          w.firstResultAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, RESULT);
    await page.goto(searchUrl(base, query), { waitUntil: 'commit' });
    await page.waitForSelector(RESULT, { timeout: 30_000 });
    const ms = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
    // Let requests already in flight (the next results' fragments) finish being counted.
    await page.waitForTimeout(300);
    return { ms, bytes, searchBytes };
  } finally {
    await context.close();
  }
}
