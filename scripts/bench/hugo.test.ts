import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../lib/synthetic';
import { buildHugoSite, hugoAvailable, writeHugoSite } from './hugo';

const work = mkdtempSync(join(tmpdir(), 'bench-hugo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
const site = join(work, 'site');
writeSyntheticContent(content, join(process.cwd(), 'content'), 3, 42);
writeHugoSite(content, site);

describe('the Hugo site of the same sources', () => {
  it('holds every source file as it is, beside a config and the layouts', () => {
    const sources = readdirSync(join(content, 'sources')).sort();
    expect(readdirSync(join(site, 'content', 'sources')).filter((f) => f !== '_index.md').sort()).toEqual(sources);
    expect(readFileSync(join(site, 'content', 'sources', sources[0]!), 'utf8')).toBe(readFileSync(join(content, 'sources', sources[0]!), 'utf8'));
    expect(readdirSync(join(site, 'layouts', '_default')).sort()).toEqual(['list.html', 'single.html']);
  });

  it.skipIf(!hugoAvailable())('builds with Hugo into one page per source with its quotes, a list and a home page, indexed by Pagefind', () => {
    const t = buildHugoSite(site, join(process.cwd(), 'node_modules', '.bin', 'pagefind'));
    expect(t.pages).toBe(3 + 2);
    const id = readdirSync(join(content, 'sources'))[0]!.replace(/\.md$/, '');
    const html = readFileSync(join(site, 'public', 'sources', id, 'index.html'), 'utf8');
    expect(html).toMatch(/<li id="fig-0">\d+–\d+ (deployed|killed): <q>/);
    expect(readdirSync(join(site, 'public', 'pagefind'))).toContain('pagefind-entry.json');
    expect(t.totalS).toBeCloseTo(t.hugoS + t.indexS, 6);
  });
});
