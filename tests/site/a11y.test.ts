/**
 * Quality gates in a real browser: axe-core finds no WCAG 2.2 AA violation on any built
 * page (every source, topic and other page, and search with a query), light and dark; the
 * keyboard reaches every link and control with a visible focus; no request leaves the site.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser';
import { readSources } from '../helpers/content';
import { builtPages } from '../helpers/dist';
import { serve, type Served } from '../../scripts/lib/serve';
import { axeViolations } from '../helpers/axe';
import { settled } from '../helpers/search';

const source = readSources().find((s) => s.data.language === 'fr')!;
// Every page the build publishes, so that the next source (or caption) cannot regress unseen.
const PAGES = [...builtPages().filter((p) => p !== '/search/' && p !== '/404/'), '/search/?q=Koursk', '/search/?q=Kursk&language=French#open-filter', '/no-such-page/'];

let server: Served;
let browser: Browser;
beforeAll(async () => { server = await serve(); browser = await launch(); });
afterAll(async () => { await browser?.close(); await server?.close(); });

describe('axe-core, WCAG 2.2 AA', () => {
  it('covers every built page', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(readSources().length + 10);
    expect(PAGES).toContain(`/sources/${readSources().find((s) => s.id.startsWith('csactu-'))?.id ?? source.id}/`);
  });
  for (const scheme of ['light', 'dark'] as const) {
    it.each(PAGES)(`%s has no violations (${scheme})`, async (path) => {
      const page = await browser.newPage({ colorScheme: scheme });
      await page.goto(`${server.url}${path}`);
      if (path.startsWith('/search/')) await settled(page);
      // The search page with a filter's list open, its checkboxes and counts in view.
      if (path.endsWith('#open-filter')) {
        await page.locator('details[data-filter="language"] summary').click();
        await page.locator('details[data-filter="language"] input').first().waitFor();
      }
      const violations = await axeViolations(page);
      await page.close();
      expect(violations, violations.join('\n')).toEqual([]);
    });
  }
});

describe('keyboard', () => {
  it.each([`/sources/${source.id}/`, '/topics/casualties/', '/search/?q=Kursk'])('%s: Tab reaches every link and control, each with a visible focus', async (path) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${path}`);
    if (path.startsWith('/search/')) await settled(page);
    // Shown controls only: a link inside a closed <details> (the topics menu, the names list) is not tabbable until opened.
    const focusable = await page.$$eval('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])', (els) => els.filter((e) => ((e as HTMLElement).offsetParent !== null && e.checkVisibility()) || e.classList.contains('skip-link')).length);
    const reached = new Set<string>();
    for (let i = 0; i < focusable + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const path = [];
        for (let n: Element | null = el; n; n = n.parentElement) path.unshift(`${n.tagName}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
        return { key: path.join('/'), visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
      });
      if (!info) continue;
      expect(info.visible, `no visible focus on ${info.key}`).toBe(true);
      reached.add(info.key);
    }
    await page.close();
    expect(reached.size).toBeGreaterThanOrEqual(focusable);
  });
});

describe('requests', () => {
  it('never leave the site, on any page kind', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    for (const path of PAGES) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await page.close();
    expect(foreign).toEqual([]);
  });
});
