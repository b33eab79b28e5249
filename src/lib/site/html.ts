/**
 * Text put where HTML is read: escaped so that it stays text.
 */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes text for the content of an HTML element (not an attribute): a reader that parses
 * the result as HTML gets the text back, character for character, and no element. Quotes
 * and apostrophes stay as they are, so that a reader showing the field as plain text shows
 * "Shoigu's", not "Shoigu&#39;s".
 *
 * @example
 * escapeHtml('<script>alert("x")</script> & co') // '&lt;script&gt;alert("x")&lt;/script&gt; &amp; co'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!);
}
