/**
 * Lighthouse scores of one page of every kind, on the built site served on localhost, in
 * Debian's Chromium. Prints a table and writes benchmarks/lighthouse.json.
 *
 *   npm run lighthouse [-- --out file.json]   (after `npm run build`)
 *
 * The site tests run it too (tests/site/lighthouse.test.ts) and assert the scores.
 */
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'benchmarks/lighthouse.json' } } });

const LIGHTHOUSE_PAGES = ['/', '/sources/', '/sources/unidentified-2025-11-08-renforcement-des-liens-militaires/', '/topics/troops/',
  '/topics/casualties/', '/topics/technology-transfers/', '/topics/international-reactions/', '/timeline/', '/search/?q=Koursk', '/about/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.xml': 'application/xml' };

const root = join(process.cwd(), 'dist');
const server = createServer((req, res) => {
  let file = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' });
  createReadStream(file).pipe(res);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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
  server.close();
}
writeFileSync(values.out, `${JSON.stringify(rows, null, 2)}\n`);
