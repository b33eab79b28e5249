/**
 * The page as the search indexer should read it. Pagefind separates the text of only some
 * block elements (h1–h6, p, td, div, ul, li, article, section); where two other blocks meet
 * with no white space between them in the HTML (a `<dt>` and its `<dd>`, two `<th>`), their
 * words run together in the index and its excerpts ("Lowest estimatenearly 600"), though a
 * browser shows them apart.
 */

/** Block-level elements whose text Pagefind does not keep apart from what follows. */
export const UNSEPARATED_BLOCKS = [
  'address', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'header', 'hgroup', 'legend', 'main', 'menu', 'ol', 'pre', 'summary', 'table', 'tbody', 'tfoot', 'th',
  'thead', 'tr',
] as const;

const CLOSING = new RegExp(`</(${UNSEPARATED_BLOCKS.join('|')})\\s*>`, 'gi');

/**
 * The HTML with a space before the end of every block element that Pagefind would
 * otherwise join to the next one. Only the copy handed to the indexer is changed; a
 * closing tag cannot occur inside text (it would be escaped), so no word is split.
 *
 * @example
 * spaceBlockEnds('<dl><dt>Lowest estimate</dt><dd>nearly 600</dd></dl>') // '<dl><dt>Lowest estimate </dt><dd>nearly 600 </dd> </dl>'
 */
export function spaceBlockEnds(html: string): string {
  return html.replace(CLOSING, (tag) => ` ${tag}`);
}
