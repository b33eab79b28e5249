/**
 * The entity pages over the built site: /entities/ lists every entity by kind with how many
 * sources name it; the NIS, Kursk and Shoigu pages hold the right sources and claims (keyed
 * to the real articles); other-language passages carry `lang`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTENT, DIST, readSources, SEED_SOURCES } from '../helpers/content';
import { page, text } from '../helpers/dist';

const entities = readdirSync(join(CONTENT, 'entities')).filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(CONTENT, 'entities', f), 'utf8')) as { name: string; kind: string; wikidata?: string; forms: { text: string; lang?: string }[] } }));
const sources = readSources();
const claimLinks = (path: string) => { const $ = page(path); return $('a.quote-link').map((_, a) => $(a).attr('href')!).get(); };
const mentionSources = (path: string) => { const $ = page(path); return $('ol.mentions > li > .source-ref a').map((_, a) => $(a).attr('href')!).get(); };

describe('/entities/', () => {
  const $ = page('/entities/');
  it('lists every entity, once, under its kind', () => {
    // The places map (tests/site/maps.test.ts) links the places again, beside the list.
    const links = $('main a[href^="/entities/"]').not('.map a').map((_, a) => $(a).attr('href')).get();
    expect([...links].sort()).toEqual(entities.map((e) => `/entities/${e.id}/`).sort());
    for (const e of entities) expect($(`#kind-${e.kind} ~ ul a[href="/entities/${e.id}/"]`).length, e.id).toBe(1);
  });
  it('says how many sources name each', () => {
    const kursk = $('a[href="/entities/kursk/"]').parent().text();
    expect(kursk).toMatch(/Named in \d+ sources?/);
  });
});

describe.each(entities.map((e) => [e.id, e] as const))('/entities/%s/', (id, e) => {
  const $ = page(`/entities/${id}/`);
  it('gives the name, every form (French ones marked as French) and the Wikidata link where known', () => {
    expect(text($, 'h1')).toBe(e.name);
    const forms = $('dl.meta dd').first().find('span[lang]').map((_, s) => `${$(s).attr('lang')}:${$(s).text()}`).get();
    expect(forms).toEqual(e.forms.map((f) => `${f.lang ?? 'en'}:${f.text}`));
    const wd = $('a[href^="https://www.wikidata.org/wiki/"]');
    if (e.wikidata) expect(wd.attr('href')).toBe(`https://www.wikidata.org/wiki/${e.wikidata}`);
    else expect(wd.length).toBe(0);
    if (e.wikidata) expect(wd.attr('rel')).toContain('external');
  });
  it('quotes each sentence in its article’s language', () => {
    $('ol.mentions q').each((_, q) => expect(['en', 'fr']).toContain($(q).attr('lang')));
  });
});

describe('the real articles’ entities', () => {
  it('NIS: its estimates with their sentences, and the sources that name it', () => {
    const links = claimLinks('/entities/nis/');
    expect(links).toEqual(expect.arrayContaining([
      `/sources/${SEED_SOURCES.nov8}/#fig-planned-engineers`,
      `/sources/${SEED_SOURCES.nov8}/#fig-killed-kursk-nis`,
      `/sources/${SEED_SOURCES.nov8}/#tr-engineering-troops-planned`,
    ]));
    const $ = page('/entities/nis/');
    expect($('#measure-killed').length + $('#measure-planned').length).toBe(2);
    expect(mentionSources('/entities/nis/')).toContain(`/sources/${SEED_SOURCES.nov8}/`);
    // "services de renseignement sud-coréens (NIS)" is the NIS, highlighted in the sentence.
    expect($('ol.mentions mark.name').map((_, m) => $(m).text()).get()).toEqual(expect.arrayContaining(['services de renseignement sud-coréens', 'NIS']));
  });

  it('Kursk: every real article that names it, and the killed figures placed there', () => {
    expect(mentionSources('/entities/kursk/')).toEqual(expect.arrayContaining([SEED_SOURCES.nov8, SEED_SOURCES.jun5, SEED_SOURCES.csactu, SEED_SOURCES.apr28].map((s) => `/sources/${s}/`)));
    expect(claimLinks('/entities/kursk/')).toEqual(expect.arrayContaining([`/sources/${SEED_SOURCES.jun5}/#fig-killed-nearly-600`, `/sources/${SEED_SOURCES.nov8}/#fig-killed-kursk-nis`]));
  });

  it('Shoigu: the visit and the source that reports it', () => {
    expect(mentionSources('/entities/sergei-shoigu/')).toContain(`/sources/${SEED_SOURCES.jun5}/`);
    expect(claimLinks('/entities/sergei-shoigu/')).toContain(`/sources/${SEED_SOURCES.jun5}/#ev-shoigu-visit`);
  });

  it('links every mention to the claim it quotes or to its article', () => {
    for (const e of entities) {
      const $ = page(`/entities/${e.id}/`);
      $('a.mention').each((_, a) => expect($(a).attr('href'), e.id).toMatch(new RegExp(`^/sources/(${sources.map((s) => s.id).join('|')})/(#\\S+)?$`)));
    }
  });
});

describe('backlinks and data', () => {
  it('links estimators, relayers and actors on the topic pages to their entity pages', () => {
    const casualties = page('/topics/casualties/');
    expect(casualties(`tr#${SEED_SOURCES.nov8}--fig-killed-kursk-nis a.entity-link`).attr('href')).toBe('/entities/nis/');
    const reactions = page('/topics/international-reactions/');
    expect(reactions('#actor-kim-jong-un a.entity-link').attr('href')).toBe('/entities/kim-jong-un/');
    // An actor the dossier cannot resolve stays plain text.
    expect(reactions('h3:contains("Observers (unnamed)") a').length).toBe(0);
  });

  it('links each entity in a page’s names list to its page, and a timeline event’s place to its own', () => {
    const article = page(`/sources/${SEED_SOURCES.nov8}/`);
    const listed = article('section.names li a.entity-link').map((_, a) => article(a).attr('href')!).get();
    expect(listed).toContain('/entities/kursk/');
    expect(listed).toContain('/entities/nis/');
    for (const href of listed) expect(entities.map((e) => `/entities/${e.id}/`)).toContain(href);
    // Key words that are not entities (troops, killed…) have no page.
    expect(article('section.names li strong:not(:has(a))').length).toBeGreaterThan(0);
    const timeline = page('/timeline/');
    const places = timeline('ol.timeline .what > p a.entity-link').map((_, a) => timeline(a).attr('href')!).get();
    expect(places).toContain('/entities/pyongyang/');
  });

  it('/data/entities.json holds every entity with its forms, page and counts', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data', 'entities.json'), 'utf8'));
    expect(data.count).toBe(entities.length);
    const nis = data.rows.find((r: { id: string }) => r.id === 'nis');
    expect(nis.url).toMatch(/\/entities\/nis\/$/);
    expect(nis.forms).toEqual(entities.find((e) => e.id === 'nis')!.forms.map((f) => ({ text: f.text, lang: f.lang ?? 'en' })));
    expect(nis.claim_counts.estimator).toBeGreaterThanOrEqual(3);
  });

  it('gives each figure row of the exports the ids of the entities it names', () => {
    const figures = JSON.parse(readFileSync(join(DIST, 'data', 'figures.json'), 'utf8'));
    const nis = figures.rows.find((r: { source_id: string; claim_id: string }) => r.source_id === SEED_SOURCES.nov8 && r.claim_id === 'fig-killed-kursk-nis');
    expect(nis.entities).toEqual(expect.arrayContaining([{ role: 'estimator', id: 'nis' }, { role: 'place', id: 'kursk' }]));
  });
});
