/**
 * Article text written into a source's Markdown body so that it stays text: nothing in
 * an article can become code, markup, a link, or (should the file ever be renamed .mdx) a
 * component. And the reverse: a source file read back into its frontmatter and body blocks.
 */
import { textOfHtml } from '../claims';

/**
 * Escapes a line of article text for a Markdown (or MDX) body: Markdown and JSX punctuation is
 * backslash-escaped, and so are the characters that would let GFM turn an address into a
 * link ("@", ":", "www."); a line starting with `import`/`export` (MDX's ESM) begins with a
 * character reference instead. Rendering gives back the text unchanged.
 *
 * @example
 * escapeMarkdownText('{x} <b>') // '\\{x\\} \\<b\\>'
 */
export function escapeMarkdownText(line: string): string {
  let out = line.replace(/[\\`*_{}[\]<>()#+!|~&$^@:]/g, (c) => `\\${c}`);
  out = out.replace(/\b(www)\./gi, '$1\\.');
  // A leading "1." or "-" would start a list; "import"/"export" would start ESM.
  out = out.replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3').replace(/^(\s*)([-=])/, '$1\\$2');
  out = out.replace(/^(\s*)(import|export)\b/, (_, sp: string, word: string) => `${sp}&#${word.charCodeAt(0)};${word.slice(1)}`);
  return out;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;', '{': '&#123;', '}': '&#125;' };

/**
 * Escapes article text for the inside of a raw HTML element in the body (a photo caption):
 * Markdown escapes mean nothing inside raw HTML, so characters become HTML character
 * references, braces too (MDX would read them as code), and line breaks spaces (a blank
 * line would end the HTML block).
 *
 * @example
 * escapeHtmlText('Photo <img onerror=x> (AFP)') // 'Photo &lt;img onerror=x&gt; (AFP)'
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[&<>"'{}]/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * A photo caption as the body holds it: raw HTML whose text is escaped.
 *
 * @example
 * captionBlock('Kim & Putin (AFP)') // '<figure class="photo-caption"><figcaption>Kim &amp; Putin (AFP)</figcaption></figure>'
 */
export function captionBlock(text: string): string {
  return `<figure class="photo-caption"><figcaption>${escapeHtmlText(text)}</figcaption></figure>`;
}

/**
 * Splits a source file (Markdown or MDX) into its YAML frontmatter and its body.
 *
 * @example
 * splitFrontmatter('---\ntitle: T\n---\n\nText').frontmatter // 'title: T'
 */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no frontmatter');
  return { frontmatter: m[1]!, body: m[2]! };
}

/**
 * The body's blocks as text: paragraphs, headings without their marks, captions without tags.
 *
 * @example
 * bodyBlocks('### Head\n\nText \\(1\\)') // ['Head', 'Text (1)']
 */
export function bodyBlocks(body: string): string[] {
  // Captions are raw HTML whose text may hold character references; other blocks may hold Markdown escapes.
  return body.split(/\n\s*\n/).map((b) => {
    const block = b.trim();
    return block.startsWith('<') ? textOfHtml(block).trim() : block.replace(/^#{1,6}\s+/, '').replace(/\\([\\`*_{}[\]<>()#+!|~&$^@:.=-])/g, '$1');
  }).filter(Boolean);
}

