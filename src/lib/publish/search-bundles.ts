/**
 * Which Pagefind bundle each indexed page goes into. Pagefind cannot update an index in place
 * (its issue #71), so an edit would re-index every page; split into bundles, an edit
 * re-indexes only the bundles whose pages changed, and the search page merges them all.
 *
 * - One main bundle per language (English at `pagefind/`, French at `pagefind-fr/`): the
 *   dossier's own pages (topics, timeline, names), which most edits touch, and, while the
 *   language has few sources, its source pages too. Small sites keep exactly these bundles.
 * - Past `perBundle` source pages in a language, its source pages go into buckets by a hash
 *   of their address (`pagefind-<lang>-<k>/`), a power of two of them so that the split
 *   changes rarely as the dossier grows: an edit to one source re-indexes its bucket and the
 *   main bundle. A hash, not a period, keeps the buckets even, whatever the dates.
 *
 * Each merged bundle costs the search page two more files before its first result (its entry
 * and metadata, preloaded together); BENCHMARKS.md measures that against the rebuild it saves.
 */

/** A page as the indexer reads it. */
export interface IndexPage {
  /** Site path, "/sources/x/". */
  url: string;
  /** Language of its main content. */
  lang: string;
}

/** One bundle: its folder name under the site, its language, its pages. */
export interface BundlePlan<P extends IndexPage = IndexPage> {
  dir: string;
  language: string;
  pages: P[];
}

/** Source pages per bundle past which a language's sources are split into buckets. */
export const SOURCES_PER_BUNDLE = 500;

/** FNV-1a, 32 bits: a stable bucket for an address on every machine. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The smallest power of two at least `n`. */
const powerOfTwo = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/**
 * The bundles for these pages: English first (the search page's own), then the other
 * languages in order, each language's main bundle before its buckets.
 *
 * @example
 * planBundles([{ url: '/', lang: 'en' }, { url: '/sources/a/', lang: 'fr' }]).map((b) => b.dir) // ['pagefind', 'pagefind-fr']
 */
export function planBundles<P extends IndexPage>(pages: readonly P[], perBundle = SOURCES_PER_BUNDLE): BundlePlan<P>[] {
  const languages = [...new Set(pages.map((p) => p.lang))].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  return languages.flatMap((lang) => {
    const main = lang === 'en' ? 'pagefind' : `pagefind-${lang}`;
    const ofLang = pages.filter((p) => p.lang === lang);
    const sources = ofLang.filter((p) => p.url.startsWith('/sources/'));
    if (sources.length <= perBundle) return [{ dir: main, language: lang, pages: ofLang }];
    const buckets = powerOfTwo(Math.ceil(sources.length / perBundle));
    const split: BundlePlan<P>[] = Array.from({ length: buckets }, (_, k) => ({ dir: `pagefind-${lang}-${k}`, language: lang, pages: [] }));
    for (const p of sources) split[hash32(p.url) % buckets]!.pages.push(p);
    const own = ofLang.filter((p) => !p.url.startsWith('/sources/'));
    // English's main bundle is the search page's own (it loads pagefind.js from it): kept even when empty.
    return [...(own.length > 0 || lang === 'en' ? [{ dir: main, language: lang, pages: own }] : []), ...split.filter((b) => b.pages.length > 0)];
  });
}
