/**
 * The claims plugin on Sätteri (the site's processor) against the same walk on unified (the
 * processor the site used before): same anchors, same HTML, same build-stopping errors, on
 * the real sources, the synthetic corpus, captions with character references and quotes
 * across inline elements.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { syntheticSource } from '../../scripts/lib/synthetic';
import { CONTENT } from '../../scripts/lib/paths';
import { SEED_IDS } from '../../tests/helpers/content';
import { siteMarkdownProcessor } from './markdown';
import { unifiedMarkdownProcessor } from './rehype-claims';
import { satteriClaims } from './satteri-claims';

type Render = (markdown: string, file?: string) => Promise<string>;
const SHARED = { ...markdownConfigDefaults, syntaxHighlight: false as const };

/** A renderer of whole source files (frontmatter and body), as Astro's content layer calls it. */
async function rendererOf(processor: ReturnType<typeof siteMarkdownProcessor> | ReturnType<typeof unifiedMarkdownProcessor>): Promise<Render> {
  const renderer = await processor.createRenderer(SHARED);
  return async (markdown, file = join(CONTENT, 'sources', 'test.md')) => {
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown);
    const [frontmatter, body] = m ? [parse(m[1]!) as Record<string, unknown>, m[2]!] : [{}, markdown];
    const { code } = await renderer.render(body, { frontmatter, fileURL: pathToFileURL(file) });
    return code;
  };
}

let site: Render;
let previous: Render;
beforeAll(async () => {
  site = await rendererOf(siteMarkdownProcessor());
  previous = await rendererOf(unifiedMarkdownProcessor());
});

/** Every anchor of a rendered article, in order: marks with their claims and text, bare anchors. */
function anchors(html: string): string[] {
  const $ = load(html, null, false);
  return $('mark.claim, span.claim-anchor').toArray().map((el) => {
    const e = $(el);
    return e.is('mark')
      ? `mark#${e.attr('id') ?? ''} [${e.attr('data-claims')}] ${e.text()} in <${e.parent().prop('tagName')?.toLowerCase()}>`
      : `span#${e.attr('id')}`;
  });
}

const errorOf = async (render: Render, markdown: string, file?: string) => {
  try {
    await render(markdown, file);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the source rendered without error');
};

/** A source file with one figure quoting `quote`, and `body` as its article. */
const sourceFile = (quote: string, body: string, low = 5000) => `---
title: T
outlet: x
language: en
figures:
  - id: fig-a
    topic: troops
    measure: deployed
    low: ${low}
    high: ${low}
    qualifier: about
    quote: ${JSON.stringify(quote)}
---

${body}
`;

describe('the claims plugin on Sätteri and on unified', () => {
  it('renders the five real sources to the same HTML (Sätteri ends it with one newline)', async () => {
    // The five seed articles (a source added later is checked by the build like any other).
    const files = readdirSync(join(CONTENT, 'sources')).filter((f) => SEED_IDS.includes(f.replace(/\.md$/, '')));
    expect(files).toHaveLength(SEED_IDS.length);
    for (const f of files) {
      const file = join(CONTENT, 'sources', f);
      const markdown = readFileSync(file, 'utf8');
      const ours = await site(markdown, file);
      expect(anchors(ours).length, f).toBeGreaterThan(0);
      expect(ours, f).toBe(`${await previous(markdown, file)}\n`);
    }
  });

  it('anchors every claim of the synthetic corpus at the same place', async () => {
    for (let i = 0; i < 200; i++) {
      const { id, markdown } = syntheticSource(i, 42);
      const ours = await site(markdown);
      const claims = [...markdown.matchAll(/^ {2}- id: (\S+)$/gm)].length;
      expect(anchors(ours).length, id).toBeGreaterThanOrEqual(claims);
      expect(anchors(ours), id).toEqual(anchors(await previous(markdown)));
    }
  }, 60_000);

  it('finds a quote inside a photo caption, in its decoded text, and keeps the references as text', async () => {
    const body = '<figure class="photo-caption"><figcaption>Le 5 mai, &lt;script&gt; &amp; &#123;x&#125; about 5,000 soldiers &lt;b&gt;arrived&lt;/b&gt;.</figcaption></figure>';
    const markdown = sourceFile('&#123;x} about 5,000 soldiers <b>arrived</b>'.replace('&#123;', '{'), body);
    const ours = await site(markdown);
    expect(anchors(ours)).toEqual(['mark#fig-a [fig-a] {x} about 5,000 soldiers <b>arrived</b> in <figcaption>']);
    expect(ours).toContain('&lt;script&gt; &amp; <mark class="claim" data-claims="fig-a" id="fig-a">{x} about 5,000 soldiers &lt;b&gt;arrived&lt;/b&gt;</mark>.');
    expect(load(ours, null, false)('script, b').length).toBe(0);
    expect(anchors(ours)).toEqual(anchors(await previous(markdown)));
  });

  it('anchors a quote that runs across inline elements, piece by piece', async () => {
    const markdown = sourceFile('about 5,000 soldiers were sent', 'Officials said *about 5,000* soldiers **were** sent.');
    const ours = await site(markdown);
    expect(anchors(ours)).toEqual([
      'mark#fig-a [fig-a] about 5,000 in <em>',
      'mark# [fig-a]  soldiers  in <p>',
      'mark# [fig-a] were in <strong>',
      'mark# [fig-a]  sent in <p>',
    ]);
    expect(ours).toBe(`${await previous(markdown)}\n`);
  });

  it('stops on a quote that is not in the article, or a number that disagrees, with the same message', async () => {
    const file = join(CONTENT, 'sources', 'test-2025-05-bad.md');
    for (const markdown of [
      sourceFile('about 5,000 soldiers were killed', 'Officials said about 5,000 soldiers were sent.'),
      sourceFile('about 5,000 soldiers were sent', 'Officials said about 5,000 soldiers were sent.', 6000),
      sourceFile('5,000 soldiers', '<figure class="photo-caption"><figcaption>About 15,000 soldiers.</figcaption></figure>'),
    ]) {
      const message = await errorOf(site, markdown, file);
      // The file as the build names it: relative to where it runs (content/ by default).
      expect(message.startsWith(`Provenance check failed for ${relative(process.cwd(), file)}:\n  - claim "fig-a" (figures[0]): `), message).toBe(true);
      // unified adds a prefix of its own (and logs the error); Astro's content layer names the entry too.
      expect(await errorOf(previous, markdown, file)).toBe(`Failed to parse Markdown file "${file}":\n${message}`);
    }
  });

  it('leaves a clean file without claims as it is', async () => {
    const markdown = '---\ntitle: About\n---\n\nAbout *this* dossier.\n';
    expect(await site(markdown)).toBe('<p>About <em>this</em> dossier.</p>\n');
  });

  it('cleans a file without claims too: no frontmatter lets a script or an event handler through', async () => {
    for (const frontmatter of ['---\ntitle: Hand-written\nlanguage: en\n---\n', '---\ntitle: Empty lists\nfigures: null\n---\n', '']) {
      const markdown = `${frontmatter}\nBefore <script>alert(1)</script> <img src=x onerror="alert(2)"> <a href="javascript:alert(3)">link</a> after.\n`;
      for (const render of [site, previous]) {
        const html = await render(markdown);
        const $ = load(html, null, false);
        expect($('script, img, [onerror]').length).toBe(0);
        expect(html).not.toContain('alert(');
        expect($('p').text().replace(/\s+/g, ' ')).toBe('Before link after.');
      }
    }
  });

  it('gives the article\'s headings ids of their own, which a claim can never take', async () => {
    const markdown = sourceFile('about 5,000 soldiers', '## Fig strike\n\n<h3 id="fig-a">Raw</h3>\n\nOfficials said about 5,000 soldiers were sent.').replace('id: fig-a', 'id: fig-strike');
    for (const render of [site, previous]) {
      const $ = load(await render(markdown), null, false);
      expect($('h2').attr('id')).toBe('article-fig-strike');
      expect($('h3').attr('id')).toBe('article-fig-a');
      expect($('#fig-strike').length).toBe(1);
      expect($('#fig-strike').is('mark')).toBe(true);
    }
    const clash = sourceFile('about 5,000 soldiers', '## Fig strike\n\nOfficials said about 5,000 soldiers were sent.').replace('id: fig-a', 'id: article-fig-strike');
    expect(await errorOf(site, clash)).toContain('claim "article-fig-strike" (figures[0]): the id "article-fig-strike" is also the id of an element of the article (a heading): rename the claim');
  });

  it('keeps GFM in Markdown: tables, strikethrough, autolinks', async () => {
    const html = await site(sourceFile('about 5,000 soldiers', [
      '| Estimate | By |', '|---|---|', '| about 5,000 soldiers | ~~NIS~~ |', '', 'See www.example.org and https://example.com/x.',
    ].join('\n')));
    const $ = load(html, null, false);
    expect($('table thead th').map((_, e) => $(e).text()).get()).toEqual(['Estimate', 'By']);
    expect($('table td mark#fig-a').text()).toBe('about 5,000 soldiers');
    expect($('td del').text()).toBe('NIS');
    expect($('a').map((_, e) => $(e).attr('href')).get()).toEqual(['http://www.example.org', 'https://example.com/x']);
  });

  it('keeps only the markup an article may carry, on both processors, and anchors the quote in what is left', async () => {
    const body = [
      'Officials said <img src=x onerror="alert(1)">about 5,000 soldiers<script>alert(2)</script> were sent.',
      '',
      '<figure class="photo-caption" onclick="x()"><figcaption>Photo <a href="javascript:alert(3)">credit</a> <a href="https://example.org/p">AFP</a></figcaption></figure>',
    ].join('\n');
    const markdown = sourceFile('about 5,000 soldiers were sent', body);
    const ours = await site(markdown);
    const $ = load(ours, null, false);
    expect($('img, script, [onerror], [onclick]').length).toBe(0);
    expect(ours).not.toContain('alert(');
    expect($('a').map((_, e) => $(e).attr('href')).get()).toEqual(['https://example.org/p']);
    expect($('figcaption').text()).toBe('Photo credit AFP');
    // The removed script leaves two text nodes: the quote is marked in each.
    expect(anchors(ours)).toEqual(['mark#fig-a [fig-a] about 5,000 soldiers in <p>', 'mark# [fig-a]  were sent in <p>']);
    expect(load(await previous(markdown), null, false).root().html()).toBe($.root().html()!.replace(/\n$/, ''));
  });

  it('never takes a quote from struck-through text (~~…~~, <del>, <s>), on both processors', async () => {
    const file = join(CONTENT, 'sources', 'test-2025-05-struck.md');
    for (const body of ['Officials said about ~~5,000~~ 1,200 soldiers were sent.', 'Officials said about <del>5,000</del> 1,200 soldiers were sent.', 'Officials said about <s>5,000</s> 1,200 soldiers were sent.']) {
      const message = await errorOf(site, sourceFile('about 5,000 1,200 soldiers', body), file);
      expect(message).toContain('claim "fig-a" (figures[0]): the quote takes text the article struck through (deleted), “5,000”, which is not what the article states: “about 5,000 1,200 soldiers”');
      expect(await errorOf(previous, sourceFile('about 5,000 1,200 soldiers', body), file)).toBe(`Failed to parse Markdown file "${file}":\n${message}`);
    }
    // A word struck through is not read either: "~~about~~ 1,200" is exact, "about ~~5,000~~ 1,200" about 1,200.
    const hedge = await errorOf(site, sourceFile('1,200 soldiers', 'Officials said ~~about~~ 1,200 soldiers were sent.', 1200), file);
    expect(hedge).toContain('claim "fig-a" (figures[0]): the quote gives 1,200 with no word of “about” before it, so qualifier must be exact, not about');
    expect(anchors(await site(sourceFile('1,200 soldiers', 'Officials said about ~~5,000~~ 1,200 soldiers were sent.', 1200)))).toEqual(['mark#fig-a [fig-a] 1,200 soldiers in <p>']);
    // The standing text is quoted and anchored; the struck-through text stays on the page, unmarked.
    const markdown = sourceFile('1,200 soldiers', 'Officials said ~~about 5,000~~ 1,200 soldiers were sent.', 1200).replace('qualifier: about', 'qualifier: exact');
    const html = await site(markdown);
    expect(anchors(html)).toEqual(['mark#fig-a [fig-a] 1,200 soldiers in <p>']);
    expect(load(html, null, false)('del').text()).toBe('about 5,000');
    expect(html).toBe(`${await previous(markdown)}\n`);
  });

  it('says what is wrong when Sätteri is set up without rawHtml (a caption would go unread)', async () => {
    const bare = await rendererOf(satteri({ features: { smartPunctuation: false }, hastPlugins: [satteriClaims('test')] }));
    const message = await errorOf(bare, sourceFile('about 5,000 soldiers', '<figure class="photo-caption"><figcaption>about 5,000 soldiers</figcaption></figure>'));
    expect(message).toContain('features.rawHtml');
  });
});
