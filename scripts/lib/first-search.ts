/**
 * What a reader's first search costs: the bytes transferred from opening /search/?q=…
 * with an empty cache until the first result shows, and how long that takes. Shared by
 * `npm run search:quality` and `npm run bench`; never used in a timed test.
 */
import type { Browser } from 'playwright-core';

export interface FirstSearch {
  /** Navigation start to the first result link in the page. */
  ms: number;
  /** Every response over the wire, headers and body as encoded (compressed when the server compresses). */
  bytes: number;
  /** Of which Pagefind's files and the search page's own script. */
  searchBytes: number;
}

/** The search page URL for a query. */
export const searchUrl = (base: string, query: string) => `${base}/search/?q=${encodeURIComponent(query)}`;

/** The first result's title link in the search page's main list (src/pages/search/index.astro). */
export const RESULT_LINK = '#search-results > li a.search-result-link';

export async function measureFirstSearch(browser: Browser, base: string, query: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // The context's events, unlike the page's network domain, include what Pagefind's
    // web worker fetches: its WebAssembly, the index chunks and the result fragments.
    let bytes = 0;
    let searchBytes = 0;
    const counted: Promise<void>[] = [];
    context.on('requestfinished', (request) => counted.push(request.sizes().then((s) => {
      const n = s.responseBodySize + s.responseHeadersSize;
      bytes += n;
      if (/\/pagefind|\/scripts\//.test(new URL(request.url()).pathname)) searchBytes += n;
    })));
    // The page's own clock notes when the first result link enters the page (navigation start = 0).
    await page.addInitScript((selector) => {
      const w = window as unknown as { firstResultAt?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector(selector)) {
          w.firstResultAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, RESULT_LINK);
    await page.goto(searchUrl(base, query), { waitUntil: 'commit' });
    await page.waitForSelector(RESULT_LINK, { timeout: 30_000 });
    const ms = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
    // Let requests already in flight (the next results' fragments) finish being counted.
    await page.waitForTimeout(300);
    await Promise.all(counted);
    return { ms, bytes, searchBytes };
  } finally {
    await context.close();
  }
}
