/**
 * Nothing in an article can run: hostile text and HTML are ingested into a copy of the
 * content, built, and come out as text on the page. The real content/ and dist/ are not
 * touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT, ROOT } from '../helpers/content';

const work = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
cpSync(CONTENT, content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HOSTILE_TEXT = `Hostile article title

Le 6 novembre 2025, environ 5 000 soldats {alert(1)} ont été envoyés selon <script>alert("x")</script> le NIS.

import fs from 'node:fs'

export const pwned = true

<img src=x onerror="alert(1)"> and {process.exit(1)} and <Component /> and \`code\` and *stars* and [link](javascript:alert(1)).

1. Not a list, # not a heading, > not a quote.
`;
const HOSTILE_HTML = `<!doctype html><html lang="fr"><head><title>t</title><meta property="og:site_name" content="Site Hostile">
<link rel="canonical" href="https://hostile.example/article"><script>alert(1)</script></head>
<body><nav>Menu</nav><article><h1>Titre {hostile} &lt;b&gt;</h1>
<p>Le 28 avril 2025, jusqu&#8217;à 14 000 soldats <b onclick="alert(1)">envoyés</b> {constructor}.</p>
<p>Partagez ce post</p><p>&lt;script&gt;alert(2)&lt;/script&gt; reste du texte.</p></article><footer>Pied</footer></body></html>`;

describe('hostile input', () => {
  it('ingests and builds, showing every character as text and running nothing', () => {
    const a = join(work, 'hostile.txt');
    const b = join(work, 'hostile.html');
    writeFileSync(a, HOSTILE_TEXT);
    writeFileSync(b, HOSTILE_HTML);
    for (const f of [a, b]) {
      const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/ingest.ts'), f, '--content', content], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
    const build = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, DOSSIER_CONTENT_DIR: content, DOSSIER_CACHE_DIR: join(work, 'cache') },
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`.slice(-3000)).toBe(0);

    const pageOf = (prefix: string) => {
      const id = readdirSync(join(dist, 'sources')).find((d) => d.startsWith(prefix))!;
      return load(readFileSync(join(dist, 'sources', id, 'index.html'), 'utf8'));
    };
    const $ = pageOf('unidentified-2025-11-06-');
    const text = $('.article-body').text();
    for (const s of ['{alert(1)}', '<script>alert("x")</script>', "import fs from 'node:fs'", 'export const pwned = true', '<img src=x onerror="alert(1)">', '{process.exit(1)}', '<Component />', '`code`', '*stars*', '[link](javascript:alert(1))', '1. Not a list, # not a heading, > not a quote.']) {
      expect(text, s).toContain(s);
    }
    expect($('.article-body script, .article-body img, .article-body a, .article-body ol, .article-body em, .article-body code').length).toBe(0);
    expect($('script:not([type="application/ld+json"])').length).toBe(0);
    // The figure found in the hostile text is anchored, the provenance rule held.
    expect($('mark.claim').length).toBeGreaterThan(0);

    const h = pageOf('unidentified-2025-04-28-titre-hostile');
    expect(h('h1').text()).toBe('Titre {hostile} <b>');
    expect(h('.article-body').text()).toContain('<script>alert(2)</script> reste du texte.');
    expect(h('.article-body').text()).not.toContain('Partagez ce post');
    expect(h('.article-body').text()).not.toContain('Menu');
    expect(h('.article-body [onclick], .article-body script, .article-body b').length).toBe(0);
  });
});
