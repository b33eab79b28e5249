/**
 * What a reader on a phone (375 × 667 px) sees, in a real browser, on every built page:
 * nothing scrolls sideways but a marked scroll box (a table, a chart, the places map) that
 * shows it scrolls (and a chart opens at its newest end); the header is one line, at most 64 px, whose menu opens from the keyboard;
 * figure tables stack into rows with the quote in view; the home page's first headline figure
 * is on the first screen; a source page gives its summary and figures before its names.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser';
import { ROOT } from '../../scripts/lib/paths';
import { serve, type Served } from '../../scripts/lib/serve';
import { axeViolations } from '../helpers/axe';
import { builtPages } from '../helpers/dist';

const PHONE = { width: 375, height: 667 };
const FRENCH_SOURCE = '/sources/russafrik-2025-07-kim-jong-un-scelle-son-alliance-avec-moscou/';
// One of each page kind, named so that a missing kind fails here rather than passing unseen
// (archive pages by period, which five sources do not make, are built below).
const KINDS = ['/', '/topics/casualties/', FRENCH_SOURCE, '/entities/nis/', '/timeline/', '/sources/', '/data/', '/search/'];
const PAGES = builtPages().filter((p) => p !== '/404/');
const SCROLL_BOX = '.table-wrap, .chart-scroll, .map-scroll';

let server: Served;
let browser: Browser;
let phone: Page;
beforeAll(async () => { server = await serve(); browser = await launch(); phone = await browser.newPage({ viewport: PHONE }); });
afterAll(async () => { await browser?.close(); await server?.close(); });

/** What overflows the screen sideways, outside a scroll box; and each scroll box that scrolls. */
function layout(p: Page) {
  return p.evaluate(([width, boxes]) => {
    const loose: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      if (!el.checkVisibility({ visibilityProperty: true }) || el.closest(boxes)) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 1 && r.right > width + 0.5) loose.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ends at ${Math.round(r.right)} px`);
    }
    const scrolling = [...document.querySelectorAll<HTMLElement>(boxes)].filter((b) => b.checkVisibility() && b.scrollWidth > b.clientWidth + 1).map((b) => {
      const style = getComputedStyle(b);
      const child = b.firstElementChild!.getBoundingClientRect();
      // The cue: a shadow painted behind transparent content, or an edge faded out over an opaque drawing.
      return { box: b.className, overflow: style.overflowX, cue: `${style.backgroundImage} ${style.maskImage}`, focusable: b.tabIndex >= 0 || b.querySelector('a[href], button, input') !== null, endVisible: Math.abs(child.right - b.getBoundingClientRect().right) < 2 };
    });
    return { scrollWidth: document.scrollingElement!.scrollWidth, loose, scrolling, header: document.querySelector('.site-header')!.getBoundingClientRect().height };
  }, [PHONE.width, SCROLL_BOX] as const);
}

/** The page fits the phone's width but for scroll boxes that show they scroll; a one-line header. */
function expectPhoneLayout(l: Awaited<ReturnType<typeof layout>>) {
  expect(l.scrollWidth).toBeLessThanOrEqual(PHONE.width);
  expect(l.loose).toEqual([]);
  expect(l.header).toBeLessThanOrEqual(64);
  for (const box of l.scrolling) {
    expect(box.overflow, box.box).toMatch(/auto|scroll/);
    expect(box.cue, `${box.box}: no sign that it scrolls`).toMatch(/gradient/);
    expect(box.focusable, `${box.box}: the keyboard cannot scroll it`).toBe(true);
    if (box.box.includes('chart-scroll')) expect(box.endVisible, `${box.box}: its newest end is not in view`).toBe(true);
  }
}

describe('at 375 px', () => {
  it('covers every page kind', () => {
    for (const kind of KINDS) expect(PAGES).toContain(kind);
  });

  it.each(PAGES)('%s does not scroll sideways; its header is one line of at most 64 px', async (path) => {
    await phone.goto(`${server.url}${path}`);
    expectPhoneLayout(await layout(phone));
  });

  it('puts the first headline figure of the home page on the first screen', async () => {
    await phone.goto(`${server.url}/`);
    const figure = phone.locator('.headline-figures .value').first();
    expect(await figure.textContent()).toMatch(/\d/);
    const box = (await figure.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
  });

  it('stacks a figure table into rows, each cell headed by its column, the quote in view', async () => {
    await phone.goto(`${server.url}${FRENCH_SOURCE}`);
    const cells = await phone.$$eval('#figures-title ~ .table-wrap table', (tables) => tables.flatMap((t) => {
      const heads = [...t.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      return [...t.querySelectorAll('tbody tr')].flatMap((tr) => [...tr.children].map((c, i) => {
        const r = c.getBoundingClientRect();
        return { head: heads[i], label: c.getAttribute('data-label'), tag: c.tagName, left: r.left, right: r.right, shown: getComputedStyle(c, '::before').display };
      }));
    }));
    expect(cells.length).toBeGreaterThan(4);
    for (const c of cells) {
      // Every cell but the row's own header carries its column's header, shown above it.
      if (c.tag === 'TD') { expect(c.label).toBe(c.head); expect(c.shown).toBe('block'); }
      expect(c.right).toBeLessThanOrEqual(PHONE.width);
    }
    // One column under another: the cells of a row share a left edge.
    expect(new Set(cells.map((c) => Math.round(c.left))).size).toBe(1);
    expect(cells.filter((c) => c.head === 'The article’s words').length).toBeGreaterThan(0);
    // Still a table to assistive technology, its headers still the cells' headers.
    const cdp = await phone.context().newCDPSession(phone);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: { role?: { value: string } }[] };
    await cdp.detach();
    const roles = nodes.map((n) => n.role?.value);
    expect(roles).toContain('table');
    expect(roles).toContain('columnheader');
    expect(roles.filter((r) => r === 'cell').length).toBeGreaterThanOrEqual(cells.filter((c) => c.tag === 'TD').length);
  });

  it('gives a source page its summary and figures before its names, which stay collapsed at the end', async () => {
    await phone.goto(`${server.url}${FRENCH_SOURCE}`);
    const order = await phone.evaluate(() => {
      const top = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? NaN;
      return { summary: top('#summary-title'), figures: top('#figures-title'), text: top('#text-title'), names: top('#names-title'), open: document.querySelector('.names details')!.hasAttribute('open'), namesHeight: document.querySelector('.names')!.getBoundingClientRect().height };
    });
    expect(order.summary).toBeLessThan(order.figures);
    expect(order.figures).toBeLessThan(order.text);
    expect(order.text).toBeLessThan(order.names);
    expect(order.open).toBe(false);
    expect(order.namesHeight).toBeLessThan(200);
  });

  it('opens the menu from the keyboard and reaches every section and the search box', async () => {
    await phone.goto(`${server.url}/sources/`);
    expect(await phone.locator('header nav[aria-label="Main"] a').first().isVisible()).toBe(false);
    await phone.locator('.site-menu > summary').focus();
    await phone.keyboard.press('Enter');
    for (const name of ['Topics', 'North Korean troops in Russia', 'Timeline', 'Sources', 'Names', 'Data', 'Search']) {
      await expect.poll(() => phone.getByRole('link', { name, exact: true }).first().isVisible()).toBe(true);
    }
    expect(await phone.locator('#site-search-q').isVisible()).toBe(true);
    const l = await layout(phone);
    expect(l.scrollWidth).toBeLessThanOrEqual(PHONE.width);
    expect(l.loose).toEqual([]);
  });

  it.each(KINDS.flatMap((p) => [[p, 'light'], [p, 'dark']] as const))('%s has no WCAG 2.2 AA violation with the menu open (%s)', async (path, scheme) => {
    const p = await browser.newPage({ viewport: PHONE, colorScheme: scheme });
    await p.goto(`${server.url}${path}`);
    await p.locator('.site-menu > summary').click();
    const violations = await axeViolations(p);
    await p.close();
    expect(violations, violations.join('\n')).toEqual([]);
  });
});

describe('archive pages by period at 375 px', () => {
  // The dossier's own content, built again with archive pages past one row, so that every
  // topic, the timeline and the sources have pages by period (the real build makes them past 150).
  const work = mkdtempSync(join(tmpdir(), 'dossier-phone-'));
  const dist = join(work, 'dist');
  let archives: Served;
  const periodPages = () => ['topics/troops', 'topics/casualties', 'timeline', 'sources'].flatMap((dir) =>
    readdirSync(join(dist, dir)).filter((d) => /^\d{4}(-\d\d)?$/.test(d)).map((d) => `/${dir}/${d}/`));
  beforeAll(async () => {
    const run = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DOSSIER_ARCHIVE_ABOVE: '1', DOSSIER_DIST_DIR: dist, DOSSIER_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' } });
    expect(run.status, `${run.stdout}\n${run.stderr}`.slice(-3000)).toBe(0);
    archives = await serve(dist);
  }, 300_000);
  afterAll(async () => { await archives?.close(); rmSync(work, { recursive: true, force: true }); });

  it('do not scroll sideways, topic, timeline and source archives alike', async () => {
    const pages = periodPages();
    for (const dir of ['/topics/casualties/', '/topics/troops/', '/timeline/', '/sources/']) expect(pages.some((p) => p.startsWith(dir)), dir).toBe(true);
    for (const path of pages) {
      await phone.goto(`${archives.url}${path}`);
      expect(await phone.locator('main h1').textContent(), path).toMatch(/: /);
      const l = await layout(phone);
      expect(l.loose, path).toEqual([]);
      expectPhoneLayout(l);
    }
  });
});
