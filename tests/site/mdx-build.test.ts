/**
 * An `.mdx` source builds through `@astrojs/mdx`, which inherits the site's processor
 * (Sätteri with the claims plugin): the same rule, the same anchors, GFM. Builds a copy of
 * the content with one MDX source into temporary folders; the real content/ and dist/ are
 * not touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT, ROOT } from '../helpers/content';

const work = mkdtempSync(join(tmpdir(), 'dossier-mdx-source-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(file: string, mdx: string, others: Record<string, string> = {}) {
  const content = join(work, file.replace(/\W/g, '_'), 'content');
  const dist = join(content, '..', 'dist');
  cpSync(CONTENT, content, { recursive: true });
  for (const [name, text] of Object.entries({ [file]: mdx, ...others })) writeFileSync(join(content, 'sources', name), text);
  const run = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    cwd: ROOT,
    env: { ...process.env, DOSSIER_CONTENT_DIR: content, DOSSIER_CACHE_DIR: join(content, '..', 'cache') },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dist };
}

const source = (tableQuote: string) => `---
title: An MDX source
outlet: csactu
language: en
published: "2025-05"
datePrecision: month
summary: A source written in MDX by the test suite.
figures:
  - id: fig-mdx-inline
    topic: troops
    measure: deployed
    low: 11000
    high: 11000
    quote: "11,000 troops were sent"
  - id: fig-mdx-table
    topic: troops
    measure: deployed
    low: 5000
    high: 5000
    qualifier: about
    quote: "${tableQuote}"
  - id: fig-mdx-caption
    topic: casualties
    measure: killed
    low: 300
    high: 300
    quote: "300 soldiers were killed"
---

Officials said *11,000 troops* were **sent** to the region, see www.example.org.

| Estimate | By |
|---|---|
| about 5,000 soldiers | ~~NIS~~ |

<figure class="photo-caption"><figcaption>A photo: 300 soldiers were killed &amp; more &lt;b&gt;.</figcaption></figure>
`;

/** A Markdown source with no claims at all, whose body carries a script and an event handler. */
const HAND_WRITTEN = `---
title: A hand-written source
outlet: csactu
language: en
published: "2025-05"
datePrecision: month
summary: A source without claims, written by hand.
---

## Fig strike

Before <script>alert(1)</script> and <img src="x" onerror="alert(2)"> after.
`;

describe('an MDX source', () => {
  it('builds with every claim anchored: across inline elements, in a GFM table, in a photo caption', () => {
    const { status, output, dist } = buildWith('test-2025-05-mdx-source.mdx', source('about 5,000 soldiers'), { 'test-2025-05-hand-written.md': HAND_WRITTEN });
    expect(status, output.slice(-3000)).toBe(0);
    // A hand-written Markdown source without a single claim is cleaned all the same.
    const plain = readFileSync(join(dist, 'sources', 'test-2025-05-hand-written', 'index.html'), 'utf8');
    const $plain = load(plain);
    expect($plain('.article-body script, .article-body img, [onerror]').length).toBe(0);
    expect(plain).not.toContain('alert(');
    expect($plain('.article-body').text()).toContain('Before  and  after.');
    expect($plain('.article-body h2').attr('id')).toBe('article-fig-strike');
    const $ = load(readFileSync(join(dist, 'sources', 'test-2025-05-mdx-source', 'index.html'), 'utf8'));
    const body = $('.article-body');
    expect(body.find('mark#fig-mdx-inline').text()).toBe('11,000 troops');
    expect(body.find('mark[data-claims="fig-mdx-inline"]').map((_, e) => $(e).text()).get().join('')).toBe('11,000 troops were sent');
    expect(body.find('table td mark#fig-mdx-table').text()).toBe('about 5,000 soldiers');
    expect(body.find('td del').text()).toBe('NIS');
    expect(body.find('a[href="http://www.example.org"]').text()).toBe('www.example.org');
    expect(body.find('figure.photo-caption figcaption mark#fig-mdx-caption').text()).toBe('300 soldiers were killed');
    expect(body.find('figcaption').text()).toBe('A photo: 300 soldiers were killed & more <b>.');
    expect(body.find('figcaption b').length).toBe(0);
  });

  it('stops the build when a quote is not in the article, naming file, claim and quote', () => {
    const { status, output } = buildWith('test-2025-05-mdx-bad.mdx', source('about 5,000 soldiers were killed'));
    expect(status).not.toBe(0);
    expect(output).toContain('Provenance check failed for');
    expect(output).toContain('sources/test-2025-05-mdx-bad.mdx');
    expect(output).toContain('claim "fig-mdx-table" (figures[1]): the quote is not in the article text: “about 5,000 soldiers were killed”');
  });

  it('stops the build on HTML an article may not carry, with or without claims, naming file and element', () => {
    const hostile = source('about 5,000 soldiers').replace(/figures:[\s\S]*?---/, '---')
      + '\nThen <script>alert(1)</script> and <img src="x" onError="alert(2)" /> and <a href="javascript:alert(3)">x</a>.\n';
    const { status, output } = buildWith('test-2025-05-mdx-hostile.mdx', hostile);
    expect(status).not.toBe(0);
    expect(output).toContain('Markup check failed for');
    expect(output).toContain('sources/test-2025-05-mdx-hostile.mdx');
    expect(output).toContain('the element <script> is not allowed in an article');
    expect(output).toContain('the element <img> is not allowed in an article');
    expect(output).toContain('the link address "javascript:alert(3)" is not http(s)');
  });
});
