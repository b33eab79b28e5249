/**
 * Text normalisation for matching quotes against article bodies.
 *
 * Quotes are copied by hand from articles, so they may differ from the body in white
 * space (line breaks, no-break spaces) and in the shape of quotation marks and
 * apostrophes. Nothing else is forgiven: words, numbers and case must match.
 */

const SPACE = /[\s\u00A0\u2007\u2009\u202F]/;
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
  let text = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (SPACE.test(ch)) {
      if (!inSpace) {
        text += ' ';
        map.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    text += QUOTE_MARKS[ch] ?? ch;
    map.push(i);
  }
  map.push(raw.length);
  return { text, map };
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
  const needle = normaliseQuote(quote);
  if (needle === '') return null;
  const hay = normalise(raw);
  const at = hay.text.indexOf(needle);
  if (at < 0) return null;
  const lastChar = at + needle.length - 1;
  return { start: hay.map[at]!, end: hay.map[lastChar]! + 1 };
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
