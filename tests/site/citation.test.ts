/**
 * Cite sections, citation files, reference-manager metadata (parsed, not string-matched),
 * COinS, the feed and the sitemap.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, readReleaseManifests, readSources, readTopics } from '../helpers/content';
import { allCorrections } from '../../src/lib/site';
import { page } from '../helpers/dist';
import { asReaderSees, feedItemsOf } from '../helpers/feed';
import { load } from 'cheerio';
import { FEED_LIMIT, TOPIC_FEED_LIMIT } from '../../src/lib/cite';

const sources = readSources();
const topics = readTopics();
const releases = readReleaseManifests();
const latest = releases.at(-1);
const jsonLd = (path: string) => page(path)('script[type="application/ld+json"]').map((_, s) => JSON.parse(page(path)(s).text())).get();
const metas = (path: string, key: string) => { const $ = page(path); return $(`meta[name="${key}"], meta[property="${key}"]`).map((_, m) => m.attribs.content).get(); };

describe('source pages', () => {
  it.each(sources.map((s) => [s.id, s] as const))('%s: cites the original and the dossier page, with files that parse', (id, s) => {
    const $ = page(`/sources/${id}/`);
    const blocks = $('.cite-block');
    expect(blocks.length).toBe(2);
    expect(blocks.eq(0).find('h3').text()).toBe('The original article');
    expect(blocks.eq(0).find('dt').map((_, d) => $(d).text()).get()).toEqual(['APA 7', 'MLA 9', 'Chicago (note)', 'Chicago (bibliography)']);
    const csl = JSON.parse(readFileSync(join(DIST, 'sources', id, 'citation-article.json'), 'utf8'));
    expect(csl[0]).toMatchObject({ id, type: 'article-newspaper', title: s.data.title });
    expect(readFileSync(join(DIST, 'sources', id, 'citation-article.bib'), 'utf8')).toMatch(new RegExp(`^@article\\{${id},`));
    expect(readFileSync(join(DIST, 'sources', id, 'citation-page.ris'), 'utf8')).toMatch(/^TY {2}- ELEC\r\n/);
    for (const ext of ['bib', 'ris', 'json']) for (const which of ['article', 'page']) expect($(`a[href="/sources/${id}/citation-${which}.${ext}"]`).length).toBe(1);
  });

  it('renders the APA citation of an undated-by-day, authored source as the style guide says', () => {
    const $ = page('/sources/russafrik-2025-07-kim-jong-un-scelle-son-alliance-avec-moscou/');
    expect($('.cite-block').eq(0).find('dd').first().text()).toBe('Stéphane, G. (ca. 2025, July). Kim Jong Un Scelle son Alliance avec Moscou : Un Soutien Militaire Nord-Coréen qui Redessine l’Échiquier Mondial. Russafrik.');
    expect($('.cite-block').eq(0).find('dd i').first().text()).toBe('Russafrik');
  });

  it('renders a source with no author and a supplied title', () => {
    const $ = page('/sources/unidentified-2025-04-28-north-korea-acknowledges-troops/');
    expect($('.cite-block').eq(0).find('dd').first().text()).toBe('[North Korea acknowledges sending troops to fight alongside Russia]. (ca. 2025, April 28). Unidentified French-language site.');
  });

  it.each(sources.map((s) => [s.id, s] as const))('%s: carries Highwire, Dublin Core, Open Graph, canonical and NewsArticle JSON-LD', (id, s) => {
    const path = `/sources/${id}/`;
    expect(metas(path, 'citation_title')).toEqual([s.data.title]);
    expect(metas(path, 'citation_author')).toEqual(s.data.author ? [s.data.author] : []);
    expect(metas(path, 'citation_publication_date')).toEqual([s.data.published.replaceAll('-', '/')]);
    expect(metas(path, 'DC.type')).toEqual(['newspaperArticle']);
    expect(metas(path, 'og:type')).toEqual(['article']);
    const canonical = page(path)('link[rel="canonical"]').attr('href')!;
    expect(new URL(canonical).pathname).toBe(path);
    const [ld] = jsonLd(path);
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(s.data.title);
    expect(ld.url).toBe(canonical);
    expect(ld.isBasedOn['@type']).toBe('NewsArticle');
    if (s.data.url) expect(ld.isBasedOn.url).toBe(s.data.url);
    else expect(ld.isBasedOn.publisher.name).toBeTruthy();
  });
});

describe('topic pages', () => {
  it.each(topics.map((t) => [t.id, t] as const))('%s: cites the page, lists its sources as COinS, describes its data as a Dataset', (id, t) => {
    const path = `/topics/${id}/`;
    const $ = page(path);
    // The page, then its data in the latest data release (its topic file, and for figures the CSV of all figures).
    const inRelease = (file: string) => latest?.files.some((f) => f.path === file) ?? false;
    const released = [`topics/${id}.json`, ...(t.select.kind === 'figure' ? ['figures.csv'] : [])].filter(inRelease);
    expect($('.cite-block').length).toBe(1 + released.length);
    released.forEach((file, i) => {
      const block = $('.cite-block').eq(1 + i);
      expect(block.find('h3').text()).toContain(`data release ${latest!.version} (${file})`);
      expect(block.find('dd').first().text()).toContain(`Data release ${latest!.version}, ${file} (Version ${latest!.version}) [Data set]. ${new URL(`/data/releases/${latest!.version}/${file}`, $('link[rel="canonical"]').attr('href')).href}`);
      const slug = file.replace(/[/.]/g, '-');
      expect(readFileSync(join(DIST, 'data/releases', latest!.version, 'cite', `${slug}.ris`), 'utf8')).toMatch(/^TY {2}- DATA\r\n/);
    });
    expect(metas(path, 'DC.type')).toEqual(['webpage']);
    const cited = $('#cited-title').parent().find('li').length;
    expect($('span.Z3988').length).toBe(cited);
    const first = new URLSearchParams($('span.Z3988').first().attr('title')!);
    expect(first.get('ctx_ver')).toBe('Z39.88-2004');
    expect(first.get('rft.atitle')).toBeTruthy();
    const lds = jsonLd(path);
    expect(lds.map((l) => l['@type'])).toEqual(['WebPage', 'Dataset']);
    expect(lds[1].distribution[0].contentUrl).toMatch(new RegExp(`/data/topics/${id}\\.json$`));
    const url = new URL(path, $('link[rel="canonical"]').attr('href')).href;
    expect($('.cite-block dd').first().text()).toBe(`Russia–North Korea dossier. (n.d.). ${t.title} [Cross-reference page]. Retrieved Month Day, Year, from ${url}`);
    expect($('.cite-block dd i').first().text()).toBe(t.title);
    // The page changes: APA's retrieval date is the reader's to fill in, marked as such and explained.
    expect($('.cite-block dd').first().find('var').text()).toBe('Month Day, Year');
    expect($('.cite-block').first().find('.retrieved-note').text()).toContain('put it in place of Month Day, Year');
    expect($('.cite-block').eq(1).find('.retrieved-note').length).toBe(0);
  });
});

describe('feed and sitemap', () => {
  it('publishes an RSS feed of every source, correction and data release (the real content holds fewer than its hundred items)', () => {
    const xml = readFileSync(join(DIST, 'feed.xml'), 'utf8');
    expect(xml).toContain('<rss');
    const corrections = allCorrections(sources.filter((s) => !s.data.draft));
    expect(sources.length + corrections.length + releases.length).toBeLessThanOrEqual(FEED_LIMIT);
    expect(xml.match(/<item>/g)).toHaveLength(sources.filter((s) => !s.data.draft).length + corrections.length + releases.length);
    for (const s of sources) expect(xml).toContain(`/sources/${s.id}/</link>`);
    for (const r of releases) expect(xml).toContain(`/data/releases/${r.version}/</link>`);
    for (const c of corrections) expect(xml).toContain(`/sources/${c.source.id}/#${c.anchor}</link>`);
  });

  it.each(topics.map((t) => [t.id, t] as const))('%s: has its own feed of claims, disagreements and corrections, linked from its page', (id, t) => {
    const $ = page(`/topics/${id}/`);
    const href = `/topics/${id}/feed.xml`;
    expect($(`link[rel="alternate"][type="application/rss+xml"][href="${href}"]`).length).toBe(1);
    expect($(`main a[href="${href}"], a[href="${href}"]`).length).toBeGreaterThan(0);
    const xml = readFileSync(join(DIST, 'topics', id, 'feed.xml'), 'utf8');
    const items = feedItemsOf(xml);
    expect(load(xml, { xml: true })('channel > title').text()).toBe(`Russia–North Korea dossier: ${t.title}`);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(TOPIC_FEED_LIMIT);
    // Every item leads to a page of the site and an anchor on it.
    for (const item of items) {
      const url = new URL(item.link);
      const target = page(url.pathname);
      expect(target(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).length, item.link).toBe(1);
    }
    // Each of the topic's claims in the feed quotes its article's words.
    const claimItems = items.filter((i) => /\/sources\/[^/]+\/#(?!correction-)/.test(i.link));
    for (const item of claimItems) {
      const [, sourceId, claimId] = /\/sources\/([^/]+)\/#(.+)$/.exec(item.link)!;
      const s = sources.find((x) => x.id === sourceId)!;
      const claim = [...s.data.figures, ...s.data.transfers, ...s.data.reactions].find((c) => c.id === claimId)!;
      expect(asReaderSees(item.description).text).toContain(`“${claim.quote}”`);
    }
  });

  it('lists every page in the sitemap', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const s of sources) expect(xml).toContain(`/sources/${s.id}/</loc>`);
    for (const t of topics) expect(xml).toContain(`/topics/${t.id}/</loc>`);
  });
});
