/**
 * Text normalisation for matching quotes against article bodies.
 *
 * Quotes are copied by hand from articles, so they may differ from the body in white
 * space (line breaks, no-break spaces) and in the shape of quotation marks and
 * apostrophes. Nothing else is forgiven: words, numbers and case must match.
 */
import { HTTP_PROTOCOL } from './vocabulary';

/**
 * White space as JavaScript's `\s` has it (which includes U+00A0, U+2007, U+2009 and
 * U+202F), tested by code so that normalising a long article stays cheap.
 */
export function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
const QUOTE_MARKS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u02BC': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2033': '"',
};

/** A normalised string and, for each of its characters, the index it came from. */
export interface NormalisedText {
  text: string;
  /** `map[i]` is the index in the raw string of `text[i]`; `map[text.length]` is the raw length. */
  map: number[];
}

/**
 * Collapses every run of white space to one space and maps typographic quotes and
 * apostrophes to their ASCII forms, keeping a map back to the raw offsets.
 *
 * @example
 * normalise('un soutien « total »').text // 'un soutien " total "'
 */
export function normalise(raw: string): NormalisedText {
  // Most characters map to themselves: copy runs of them whole, and step only at white
  // space and quotation marks (this runs on every block of every article).
  const pieces: string[] = [];
  const map: number[] = new Array<number>(raw.length + 1);
  let out = 0;
  let runStart = 0;
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0x20 && !inSpace) {
      // A single plain space stays as it is.
      inSpace = true;
      map[out++] = i;
      continue;
    }
    const space = isSpace(code);
    const mark = !space && code > 0x7f ? QUOTE_MARKS[raw[i]!] : undefined;
    if (!space && mark === undefined) {
      inSpace = false;
      map[out++] = i;
      continue;
    }
    if (runStart < i) pieces.push(raw.slice(runStart, i));
    runStart = i + 1;
    if (space) {
      if (!inSpace) {
        pieces.push(' ');
        map[out++] = i;
      }
      inSpace = true;
    } else {
      inSpace = false;
      pieces.push(mark!);
      map[out++] = i;
    }
  }
  if (runStart < raw.length) pieces.push(raw.slice(runStart));
  map[out] = raw.length;
  map.length = out + 1;
  return { text: pieces.length === 1 ? pieces[0]! : pieces.join(''), map };
}

/**
 * Normalises a quote for comparison: same rules as {@link normalise}, trimmed.
 *
 * @example
 * normaliseQuote('  “sacred  mission” ') // '"sacred mission"'
 */
export function normaliseQuote(quote: string): string {
  return normalise(quote).text.trim();
}

/** A located range in a raw string: `raw.slice(start, end)` is the match. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Finds a quote in a raw text, forgiving white space and quotation-mark shapes, and
 * returns the range it covers in the raw text, or `null` when it is not there.
 *
 * @example
 * findQuote('He said\n“no”.', 'said "no"') // { start: 3, end: 12 }
 */
export function findQuote(raw: string, quote: string): Range | null {
  const found = quoteLocator([raw])(quote);
  return found && { start: found.start, end: found.end };
}

/** Where a quote lies among blocks of text: the block's index and the range in its raw text. */
export interface QuoteLocation extends Range {
  block: number;
}
export type QuoteLocator = (quote: string) => QuoteLocation | null;

/**
 * A finder of quotes in blocks of text (an article's paragraphs), which normalises each
 * block once however many quotes are looked up, and answers a repeated quote from memory.
 * A quote is found in the first block that holds it whole; with `accept`, at the first
 * place `accept` takes (a quote on word boundaries, say), or else where it first occurs.
 *
 * @example
 * quoteLocator(['First.', 'He said “no”.'])('said "no"') // { block: 1, start: 3, end: 12 }
 */
export function quoteLocator(blocks: readonly string[], accept?: (location: QuoteLocation) => boolean): QuoteLocator {
  let normalised: NormalisedText[] | undefined;
  const memo = new Map<string, QuoteLocation | null>();
  const locate = (quote: string): QuoteLocation | null => {
    const needle = normaliseQuote(quote);
    if (needle === '') return null;
    normalised ??= blocks.map(normalise);
    let first: QuoteLocation | null = null;
    for (let block = 0; block < normalised.length; block++) {
      const hay = normalised[block]!;
      for (let at = hay.text.indexOf(needle); at >= 0; at = hay.text.indexOf(needle, at + 1)) {
        const found = { block, start: hay.map[at]!, end: hay.map[at + needle.length - 1]! + 1 };
        if (!accept || accept(found)) return found;
        first ??= found;
      }
    }
    return first;
  };
  return (quote) => {
    if (!memo.has(quote)) memo.set(quote, locate(quote));
    return memo.get(quote)!;
  };
}

/**
 * A URL-safe slug of a name, for in-page anchors: accents dropped, lower case, hyphens.
 *
 * @example
 * slugify('Corée du Nord (RPDC)') // 'coree-du-nord-rpdc'
 */
export function slugify(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * Whether a string is an absolute http(s) address, the only kind of link the dossier
 * publishes.
 *
 * @example
 * isHttpUrl('https://example.org/a') // true
 * isHttpUrl('javascript:alert(1)') // false
 */
export function isHttpUrl(value: string): boolean {
  try {
    return HTTP_PROTOCOL.test(new URL(value).protocol.replace(/:$/, ''));
  } catch {
    return false;
  }
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/**
 * The text of an HTML fragment (tags dropped, one space in their place; character
 * references decoded), for reading names in a rendered article.
 *
 * @example
 * textOfHtml('<p>Kim &#x26; <mark>Koursk</mark></p>') // ' Kim & Koursk '
 */
export function textOfHtml(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '));
}

/**
 * Decodes HTML character references (named ones Astro writes, decimal and hexadecimal).
 *
 * @example
 * decodeEntities('Kim &#x26; Putin &amp; co') // 'Kim & Putin & co'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (ref, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? ref;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return String.fromCodePoint(code);
  });
}

/**
 * `read` with its answers for the last few texts kept: the rule and ingest ask the same
 * question of one paragraph once per claim or count, and a scan of a long paragraph per
 * claim would cost their product. Answers are shared: callers must not change them.
 *
 * @example
 * const spans = rememberingLast(sentenceSpansOf); spans(p) === spans(p) // true
 */
export function rememberingLast<T>(read: (text: string) => T, size = 4): (text: string) => T {
  const kept: { text: string; value: T }[] = [];
  return (text) => {
    const hit = kept.find((k) => k.text === text);
    if (hit) return hit.value;
    const value = read(text);
    kept.unshift({ text, value });
    if (kept.length > size) kept.pop();
    return value;
  };
}

// A sentence ends at . ! ? (or a closing quote after one) before a capital or an opening
// quote, except after an abbreviation ("U.S.", "M.", "No.") or a title before a name
// ("Rep. Lee", "Gen. Kim", "Lt. Col. Park").
// Copy that glues its sentences ("… on Thursday.The agency …") ends one where a word of three
// letters or more, lower-case after its first, and a full stop meet a capitalised word of
// three letters or more ("News.Az" and "Mr.Lee" stay whole).
const SENTENCE_END = /(?<=[.!?»”"])\s+(?=[«“"\p{Lu}])(?<!\b(?:U\.S|M|Mr|Mrs|Ms|Dr|St|No|vol|p|Rep|Reps|Sen|Gen|Lt|Col|Maj|Capt|Gov|Prof|Sgt|Adm|Brig)\.\s+)|(?<=(?<![\p{L}.])\p{L}\p{Ll}{2,}[.!?])(?=\p{Lu}\p{Ll}{2,})/gu;

/**
 * Where the sentences of a paragraph lie, abbreviations and decimals left whole.
 *
 * @example
 * sentenceSpans('It rose. U.S. forces left.') // [{ start: 0, end: 8 }, { start: 9, end: 26 }]
 */
export const sentenceSpans: (text: string) => readonly Range[] = rememberingLast(sentenceSpansOf);

function sentenceSpansOf(text: string): Range[] {
  const spans: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: text.length });
  return spans.map((s) => {
    // Trim white space at both ends.
    let a = s.start; let b = s.end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    return { start: a, end: b };
  }).filter((s) => s.end > s.start);
}

/**
 * The sentences of a paragraph.
 *
 * @example
 * sentences('Le NIS estime 2 000. U.S. forces left.') // ['Le NIS estime 2 000.', 'U.S. forces left.']
 */
export function sentences(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}
