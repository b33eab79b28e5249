/**
 * The public address comes from one committed place, `site.json`: a build with it set
 * writes it into every absolute link (canonical links, citations, exports, feed, sitemap)
 * and never `localhost`; a build without it is a local preview that says so on every Cite
 * section and at the end of its output; `SITE_URL` or a malformed address stops the build.
 * Builds into temporary folders; the real dist/ is only read.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import { builtPages, page } from '../helpers/dist';

const work = mkdtempSync(join(tmpdir(), 'dossier-site-address-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(name: string, settings: string, env: Record<string, string> = {}) {
  const dir = join(work, name);
  const file = join(work, `${name}.json`);
  writeFileSync(file, settings);
  const run = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    cwd: ROOT,
    env: { ...process.env, DOSSIER_SITE_FILE: file, DOSSIER_CACHE_DIR: join(dir, 'cache'), ...env },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dist: join(dir, 'dist') };
}

const filesUnder = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n);
  return statSync(p).isDirectory() ? filesUnder(p) : [p];
});

describe('the site address', () => {
  it('is the public one everywhere when site.json sets it, and the build says nothing of a preview', () => {
    const { status, output, dist } = buildWith('public', '{ "address": "https://dossier.example.org" }');
    expect(status, output.slice(-3000)).toBe(0);
    expect(output).not.toContain('LOCAL PREVIEW');
    const texts = filesUnder(dist).filter((f) => /\.(html|xml|csv|json|bib|ris)$/.test(f));
    expect(texts.length).toBeGreaterThan(50);
    const local = texts.filter((f) => readFileSync(f, 'utf8').includes('localhost:4321'));
    // Frozen data releases keep the address they were made with; nothing else may name this computer.
    expect(local.filter((f) => !f.includes(`${join('data', 'releases')}`))).toEqual([]);
    const $ = load(readFileSync(join(dist, 'sources', 'csactu-2025-05-north-korea-joins-the-fight', 'index.html'), 'utf8'));
    expect($('link[rel="canonical"]').attr('href')).toBe('https://dossier.example.org/sources/csactu-2025-05-north-korea-joins-the-fight/');
    expect($('.cite .citation').text()).toContain('https://dossier.example.org/sources/csactu-2025-05-north-korea-joins-the-fight/');
    expect($('.preview-note').length).toBe(0);
    expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toContain('<link>https://dossier.example.org/');
  });

  it('is a local preview without it: the build ends with a warning and every Cite section says so', () => {
    const { status, output } = buildWith('preview', '{ "address": null }');
    expect(status, output.slice(-3000)).toBe(0);
    const tail = output.slice(output.lastIndexOf('LOCAL PREVIEW'));
    expect(output).toContain('LOCAL PREVIEW: no public address is set ("address" in site.json is null).');
    expect(tail).toContain('Do not publish this dist/');
    // The real build says it is a preview exactly when the committed site.json has no address.
    const committed = JSON.parse(readFileSync(join(ROOT, 'site.json'), 'utf8')) as { address: string | null };
    const withCite = builtPages().filter((p) => page(p)('.cite').length > 0);
    expect(withCite.length).toBeGreaterThan(5);
    for (const p of withCite) expect(page(p)('.cite .preview-note').length, p).toBe(committed.address === null ? 1 : 0);
  });

  it('stops the build on SITE_URL or a malformed address, saying where the address goes', () => {
    const env = buildWith('env', '{ "address": null }', { SITE_URL: 'https://elsewhere.example.org' });
    expect(env.status).not.toBe(0);
    expect(env.output).toContain('SITE_URL is not read: set "address" in site.json');
    const bad = buildWith('bad', '{ "address": "dossier.example.org/x" }');
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('site.json: "address" must be the public address of the dossier');
  });
});
