/**
 * Article text written into a source's Markdown body so that it stays text: nothing in
 * an article can become code, markup, or (should the file ever be renamed .mdx) a
 * component.
 */

/**
 * Escapes a line of article text for a Markdown (or MDX) body: Markdown and JSX punctuation is
 * backslash-escaped, and a line starting with `import`/`export` (MDX's ESM) begins with a
 * character reference instead. Rendering gives back the text unchanged.
 *
 * @example
 * escapeMarkdownText('{x} <b>') // '\\{x\\} \\<b\\>'
 */
export function escapeMarkdownText(line: string): string {
  let out = line.replace(/[\\`*_{}[\]<>()#+!|~&$^]/g, (c) => `\\${c}`);
  // A leading "1." or "-" would start a list; "import"/"export" would start ESM.
  out = out.replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3').replace(/^(\s*)([-=])/, '$1\\$2');
  out = out.replace(/^(\s*)(import|export)\b/, (_, sp: string, word: string) => `${sp}&#${word.charCodeAt(0)};${word.slice(1)}`);
  return out;
}
