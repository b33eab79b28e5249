import { describe, expect, it } from 'vitest';
import { planBundles } from './search-bundles';

const sources = (n: number, lang: string) => Array.from({ length: n }, (_, i) => ({ url: `/sources/${lang}-report-${i}/`, lang }));
const own = [{ url: '/', lang: 'en' }, { url: '/topics/troops/', lang: 'en' }, { url: '/entities/nis/', lang: 'en' }];

describe('planBundles', () => {
  it('keeps one bundle per language while a language has few sources: English first, at pagefind/', () => {
    const plan = planBundles([...sources(3, 'fr'), ...own, ...sources(4, 'en')], 10);
    expect(plan.map((b) => [b.dir, b.language, b.pages.length])).toEqual([['pagefind', 'en', 7], ['pagefind-fr', 'fr', 3]]);
  });

  it('past the limit, splits a language’s sources into a power of two of buckets, its own pages staying in its main bundle', () => {
    const plan = planBundles([...own, ...sources(25, 'en'), ...sources(5, 'fr')], 10);
    expect(plan.map((b) => b.dir)).toEqual(['pagefind', 'pagefind-en-0', 'pagefind-en-1', 'pagefind-en-2', 'pagefind-en-3', 'pagefind-fr']);
    expect(plan[0]!.pages).toEqual(own);
    // Every page in exactly one bundle.
    const all = plan.flatMap((b) => b.pages.map((p) => p.url)).sort();
    expect(all).toEqual([...own, ...sources(25, 'en'), ...sources(5, 'fr')].map((p) => p.url).sort());
    expect(new Set(all).size).toBe(all.length);
    // Even enough: no bucket holds more than twice its share.
    for (const b of plan.slice(1, 5)) expect(b.pages.length).toBeLessThanOrEqual(13);
  });

  it('puts a source in the same bucket whatever else is added, so that adding a source re-indexes one bucket', () => {
    const before = planBundles([...own, ...sources(30, 'en')], 10);
    const after = planBundles([...own, ...sources(31, 'en')], 10);
    const bucketOf = (plan: typeof before, url: string) => plan.find((b) => b.pages.some((p) => p.url === url))!.dir;
    for (const p of sources(30, 'en')) expect(bucketOf(after, p.url)).toBe(bucketOf(before, p.url));
    const changed = after.filter((b, i) => b.pages.length !== before[i]!.pages.length).map((b) => b.dir);
    expect(changed).toHaveLength(1);
  });

  it('leaves out a language’s main bundle when all its pages are sources in buckets', () => {
    const plan = planBundles([...own, ...sources(4, 'fr')], 1);
    expect(plan[0]!.dir).toBe('pagefind');
    expect(plan.slice(1).every((b) => /^pagefind-fr-\d$/.test(b.dir) && b.pages.length > 0)).toBe(true);
    expect(plan.slice(1).flatMap((b) => b.pages)).toHaveLength(4);
  });
});
