/**
 * The committed data releases as the built site publishes them: every file byte for byte
 * at its permanent address, listed with its cut-off, counts and notes; what changed from
 * one to the next; the corrections across the dossier; and live exports that say truly
 * whether they are the latest release's copy (their SHA-256 against its manifest).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, RELEASES, readReleaseManifests, readSources } from '../helpers/content';
import { builtFiles, page, text } from '../helpers/dist';
import { sha256 } from '../../src/lib/publish';
import { allCorrections } from '../../src/lib/site';

const releases = readReleaseManifests();
const latest = releases.at(-1);
const site = new URL(page('/')('link[rel="canonical"]').attr('href')!).origin;
const exports = builtFiles('/data/').filter((p) => /\.(json|csv|sqlite)$/.test(p) && !p.startsWith('/data/releases/'));
/** Files without a JSON envelope (the CSV, the database, its Datasette metadata): published as a release keeps them. */
const bare = (p: string) => !p.endsWith('.json') || p === '/data/dossier.metadata.json';

describe('data releases', () => {
  it('has a first release committed, so the pages are not empty', () => {
    expect(releases.length).toBeGreaterThan(0);
    expect(latest!.notes.length).toBeGreaterThan(10);
  });

  it('publishes every file of every release byte for byte, and its manifest', () => {
    for (const m of releases) {
      for (const f of [...m.files.map((x) => x.path), 'manifest.json']) {
        expect(readFileSync(join(DIST, 'data/releases', m.version, f)).equals(readFileSync(join(RELEASES, m.version, f))), `${m.version}/${f}`).toBe(true);
      }
      expect(readdirSync(join(RELEASES, m.version), { recursive: true }).filter((p) => String(p).includes('.')).length).toBe(m.files.length + 1);
    }
  });

  it('lists every release, newest first, with its cut-off, counts and notes', () => {
    const $ = page('/data/releases/');
    expect($('.release-list > li h2').map((_, h) => $(h).text()).get()).toEqual([...releases].reverse().map((m) => `Data release ${m.version}`));
    releases.forEach((m, i) => {
      const item = text($, `.release-list > li:nth-child(${releases.length - i})`);
      expect(item).toContain(m.notes);
      expect(item).toContain(`${m.counts.sources} sources`);
      expect(item).toContain(`${m.counts.figures} figures`);
      if (m.cutoff) expect($(`.release-list > li:nth-child(${releases.length - i}) time[datetime="${m.cutoff}"]`).length).toBe(1);
    });
  });

  it('gives each release a page with its files, their SHA-256, and a citation', () => {
    for (const m of releases) {
      const $ = page(`/data/releases/${m.version}/`);
      expect($('h1').text()).toBe(`Data release ${m.version}`);
      expect($('td.hash').map((_, td) => $(td).text()).get()).toEqual(m.files.map((f) => f.sha256));
      expect($('.cite-block h3').first().text()).toBe(`Data release ${m.version} (all files)`);
      expect(text($, '.cite-block dd')).toContain(`${site}/data/releases/${m.version}/`);
    }
  });

  it('shows what changed, one section per release', () => {
    const $ = page('/changes/');
    for (const m of releases) expect($(`[id="release-${m.version}"]`).text()).toBe(`Data release ${m.version}`);
    expect($(`[id="release-${releases[0]!.version}"]`).parent().text()).toContain('The first release: everything in it is new.');
  });
});

describe('the live exports', () => {
  it.each(exports.filter((p) => !bare(p)))('%s says truly whether it is the latest release’s copy', (path) => {
    const { release, ...rest } = JSON.parse(readFileSync(join(DIST, path), 'utf8'));
    const file = path.replace('/data/', '');
    const entry = latest?.files.find((f) => f.path === file);
    expect(release.version).toBe(latest?.version ?? null);
    expect(release.releases).toBe(`${site}/data/releases/`);
    if (!entry) return void expect(release).toMatchObject({ status: 'none', url: null });
    // The build compares with the release's links made with its own site address; the tests build for the same one.
    expect(latest!.site).toBe(site);
    expect(release.status).toBe(sha256(JSON.stringify(rest, null, 2)) === entry.sha256 ? 'matches' : 'newer');
    expect(release.url).toBe(`${site}/data/releases/${latest!.version}/${file}`);
  });

  it('and the data page says the same of the whole, the CSV included', () => {
    const $ = page('/data/');
    const csv = readFileSync(join(DIST, 'data/figures.csv'));
    const entry = latest!.files.find((f) => f.path === 'figures.csv')!;
    const row = $(`a[href="/data/figures.csv"]`).closest('tr');
    expect(row.find('td').last().text()).toBe(sha256(csv) === entry.sha256 ? 'Same as in the release' : 'Changed since');
    const all = exports.every((p) => {
      const e = latest!.files.find((f) => `/data/${f.path}` === p);
      if (!e) return false;
      const body = bare(p) ? readFileSync(join(DIST, p)) : (() => { const { release: _r, ...rest } = JSON.parse(readFileSync(join(DIST, p), 'utf8')); return JSON.stringify(rest, null, 2); })();
      return sha256(body) === e.sha256;
    }) && exports.length === latest!.files.length;
    expect(text($, '.release-status')).toContain(all ? `The live data is data release ${latest!.version}` : `The live data is newer than data release ${latest!.version}`);
  });
});

describe('the data page’s row counts', () => {
  it('gives each JSON file its own count, and the Datasette metadata, which has no rows, none', () => {
    const $ = page('/data/');
    const rowsOf = (file: string) => $(`a[href="/data/${file}"]`).closest('tr').find('td.num').text();
    for (const file of ['sources.json', 'figures.json', 'timeline.json', 'entities.json']) {
      const { count } = JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8')) as { count: number };
      expect(rowsOf(file), file).toBe(count.toLocaleString('en-GB'));
    }
    expect(rowsOf('dossier.metadata.json')).toBe('–settings, not rows');
  });
});

describe('corrections', () => {
  it('/corrections/ lists every correction of the dossier, each linking to its anchor on the source page', () => {
    const corrections = allCorrections(readSources().filter((s) => !s.data.draft));
    const $ = page('/corrections/');
    expect($('.correction-list > li').length).toBe(corrections.length);
    for (const c of corrections) {
      expect($(`a[href="/sources/${c.source.id}/#${c.anchor}"]`).length).toBe(1);
      expect(page(`/sources/${c.source.id}/`)(`li.correction[id="${c.anchor}"]`).length).toBe(1);
    }
    if (corrections.length === 0) expect(text($, 'main')).toContain('No corrections so far');
  });
});
