/**
 * The dossier's translations of French quotes, as the built site shows and exports them:
 * under the original wherever a quote is shown (source pages, topic and archive pages,
 * name pages, the timeline), marked as the dossier's with `lang` right on both; never on
 * an English source; in every export as `quote_translation`; and still shown in print.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DIST, readSources } from '../helpers/content';
import { builtPages, page } from '../helpers/dist';
import { launch } from '../../scripts/lib/browser';
import { serve, type Served } from '../../scripts/lib/serve';
import { SYNTHETIC_OUTLET_PREFIX } from '../../scripts/lib/synthetic';

const published = readSources().filter((s) => !s.data.draft);
const claimsOf = (s: (typeof published)[number]) => [...s.data.figures, ...s.data.transfers, ...s.data.reactions, ...s.data.events];
/** Every published claim with a translation, keyed `source#claim`. */
const translated = new Map(published.flatMap((s) => claimsOf(s).filter((c) => c.translation).map((c) => [`${s.id}#${c.id}`, { source: s, claim: c }] as const)));
const RUSSAFRIK = 'russafrik-2025-07-kim-jong-un-scelle-son-alliance-avec-moscou';

/** Each quote link of a page with the translation shown under it (or null), by its claim. */
function quotesOn($: CheerioAPI) {
  return $('a.quote-link').map((_, a) => {
    const href = $(a).attr('href')!;
    const next = $(a).next();
    const t = next.is('.quote-translation') ? next : null;
    return {
      href,
      quote: $(a).find('q').text(),
      quoteLang: $(a).find('q').attr('lang'),
      translation: t ? t.text() : null,
      translationLang: t?.attr('lang'),
      label: t?.find('.quote-translation-label').text(),
    };
  }).get();
}

/** Checks every quote of a page: a translated claim shows its translation under it, marked and tagged; no other does. */
function expectTranslationsOn(path: string, sourceId?: string): number {
  let shown = 0;
  for (const q of quotesOn(page(path))) {
    const key = q.href.startsWith('#') ? `${sourceId}${q.href}` : q.href.replace(/^\/sources\/([^/]+)\/#/, '$1#');
    const t = translated.get(key as `${string}#${string}`);
    if (!t) {
      expect(q.translation, `${path}: ${key}`).toBeNull();
      continue;
    }
    expect(q.quote, `${path}: ${key}`).toBe(t.claim.quote);
    expect(q.quoteLang).toBe('fr');
    expect(q.translation).toBe(`Dossier’s translation: ${t.claim.translation}`);
    expect([q.translationLang, q.label]).toEqual(['en', 'Dossier’s translation:']);
    shown++;
  }
  return shown;
}

describe('translations under the quotes', () => {
  it('every French claim is translated, and only French ones: the seeds’ 51', () => {
    for (const s of published) {
      for (const c of claimsOf(s)) expect(Boolean(c.translation), `${s.id}#${c.id}`).toBe(s.data.language === 'fr');
    }
    // A source another test adds (a synthetic one) brings its own; the seeds' count stays.
    const ofSeeds = [...translated.values()].filter(({ source }) => !source.data.outlet.startsWith(SYNTHETIC_OUTLET_PREFIX));
    expect(ofSeeds.length).toBe(51);
  });

  it('a French source page shows each key figure’s and each listed claim’s translation under its quote', () => {
    const source = published.find((s) => s.id === RUSSAFRIK)!;
    expect(expectTranslationsOn(`/sources/${RUSSAFRIK}/`, RUSSAFRIK)).toBe(claimsOf(source).length);
    const $ = page(`/sources/${RUSSAFRIK}/`);
    // Key figures: in the quote's cell, under the quote.
    expect($('#figures-title').parent().find('td .quote-translation').first().text())
      .toBe('Dossier’s translation: Sources from Western intelligence services estimate that 11 000 North Korean soldiers are said to be already deployed on Ukrainian ground alongside Russian forces');
    // The article text stays the article's: no translation inside it, nor in what search indexes.
    expect($('.article-body .quote-translation').length).toBe(0);
    expect($('[data-pagefind-body] .quote-translation').length).toBe(0);
  });

  it('an English source page shows no translation', () => {
    const en = published.find((s) => s.data.language === 'en')!;
    expect(page(`/sources/${en.id}/`)('.quote-translation').length).toBe(0);
  });

  it('topic pages, their archive pages, name pages and the timeline show the translation under every French quote', () => {
    const paths = builtPages().filter((p) => /^\/(topics\/[^/]+\/([^/]+\/)?|entities\/[^/]+\/|timeline\/([^/]+\/)?)$/.test(p));
    expect(paths).toEqual(expect.arrayContaining(['/topics/troops/', '/topics/casualties/', '/timeline/', '/entities/kursk/']));
    const shown = Object.fromEntries(paths.map((p) => [p, expectTranslationsOn(p)]));
    for (const p of ['/topics/troops/', '/topics/casualties/', '/topics/technology-transfers/', '/topics/international-reactions/', '/timeline/', '/entities/kursk/']) {
      expect(shown[p], p).toBeGreaterThan(0);
    }
    // Topic rows are not indexed: a translation is never a topic page's search text.
    const $ = page('/topics/casualties/');
    expect($('.quote-translation').length).toBeGreaterThan(0);
    expect($('[data-pagefind-body] .quote-translation').filter((_, e) => $(e).closest('[data-pagefind-ignore]').length === 0).length).toBe(0);
  });
});

describe('exports', () => {
  const rowsOf = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8')).rows as { source_id: string; claim_id: string; quote: string; quote_translation: string | null }[];
  const expectRow = (r: { source_id: string; claim_id: string; quote_translation: string | null }) =>
    expect(r.quote_translation, `${r.source_id}#${r.claim_id}`).toBe(translated.get(`${r.source_id}#${r.claim_id}`)?.claim.translation ?? null);

  it('every JSON export that carries a quote carries its quote_translation, null when there is none', () => {
    for (const path of ['data/figures.json', 'data/timeline.json', 'data/topics/troops.json', 'data/topics/casualties.json', 'data/topics/technology-transfers.json', 'data/topics/international-reactions.json']) {
      const rows = rowsOf(path);
      expect(rows.length, path).toBeGreaterThan(0);
      for (const r of rows) { expect(r, path).toHaveProperty('quote_translation'); expectRow(r); }
      expect(rows.some((r) => r.quote_translation), path).toBe(true);
    }
  });

  it('figures.csv has it as its last column', () => {
    const rows = parse(readFileSync(join(DIST, 'data/figures.csv')), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!).at(-1)).toBe('quote_translation');
    for (const r of rows) expect(r['quote_translation'] || null).toBe(translated.get(`${r['source_id']}#${r['claim_id']}`)?.claim.translation ?? null);
    expect(rows.find((r) => r['claim_id'] === 'fig-wounded-thousands')!['quote_translation']).toBe('thousands of others wounded');
  });

  it('the data page documents the column', () => {
    expect(page('/data/')('main').text()).toContain('quote_translation');
  });
});

describe('in print', () => {
  let server: Served;
  let browser: Browser;
  beforeAll(async () => { server = await serve(); browser = await launch(); });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  it('prints the translation under the quote', async () => {
    const p = await browser.newPage();
    await p.emulateMedia({ media: 'print' });
    await p.goto(`${server.url}/sources/${RUSSAFRIK}/`);
    const t = p.locator('#figures-title ~ * .quote-translation').first();
    expect(await t.isVisible()).toBe(true);
    const [quoteBox, translationBox] = [await p.locator('#figures-title ~ * a.quote-link').first().boundingBox(), await t.boundingBox()];
    expect(translationBox!.y).toBeGreaterThanOrEqual(quoteBox!.y + quoteBox!.height - 1);
    await p.close();
  });
});
