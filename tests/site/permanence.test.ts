/**
 * Published URLs never break. Every URL in published-urls.json (pages, claim and
 * correction anchors, data exports and releases, citation files, the feed) must still be
 * built, or be redirected; and every URL the build publishes must be in the manifest, so
 * that it is protected from then on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import { URL_MANIFEST } from '../../scripts/lib/paths';
import { builtFiles, builtPages, existsInDist, page } from '../helpers/dist';

const manifest: string[] = JSON.parse(readFileSync(URL_MANIFEST, 'utf8'));
const redirects: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'redirects.json'), 'utf8'));
const redirectOf = (path: string) => redirects[path] ?? redirects[path.replace(/\/$/, '')];

describe('published-urls.json', () => {
  it('lists pages and claim anchors', () => {
    expect(manifest.length).toBeGreaterThan(100);
    expect(manifest).toContain('/sources/csactu-2025-05-north-korea-joins-the-fight/#fig-deployed-intel-estimate');
  });

  it('lists every file of every data release, and its page, as the build publishes them', () => {
    const releaseFiles = builtFiles('/data/releases/');
    expect(releaseFiles.length).toBeGreaterThan(0);
    const known = new Set(manifest);
    expect(releaseFiles.filter((f) => !known.has(f))).toEqual([]);
  });

  it('still resolves every published URL (page, anchor or file), or redirects it', () => {
    const broken: string[] = [];
    for (const url of manifest) {
      const [path, anchor] = url.split('#') as [string, string | undefined];
      const target = redirectOf(path);
      if (target) {
        if (!existsInDist(target)) broken.push(`${url}: redirected to ${target}, which is not built`);
        continue;
      }
      if (!existsInDist(path)) {
        broken.push(`${url}: no longer built. Restore it, or add a redirect "${path}": "<new path>" to redirects.json`);
      } else if (anchor && page(path)(`[id="${anchor}"]`).length === 0) {
        broken.push(`${url}: the page no longer has the anchor #${anchor}. Claim ids never change: restore the claim id in the source's frontmatter`);
      }
    }
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it('protects every URL this build publishes (run `npm run urls:record` after adding sources)', () => {
    const known = new Set(manifest);
    const missing = builtPages().filter((p) => !known.has(p) && !p.startsWith('/search/') && p !== '/404/');
    for (const p of builtPages()) {
      if (!p.startsWith('/sources/')) continue;
      page(p)('mark.claim[id], span.claim-anchor[id], li.correction[id], span.removed-claim[id]').each((_, el) => {
        const url = `${p}#${el.attribs.id}`;
        if (!known.has(url)) missing.push(url);
      });
    }
    expect(missing, `Not yet in published-urls.json — run \`npm run urls:record\`:\n${missing.join('\n')}`).toEqual([]);
  });
});
