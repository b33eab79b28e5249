import { describe, expect, it } from 'vitest';
import { preloadsOf, readSearchIndex, withSearchIndex, type SearchIndexConfig } from './search-index';

const config: SearchIndexConfig = {
  bundles: [{ path: '/pagefind/', language: 'en' }, { path: '/pagefind-fr/', language: 'fr' }],
  metaCacheTag: 'abc123',
};
const entries = {
  '/pagefind/': { languages: { en: { hash: 'en_fa14', wasm: 'en', page_count: 6 } } },
  '/pagefind-fr/': { languages: { fr: { hash: 'fr_2745', wasm: 'fr', page_count: 4 } } },
};
const page = '<html><head><title>Search</title><script type="application/json" id="search-index">null</script></head><body></body></html>';

describe('preloadsOf', () => {
  it('lists every file pagefind.js fetches before a search, the WebAssembly once', () => {
    expect(preloadsOf(config, entries)).toEqual([
      '/pagefind/pagefind-entry.json?ts=abc123', '/pagefind/pagefind.en_fa14.pf_meta', '/pagefind/wasm.en.pagefind',
      '/pagefind-fr/pagefind-entry.json?ts=abc123', '/pagefind-fr/pagefind.fr_2745.pf_meta',
    ]);
  });

  it('falls back to the largest language index, as pagefind.js does, and fails on a missing entry', () => {
    const single = { bundles: [{ path: '/pagefind/', language: 'en-GB' }], metaCacheTag: 't' };
    expect(preloadsOf(single, { '/pagefind/': { languages: { fr: { hash: 'fr_1', page_count: 1 }, de: { hash: 'de_2', wasm: 'de', page_count: 3 } } } }))
      .toEqual(['/pagefind/pagefind-entry.json?ts=t', '/pagefind/pagefind.de_2.pf_meta', '/pagefind/wasm.de.pagefind']);
    expect(() => preloadsOf(config, { '/pagefind/': entries['/pagefind/'] })).toThrow(/\/pagefind-fr\//);
  });
});

describe('withSearchIndex', () => {
  it('writes the configuration and the preloads into the page, and replaces them on a second run', () => {
    const once = withSearchIndex(page, config, ['/pagefind/wasm.en.pagefind']);
    expect(once).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js" data-search-index>');
    expect(once).toContain('<link rel="preload" href="/pagefind/wasm.en.pagefind" as="fetch" crossorigin data-search-index>');
    const json = /<script type="application\/json" id="search-index">([^<]*)<\/script>/.exec(once)![1];
    expect(readSearchIndex(json)).toEqual(config);
    const other = { ...config, metaCacheTag: 'def' };
    const twice = withSearchIndex(once, other, ['/x']);
    expect(twice.match(/data-search-index/g)).toHaveLength(2);
    expect(twice).not.toContain('abc123');
    expect(readSearchIndex(/id="search-index">([^<]*)</.exec(twice)![1])).toEqual(other);
  });

  it('keeps the JSON from ending its script element, and fails on a page without the placeholder', () => {
    const html = withSearchIndex(page, { ...config, metaCacheTag: '</script><b>' }, []);
    expect(html).not.toContain('</script><b>');
    expect(readSearchIndex(/id="search-index">([^<]*)</.exec(html)![1])?.metaCacheTag).toBe('</script><b>');
    expect(() => withSearchIndex('<html></html>', config, [])).toThrow(/search-index/);
  });
});

describe('readSearchIndex', () => {
  it('reads nothing from an index that was not built, or from anything malformed', () => {
    expect(readSearchIndex('null')).toBeNull();
    expect(readSearchIndex(undefined)).toBeNull();
    expect(readSearchIndex('{')).toBeNull();
    expect(readSearchIndex('{"bundles":[],"metaCacheTag":"x"}')).toBeNull();
    expect(readSearchIndex('{"bundles":[{"path":1}],"metaCacheTag":"x"}')).toBeNull();
  });
});
