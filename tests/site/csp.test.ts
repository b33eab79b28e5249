/**
 * The Content-Security-Policy (src/lib/site/csp.ts), over the built site and in Chromium:
 * every page carries it first in its head, with `script-src 'none'` unless it loads a
 * script; nothing is inline (no `<style>`, no `style=`, no `on…=`, no `<script>` that runs);
 * every page kind opens without a violation, with the `<meta>` alone (static hosting) and
 * with the `_headers` file's header as well; search works under both; and a script, a
 * handler and styles injected into a built page are refused and reported.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser';
import { scratchRoot } from '../../scripts/lib/scratch';
import { serve, type Served } from '../../scripts/lib/serve';
import { contentSecurityPolicy, headersFile } from '../../src/lib/site/csp';
import { DIST, readSources } from '../helpers/content';
import { builtPages } from '../helpers/dist';
import { resultLinks, searchUrl, settled } from '../helpers/search';

/** Every built page and the 404 page; search also with a query and an open filter. */
const PAGES = [...builtPages().filter((p) => p !== '/404/'), '/search/?q=Koursk', '/search/?q=Kursk&language=French#open-filter', '/no-such-page/'];
const source = readSources()[0]!;

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** A page that records every CSP violation it sees (Playwright's init scripts run whatever the page's policy). */
async function watchedPage(): Promise<{ page: Page; violations: () => Promise<string[]>; console: string[] }> {
  const page = await browser.newPage();
  const console: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text()); });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} refused ${e.blockedURI} at line ${e.lineNumber}: ${e.sample}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  return { page, violations, console };
}

/** Opens a path as a reader does (search settled, a filter open) and returns what the policy refused. */
async function visit(w: Awaited<ReturnType<typeof watchedPage>>, url: string, path: string): Promise<string[]> {
  await w.page.goto(`${url}${path}`);
  if (path.startsWith('/search/')) await settled(w.page);
  if (path.endsWith('#open-filter')) {
    await w.page.locator('details[data-filter="language"] summary').click();
    await w.page.locator('details[data-filter="language"] input').first().waitFor();
  }
  return [...await w.violations(), ...w.console.splice(0)];
}

describe('the built pages', () => {
  const files = [...builtPages().map((p) => join(p, 'index.html')), '404.html'];
  const html = (file: string) => readFileSync(join(DIST, file), 'utf8');

  it('cover every page kind', () => {
    expect(files.length).toBeGreaterThanOrEqual(readSources().length + 10);
    expect(files).toEqual(expect.arrayContaining(['404.html', '/search/index.html', `/sources/${source.id}/index.html`, '/index.html']));
  });

  it.each(files)('%s: its policy comes first in the head, and allows scripts exactly when the page loads one', (file) => {
    const text = html(file);
    const head = /<head>([\s\S]*?)<\/head>/.exec(text)?.[1] ?? '';
    const first = /^<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(head);
    expect(first, 'the policy is the first element after the charset').not.toBeNull();
    const loadsScript = /<script[^>]*\ssrc=|<link[^>]*rel="modulepreload"/.test(text);
    expect(first![1]!.replaceAll('&#39;', "'")).toBe(contentSecurityPolicy({ scripts: loadsScript }));
  });

  it.each(files)('%s: has no inline style, handler or running script', (file) => {
    const text = html(file);
    expect(text.match(/<style[\s>]/g), 'a <style> element').toBeNull();
    expect(text.match(/<[a-z][^>]*\sstyle=/gi), 'a style attribute').toBeNull();
    expect(text.match(/<[a-z][^>]*\son[a-z]+=/gi), 'an event handler attribute').toBeNull();
    expect(text.match(/href="javascript:/gi), 'a javascript: link').toBeNull();
    // A <script> either loads a file or is a data block (JSON-LD, search's configuration) that never runs.
    const inline = [...text.matchAll(/<script(\s[^>]*)?>/g)].map((m) => m[0]).filter((tag) => !/\ssrc=/.test(tag));
    for (const tag of inline) expect(tag).toMatch(/type="application\/(ld\+)?json"/);
  });

  it('_headers gives every path the policy, with frame-ancestors', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(headersFile());
  });
});

for (const headers of [false, true]) {
  describe(headers ? 'served with the _headers file’s header and the <meta>' : 'served with the <meta> only (static hosting)', () => {
    let server: Served;
    beforeAll(async () => { server = await serve(DIST, { headers }); });
    afterAll(async () => { await server?.close(); });

    it(`every page kind opens without a violation (${PAGES.length} pages)`, async () => {
      const w = await watchedPage();
      const found: string[] = [];
      for (const path of PAGES) for (const v of await visit(w, server.url, path)) found.push(`${path}: ${v}`);
      await w.page.close();
      expect(found).toEqual([]);
    });

    it('search finds sources, runs Pagefind’s WebAssembly and fetches its index without a violation', async () => {
      const w = await watchedPage();
      await w.page.goto(searchUrl(server.url, 'Kursk'));
      expect(await resultLinks(w.page, 5)).toContain('/sources/unidentified-2025-11-08-renforcement-des-liens-militaires/');
      await w.page.fill('#search-q', 'Goremykine');
      await settled(w.page, 'Goremykine');
      expect(await w.page.locator('#search-results a[href^="/sources/"]').count()).toBeGreaterThan(0);
      expect([...await w.violations(), ...w.console]).toEqual([]);
      await w.page.close();
    });

    if (headers) {
      it('sends the header on pages and files', async () => {
        for (const path of ['/', '/search/', '/pagefind/pagefind.js', '/data/figures.csv']) {
          const res = await fetch(`${server.url}${path}`);
          expect(res.headers.get('content-security-policy'), path).toBe(contentSecurityPolicy({ scripts: true }, 'header'));
        }
      });
    }
  });
}

describe('an injected script, handler or style', () => {
  let root: string;
  let server: Served;
  const INJECTED = '<script>document.title="pwned"</script><img src="/favicon.svg" alt="" onload="document.title=\'pwned by handler\'">'
    + '<style>body { background: rgb(255, 0, 0) }</style><p id="injected-style" style="color: rgb(255, 0, 0)">injected</p>';
  const KINDS = { source: `/sources/${source.id}/`, search: '/search/' };

  // A copy of each page with the injection where an article's text goes, beside the rest of dist/ (linked, not copied).
  beforeAll(async () => {
    root = mkdtempSync(join(scratchRoot(), 'dossier-csp-'));
    for (const name of readdirSync(DIST)) if (name !== 'sources' && name !== 'search') symlinkSync(join(DIST, name), join(root, name));
    for (const path of Object.values(KINDS)) {
      cpSync(join(DIST, path), join(root, path), { recursive: true });
      const file = join(root, path, 'index.html');
      const html = readFileSync(file, 'utf8');
      expect(html).toContain('<main id="main">');
      writeFileSync(file, html.replace('<main id="main">', `<main id="main">${INJECTED}`));
    }
    server = await serve(root);
  });
  afterAll(async () => {
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it.each(Object.entries(KINDS))('is refused and reported on a %s page', async (_kind, path) => {
    const w = await watchedPage();
    await w.page.goto(`${server.url}${path}`);
    await w.page.locator('#injected-style').waitFor();
    await w.page.waitForLoadState('networkidle');
    expect(await w.page.title()).not.toMatch(/pwned/);
    const looks = await w.page.evaluate(() => ({
      color: getComputedStyle(document.getElementById('injected-style')!).color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(looks.color).not.toBe('rgb(255, 0, 0)');
    expect(looks.background).not.toBe('rgb(255, 0, 0)');
    const violations = await w.violations();
    for (const directive of ['script-src-elem', 'script-src-attr', 'style-src-elem', 'style-src-attr']) {
      expect(violations.some((v) => v.startsWith(`${directive} refused inline`)), `${directive} in ${violations.join(' | ')}`).toBe(true);
    }
    await w.page.close();
  });
});
