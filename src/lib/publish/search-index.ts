/**
 * What the search page needs to know of the built index before it can search: which
 * bundles to merge, and which of their files to fetch at once. The indexer writes this
 * into the built search page (`scripts/index-search.ts`), so the page starts every request
 * as its HTML arrives instead of discovering them one after the other.
 */

/** One Pagefind bundle: where it is and the language of its pages. */
export interface SearchBundle {
  /** Site path of the bundle folder, with a trailing slash ("/pagefind-fr/"). */
  path: string;
  /** The language its pages are indexed in ("fr"). */
  language: string;
}

/** The search page's configuration, as JSON in `<script type="application/json" id="search-index">`. */
export interface SearchIndexConfig {
  /** The bundles; the first is the primary one (the search page's own language), the others are merged into it. */
  bundles: SearchBundle[];
  /**
   * Pagefind's `metaCacheTag`: changes whenever the index does. With it the bundles'
   * entry files have fixed addresses, which the page can preload and a browser can cache.
   */
  metaCacheTag: string;
}

/** The part of a bundle's `pagefind-entry.json` this needs. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/** The language index Pagefind loads for a language: that language, its base language, or the largest (as pagefind.js chooses). */
function indexFor(entry: PagefindEntry, language: string) {
  const langs = entry.languages;
  return langs[language] ?? langs[language.split('-')[0]!] ?? Object.values(langs).sort((a, b) => b.page_count - a.page_count)[0];
}

/**
 * The files pagefind.js fetches before any search, for `<link rel="preload">`: each
 * bundle's entry and metadata, and the primary bundle's WebAssembly (merged bundles use
 * the primary's). Queries and results fetch more, but only once a query is known.
 *
 * @example
 * preloadsOf(config, { '/pagefind/': enEntry, '/pagefind-fr/': frEntry })
 * // ['/pagefind/pagefind-entry.json?ts=…', '/pagefind/pagefind.en_fa14bc6fd7.pf_meta', '/pagefind/wasm.en.pagefind', '/pagefind-fr/pagefind-entry.json?ts=…', …]
 */
export function preloadsOf(config: SearchIndexConfig, entries: Record<string, PagefindEntry>): string[] {
  return config.bundles.flatMap((bundle, i) => {
    const entry = entries[bundle.path];
    if (!entry) throw new Error(`no pagefind-entry.json for the bundle ${bundle.path}`);
    const index = indexFor(entry, bundle.language);
    if (!index) throw new Error(`the bundle ${bundle.path} has no language index`);
    return [
      `${bundle.path}pagefind-entry.json?ts=${encodeURIComponent(config.metaCacheTag)}`,
      `${bundle.path}pagefind.${index.hash}.pf_meta`,
      ...(i === 0 ? [`${bundle.path}wasm.${index.wasm ?? 'unknown'}.pagefind`] : []),
    ];
  });
}

const CONFIG = /<script type="application\/json" id="search-index">[^<]*<\/script>/;
const WRITTEN_LINKS = /<link [^>]*data-search-index[^>]*>/g;
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The search page's HTML with the index's configuration and preload links written in,
 * in place of what an earlier run wrote (the indexer may run again on the same site).
 * Fails when the page has no `<script type="application/json" id="search-index">`.
 *
 * @example
 * withSearchIndex('<head><script type="application/json" id="search-index">null</script></head>', config, ['/pagefind/wasm.en.pagefind'])
 * // '<head><link rel="modulepreload" href="/pagefind/pagefind.js" data-search-index><link rel="preload" …><script …>{"bundles":…}</script></head>'
 */
export function withSearchIndex(html: string, config: SearchIndexConfig, preloads: readonly string[]): string {
  if (!CONFIG.test(html)) throw new Error('the search page has no <script type="application/json" id="search-index"> to write the index configuration into');
  const primary = config.bundles[0];
  if (!primary) throw new Error('the search index has no bundle');
  const links = [
    `<link rel="modulepreload" href="${escapeAttr(`${primary.path}pagefind.js`)}" data-search-index>`,
    ...preloads.map((href) => `<link rel="preload" href="${escapeAttr(href)}" as="fetch" crossorigin data-search-index>`),
  ].join('');
  // JSON in a script element: "<" is escaped so that no "</script>" can end it early.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return html.replace(WRITTEN_LINKS, '').replace(CONFIG, `${links}<script type="application/json" id="search-index">${json}</script>`);
}

/**
 * Reads the configuration the indexer wrote into the search page, or null when there is
 * none (the index was not built, e.g. under `astro dev`).
 *
 * @example
 * readSearchIndex(document.getElementById('search-index')?.textContent) // { bundles: [...], metaCacheTag: '…' }
 */
export function readSearchIndex(json: string | null | undefined): SearchIndexConfig | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as Partial<SearchIndexConfig> | null;
    if (!value || !Array.isArray(value.bundles) || !value.bundles.length || typeof value.metaCacheTag !== 'string') return null;
    if (!value.bundles.every((b) => typeof b?.path === 'string' && typeof b.language === 'string')) return null;
    return { bundles: value.bundles, metaCacheTag: value.metaCacheTag };
  } catch {
    return null;
  }
}
