/**
 * The maps of the built site (issue 27, item 3): each place page has its locator map with
 * its text equivalent; /timeline/ and /entities/ mark every place, each mark linked to its
 * page, beside a list of the same places with the counts their pages give; every map is
 * an image with a name, requests nothing (no external address, no image, no script) and
 * costs under 30 kB gzipped. A place with an impossible latitude stops the build, naming
 * the file and the field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { page, text } from '../helpers/dist';
import { CONTENT, ROOT } from '../helpers/content';

const dir = join(CONTENT, 'entities');
const entities = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(dir, f), 'utf8')) }));
const places = entities.filter((e) => e.kind === 'place');
const nameOf = (id: string) => entities.find((e) => e.id === id)!.name as string;

/** What a map costs a page: its SVG, gzipped. */
const gzippedSvg = ($: CheerioAPI, selector: string) => gzipSync($.html($(selector)), { level: 9 }).length;

/** Checks that hold for every map: an image with a title and a description, drawn without any request. */
function expectSelfContained($: CheerioAPI, svg: string, role = 'img') {
  const el = $(svg);
  expect(el).toHaveLength(1);
  expect(el.attr('role')).toBe(role);
  const [title, desc] = [el.attr('aria-labelledby')!, el.attr('aria-describedby')!];
  expect($(`[id="${title}"]`).text().length).toBeGreaterThan(5);
  expect($(`[id="${desc}"]`).text().length).toBeGreaterThan(20);
  const markup = $.html(el);
  expect(markup).not.toMatch(/https?:|\/\/[a-z]/i);
  expect(el.find('image, script, foreignObject, use, style')).toHaveLength(0);
  for (const a of el.find('a').toArray()) expect($(a).attr('href')).toMatch(/^\/entities\/[a-z0-9-]+\/$/);
  expect(el.find('path.land').attr('d')!.length).toBeGreaterThan(200);
}

describe('a place page', () => {
  it.each(places.map((p) => p.id))('/entities/%s/ has its locator map, marked, with the place, its state and its point in words beside it', (id) => {
    const place = places.find((p) => p.id === id)!;
    const $ = page(`/entities/${id}/`);
    expectSelfContained($, '.locator-map svg');
    expect($('.locator-map svg .mark text').text()).toBe(place.name);
    expect($('.locator-map svg path.country').attr('d')!.length).toBeGreaterThan(100);
    const caption = text($, '.locator-map figcaption');
    const hemi = (v: number, p: string, n: string) => `${Math.abs(v).toFixed(2)}° ${v < 0 ? n : p}`;
    expect(caption).toContain(`${place.name}, in ${nameOf(place.country)} (shaded): ${hemi(place.coordinates.lat, 'N', 'S')}, ${hemi(place.coordinates.lon, 'E', 'W')}.`);
    expect($('.locator-map figcaption a').attr('href')).toBe(`/entities/${place.country}/`);
    expect(gzippedSvg($, '.locator-map svg')).toBeLessThan(30_000);
  });

  it('a page that is no place has no map', () => {
    expect(page('/entities/russia/')('.map')).toHaveLength(0);
    expect(page('/entities/vladimir-putin/')('.map')).toHaveLength(0);
  });
});

describe.each(['/timeline/', '/entities/'])('the places map of %s', (path) => {
  const $ = page(path);

  it('marks every place, each mark a link to its page', () => {
    expectSelfContained($, '.places-map svg', 'group');
    const marks = $('.places-map svg a.mark').toArray().map((a) => [$(a).attr('href'), $(a).find('text').text()]);
    expect(marks.sort()).toEqual(places.map((p) => [`/entities/${p.id}/`, p.name]).sort());
    // The marks are a mouse shortcut; keyboards take the list, which holds the same links.
    for (const a of $('.places-map svg a').toArray()) expect($(a).attr('tabindex')).toBe('-1');
    expect(gzippedSvg($, '.places-map svg')).toBeLessThan(30_000);
  });

  it('lists the same places beside it, each with the counts its own page gives', () => {
    const items = $('.places-map .map-list li').toArray();
    expect(items.map((li) => $(li).find('a').attr('href')).sort()).toEqual(places.map((p) => `/entities/${p.id}/`).sort());
    for (const li of items) {
      const href = $(li).find('a').attr('href')!;
      const entity = page(href);
      const events = entity('#events + ul.claim-list > li').length;
      const claims = [...text(entity, '.meta dd').matchAll(/(\d+) as /g)].reduce((n, m) => n + Number(m[1]), 0);
      const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
      expect(text($, `.places-map .map-list li:has(a[href="${href}"])`)).toMatch(new RegExp(`: ${plural(events, 'dated event')}, ${plural(claims, 'claim')}$`));
      // The mark says the same on hover.
      expect($(`.places-map svg a[href="${href}"] > title`).text()).toMatch(new RegExp(`${plural(events, 'dated event')}, ${plural(claims, 'claim')}$`));
    }
  });
});

describe('a place with an impossible latitude', () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-bad-place-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('stops the build, naming the file and the field', () => {
    const content = join(work, 'content');
    cpSync(CONTENT, content, { recursive: true });
    const file = join(content, 'entities', 'wonsan.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/lat: [\d.]+/, 'lat: 139.15'));
    const run = spawnSync('npx', ['astro', 'build', '--outDir', join(work, 'dist')], {
      cwd: ROOT, env: { ...process.env, DOSSIER_CONTENT_DIR: content, DOSSIER_CACHE_DIR: join(work, 'cache') }, encoding: 'utf8',
    });
    const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    expect(run.status).not.toBe(0);
    expect(output).toContain('entities/wonsan.yaml');
    expect(output).toContain('coordinates.lat: a latitude lies between -90 and 90');
  }, 180_000);
});
