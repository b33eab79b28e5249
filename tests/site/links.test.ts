/**
 * No broken links: every internal link and #anchor on every built page resolves; external
 * links open in the same tab and say they leave the site.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, existsInDist, page } from '../helpers/dist';

const SITE = 'http://localhost:4321';
const pages = builtPages();

describe('links', () => {
  it('walks every page', () => expect(pages.length).toBeGreaterThan(10));

  it('resolves every internal link and anchor', () => {
    const broken: string[] = [];
    for (const from of pages) {
      const $ = page(from);
      $('a[href], link[href]').each((_, el) => {
        const href = el.attribs.href!;
        if (/^(mailto:|data:)/.test(href)) return;
        const url = new URL(href, `${SITE}${from}`);
        if (url.origin !== SITE) return;
        if (!existsInDist(url.pathname)) return void broken.push(`${from}: ${href} (no such page or file)`);
        if (url.hash) {
          const target = url.pathname === from ? $ : page(url.pathname);
          if (target(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).length === 0) broken.push(`${from}: ${href} (no such anchor)`);
        }
      });
    }
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it('gives every id once per page, so that an anchor lands where it says (a claim, never an article heading)', () => {
    const repeated: string[] = [];
    for (const from of pages) {
      const seen = new Map<string, number>();
      page(from)('[id]').each((_, el) => void seen.set(el.attribs.id!, (seen.get(el.attribs.id!) ?? 0) + 1));
      for (const [id, n] of seen) if (n > 1) repeated.push(`${from}: #${id} ×${n}`);
    }
    expect(repeated, repeated.join('\n')).toEqual([]);
    // The article's own headings carry prefixed ids: a claim's anchor is never one of them.
    const headings = pages.filter((p) => p.startsWith('/sources/') && p !== '/sources/').flatMap((p) => page(p)('.article-body :is(h1,h2,h3,h4,h5,h6)[id]').map((_, el) => el.attribs.id!).get());
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((id) => !id.startsWith('article-'))).toEqual([]);
  });

  it('keeps external links in the same tab and marks them as leaving the site', () => {
    let count = 0;
    for (const from of pages) {
      const $ = page(from);
      $('main a[href^="http"]').each((_, el) => {
        const url = new URL(el.attribs.href!);
        if (url.origin === SITE) return;
        count++;
        expect(el.attribs.target, `${from}: ${url}`).toBeUndefined();
        expect(el.attribs.rel?.split(' '), `${from}: ${url}`).toEqual(expect.arrayContaining(['external', 'noopener']));
        expect($(el).text(), `${from}: ${url}`).toContain('(external site)');
      });
    }
    expect(count).toBeGreaterThan(0);
  });
});
