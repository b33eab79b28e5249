/**
 * The built source pages, home page and source list: every source at its id, with its
 * metadata, and every claim anchored in the article text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { claimsOf, LANGUAGE_LABELS } from '../../src/lib/claims';
import { formatPublished } from '../../src/lib/site';
import { CONTENT, onlySeeds, readSources, SEED_SOURCES } from '../helpers/content';
import { page, text } from '../helpers/dist';

const sources = readSources();
const outletName = (id: string) => parse(readFileSync(join(CONTENT, 'outlets', `${id}.yaml`), 'utf8')).name as string;

describe.each(sources.map((s) => [s.id, s] as const))('/sources/%s/', (id, source) => {
  const $ = page(`/sources/${id}/`);
  const d = source.data;

  it('shows the title in the right language', () => {
    expect(text($, 'h1')).toBe(d.title);
    expect($('h1').attr('lang')).toBe(d.titleSupplied ? 'en' : d.language);
  });

  it('shows the record: outlet, date, language, author, original', () => {
    const meta = text($, 'dl.meta');
    expect(meta).toContain(outletName(d.outlet));
    expect(meta).toContain(formatPublished(d));
    expect(meta).toContain(LANGUAGE_LABELS[d.language]);
    expect(meta).toContain(d.author ?? 'Not known');
    if (!d.url) expect(meta).toContain('Original Not known');
    if (d.dateInferred) {
      expect(meta).toContain('(approximate)');
      expect(meta).toContain(`Dating note: ${d.datingNote}`);
    } else {
      expect(meta).not.toContain('approximate');
    }
  });

  it('shows the summary and every editor’s note', () => {
    expect(text($, 'section[aria-labelledby="summary-title"]')).toContain(d.summary);
    for (const note of d.notes) expect(text($, '.editor-notes')).toContain(note.text);
  });

  it('puts the article text in an element with the source’s language', () => {
    expect($('.article-body').attr('lang')).toBe(d.language);
    expect(text($, '.article-body').length).toBeGreaterThan(500);
  });

  it('anchors every claim exactly once, inside the article text', () => {
    const claims = claimsOf(d);
    expect(claims.length).toBeGreaterThan(3);
    for (const claim of claims) {
      const target = $(`[id="${claim.id}"]`);
      expect(target.length, claim.id).toBe(1);
      expect(target.closest('.article-body').length, claim.id).toBe(1);
      // The anchor is at the quote: a mark that starts it, or an empty anchor right before one.
      const mark = target.is('mark') ? target : target.next('mark');
      expect(mark.attr('data-claims')?.split(' '), claim.id).toContain(claim.id);
    }
  });

  it('highlights each quote in full', () => {
    for (const claim of claimsOf(d)) {
      const marked = $(`mark[data-claims~="${claim.id}"]`).map((_, m) => $(m).text()).get().join('');
      expect(marked.replace(/\s+/g, ' ').replace(/[“”«»]/g, '"').replace(/[’]/g, "'"))
        .toBe(claim.quote.replace(/\s+/g, ' ').replace(/[“”«»]/g, '"').replace(/[’]/g, "'").trim());
    }
  });

  it('links every figure of the table to its sentence', () => {
    for (const f of d.figures) expect($(`table a[href="#${f.id}"]`).length, f.id).toBe(1);
  });

  it('ships no JavaScript', () => {
    expect($('script:not([type="application/ld+json"])').length).toBe(0);
  });
});

describe('/sources/', () => {
  const $ = page('/sources/');
  it('lists every source, newest first', () => {
    const hrefs = $('.source-list a.title').map((_, a) => $(a).attr('href')).get();
    const expected = [...sources].sort((a, b) => b.data.published.localeCompare(a.data.published)).map((s) => `/sources/${s.id}/`);
    expect(hrefs).toEqual(expected);
  });
});

describe('/', () => {
  const $ = page('/');
  it('says what the dossier is', () => {
    expect(text($, 'h1')).toBe('The Russia–North Korea military alliance, 2024–2025');
    expect(text($, '.lede')).toContain(`${sources.length} news articles in English and French`);
  });

  const cards = () => new Map($('.headline-figures > li').get().map((li) => [$(li).find('h3').text().trim(), $(li)]));

  it('leads each measure with its most recent estimate, and puts a date beside every number', () => {
    const byMeasure = cards();
    expect([...byMeasure.keys()]).toEqual(expect.arrayContaining(['Troops deployed', 'Killed']));
    let numbers = 0;
    for (const [measure, card] of byMeasure) {
      if (card.find('a.value').length) expect(card.find('.headline-lead a.value').length, measure).toBe(1);
      card.find('a.value, a.value-minor').each((_, a) => {
        numbers++;
        expect($(a).nextAll('.when').first().text(), `${measure}: ${$(a).text()}`).toMatch(/^as of \S/);
      });
    }
    expect(numbers).toBeGreaterThan(3);
    expect(text($, '.headline-figures')).not.toContain('reported by');
    const links = $('.headline-figures a').map((_, a) => $(a).attr('href')!).get().filter((h) => h.startsWith('/sources/'));
    for (const href of links) {
      const [path, anchor] = href.split('#');
      expect(page(path!)(`[id="${anchor}"]`).length, href).toBe(1);
    }
  });

  it('says, for the real articles, the latest killed estimate in one line, then the rise, the outlet and the scope on their own lines', () => {
    if (!onlySeeds(sources.map((s) => s.id))) return;
    const killed = cards().get('Killed')!;
    const line = (sel: string) => killed.find(sel).text().replace(/\s+/g, ' ').trim();
    expect(line('.headline-lead')).toBe('about 2,000 killed · National Intelligence Service (South Korea) · as of 8 November 2025 (the article’s date) · Kursk region');
    expect(line('.change dd')).toBe('Rose from nearly 600 · as of 5 June 2025 (the article’s date, approximate) · estimator not stated');
    expect(line('.outlet dd')).toBe('Unidentified French-language news site (WordPress theme)');
    // A count that only grows: the range of its latest period, never a lowest dated after the rise began.
    expect(line('.spread dt')).toBe('In November 2025');
    expect(killed.text()).not.toMatch(/lowest|highest/i);
    expect(killed.find('a.value').attr('href')).toBe(`/sources/${SEED_SOURCES.nov8}/#fig-killed-kursk-nis`);
    const troops = cards().get('Troops deployed')!;
    expect(troops.find('a.value').text()).toBe('about 15,000');
    expect(troops.find('.headline-lead').text()).toContain('estimator not stated');
    expect(troops.find('.scope dd').text()).toBe('sent in total since October 2024');
    expect(cards().get('Wounded')!.text()).toContain('No source gives a number');
  });

  it('says above the figures what they are, counted from the content, and links to the limits first on /method/', () => {
    const identified = new Map(sources.map((s) => [s.id, parse(readFileSync(join(CONTENT, 'outlets', `${s.data.outlet}.yaml`), 'utf8')).identified as boolean]));
    const unidentified = sources.filter((s) => !identified.get(s.id)).length;
    const undated = sources.filter((s) => s.data.dateInferred).length;
    const caveat = $('h2:contains("Headline figures") + .caveat');
    expect(caveat.length).toBe(1);
    expect(caveat.text()).toContain(`These figures are what ${sources.length} news articles report, not verified facts`);
    expect(caveat.text()).toContain(`${unidentified} of the articles come from outlets the dossier could not identify`);
    expect(caveat.text()).toContain(`${undated} carry no date`);
    if (onlySeeds(sources.map((s) => s.id))) expect([sources.length, unidentified, undated]).toEqual([5, 3, 4]);
    expect(caveat.find('a').attr('href')).toBe('/method/#limits');
    const method = page('/method/');
    expect(method('main h2').first().attr('id')).toBe('limits');
    expect(method('#limits').text()).toBe('The limits of the sources');
  });

  it('keeps words apart where elements meet', () => {
    const meta = text(page('/sources/unidentified-2025-11-08-renforcement-des-liens-militaires/'), 'dl.meta');
    expect(meta).toContain('(WordPress theme) — News site');
  });
});
