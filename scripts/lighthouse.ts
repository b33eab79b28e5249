/**
 * Lighthouse scores of one page of every kind, on the built site served on localhost, in
 * Chromium (the one the tests find, scripts/lib/find-chromium.ts). Prints a table and writes benchmarks/lighthouse.json.
 *
 *   npm run lighthouse [-- --out file.json]   (after `npm run build`)
 *
 * The site tests run it too (tests/site/lighthouse.test.ts) and assert the scores.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parseArgs } from 'node:util';
import { serve } from './lib/serve';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/browser';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'benchmarks/lighthouse.json' } } });

const LIGHTHOUSE_PAGES = ['/', '/sources/', '/sources/unidentified-2025-11-08-renforcement-des-liens-militaires/', '/topics/troops/',
  '/topics/casualties/', '/topics/technology-transfers/', '/topics/international-reactions/', '/timeline/', '/search/?q=Koursk', '/about/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const server = await serve(join(process.cwd(), 'dist'));
const base = server.url;
const chrome = await launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const rows: Record<string, number | string>[] = [];
try {
  for (const path of LIGHTHOUSE_PAGES) {
    const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], formFactor: 'desktop', screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }, throttlingMethod: 'provided' });
    const cats = result!.lhr.categories;
    const row: Record<string, number | string> = { path };
    for (const c of CATEGORIES) row[c] = Math.round((cats[c]?.score ?? 0) * 100);
    rows.push(row);
    console.log(`${path.padEnd(72)} ${CATEGORIES.map((c) => `${c} ${row[c]}`).join('  ')}`);
    const failing = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
    if (failing.length) console.log(`    failing audits: ${failing.join(', ')}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
writeFileSync(values.out, `${JSON.stringify(rows, null, 2)}\n`);
