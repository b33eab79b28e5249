/**
 * The cross-reference pages, the timeline and the data exports, over the built site:
 * every claim on its page exactly once, linking to an anchor that exists; the exports
 * holding the same claims as the pages; disagreements said where they are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../src/lib/claims';
import { topicsOfClaim } from '../../src/lib/compare';
import { DIST, onlySeeds, readSources, readTopics, SEED_SOURCES } from '../helpers/content';
import { page, text } from '../helpers/dist';

const sources = readSources();
const topics = readTopics();
const quoteLinks = (path: string) => {
  const $ = page(path);
  return $('a.quote-link').map((_, a) => $(a).attr('href')!).get();
};
const anchorExists = (href: string) => {
  const [path, anchor] = href.split('#');
  return page(path!)(`[id="${anchor}"]`).length === 1;
};
const json = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));

describe('topic pages', () => {
  it('exist for every topic and are listed on /topics/', () => {
    expect(topics.map((t) => t.id)).toEqual(expect.arrayContaining(['troops', 'casualties', 'technology-transfers', 'international-reactions']));
    const $ = page('/topics/');
    const links = $('main a').map((_, a) => $(a).attr('href')).get();
    for (const t of topics) expect(links).toContain(`/topics/${t.id}/`);
  });

  it('show every figure, transfer and reaction of every source on its topic page exactly once', () => {
    let checked = 0;
    for (const source of sources) {
      for (const claim of claimsOf(source.data)) {
        if (claim.kind === 'event') continue;
        const list = { figure: 'figures', transfer: 'transfers', reaction: 'reactions' } as const;
        const data = (source.data[list[claim.kind]] as { id: string }[]).find((c) => c.id === claim.id)!;
        const on = topicsOfClaim(claim.kind, data as never, topics);
        expect(on.length, `${source.id}#${claim.id} is on no topic`).toBeGreaterThan(0);
        for (const t of on) {
          const href = `/sources/${source.id}/#${claim.id}`;
          expect(quoteLinks(`/topics/${t.id}/`).filter((h) => h === href), `${href} on /topics/${t.id}/`).toHaveLength(1);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('link only to anchors that exist', () => {
    for (const t of topics) for (const href of quoteLinks(`/topics/${t.id}/`)) expect(anchorExists(href), href).toBe(true);
  });

  it('keep measures apart: one section and one table per measure', () => {
    const $ = page('/topics/casualties/');
    expect($('section.measure h2').map((_, h) => $(h).text()).get()).toEqual(['Killed', 'Wounded', 'Losses (unspecified)']);
    expect($('section.measure table').length).toBe(1);
  });

  const row = (source: string, claim: string) => `${source}--${claim}`;
  const seedPairNamed = (path: string, measure: string, a: string, b: string) => {
    const $ = page(path);
    const section = $(`#measure-${measure}`).closest('section');
    const named = section.find('.disagreement li').map((_, li) => $(li).find('a').map((__, x) => $(x).attr('href')).get().join(' ')).get();
    return named.some((hrefs) => hrefs.includes(`#${a}`) && hrefs.includes(`#${b}`));
  };

  it('reads the seeds’ killed estimates as a series over time: no conflict between them, the rise said', () => {
    const $ = page('/topics/casualties/');
    const killed = $('#measure-killed').closest('section');
    const june = row(SEED_SOURCES.jun5, 'fig-killed-nearly-600');
    const november = row(SEED_SOURCES.nov8, 'fig-killed-kursk-nis');
    // Neither row's Agreement cell names the other, and no banner pairs them.
    expect(killed.find(`tr#${june} td:last-child a[href="#${november}"]`).length).toBe(0);
    expect(killed.find(`tr#${november} td:last-child a[href="#${june}"]`).length).toBe(0);
    expect(seedPairNamed('/topics/casualties/', 'killed', june, november)).toBe(false);
    if (onlySeeds(sources.map((s) => s.id))) {
      expect(killed.find('.disagreement').length).toBe(0);
      expect(text($, '#measure-killed ~ .time-relation')).toContain('No two estimates conflict');
      expect(text($, '#measure-killed ~ .time-relation')).toContain('a later, higher estimate is an increase over time, not a disagreement');
      const headline = killed.find('.headline');
      expect(text($, '#measure-killed ~ .headline .headline-lead')).toBe('about 2,000 killed · National Intelligence Service (South Korea) · as of 8 November 2025 (the article’s date) · Kursk region');
      const facts = headline.find('.headline-facts > div').map((_, d) => `${$(d).find('dt').text()}: ${$(d).find('dd').text().replace(/\s+/g, ' ').trim()}`).get();
      expect(facts).toEqual([
        'Change: Rose from nearly 600 · as of 5 June 2025 (the article’s date, approximate) · estimator not stated',
        'In November 2025: the only estimate of this count for that period',
        'Outlet: Unidentified French-language news site (WordPress theme)',
      ]);
      // A count that only grows has no lowest and highest over all time.
      expect(text($, '#measure-killed ~ .headline')).not.toMatch(/lowest|highest/i);
    }
  });

  it('finds no disagreement between the seeds’ troop counts of May and November 2025', () => {
    const $ = page('/topics/troops/');
    const deployed = $('#measure-deployed').closest('section');
    const may = row(SEED_SOURCES.csactu, 'fig-deployed-intel-estimate');
    const november = row(SEED_SOURCES.nov8, 'fig-deployed-since-october-2024');
    expect(deployed.find(`tr#${may} td:last-child a[href="#${november}"]`).length).toBe(0);
    expect(seedPairNamed('/topics/troops/', 'deployed', may, november)).toBe(false);
    if (onlySeeds(sources.map((s) => s.id))) {
      expect($('.disagreement').length).toBe(0);
      expect(text($, `tr#${november}`)).toContain('sent in total since October 2024');
      expect(text($, `tr#${may}`)).toContain('not stated; as of May 2025 (the article’s date, approximate)');
    }
  });

  it('gives every estimate on a topic page its date and who made it', () => {
    for (const t of ['troops', 'casualties']) {
      const $ = page(`/topics/${t}/`);
      $('section.measure tbody tr').each((_, tr) => {
        const applies = $(tr).find('td').eq(1).text();
        expect(applies, $(tr).attr('id')).toMatch(/as of \S/);
      });
      $('.headline-lead, .headline dd').each((_, dd) => {
        if ($(dd).find('a').length) expect($(dd).text(), $(dd).text()).toMatch(/as of /);
      });
      // A date is "as of", never "reported by" (which reads like "by a person").
      expect(text($, 'main')).not.toContain('reported by');
    }
  });

  it('list statements without a number, never plotting them', () => {
    const $ = page('/topics/casualties/');
    expect(text($, 'main')).toContain('des milliers (thousands)');
    expect($('#chart-wounded-title').length).toBe(0);
    expect($('#chart-killed-title').length).toBe(1);
  });

  it('draw charts as SVG with a title and a description, and ship no JavaScript', () => {
    for (const t of ['troops', 'casualties']) {
      const $ = page(`/topics/${t}/`);
      // Every SVG is a chart, but for the legend's key markers, hidden from assistive technology.
      const svg = $('figure.chart svg:not(.chart-legend svg)');
      expect($('figure.chart .chart-legend svg').filter((_, k) => $(k).attr('aria-hidden') !== 'true').length).toBe(0);
      expect(svg.length).toBeGreaterThan(0);
      svg.each((_, s) => {
        expect($(s).attr('role')).toBe('img');
        expect($(s).find('title').text()).toMatch(/estimates over time/);
        expect($(s).find('desc').text()).toMatch(/estimate/);
      });
      expect($('script:not([type="application/ld+json"])').length).toBe(0);
    }
    if (onlySeeds(sources.map((s) => s.id))) expect(text(page('/topics/troops/'), '#chart-deployed-desc')).toContain('10,000–12,000 (May 2025)');
  });

  it('group transfers by direction and category, and reactions by actor, counting sources', () => {
    const tr = page('/topics/technology-transfers/');
    expect(tr('h2[id^="direction-"]').map((_, h) => tr(h).text()).get()).toEqual(['North Korea to Russia', 'Russia to North Korea']);
    const count = (pred: (s: (typeof sources)[number]) => boolean) => sources.filter(pred).length;
    const plural = (n: number) => `${n} source${n === 1 ? '' : 's'}`;
    expect(text(tr, '#to-russia-troops')).toContain(plural(count((s) => s.data.transfers.some((x) => x.direction === 'to-russia' && x.category === 'troops'))));
    expect(text(tr, '#to-north-korea-air-defence')).toContain(plural(count((s) => s.data.transfers.some((x) => x.direction === 'to-north-korea' && x.category === 'air-defence'))));
    const re = page('/topics/international-reactions/');
    const us = sources.flatMap((s) => s.data.reactions.filter((r) => r.actor === 'United States'));
    expect(text(re, '#actor-united-states')).toContain(plural(count((s) => s.data.reactions.some((r) => r.actor === 'United States'))));
    expect(re('#actor-united-states + ul li').length).toBe(us.length);
    expect(text(re, '#actor-kim-jong-un')).toContain(plural(count((s) => s.data.reactions.some((r) => r.actor === 'Kim Jong Un'))));
  });
});

describe('/timeline/', () => {
  const $ = page('/timeline/');
  it('lists every dated event of every source once, in date order, with links that resolve', () => {
    const links = quoteLinks('/timeline/');
    const expected = sources.flatMap((s) => s.data.events.map((e) => `/sources/${s.id}/#${e.id}`));
    expect([...links].sort()).toEqual([...expected].sort());
    for (const href of links) expect(anchorExists(href), href).toBe(true);
    const dates = $('ol.timeline > li > .when time').map((_, t) => $(t).attr('datetime')!).get();
    expect(dates[0]).toBe('1950');
    expect(dates).toEqual([...dates].sort());
    expect(dates).toHaveLength($('ol.timeline > li').length);
  });

  it('heads the mutual defence treaty with June 2024, flags 2023 with its source and the editor’s note', () => {
    const treaty = $('#mutual-defence-treaty-signed');
    expect(treaty.find('.when time').attr('datetime')).toBe('2024-06');
    expect(treaty.find('.when').text()).toBe('June 2024');
    expect(treaty.text()).toContain('Sources disagree on the date');
    expect(treaty.find('.reports > li').length).toBe(3);
    expect(treaty.find('.reports > li > time:first-child').map((_, t) => $(t).text()).get()).toEqual(['2023', '2024', 'June 2024']);
    const outlier = treaty.find('.reports > li.outlier');
    expect(outlier.length).toBe(1);
    expect(outlier.find('time').first().text()).toBe('2023');
    expect(outlier.text()).toContain('marked as an error');
    expect(outlier.find('.source-ref a').first().text()).toBe('Russafrik');
    expect(outlier.text()).toContain('the treaty was signed in June 2024');
  });

  it('never heads an event with a date an editor’s note marks as an error', () => {
    const marked = new Set(sources.flatMap((s) => s.data.notes.filter((n) => n.kind === 'error' && n.claim && (!n.field || n.field === 'date'))
      .map((n) => { const e = s.data.events.find((ev) => ev.id === n.claim); return e && `${e.key ?? `${s.id}--${e.id}`}|${e.date}`; })));
    $('ol.timeline > li').each((_, li) => {
      const heading = $(li).find('.when time').attr('datetime');
      expect(marked.has(`${$(li).attr('id')}|${heading}`), $(li).attr('id')).toBe(false);
    });
    expect(marked.size).toBeGreaterThan(0);
  });

  it('heads shared events whose dates agree with the most precise date, without a warning', () => {
    expect($('#dprk-deployment-began .when').text()).toBe('October 2024');
    expect($('#dprk-deployment-began').text()).not.toContain('Sources disagree');
    expect($('#dprk-acknowledges-deployment .when').text()).toBe('28 April 2025');
  });

  it('shows precision and dates inferred by the dossier', () => {
    expect(text($, '#dprk-deployment-began')).toContain('autumn 2024');
    expect(text($, 'main')).toContain('dated by the dossier');
  });
});

describe('data exports', () => {
  it('figures.json holds exactly the figures shown on the troops and casualties pages', () => {
    const { rows } = json('data/figures.json');
    const shown = [...quoteLinks('/topics/troops/'), ...quoteLinks('/topics/casualties/')].map((h) => new URL(h, 'http://x').pathname + new URL(h, 'http://x').hash);
    const exported = rows.map((r: { claim_url: string }) => new URL(r.claim_url).pathname + new URL(r.claim_url).hash);
    expect([...exported].sort()).toEqual([...shown].sort());
    expect(rows.length).toBe(sources.reduce((n, s) => n + s.data.figures.length, 0));
  });

  it('figures.csv holds the same rows as figures.json', () => {
    const csv = readFileSync(join(DIST, 'data/figures.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFsource_id,claim_id,')).toBe(true);
    const { rows } = json('data/figures.json');
    const lines = csv.trim().split('\r\n');
    expect(lines.length - 1).toBe(rows.length);
    for (const r of rows) expect(csv).toContain(`${r.source_id},${r.claim_id},${r.topic},${r.measure},${r.low ?? ''},${r.high ?? ''}`);
  });

  it('each topic JSON holds the claims of its page, with source, site and original URLs', () => {
    for (const t of topics) {
      const data = json(`data/topics/${t.id}.json`);
      expect(data.topic.id).toBe(t.id);
      const exported = data.rows.map((r: { claim_url: string }) => { const u = new URL(r.claim_url); return u.pathname + u.hash; });
      expect([...exported].sort(), t.id).toEqual([...quoteLinks(`/topics/${t.id}/`)].sort());
      for (const r of data.rows) {
        expect(r.source_url).toMatch(/^https?:\/\/.+\/sources\/[a-z0-9-]+\/$/);
        expect(r).toHaveProperty('original_url');
      }
    }
  });

  it('timeline.json holds every event', () => {
    expect(json('data/timeline.json').count).toBe(sources.reduce((n, s) => n + s.data.events.length, 0));
  });
});

describe('navigation', () => {
  it('reaches every topic and the timeline from the header of every page', () => {
    for (const path of ['/', '/sources/', '/timeline/', `/sources/${sources[0]!.id}/`]) {
      const $ = page(path);
      const nav = $('header nav a').map((_, a) => $(a).attr('href')).get();
      for (const t of topics) expect(nav).toContain(`/topics/${t.id}/`);
      expect(nav).toContain('/timeline/');
    }
  });

  it('links every source page to the topic pages its claims appear on', () => {
    for (const s of sources) {
      const $ = page(`/sources/${s.id}/`);
      const links = $('.on-topics a').map((_, a) => $(a).attr('href')).get();
      if (s.data.figures.some((f) => f.topic === 'troops')) expect(links).toContain('/topics/troops/');
      if (s.data.figures.some((f) => f.topic === 'casualties')) expect(links).toContain('/topics/casualties/');
      if (s.data.transfers.length) expect(links).toContain('/topics/technology-transfers/');
      if (s.data.reactions.length) expect(links).toContain('/topics/international-reactions/');
    }
  });
});
