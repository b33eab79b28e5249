/**
 * Nothing in an article can run: hostile text and HTML are ingested into a copy of the
 * content, built, and come out as text on the page. The real content/ and dist/ are not
 * touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng } from '../../scripts/lib/synthetic';
import { CONTENT, ROOT } from '../helpers/content';

const work = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
cpSync(CONTENT, content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What an editor does after reviewing a draft: removes its draft flag, so the build publishes it. */
function publish(file: string) {
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^---\ndraft: true\n/);
  writeFileSync(file, text.replace(/^---\ndraft: true\n/, '---\n'));
}

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
      publish(/wrote (\S+)/.exec(r.stdout)![1]!);
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

/**
 * Property-style: hostile strings from a pool, in every place ingest writes (title, caption,
 * subheading, paragraph beside a figure, an HTML page's canonical link, site name and
 * author), through ingest and the build. Every element and attribute inside the article
 * text must be one our templates put there; every link on the page is http(s) or ours.
 */
const POOL = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', 'javascript:alert(1)',
  '[link](javascript:alert(1))', '![img](https://evil.example/x.png)', '<iframe src=//evil.example>', '{process.exit(1)}', '<Component />',
  'import x from "y"', 'export const a = 1', '`code`', '*em*', '__strong__', '~~del~~', '| a | b |', '<!-- c -->', '&lt;b&gt;', '&amp;',
  '<svg onload=alert(1)>', '"><script>alert(3)</script>', "' onmouseover='alert(4)", 'www.evil.example', 'https://evil.example/x',
  'mail@evil.example', '<style>*{color:red}</style>', '\\', '${x}', '</figcaption></figure><script>alert(5)</script>', '../../../etc/passwd',
  '&#x3C;script&#x3E;', '<details open ontoggle=alert(1)>', '[^1]', '<https://evil.example>', '<mailto:x@evil.example>', '<b onclick="alert(1)">b</b>',
  '# heading', '> quote', '- item', '1) item', '---', '<div data-pagefind-body>x</div>', '<mark id="fig-x">x</mark>', ':::note', '{/* c */}',
];
/**
 * What our templates and Markdown put inside `.article-body`, with the attributes each may
 * carry; GFM's autolinks are the only links, and only to http(s) addresses they show.
 */
const ALLOWED: Record<string, RegExp> = {
  p: /^$/, h3: /^id$/, figure: /^class$/, figcaption: /^$/, mark: /^(class|data-claims|id)$/, span: /^(class|id)$/, a: /^href$/,
};
const CLASSES: Record<string, string[]> = { figure: ['photo-caption'], mark: ['claim'], span: ['claim-anchor'] };

function foreignMarkup($: CheerioAPI): string[] {
  const out: string[] = [];
  $('.article-body *').each((_, el) => {
    const tag = el.tagName.toLowerCase();
    const allowed = ALLOWED[tag];
    if (!allowed) return void out.push(`<${tag}>`);
    for (const [name, value] of Object.entries(el.attribs)) {
      if (!allowed.test(name)) out.push(`<${tag} ${name}>`);
      if (name === 'class' && !(CLASSES[tag] ?? []).includes(value)) out.push(`<${tag} class="${value}">`);
    }
    if (tag === 'a' && !/^https?:\/\//.test(el.attribs.href ?? '')) out.push(`<a href="${el.attribs.href ?? ''}">`);
    if (tag === 'a' && !$(el).text().includes(new URL(el.attribs.href ?? 'http://x').host)) out.push(`<a> whose text hides its address ${el.attribs.href}`);
  });
  $('a[href], link[href]').each((_, el) => {
    const href = el.attribs.href!;
    if (!/^(https?:\/\/|\/(?!\/)|#)/.test(href)) out.push(`link to ${href}`);
  });
  return out;
}

describe('hostile strings anywhere ingest writes (property-style, seeded)', () => {
  const work2 = mkdtempSync(join(tmpdir(), 'dossier-hostile-prop-'));
  const content2 = join(work2, 'content');
  const dist2 = join(work2, 'dist');
  afterAll(() => rmSync(work2, { recursive: true, force: true }));
  const random = rng(2025);
  const pick = () => POOL[Math.floor(random() * POOL.length)]!;
  const pieces = (n: number) => Array.from({ length: n }, pick).join(' ');
  const ARTICLES = 12;
  const written: { file: string; strings: string[] }[] = [];

  beforeAll(() => {
    cpSync(CONTENT, content2, { recursive: true });
    for (let i = 0; i < ARTICLES; i++) {
      const [t, c, h, p] = [pieces(2), pieces(3), pieces(2), pieces(3)];
      const day = String(1 + i).padStart(2, '0');
      const file = join(work2, `hostile-${i}.${i % 3 === 2 ? 'html' : 'txt'}`);
      if (i % 3 === 2) {
        const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
        writeFileSync(file, `<!doctype html><html lang="en"><head><meta property="og:site_name" content="${esc(c)}">
<meta name="author" content="${esc(h)}"><meta property="article:published_time" content="2025-03-${day}T10:00:00Z">
<link rel="canonical" href="${i % 2 ? 'javascript:alert(1)' : `https://example.org/${i}`}"></head><body><article>
<h1>Title ${i} ${esc(t)}</h1><figure><figcaption>Photo ${esc(c)} (AFP)</figcaption></figure><h2>${esc(h)}</h2>
<p>Officials said about 5,000 soldiers were sent ${esc(p)} to the front on this day.</p></article></body></html>`);
      } else {
        writeFileSync(file, `Title ${i} ${t}\n\n${day}.03.2025 10:00\n\nPhoto credit ${c} (AFP)\n\nOfficials said about 5,000 soldiers were sent ${p} to the front on this day.\n\n${h}\n\nAnother paragraph ${p}.\n`);
      }
      const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/ingest.ts'), file, '--content', content2], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, `${file}: ${r.stdout}${r.stderr}`).toBe(0);
      const draft = /wrote (\S+)/.exec(r.stdout)![1]!;
      publish(draft);
      written.push({ file: draft, strings: [t, c, h, p] });
    }
    const build = spawnSync('npx', ['astro', 'build', '--outDir', dist2], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, DOSSIER_CONTENT_DIR: content2, DOSSIER_CACHE_DIR: join(work2, 'cache') },
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`.slice(-3000)).toBe(0);
  });

  it('writes every draft inside content/sources, as a slug', () => {
    expect(written).toHaveLength(ARTICLES);
    for (const w of written) expect(w.file).toMatch(new RegExp(`^${join(content2, 'sources').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[a-z0-9]+(?:-[a-z0-9]+)*\\.md$`));
  });

  it('publishes no element, attribute or link scheme that our templates did not put there', () => {
    const pages = readdirSync(join(dist2, 'sources')).filter((d) => d.includes('-2025-03-'));
    expect(pages).toHaveLength(ARTICLES);
    for (const id of pages) {
      const $ = load(readFileSync(join(dist2, 'sources', id, 'index.html'), 'utf8'));
      expect(foreignMarkup($), id).toEqual([]);
      expect($('script:not([type="application/ld+json"])').length, id).toBe(0);
      // The provenance rule held on the figure beside the hostile text.
      expect($('.article-body mark.claim').length, id).toBeGreaterThan(0);
    }
  });

  it('keeps each hostile string as text the reader sees', () => {
    const all = readdirSync(join(dist2, 'sources')).filter((d) => d.includes('-2025-03-'))
      .map((id) => load(readFileSync(join(dist2, 'sources', id, 'index.html'), 'utf8'))('.article-body').text().replace(/\s+/g, ' ')).join('\n');
    // Each paragraph string appears verbatim somewhere (the caption and paragraph carry them as text).
    for (const w of written) expect(all).toContain(w.strings[3]!.replace(/\s+/g, ' ').trim());
  });
});
