/**
 * Corrections and data releases, end to end, on a copy of the content with a fixture
 * source that is corrected (a figure changed, a claim removed): `npm run release` freezes
 * the data twice, the built site shows the corrections, the releases, what changed between
 * them and how to cite them, and the live exports say which release they match. Bad input
 * stops the build naming the file: a correction without a date or text, a release edited
 * by hand. The real content/, releases/ and dist/ are never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT, ROOT, readSources } from '../helpers/content';
import { countOf, formatDateAsWritten } from '../../src/lib/site';
import { launch } from '../../scripts/lib/browser';
import { serve, type Served } from '../../scripts/lib/serve';
import { axeViolations } from '../helpers/axe';
import { buildManifest, manifestText, sha256 } from '../../src/lib/publish';
import { asReaderSees, feedItemsOf } from '../helpers/feed';

const NESTED = process.env.DOSSIER_NESTED_SUITE === '1';
const ID = 'test-2025-05-10-corrections-fixture';
const TODAY = new Date().toISOString().slice(0, 10);
const SECOND = `${TODAY}.2`;

/** The corrections a content folder records, the fixture's and the real sources' alike. */
const correctionsIn = (dir: string) => readSources(dir).flatMap((s) => (s.data.corrections ?? []) as { date: string }[]);
/** The newest date in a content folder's data: a publication, a correction or an update (a release's cut-off). */
const newestDate = (dir: string) => readSources(dir)
  .flatMap((s) => [s.data.published, s.data.updated, ...((s.data.corrections ?? []) as { date: string }[]).map((c) => c.date)])
  .filter((d): d is string => typeof d === 'string').sort().at(-1);

const fixture = (figures: string, extra = '') => `---
title: A fixture source for corrections
outlet: csactu
language: en
published: "2025-05-10"
datePrecision: day
summary: A source made by the test suite to be corrected.
figures:
${figures}
${extra}---

Officials said about 5,000 soldiers were sent in March. In all, 12,000 soldiers were sent by June.

About 2,000 were killed, the officials added.
`;
const SENT_5000 = `  - id: fig-sent
    topic: troops
    measure: deployed
    low: 5000
    high: 5000
    qualifier: about
    quote: "about 5,000 soldiers were sent in March"`;
const SENT_12000 = `  - id: fig-sent
    topic: troops
    measure: deployed
    low: 12000
    high: 12000
    quote: "12,000 soldiers were sent by June"`;
const KILLED = `  - id: fig-killed
    topic: casualties
    measure: killed
    low: 2000
    high: 2000
    qualifier: about
    quote: "About 2,000 were killed"`;
const CORRECTIONS = `updated: "2026-01-05"
corrections:
  - date: "2026-01-05"
    text: The troop figure now quotes the total, 12,000, instead of the 5,000 sent in March.
    reason: The claim counts all troops sent; the first sentence gives one month's dispatch only.
    claims: [fig-sent]
  - date: 2026-01-05
    text: The figure of 2,000 killed is removed.
    reason: The sentence is about another front.
    removedClaims: [fig-killed]
`;
const V1 = fixture(`${SENT_5000}\n${KILLED}`);
const V2 = fixture(SENT_12000, CORRECTIONS);
/** Markup in a summary, a correction and release notes: the feed must carry it as text. */
const HOSTILE = '<script>alert(1)</script> & <img src=x onerror=alert(2)> <b>not bold</b>';
const SECOND_NOTES = `Corrects the fixture source. ${HOSTILE}`;
const V3 = fixture(SENT_12000, `${CORRECTIONS}  - date: "2026-01-06"
    text: "The record's summary now says the officials are not named. ${HOSTILE}"
    reason: The article does not name them.
`.replace('updated: "2026-01-05"', 'updated: "2026-01-06"')).replace('summary: A source made by the test suite to be corrected.', `summary: "A source made by the test suite to be corrected. ${HOSTILE}"`);

describe.skipIf(NESTED)('corrections and data releases', () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-releases-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const content = join(work, 'content');
  const releases = join(work, 'releases');
  const dist = join(work, 'dist');
  const env = {
    ...process.env, DOSSIER_CONTENT_DIR: content, DOSSIER_RELEASES_DIR: releases, DOSSIER_DIST_DIR: dist,
    DOSSIER_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0',
  };
  const run = (cmd: string, args: string[], over: Record<string, string> = {}) => {
    const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...env, ...over }, encoding: 'utf8', maxBuffer: 1 << 28 });
    return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  };
  const release = (notes?: string) => run('npm', ['run', 'release', ...(notes === undefined ? [] : ['--', '--notes', notes])]);
  const build = (over: Record<string, string> = {}) => run('npx', ['astro', 'build'], over);
  const setSource = (markdown: string) => writeFileSync(join(content, 'sources', `${ID}.md`), markdown);
  const at = (path: string): CheerioAPI => load(readFileSync(join(dist, path, path.endsWith('/') ? 'index.html' : ''), 'utf8'));
  const json = (path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8'));
  const text = ($: CheerioAPI, sel: string) => $(sel).text().replace(/\s+/g, ' ').trim();

  beforeAll(() => {
    cpSync(CONTENT, content, { recursive: true });
    mkdirSync(releases);
    setSource(V1);
  });

  describe('npm run release', () => {
    it('asks for notes and writes nothing without them', () => {
      const r = release();
      expect(r.status).toBe(1);
      expect(r.output).toContain('release: a release needs notes saying what it adds or corrects');
      expect(readdirSync(releases)).toEqual([]);
    });

    it('freezes the exports with a manifest: version, date, cut-off, counts, notes, site and a SHA-256 per file', () => {
      const r = release('First fixture release.');
      expect(r.status, r.output.slice(-3000)).toBe(0);
      expect(r.output).toContain(`release: wrote`);
      expect(r.output).toMatch(/figures\.csv\s+\d+ rows/);
      expect(readdirSync(releases)).toEqual([TODAY, 'published.json']);
      const m = JSON.parse(readFileSync(join(releases, TODAY, 'manifest.json'), 'utf8'));
      const sources = readSources(join(content, 'sources'));
      expect(m).toMatchObject({ version: TODAY, date: TODAY, notes: 'First fixture release.', site: 'http://localhost:4321', previous: null });
      expect(m.cutoff).toBe(newestDate(join(content, 'sources')));
      expect(m.counts.sources).toBe(sources.length);
      expect(m.counts.figures).toBe(sources.reduce((n, s) => n + s.data.figures.length, 0));
      expect(m.files.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['figures.json', 'figures.csv', 'timeline.json', 'entities.json', 'sources.json', 'topics/troops.json', 'dossier.sqlite', 'dossier.metadata.json']));
      // The database is frozen with the rest: its media type, and its claims as its rows.
      expect(m.files.find((f: { path: string }) => f.path === 'dossier.sqlite')).toMatchObject({ media_type: 'application/vnd.sqlite3', rows: m.counts.claims });
      for (const f of m.files) expect(sha256(readFileSync(join(releases, TODAY, f.path))), f.path).toBe(f.sha256);
      // The frozen files carry no live `release` member: they are the release.
      expect(JSON.parse(readFileSync(join(releases, TODAY, 'figures.json'), 'utf8'))).not.toHaveProperty('release');
      // The record of published releases vouches for it: its manifest's SHA-256.
      expect(JSON.parse(readFileSync(join(releases, 'published.json'), 'utf8'))).toEqual({
        record_format: 1, releases: [{ version: TODAY, manifest_sha256: sha256(readFileSync(join(releases, TODAY, 'manifest.json'))) }],
      });
    });

    it('refuses to release data identical to the latest release', () => {
      const r = release('Nothing new.');
      expect(r.status).toBe(1);
      expect(r.output).toContain(`the data is the same as in release ${TODAY}; there is nothing to release`);
      expect(readdirSync(releases)).toEqual([TODAY, 'published.json']);
    });

    it('makes a second release the same day as .2, chained to the first, with the correction date as cut-off', () => {
      setSource(V2);
      const r = release(SECOND_NOTES);
      expect(r.status, r.output.slice(-3000)).toBe(0);
      expect(readdirSync(releases).sort()).toEqual([TODAY, SECOND, 'published.json']);
      const m = JSON.parse(readFileSync(join(releases, SECOND, 'manifest.json'), 'utf8'));
      expect(m.previous).toEqual({ version: TODAY, manifest_sha256: sha256(readFileSync(join(releases, TODAY, 'manifest.json'))) });
      // The corrections' date, or a newer one of the real sources'.
      expect(m.cutoff).toBe(newestDate(join(content, 'sources')));
      expect(m.cutoff! >= '2026-01-05').toBe(true);
      expect(m.counts.corrections).toBe(correctionsIn(join(content, 'sources')).length);
      expect(correctionsIn(join(content, 'sources')).filter((c) => String(c.date) === '2026-01-05')).toHaveLength(2);
      expect(readdirSync(releases).filter((n) => n.startsWith('.'))).toEqual([]);
      expect(JSON.parse(readFileSync(join(releases, 'published.json'), 'utf8')).releases).toEqual([
        { version: TODAY, manifest_sha256: sha256(readFileSync(join(releases, TODAY, 'manifest.json'))) },
        { version: SECOND, manifest_sha256: sha256(readFileSync(join(releases, SECOND, 'manifest.json'))) },
      ]);
    });
  });

  describe('the site built from them', () => {
    beforeAll(() => {
      const r = build();
      expect(r.status, r.output.slice(-3000)).toBe(0);
    });

    it('shows corrections on the source page, apart from the article and the editor’s notes', () => {
      const $ = at(`/sources/${ID}/`);
      const block = $('section.corrections');
      expect(block.find('h2').text()).toBe('Corrections');
      expect(block.closest('.article-body').length).toBe(0);
      expect($('.article-body .corrections, .editor-notes .corrections').length).toBe(0);
      expect(block.find('li.correction').map((_, li) => li.attribs.id).get()).toEqual(['correction-2026-01-05-2', 'correction-2026-01-05']);
      expect(text($, '#correction-2026-01-05')).toContain('The troop figure now quotes the total, 12,000, instead of the 5,000 sent in March.');
      expect(text($, '#correction-2026-01-05')).toContain("Why: The claim counts all troops sent; the first sentence gives one month's dispatch only.");
      expect($('#correction-2026-01-05 a[href="#fig-sent"]').length).toBe(1);
      expect($('.meta').text()).toContain('Record updated');
      expect($('nav.toc a[href="#corrections-title"]').length).toBe(1);
      // The corrected figure is marked in the table and still anchored in the text.
      expect($('#figures-title').parent().find('a.corrected-mark[href="#correction-2026-01-05"]').length).toBe(1);
      expect($('.article-body mark.claim#fig-sent').text()).toBe('12,000 soldiers were sent by June');
    });

    it('keeps a removed claim’s anchor, inside the correction that removed it', () => {
      const $ = at(`/sources/${ID}/`);
      expect($('[id="fig-killed"]').length).toBe(1);
      expect($('#fig-killed').closest('li.correction').attr('id')).toBe('correction-2026-01-05-2');
      expect($('#fig-killed').closest('section.corrections').length).toBe(1);
      expect($('.article-body mark#fig-killed').length).toBe(0);
    });

    it('lists every correction on /corrections/, newest first, with links', () => {
      const $ = at('/corrections/');
      const items = $('.correction-list > li');
      expect(items.length).toBe(correctionsIn(join(content, 'sources')).length);
      const dates = items.map((_, li) => $(li).find('time').first().attr('datetime')).get();
      expect(dates).toEqual([...dates].sort().reverse());
      // One day: the later made first, as on the source page.
      const fixture = items.filter((_, li) => $(li).find(`a[href^="/sources/${ID}/"]`).length > 0);
      expect(fixture.length).toBe(2);
      expect(fixture.first().find(`a[href="/sources/${ID}/#correction-2026-01-05-2"]`).length).toBe(1);
      expect(fixture.first().text()).toContain('fig-killed');
      expect(fixture.eq(1).find(`a[href="/sources/${ID}/#fig-sent"]`).length).toBe(1);
      expect(fixture.eq(1).find(`a[href="/sources/${ID}/"]`).text()).toBe('A fixture source for corrections');
    });

    it('carries corrections and releases in the feed', () => {
      const xml = readFileSync(join(dist, 'feed.xml'), 'utf8');
      expect(xml).toContain(`<link>http://localhost:4321/sources/${ID}/#correction-2026-01-05</link>`);
      expect(xml).toContain(`/sources/${ID}/#correction-2026-01-05-2</link>`);
      expect(xml).toContain(`<title>Data release ${SECOND}</title>`);
      expect(xml).toContain(`/data/releases/${TODAY}/</link>`);
      expect(xml.match(/<item>/g)).toHaveLength(readSources(join(content, 'sources')).length + correctionsIn(join(content, 'sources')).length + 2);
    });

    it('publishes every release, byte for byte, and lists them with cut-off, counts and notes', () => {
      for (const v of [TODAY, SECOND]) {
        for (const f of readdirSync(join(releases, v), { recursive: true }).map(String).filter((p) => /\.(json|csv|sqlite)$/.test(p))) {
          expect(readFileSync(join(dist, 'data/releases', v, f)).equals(readFileSync(join(releases, v, f))), `${v}/${f}`).toBe(true);
        }
      }
      const $ = at('/data/releases/');
      expect($('.release-list > li h2').map((_, h) => $(h).text()).get()).toEqual([`Data release ${SECOND}`, `Data release ${TODAY}`]);
      expect(text($, '.release-list > li:first-child')).toContain('Corrects the fixture source.');
      expect(text($, '.release-list > li:first-child')).toContain(`data up to ${formatDateAsWritten(newestDate(join(content, 'sources'))!)}`);
      expect(text($, '.release-list > li:first-child')).toContain(countOf(correctionsIn(join(content, 'sources')).length, 'correction'));
      const page = at(`/data/releases/${SECOND}/`);
      expect(page('td.hash').first().text()).toMatch(/^[0-9a-f]{64}$/);
      expect(page(`a[href="/data/releases/${TODAY}/"]`).length).toBeGreaterThan(0);
    });

    it('says in the live exports which release they match', () => {
      expect(json('data/figures.json').release).toEqual({
        version: SECOND, status: 'matches', url: `http://localhost:4321/data/releases/${SECOND}/figures.json`, releases: 'http://localhost:4321/data/releases/',
      });
      expect(json('data/topics/troops.json').release.status).toBe('matches');
      expect(text(at('/data/'), '.release-status')).toContain(`The live data is data release ${SECOND}, file for file`);
      expect(text(at('/topics/troops/'), 'main')).toContain(`The same as in data release ${SECOND}`);
    });

    it('shows what changed, release by release, with old and new values and the correction that explains each', () => {
      const $ = at('/changes/');
      const second = $(`[id="release-${SECOND}"]`).parent();
      const changed = second.find('h3:contains("Figures changed")').next('ul');
      const item = changed.find('li').filter((_, li) => $(li).text().includes(`${ID}#fig-sent`));
      expect(item.find('del').text()).toContain('about 5,000');
      expect(item.find('ins').text()).toContain('12,000');
      expect(item.find(`.explained a[href="/sources/${ID}/#correction-2026-01-05"]`).length).toBe(1);
      const removed = second.find('h3:contains("Figures removed")').next('ul').find('li');
      expect(removed.text()).toContain(`${ID}#fig-killed`);
      expect(removed.find(`a[href="/sources/${ID}/#correction-2026-01-05-2"]`).length).toBe(1);
      expect(second.find('h3:contains("Corrections (2)")').length).toBe(1);
      const first = $(`[id="release-${TODAY}"]`).parent();
      expect(first.text()).toContain('The first release: everything in it is new.');
      expect(first.find('h3:contains("Sources")').text()).toContain(`(${readSources(join(content, 'sources')).length})`);
      expect($('#unreleased').length).toBe(0);
    });

    it('offers a citation of the release, in every format, on the data page and the topic pages', () => {
      const $ = at('/data/');
      const blocks = $('.cite-block');
      expect(blocks.map((_, b) => $(b).find('h3').text()).get()).toEqual([`Data release ${SECOND} (all files)`, `Data release ${SECOND}, figures.csv`]);
      expect(blocks.eq(1).find('dd').first().text()).toContain(`Data release ${SECOND}, figures.csv (Version ${SECOND}) [Data set]. http://localhost:4321/data/releases/${SECOND}/figures.csv`);
      expect(blocks.eq(1).find('dt').map((_, d) => $(d).text()).get()).toEqual(['APA 7', 'MLA 9', 'Chicago (note)', 'Chicago (bibliography)']);
      for (const ext of ['bib', 'ris', 'json']) {
        const href = blocks.eq(1).find(`a[href$=".${ext}"]`).attr('href')!;
        expect(href).toBe(`/data/releases/${SECOND}/cite/figures-csv.${ext}`);
        expect(readFileSync(join(dist, href), 'utf8')).toContain(`/data/releases/${SECOND}/figures.csv`);
      }
      const topic = at('/topics/troops/');
      expect(topic('.cite-block h3').map((_, h) => topic(h).text()).get())
        .toEqual(['This page of the dossier', `This page’s data, data release ${SECOND} (topics/troops.json)`, `All figures, data release ${SECOND} (figures.csv)`]);
    });

    it('resolves every internal link and anchor of the new pages, and ships no JavaScript on them', () => {
      const broken: string[] = [];
      const pages = ['/data/', '/data/releases/', `/data/releases/${TODAY}/`, `/data/releases/${SECOND}/`, '/changes/', '/corrections/', `/sources/${ID}/`];
      for (const from of pages) {
        const $ = at(from);
        expect($('script:not([type="application/ld+json"])').length, from).toBe(0);
        $('a[href]').each((_, a) => {
          const url = new URL(a.attribs.href!, `http://localhost:4321${from}`);
          if (url.origin !== 'http://localhost:4321') return;
          const file = join(dist, decodeURIComponent(url.pathname), url.pathname.endsWith('/') ? 'index.html' : '');
          if (!existsSync(file)) return void broken.push(`${from}: ${a.attribs.href}`);
          if (url.hash && load(readFileSync(file, 'utf8'))(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).length === 0) broken.push(`${from}: ${a.attribs.href} (no anchor)`);
        });
      }
      expect(broken).toEqual([]);
    });

    describe('in a browser', () => {
      let server: Served;
      let browser: Browser;
      beforeAll(async () => { server = await serve(dist); browser = await launch(); });
      afterAll(async () => { await browser?.close(); await server?.close(); });

      it('lands a removed claim’s link on the correction that removed it', async () => {
        const page = await browser.newPage();
        await page.goto(`${server.url}/sources/${ID}/#fig-killed`);
        const target = await page.evaluate(() => document.querySelector(':target')?.closest('li.correction')?.id);
        expect(target).toBe('correction-2026-01-05-2');
        const highlighted = await page.evaluate(() => getComputedStyle(document.querySelector('#correction-2026-01-05-2')!).outlineStyle);
        expect(highlighted).toBe('solid');
        await page.close();
      });

      for (const scheme of ['light', 'dark'] as const) {
        it(`has no axe violations on the pages with corrections and changes (${scheme})`, async () => {
          const found: string[] = [];
          for (const path of [`/sources/${ID}/`, '/corrections/', '/changes/', '/data/', '/data/releases/', `/data/releases/${SECOND}/`]) {
            const page = await browser.newPage({ colorScheme: scheme });
            await page.goto(`${server.url}${path}`);
            found.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
            await page.close();
          }
          expect(found).toEqual([]);
        });
      }
    });
  });

  describe('when the live data is newer than the last release', () => {
    beforeAll(() => {
      setSource(V3);
      const r = build({ DOSSIER_DIST_DIR: join(work, 'dist-newer') });
      expect(r.status, r.output.slice(-3000)).toBe(0);
    });
    const newer = (path: string) => JSON.parse(readFileSync(join(work, 'dist-newer', path), 'utf8'));
    const page = (path: string) => load(readFileSync(join(work, 'dist-newer', path, 'index.html'), 'utf8'));

    it('says so, file by file, and lists the changes since', () => {
      expect(newer('data/sources.json').release).toMatchObject({ version: SECOND, status: 'newer' });
      // Only the source record changed: the figures are still the release's.
      expect(newer('data/figures.json').release).toMatchObject({ version: SECOND, status: 'matches' });
      expect(text(page('data'), '.release-status')).toContain(`The live data is newer than data release ${SECOND}`);
      // The summary is in the database too (sources.summary and the full-text table), so it changed with sources.json.
      expect(text(page('data'), '.release-status')).toContain('Changed since: sources.json, dossier.sqlite.');
      const changes = page('changes');
      expect(changes('#unreleased').text()).toContain(`Since data release ${SECOND}`);
      expect(changes('#unreleased').parent().text()).toContain("The record's summary now says the officials are not named.");
    });

    it('carries markup in a summary, a correction and release notes in the feed as text: a reader parsing it as HTML gets no element', () => {
      const items = feedItemsOf(readFileSync(join(work, 'dist-newer', 'feed.xml'), 'utf8'));
      const seen = items.flatMap((i) => (['title', 'description'] as const).map((f) => ({ where: `${i.link} ${f}`, ...asReaderSees(i[f]) })));
      expect(seen.filter((x) => x.elements.length).map((x) => `${x.where}: ${x.elements.join(', ')}`)).toEqual([]);
      const text = (link: string) => asReaderSees(items.find((i) => i.link.endsWith(link))!.description).text;
      expect(text(`/sources/${ID}/`)).toContain(`A source made by the test suite to be corrected. ${HOSTILE}`);
      expect(text(`/sources/${ID}/#correction-2026-01-06`)).toContain(`The record's summary now says the officials are not named. ${HOSTILE}`);
      expect(text(`/data/releases/${SECOND}/`)).toContain(SECOND_NOTES);
    });
  });

  describe('bad input stops the build, naming the file', () => {
    it('a correction without a date or text, or naming no claim of the source', () => {
      const bad = join(work, 'bad-content');
      cpSync(CONTENT, bad, { recursive: true });
      writeFileSync(join(bad, 'sources', `${ID}.md`), fixture(SENT_5000, `corrections:
  - text: No date given.
    reason: A test.
  - date: "2026-01-05"
    reason: No text given.
`));
      const r = build({ DOSSIER_CONTENT_DIR: bad, DOSSIER_RELEASES_DIR: join(work, 'no-releases'), DOSSIER_DIST_DIR: join(work, 'bad-dist') });
      expect(r.status).not.toBe(0);
      expect(r.output).toContain(`sources/${ID}.md`);
      expect(r.output).toContain('corrections.0.date: Required');
      expect(r.output).toContain('corrections.1.text: Required');
    });

    it('a correction naming no claim of the source, or removing one that is still there', () => {
      const bad = join(work, 'bad-content-2');
      cpSync(CONTENT, bad, { recursive: true });
      writeFileSync(join(bad, 'sources', `${ID}.md`), fixture(SENT_5000, `corrections:
  - date: "2026-01-05"
    text: Names a claim the source lacks.
    reason: A test.
    claims: [fig-nope]
    removedClaims: [fig-sent]
`));
      const r = build({ DOSSIER_CONTENT_DIR: bad, DOSSIER_RELEASES_DIR: join(work, 'no-releases'), DOSSIER_DIST_DIR: join(work, 'bad-dist-2') });
      expect(r.status).not.toBe(0);
      expect(r.output).toContain(`sources/${ID}.md`);
      expect(r.output).toContain('corrections.0.claims.0');
      expect(r.output).toContain('no claim of this source has the id "fig-nope"');
      expect(r.output).toContain('claim "fig-sent" still exists');
    });

    it('a release edited by hand: a file changed, added or removed', () => {
      const tampered = join(work, 'tampered');
      cpSync(releases, tampered, { recursive: true });
      const csv = join(tampered, TODAY, 'figures.csv');
      writeFileSync(csv, readFileSync(csv, 'utf8').replace('5000', '5001'));
      writeFileSync(join(tampered, SECOND, 'extra.csv'), 'a,b\r\n');
      rmSync(join(tampered, SECOND, 'topics', 'troops.json'));
      const r = build({ DOSSIER_RELEASES_DIR: tampered, DOSSIER_DIST_DIR: join(work, 'tampered-dist') });
      expect(r.status).not.toBe(0);
      expect(r.output).toContain('Data releases do not match their manifests');
      expect(r.output).toMatch(new RegExp(`tampered/${TODAY}/figures\\.csv: does not match its manifest`));
      expect(r.output).toMatch(new RegExp(`tampered/${SECOND.replace('.', '\\.')}/extra\\.csv: not in the manifest`));
      expect(r.output).toMatch(new RegExp(`tampered/${SECOND.replace('.', '\\.')}/topics/troops\\.json: listed in the manifest but missing`));
      // The release tool refuses to build on it too, before building anything.
      const refused = run('npm', ['run', 'release', '--', '--notes', 'On top of an edited release.'], { DOSSIER_RELEASES_DIR: tampered });
      expect(refused.status).toBe(1);
      expect(refused.output).toContain('do not match their manifests; restore them from git first');
      expect(refused.output).not.toContain('building the data');
    });

    it('the newest release edited with its manifest recomputed to match: the record of published releases names it', () => {
      const forged = join(work, 'forged');
      cpSync(releases, forged, { recursive: true });
      const csv = join(forged, SECOND, 'figures.csv');
      expect(readFileSync(csv, 'utf8')).toContain('12000');
      writeFileSync(csv, readFileSync(csv, 'utf8').replace('12000', '12001'));
      const m = JSON.parse(readFileSync(join(forged, SECOND, 'manifest.json'), 'utf8'));
      const files = m.files.map((f: { path: string }) => ({ path: f.path, bytes: readFileSync(join(forged, SECOND, f.path)) }));
      writeFileSync(join(forged, SECOND, 'manifest.json'), manifestText(buildManifest({ version: SECOND, site: m.site, notes: m.notes, previous: m.previous, files })));
      const r = build({ DOSSIER_RELEASES_DIR: forged, DOSSIER_DIST_DIR: join(work, 'forged-dist') });
      expect(r.status).not.toBe(0);
      expect(r.output).toMatch(new RegExp(`forged/${SECOND.replace('.', '\\.')}/manifest\\.json: SHA-256 [0-9a-f]{12}… is not the one \\S*forged/published\\.json records for release ${SECOND.replace('.', '\\.')}`));
      expect(r.output).not.toContain('figures.csv: does not match its manifest');
      const refused = run('npm', ['run', 'release', '--', '--notes', 'On top of a forged release.'], { DOSSIER_RELEASES_DIR: forged });
      expect(refused.status).toBe(1);
      expect(refused.output).toContain('is not the one');
      expect(refused.output).not.toContain('building the data');
    });

    it('the newest release removed, or a release folder the record does not list', () => {
      const removed = join(work, 'removed');
      cpSync(releases, removed, { recursive: true });
      rmSync(join(removed, SECOND), { recursive: true });
      const r = build({ DOSSIER_RELEASES_DIR: removed, DOSSIER_DIST_DIR: join(work, 'removed-dist') });
      expect(r.status).not.toBe(0);
      expect(r.output).toMatch(new RegExp(`removed/${SECOND.replace('.', '\\.')}: recorded as published in \\S*removed/published\\.json but missing`));
      // The release tool sees the same, before building anything.
      const refused = run('npm', ['run', 'release', '--', '--notes', 'After a removed release.'], { DOSSIER_RELEASES_DIR: removed });
      expect(refused.status).toBe(1);
      expect(refused.output).toContain(`removed/${SECOND}: recorded as published`);
      expect(refused.output).not.toContain('building the data');
      // A release folder copied in by hand is not in the record.
      const unrecorded = join(work, 'unrecorded');
      cpSync(releases, unrecorded, { recursive: true });
      const record = JSON.parse(readFileSync(join(unrecorded, 'published.json'), 'utf8'));
      writeFileSync(join(unrecorded, 'published.json'), JSON.stringify({ ...record, releases: record.releases.slice(0, 1) }));
      const u = run('npm', ['run', 'release', '--', '--notes', 'After an unrecorded release.'], { DOSSIER_RELEASES_DIR: unrecorded });
      expect(u.status).toBe(1);
      expect(u.output).toContain(`unrecorded/${SECOND}: not in `);
      expect(u.output).not.toContain('building the data');
    });

    it('a stray file among the releases: npm run release names it, with no stack trace', () => {
      const stray = join(work, 'stray');
      cpSync(releases, stray, { recursive: true });
      writeFileSync(join(stray, 'notes.txt'), 'a note left here');
      const r = run('npm', ['run', 'release', '--', '--notes', 'With a stray file.'], { DOSSIER_RELEASES_DIR: stray });
      expect(r.status).toBe(1);
      expect(r.output).toContain('stray/notes.txt: not a release folder');
      expect(r.output).not.toMatch(/ENOTDIR|\n\s+at /);
      expect(readdirSync(stray).sort()).toEqual([TODAY, SECOND, 'notes.txt', 'published.json']);
    });
  });
});
