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
import { CONTENT, readSources } from '../helpers/content';
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
    expect(text($, '.lede')).toContain('5 news articles in English and French');
  });

  it('shows the range of each measure, each end linking to an anchor that exists', () => {
    const cards = $('.headline-figures > li');
    const byMeasure = new Map(cards.get().map((li) => [$(li).find('h3').text().trim(), $(li)]));
    const card = (measure: string) => byMeasure.get(measure) ?? expect.fail(`no card for ${measure}`);
    expect([...byMeasure.keys()]).toEqual(['Troops deployed', 'Troops planned or announced', 'Killed', 'Wounded', 'Losses (unspecified)']);
    expect(card('Troops deployed').find('a.value').map((_, a) => $(a).text()).get()).toEqual(['10,000–12,000', 'about 15,000']);
    expect(card('Killed').find('a.value').map((_, a) => $(a).text()).get()).toEqual(['nearly 600', 'about 2,000']);
    expect(card('Wounded').text()).toContain('No source gives a number');
    const links = $('.headline-figures a').map((_, a) => $(a).attr('href')!).get();
    expect(links.length).toBeGreaterThan(6);
    for (const href of links) {
      const [path, anchor] = href.split('#');
      expect(page(path!)(`[id="${anchor}"]`).length, href).toBe(1);
    }
  });

  it('keeps words apart where elements meet', () => {
    const meta = text(page('/sources/unidentified-2025-11-08-renforcement-des-liens-militaires/'), 'dl.meta');
    expect(meta).toContain('(WordPress theme) — News site');
  });
});
