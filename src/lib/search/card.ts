/**
 * What a search result shows, from what Pagefind gives for it: title, kind, outlet and
 * date (from its filters and metadata, which the index holds for this), the excerpt and
 * the sections of the page that match, each in the language it is written in, and the
 * claims found through the dossier's translations of their quotes.
 */
import { QUOTE_TRANSLATION_MARKS, SEARCH_META } from '../publish/search-schema';
import { bundleOfId } from './order';
import type { PagefindData } from './pagefind';

export interface SubResultCard {
  url: string;
  title: string;
  /** HTML: Pagefind's escaped excerpt with `<mark>`; empty when it repeats the page's excerpt. */
  excerptHtml: string;
}

/** A claim of the page found through the dossier's translation of its quote. */
export interface TranslatedQuoteCard {
  /** The claim's sentence: the page with its anchor. */
  url: string;
  /** The article's words, in the page's language (text, not HTML). */
  quote: string;
  /** HTML: the dossier's English translation, escaped, with the query's words in `<mark>`. */
  translationHtml: string;
}

export interface ResultCard {
  url: string;
  title: string;
  /** The language of the title: the page's, or English for a title the dossier supplied. */
  titleLang: string;
  /** The title's English translation, shown beside a title in another language. */
  titleGloss: string | undefined;
  /** The language of the page's indexed text: the excerpt's and the sections'. */
  lang: string;
  /** The page's kind ("Source", "Topic page"…), as the index files it. */
  kind: string;
  /** The outlet, for a page of one outlet (a source). */
  outlet: string | undefined;
  /** The date as a result shows it, when the page has one. */
  date: string | undefined;
  /** HTML, escaped, with the matching words in `<mark>`, and "…" where it cuts the text. */
  excerptHtml: string;
  /** The page's own sections that match (its subheadings), at most `maxSubResults`. */
  subResults: SubResultCard[];
  /** The claims whose translation has the query's words: the original with the translation. */
  quotes: TranslatedQuoteCard[];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const wordsOf = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The names metadata as entries of forms (see namesMeta in src/lib/publish/search.ts).
 *
 * @example
 * nameEntries('Kursk / Koursk | Pyongyang') // [['Kursk', 'Koursk'], ['Pyongyang']]
 */
export function nameEntries(names: string | undefined): string[][] {
  if (!names) return [];
  return names.split(' | ').map((e) => e.split(' / ').map((f) => f.trim()).filter(Boolean)).filter((e) => e.length);
}

/** A form the query names: the query's words all begin words of the form, or the form's words are all in the query. */
function named(form: string, query: readonly string[]): boolean {
  const f = wordsOf(form);
  if (!f.length || !query.length) return false;
  return query.every((q) => f.some((w) => w.startsWith(q))) || f.every((w) => query.includes(w));
}

/**
 * An excerpt for a page found through another form of a name: a query "Kursk" finds a
 * French article through its names metadata, but its text says "Koursk", which Pagefind
 * cannot highlight (it quotes the page's first words, or marks a chance prefix such as
 * "du" in "during" for "Corée du Nord"). When the page's text never uses the query's own
 * form of a name but uses another, this quotes about `length` words around the first such
 * form, each form in `<mark>`. Null otherwise: Pagefind's excerpt then shows the query's
 * words themselves. The text is escaped; only `<mark>` is markup.
 *
 * @example
 * namesExcerpt('Des soldats tués dans la région de Koursk.', 'Kursk / Koursk', 'Kursk') // 'Des soldats tués dans la région de <mark>Koursk</mark>.'
 */
export function namesExcerpt(content: string, names: string | undefined, query: string, length = 30): string | null {
  const q = wordsOf(query);
  const entries = nameEntries(names).filter((entry) => entry.some((f) => named(f, q)));
  if (!entries.length) return null;
  const pattern = (forms: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${
    // Longest forms first, so that "Corée du Nord" wins over "Corée".
    [...forms].sort((a, b) => b.length - a.length).map((f) => escapeRe(f).replace(/\s+/g, '\\s+')).join('|')
  })(?![\\p{L}\\p{N}])`, 'giu');
  // The text uses the query's own form: Pagefind's excerpt marks it.
  if (pattern(entries.flatMap((e) => e.filter((f) => named(f, q)))).test(content)) return null;
  const re = pattern(entries.flat());
  const first = re.exec(content);
  if (!first) return null;
  // Word spans of the text, to cut the excerpt on word boundaries around the match.
  const spans = [...content.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const at = spans.findIndex(([, end]) => end > first.index);
  const from = Math.max(0, Math.min(at - Math.floor(length / 3), spans.length - length));
  const to = Math.min(spans.length, from + length) - 1;
  const window = content.slice(spans[from]![0], spans[to]![1]);
  let html = '';
  let last = 0;
  for (const m of window.matchAll(new RegExp(re.source, 'giu'))) {
    html += `${escapeHtml(window.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return html + escapeHtml(window.slice(last));
}

/**
 * The claims of a page whose translation has words of the query (the query's words begin
 * words of the translation, as Pagefind matches prefixes), most matching words first, at
 * most `max`: a French page found by an English query shows the sentences it was found by.
 * `meta` is the page's `quote-translations` metadata (quoteTranslationsMeta).
 *
 * @example
 * translatedQuotes('fig-w ¦ des milliers d’autres blessés ¦ thousands of others wounded', 'wounded', '/sources/x/')
 * // [{ url: '/sources/x/#fig-w', quote: 'des milliers d’autres blessés', translationHtml: 'thousands of others <mark>wounded</mark>' }]
 */
export function translatedQuotes(meta: string | undefined, query: string, page: string, max = 2): TranslatedQuoteCard[] {
  const q = wordsOf(query);
  if (!meta || !q.length) return [];
  const hit = (word: string) => q.some((w) => fold(word).startsWith(w));
  return meta.split(QUOTE_TRANSLATION_MARKS.entry)
    .map((entry) => entry.split(QUOTE_TRANSLATION_MARKS.field).map((p) => p.trim()))
    .filter((parts): parts is [string, string, string] => parts.length === 3 && parts.every(Boolean))
    .map(([id, quote, translation], order) => {
      const words = translation.match(/[\p{L}\p{N}]+/gu) ?? [];
      return { id, quote, translation, order, score: new Set(words.filter(hit).map(fold)).size };
    })
    .filter((e) => e.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, max)
    .map((e) => ({
      url: `${page}#${e.id}`,
      quote: e.quote,
      // Words and what lies between them, each escaped; the query's words marked.
      translationHtml: e.translation.split(/([\p{L}\p{N}]+)/u).map((part, i) => (i % 2 && hit(part) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part))).join(''),
    }));
}

const unescapeHtml = (s: string) => s.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * An excerpt with "…" where it cuts the page's text short: at its start unless it starts
 * the text, at its end unless it ends it.
 *
 * @example
 * withEllipses('the <mark>Kursk</mark> region', 'Troops in the Kursk region, a report says.') // '… the <mark>Kursk</mark> region …'
 */
export function withEllipses(excerptHtml: string, content: string): string {
  const text = squash(unescapeHtml(excerptHtml));
  if (!text) return excerptHtml;
  const whole = squash(content);
  return `${whole.startsWith(text) ? '' : '… '}${excerptHtml.trim()}${whole.endsWith(text) ? '' : ' …'}`;
}

/**
 * A result card from a result's id and data. `query` is what the reader typed (for the
 * excerpt of a page found through its names, and the claims found through their translations).
 *
 * @example
 * cardOf('fr_91c771c', data, 'Kursk').excerptHtml // '… dans la région de <mark>Koursk</mark> …'
 */
export function cardOf(id: string, data: PagefindData, query: string, maxSubResults = 3): ResultCard {
  const lang = bundleOfId(id) || 'en';
  const outlets = data.filters['outlet'] ?? [];
  const excerpt = (query.trim() && namesExcerpt(data.content, data.meta[SEARCH_META.names], query)) || data.excerpt;
  const excerptHtml = withEllipses(excerpt, data.content);
  const page = data.url.split('#')[0];
  // A title the dossier supplied is its English.
  const titleLang = data.meta[SEARCH_META.titleSupplied] !== undefined ? 'en' : lang;
  return {
    url: data.url,
    title: data.meta[SEARCH_META.title] ?? data.url,
    titleLang,
    titleGloss: titleLang === 'en' ? undefined : data.meta[SEARCH_META.translation] || undefined,
    lang,
    kind: data.filters['kind']?.[0] ?? '',
    outlet: outlets.length === 1 ? outlets[0] : undefined,
    date: data.meta[SEARCH_META.date],
    excerptHtml,
    subResults: data.sub_results
      .filter((s) => s.url.includes('#') && s.url.split('#')[0] === page)
      .slice(0, maxSubResults)
      // A section whose excerpt is the page's own shows only its heading.
      .map((s) => ({ url: s.url, title: s.title, excerptHtml: s.excerpt === excerpt ? '' : s.excerpt })),
    quotes: translatedQuotes(data.meta[SEARCH_META.quoteTranslations], query, page!),
  };
}
