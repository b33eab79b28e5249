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

function buildWith(file: string, mdx: string) {
  const content = join(work, file.replace(/\W/g, '_'), 'content');
  const dist = join(content, '..', 'dist');
  cpSync(CONTENT, content, { recursive: true });
  writeFileSync(join(content, 'sources', file), mdx);
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

describe('an MDX source', () => {
  it('builds with every claim anchored: across inline elements, in a GFM table, in a photo caption', () => {
    const { status, output, dist } = buildWith('test-2025-05-mdx-source.mdx', source('about 5,000 soldiers'));
    expect(status, output.slice(-3000)).toBe(0);
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
});
