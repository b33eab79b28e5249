/**
 * The estimates-over-time charts, over the built site and in a browser: a visible title,
 * a subtitle that defines the measure and a source line; a panel per scope, never two
 * scopes on one axis; a series per estimator named in the legend; month-level dates drawn
 * as spans; no chart of a single estimate anywhere; the newest estimate in view at 375 px.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser';
import { serve, type Served } from '../../scripts/lib/serve';
import { onlySeeds, readSources } from '../helpers/content';
import { builtPages, page, text } from '../helpers/dist';

const sources = readSources();
const TOPICS = ['/topics/casualties/', '/topics/troops/'];
/** The table row of a chart's mark (`source#claim` → `source--claim`). */
const rowOf = ($: ReturnType<typeof page>, mark: string) => $(`tr[id="${mark.replace('#', '--')}"]`);

describe('charts on the topic pages', () => {
  it.each(TOPICS)('%s: each chart has a visible title, a subtitle defining its measure and a source line', (path) => {
    const $ = page(path);
    const charts = $('figure.chart');
    expect(charts.length).toBeGreaterThan(0);
    charts.each((_, f) => {
      expect($(f).find('.chart-title').text()).toMatch(/: estimates over time/);
      expect($(f).find('.chart-subtitle').text().length).toBeGreaterThan(20);
      expect($(f).find('.chart-source').text()).toMatch(/^Source: \d+ estimates from \d+ articles?, as each reports them \(not verified facts\)/);
    });
  });

  it.each(TOPICS)('%s: one panel per scope, each mark in a series its legend names', (path) => {
    const $ = page(path);
    $('figure.chart .chart-panel').each((_, panel) => {
      const legend = $(panel).find('.chart-legend li').map((_, li) => $(li).text().trim()).get();
      const marks = $(panel).find('g.mark[data-mark]');
      expect(marks.length, 'a chart of one estimate').toBeGreaterThan(1);
      const bases = new Set<string>();
      const used = new Set<number>();
      marks.each((_, g) => {
        const k = Number(/series-(\d+)/.exec($(g).attr('class')!)![1]);
        expect(k).toBeLessThan(legend.length);
        used.add(k);
        const row = rowOf($, $(g).attr('data-mark')!);
        expect(row.length, $(g).attr('data-mark')).toBe(1);
        const scope = row.find('td').eq(1).find('.muted').text();
        bases.add(scope.includes('present at that date') ? 'present' : scope.includes('sent in total') ? 'total' : 'other');
      });
      // Troops sent in total and troops present are never on one axis.
      expect([...bases], path).toHaveLength(1);
      // Every name in the legend is a series drawn, every series drawn is named.
      expect(used.size).toBe(legend.length);
      expect(legend.every((name) => name.length > 0)).toBe(true);
    });
  });

  it('names the seeds’ estimators in the legend and charts troops present apart from troops sent', () => {
    if (!onlySeeds(sources.map((s) => s.id))) return;
    const $ = page('/topics/troops/');
    const deployed = $('#measure-deployed').closest('section');
    expect(deployed.find('.chart-panel-title').map((_, t) => $(t).text()).get()).toEqual(['Sent in total']);
    expect(deployed.find('.chart-legend li').map((_, li) => $(li).text().trim()).get()).toEqual([
      'North Korea', 'Official sources (not named)', 'South Korean and American intelligence services', 'Estimator not stated',
    ]);
    // The one estimate of troops present is a sentence, not a chart.
    expect(text($, '#measure-deployed ~ .chart-single')).toMatch(/^Troops deployed, present at a date, Ukraine .*: only one estimate, so no chart: 11,000, by Western intelligence services/);
  });

  it.each(TOPICS)('%s: a month-level date is a span over its month, a day a point', (path) => {
    const $ = page(path);
    let spans = 0;
    $('figure.chart g.mark[data-mark]').each((_, g) => {
      const applies = rowOf($, $(g).attr('data-mark')!).find('td').eq(1).text();
      const day = /as of \d{1,2} [A-Z][a-z]+ \d{4}/.test(applies);
      expect($(g).find('line.span').length, `${$(g).attr('data-mark')}: ${applies}`).toBe(day ? 0 : 1);
      if (!day) spans++;
    });
    if (onlySeeds(sources.map((s) => s.id)) && path === '/topics/troops/') expect(spans).toBeGreaterThan(0);
  });
});

describe('no chart of a single estimate', () => {
  it('anywhere in the built site', () => {
    let charts = 0;
    for (const path of builtPages()) {
      const $ = page(path);
      $('figure.chart svg[role="img"]').each((_, svg) => {
        charts++;
        expect($(svg).find('g.mark').length, path).toBeGreaterThan(1);
      });
    }
    expect(charts).toBeGreaterThan(0);
  });

  it('says an entity’s single estimates in sentences instead', () => {
    if (!onlySeeds(sources.map((s) => s.id))) return;
    const $ = page('/entities/nis/');
    expect($('figure.chart').length).toBe(0);
    expect($('.chart-single').length).toBeGreaterThan(0);
  });
});

describe('charts at 375 px', () => {
  let server: Served;
  let browser: Browser;
  beforeAll(async () => { server = await serve(); browser = await launch(); });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  it.each(TOPICS)('%s: no sideways scroll, every chart inside the screen, its newest estimate in view', async (path) => {
    const p = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await p.goto(`${server.url}${path}`);
    const charts = await p.$$eval('figure.chart svg[role="img"]', (svgs) => svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      const marks = [...svg.querySelectorAll('g.mark')].map((g) => g.getBoundingClientRect());
      const newest = marks.reduce((a, b) => (b.x > a.x ? b : a));
      const size = Number.parseFloat(getComputedStyle(svg.querySelector('.axis text')!).fontSize) * (box.width / (svg as SVGSVGElement).viewBox.baseVal.width);
      return { left: box.left, right: box.right, newestRight: newest.right, text: size };
    }));
    const scroll = await p.evaluate(() => document.documentElement.scrollWidth);
    await p.close();
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.left).toBeGreaterThanOrEqual(0);
      expect(c.right).toBeLessThanOrEqual(375);
      expect(c.newestRight).toBeLessThanOrEqual(375);
      // Type scaled with the chart stays readable.
      expect(c.text).toBeGreaterThanOrEqual(10);
    }
    expect(scroll).toBeLessThanOrEqual(375);
  });
});
