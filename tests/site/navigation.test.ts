/**
 * The main menu over the built pages: grouped as the issue asks (Topics with its pages,
 * Timeline, Sources, Names, Data, Search), the same on every page, and every section named
 * once: each menu label is its page's h1, the start of its <title> and its name in breadcrumbs.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, page, text } from '../helpers/dist';
import { readTopics } from '../helpers/content';

const $home = page('/');
const links = $home('header nav[aria-label="Main"] a').map((_, a) => ({ href: $home(a).attr('href')!, label: $home(a).text().trim() })).get();

describe('the main menu', () => {
  it('groups the topic pages under Topics, then Timeline, Sources, Names, Data and Search', () => {
    expect(text($home, 'header .nav-topics > summary')).toBe('Topics');
    const topics = $home('header .nav-topics a').map((_, a) => $home(a).attr('href')).get();
    expect(topics).toEqual(['/topics/', ...readTopics().map((t) => `/topics/${t.id}/`)]);
    const top = $home('header .site-nav > ul > li > a').map((_, a) => $home(a).text().trim()).get();
    expect(top).toEqual(['Timeline', 'Sources', 'Names', 'Data', 'Search']);
  });

  it('names each section as its page does: the link text is the h1 and the title', () => {
    expect(links.length).toBe(5 + 1 + readTopics().length);
    for (const { href, label } of links) {
      const $ = page(href);
      expect(text($, 'main h1'), href).toBe(label);
      expect($('head > title').text(), href).toBe(`${label} · Russia–North Korea dossier`);
    }
  });

  it('is the same on every page, in a disclosure that needs no script, with the current page marked', () => {
    for (const path of builtPages()) {
      const $ = page(path);
      expect($('header details.site-menu > summary').first().text().trim(), path).toBe('Menu');
      expect($('header nav[aria-label="Main"] a').map((_, a) => $(a).attr('href')).get(), path).toEqual(links.map((l) => l.href));
      expect($('header script').length, path).toBe(0);
    }
    expect(page('/topics/casualties/')('header a[aria-current="page"]').attr('href')).toBe('/topics/casualties/');
    expect(page('/entities/nis/')('header a[aria-current="location"]').attr('href')).toBe('/entities/');
  });

  it('names a section in every breadcrumb as the menu does', () => {
    const menu = new Map(links.map((l) => [l.href, l.label]));
    let checked = 0;
    for (const path of builtPages()) {
      const $ = page(path);
      $('nav[aria-label="Breadcrumb"] a').each((_, a) => {
        const label = menu.get($(a).attr('href')!);
        if (label === undefined) return;
        expect($(a).text(), `${path}: ${$(a).attr('href')}`).toBe(label);
        checked++;
      });
      const here = menu.get(path);
      if (here !== undefined && $('nav[aria-label="Breadcrumb"]').length) expect(text($, 'nav[aria-label="Breadcrumb"] [aria-current="page"]'), path).toBe(here);
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('keeps a search form in the header of every page but the search page itself', () => {
    expect(page('/sources/')('header form[role="search"][action="/search/"] input[name="q"]').length).toBe(1);
    expect(page('/search/')('header form[role="search"]').length).toBe(0);
  });
});
