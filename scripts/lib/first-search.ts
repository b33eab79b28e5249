/**
 * What a reader's search costs: the bytes transferred from opening /search/?q=… with an
 * empty cache until the first result shows, and how long that takes; and, in a page
 * already open, how long a further query takes to show its first result after the
 * search box's debounce. Shared by `npm run search:quality` and `npm run bench`; never
 * used in a timed test.
 */
import type { Browser } from 'playwright-core';

export interface FirstSearch {
  /** Navigation start to the first result link in the page. */
  ms: number;
  /** Every response over the wire, headers and body as encoded (compressed when the server compresses). */
  bytes: number;
  /** Of which Pagefind's files and the search page's own script. */
  searchBytes: number;
  /** How many results the page reports (its status line), when it reports them. */
  results: number | null;
}

/** The search page URL for a query. */
export const searchUrl = (base: string, query: string) => `${base}/search/?q=${encodeURIComponent(query)}`;

/** The first result's title link in the search page's main list (src/pages/search/index.astro). */
export const RESULT_LINK = '#search-results > li a.search-result-link';
/**
 * The same link in the search page before issue 14 (Pagefind's Component UI), to measure
 * a build of an earlier commit as a baseline in the same run.
 */
export const COMPONENT_UI_RESULT_LINK = 'pagefind-results ul.pf-results > li a.pf-result-link';

export interface MeasureOptions {
  /** The CSS selector of a result link (RESULT_LINK unless measuring an older build). */
  resultLink?: string;
}

export async function measureFirstSearch(browser: Browser, base: string, query: string, options: MeasureOptions = {}): Promise<FirstSearch> {
  const selector = options.resultLink ?? RESULT_LINK;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // The context's events, unlike the page's network domain, include what a web worker
    // fetches (the Component UI's Pagefind ran in one): its WebAssembly, index chunks, fragments.
    let bytes = 0;
    let searchBytes = 0;
    const counted: Promise<void>[] = [];
    context.on('requestfinished', (request) => counted.push(request.sizes().then((s) => {
      const n = s.responseBodySize + s.responseHeadersSize;
      bytes += n;
      if (/\/pagefind|\/scripts\/|\/_astro\/.*\.js$/.test(new URL(request.url()).pathname)) searchBytes += n;
    })));
    // The page's own clock notes when the first result link enters the page (navigation start = 0).
    await page.addInitScript((s) => {
      const w = window as unknown as { firstResultAt?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector(s)) {
          w.firstResultAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, selector);
    await page.goto(searchUrl(base, query), { waitUntil: 'commit' });
    await page.waitForSelector(selector, { timeout: 30_000 });
    const ms = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
    // Let requests already in flight (the next results' fragments, the filters) finish being counted.
    await page.waitForTimeout(300);
    await Promise.all(counted);
    const sum = { bytes, searchBytes };
    // The count the page announces ("2,461 results for …"), once it has (a page of an
    // earlier build may have no such line).
    const status = !(await page.$('#search-status')) ? '' : await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? '') && document.getElementById('search-status')!.textContent, undefined, { timeout: 30_000 })
      .then((h) => h.jsonValue() as Promise<string>).catch(() => '');
    const results = /^([\d,]+) results?/.exec(status)?.[1];
    return { ms, ...sum, results: results ? Number(results.replace(/,/g, '')) : null };
  } finally {
    await context.close();
  }
}

export interface NextSearch {
  /** The search box's debounce, as the page declares it (`data-debounce`). */
  debounceMs: number;
  /** From the input event of the further query to its first result in the page, less the debounce. */
  afterDebounceMs: number;
}

/**
 * Opens /search/?q=`first`, waits until it has settled, then types `next` into the search
 * box at once (one input event) and times its first result after the debounce. The page
 * marks the main list with the query its results are for (`data-query`).
 */
export async function measureNextSearch(browser: Browser, base: string, first: string, next: string): Promise<NextSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(searchUrl(base, first));
    await page.waitForFunction(() => !document.getElementById('search-lists')?.hasAttribute('aria-busy') && document.getElementById('search-status')?.textContent, undefined, { timeout: 30_000 });
    const debounceMs = Number(await page.getAttribute('#search', 'data-debounce'));
    await page.evaluate((q) => {
      const w = window as unknown as { inputAt?: number; resultAt?: number };
      const list = document.getElementById('search-results')!;
      new MutationObserver((_, observer) => {
        if (list.dataset['query'] === q && list.querySelector('li a')) {
          w.resultAt = performance.now();
          observer.disconnect();
        }
      }).observe(list, { childList: true, subtree: true, attributes: true });
      document.getElementById('search-q')!.addEventListener('input', () => { w.inputAt = performance.now(); }, { once: true });
    }, next);
    await page.locator('#search-q').fill(next);
    await page.waitForFunction(() => (window as unknown as { resultAt?: number }).resultAt, undefined, { timeout: 30_000 });
    const { inputAt, resultAt } = await page.evaluate(() => {
      const w = window as unknown as { inputAt: number; resultAt: number };
      return { inputAt: w.inputAt, resultAt: w.resultAt };
    });
    return { debounceMs, afterDebounceMs: resultAt - inputAt - debounceMs };
  } finally {
    await context.close();
  }
}
