/**
 * A rebuild with the previous build's caches in place renders only what changed, and its
 * output is byte for byte the output of a build from scratch of the same content: after
 * editing a source, adding one, removing one, editing an outlet. Builds a small synthetic
 * dossier with `npm run build` (Astro, then the search index) in temporary folders; the
 * real content/ and dist/ are not touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { syntheticSource, writeSyntheticContent } from '../../scripts/lib/synthetic';
import { CONTENT, ROOT } from '../helpers/content';

const work = mkdtempSync(join(tmpdir(), 'dossier-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
const N = 12;

function writeContent() {
  writeSyntheticContent(content, CONTENT, N, 7);
}

/** `npm run build` of the test content into `dist` with its cache in `cache`; the log without colours. */
function build(dist: string, cache: string, env: Record<string, string> = {}): string {
  const run = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    env: { ...process.env, ...env, DOSSIER_CONTENT_DIR: content, DOSSIER_DIST_DIR: dist, DOSSIER_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const log = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  expect(run.status, log.slice(-3000)).toBe(0);
  return log;
}

/** Every file under `dir`, by relative path, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** The files that differ between two trees (missing on either side, or other bytes). */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => !a.has(n) || !b.has(n) || !a.get(n)!.equals(b.get(n)!)).sort();
}

/** Pages the log says were kept from the previous build rather than rendered. */
const kept = (log: string) => new Set([...log.matchAll(/├─ (\S+) \((?:cached|restored)\)/g)].map((m) => m[1]!));

describe('an incremental rebuild', () => {
  const dist = join(work, 'dist');
  const cache = join(work, 'cache');
  const sourceFile = (i: number) => join(content, 'sources', `${syntheticSource(i, 7).id}.md`);
  const page = (i: number) => `/sources/${syntheticSource(i, 7).id}/index.html`;

  it('renders only the pages of what changed, and writes what a build from scratch writes', () => {
    writeContent();
    build(dist, cache);

    // Nothing changed: every keyed page is kept.
    const unchanged = kept(build(dist, cache));
    for (let i = 0; i < N; i++) expect(unchanged, page(i)).toContain(page(i));
    expect(unchanged).toContain('/topics/troops/index.html');

    // One source edited, one added.
    const edited = readFileSync(sourceFile(3), 'utf8');
    writeFileSync(sourceFile(3), edited.replace(/\n\n([^\n]+)\n$/, '\n\nA sentence added by the test.\n\n$1\n'));
    const added = syntheticSource(N, 7);
    writeFileSync(join(content, 'sources', `${added.id}.md`), added.markdown);
    const afterEdit = kept(build(dist, cache));
    expect(afterEdit).not.toContain(page(3));
    expect(afterEdit).not.toContain(`/sources/${added.id}/index.html`);
    expect(afterEdit).not.toContain('/topics/troops/index.html');
    expect(afterEdit).toContain(page(4));
    expect(afterEdit).toContain(`/sources/${syntheticSource(4, 7).id}/citation-article.bib/`);
    expect(readFileSync(join(dist, page(3)), 'utf8')).toContain('A sentence added by the test.');

    const reference = join(work, 'dist-reference');
    build(reference, join(work, 'cache-reference'));
    expect(differences(tree(dist), tree(reference))).toEqual([]);
  });

  it('removes the pages of a removed source, and follows an outlet edit', () => {
    rmSync(sourceFile(5));
    const outlet = join(content, 'outlets', 'bench-outlet-2.yaml');
    writeFileSync(outlet, readFileSync(outlet, 'utf8').replace('name: Benchmark outlet 2', 'name: Outlet Two'));
    const log = build(dist, cache);
    expect(log).toMatch(/removed 7 file\(s\) the build no longer produces: sources\/[^/]+-5\//);
    const reference = join(work, 'dist-reference-2');
    build(reference, join(work, 'cache-reference-2'));
    expect(differences(tree(dist), tree(reference))).toEqual([]);
    const byOutlet2 = readdirSync(join(content, 'sources')).map((f) => f.replace(/\.md$/, ''))
      .filter((id) => Number(id.split('-').pop()) % 5 === 2);
    expect(byOutlet2.length).toBeGreaterThan(0);
    for (const id of byOutlet2) expect(readFileSync(join(dist, 'sources', id, 'index.html'), 'utf8')).toContain('Outlet Two');
  });
});

describe('an incremental rebuild with archive pages by period', () => {
  // Archive pages past 10 rows, so that a dozen sources make topic, timeline and source archives.
  const env = { DOSSIER_ARCHIVE_ABOVE: '10' };
  const dist = join(work, 'dist-archive');
  const cache = join(work, 'cache-archive');
  const sourceFile = (i: number) => join(content, 'sources', `${syntheticSource(i, 7).id}.md`);
  const PERIOD = /^\d{4}(-\d\d){0,2}$/;
  const archivePages = () => ['topics/troops', 'timeline', 'sources'].flatMap((dir) =>
    readdirSync(join(dist, dir)).filter((d) => PERIOD.test(d)).map((d) => `/${dir}/${d}/index.html`));

  it('renders again the period pages that list the edited source, keeps the others, and writes what a cold build writes', () => {
    writeContent();
    build(dist, cache, env);
    const archives = archivePages();
    for (const dir of ['/topics/troops/', '/timeline/', '/sources/']) expect(archives.filter((a) => a.startsWith(dir)).length, dir).toBeGreaterThan(1);
    // A topic's archive page is cited as itself: its title, its address by period, the reader's retrieval date.
    const archive = archives.find((a) => a.startsWith('/topics/troops/'))!;
    const $ = load(readFileSync(join(dist, archive), 'utf8'));
    expect($('.cite-block dd').first().text()).toBe(`Russia–North Korea dossier. (n.d.). ${$('h1').text()} [Cross-reference page]. Retrieved Month Day, Year, from http://localhost:4321${archive.replace('index.html', '')}`);
    const unchanged = kept(build(dist, cache, env));
    for (const a of archives) expect(unchanged, a).toContain(a);

    const id = syntheticSource(3, 7).id;
    const edited = readFileSync(sourceFile(3), 'utf8');
    writeFileSync(sourceFile(3), edited.replace(/\n\n([^\n]+)\n$/, '\n\nA sentence added by the test.\n\n$1\n'));
    const afterEdit = kept(build(dist, cache, env));
    // A page lists a claim of the source (its row's anchor) or the source itself.
    const listing = archives.filter((a) => { const html = readFileSync(join(dist, a), 'utf8'); return html.includes(`id="${id}--`) || html.includes(`href="/sources/${id}/"`); });
    expect(listing.length).toBeGreaterThan(0);
    for (const a of listing) expect(afterEdit, a).not.toContain(a);
    expect(archives.filter((a) => afterEdit.has(a)).length).toBeGreaterThan(0);

    const reference = join(work, 'dist-archive-reference');
    build(reference, join(work, 'cache-archive-reference'), env);
    expect(differences(tree(dist), tree(reference))).toEqual([]);
    writeFileSync(sourceFile(3), edited);
  }, 900_000);
});
