/**
 * Text put where HTML is read: escaped so that it stays text.
 */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

/**
 * Escapes text for HTML (element content or a quoted attribute): a reader that parses the
 * result as HTML gets the text back, character for character, and no element.
 *
 * @example
 * escapeHtml('<script>alert("x")</script> & co') // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
