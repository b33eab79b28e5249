/**
 * What an article's text may become on the page: the markup Markdown makes of it
 * (paragraphs, subheadings, lists, emphasis, tables), the photo caption the body format
 * allows, and links only to http(s) addresses. Anything else that the article (or a hand
 * edit) carries in as HTML becomes plain text: a `<script>` or `<style>` is dropped with
 * its content, any other element is replaced by its text, every attribute outside this
 * list is removed. A schema for `hast-util-sanitize`, applied by the claims plugin to every
 * source before claims are anchored (`cleanArticle`).
 */
import type { Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';

const ALIGN = ['align', 'left', 'center', 'right'] as const;

/** What starts the id of an article's own element (a heading) in a Markdown source. */
export const ARTICLE_ID_PREFIX = 'article-';

/**
 * The article schema.
 *
 * @example
 * sanitize(tree, ARTICLE_SCHEMA) // <img onerror> gone, <a href="javascript:…"> without its href
 */
export const ARTICLE_SCHEMA: Schema = {
  tagNames: [
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'em', 'strong', 'del', 's', 'a', 'br', 'hr',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption', 'code', 'pre', 'sup', 'sub',
  ],
  attributes: {
    a: ['href'],
    h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
    figure: [['className', 'photo-caption']],
    ol: ['start'],
    th: [[...ALIGN], ['style', 'text-align: left', 'text-align: center', 'text-align: right', 'text-align:left', 'text-align:center', 'text-align:right']],
    td: [[...ALIGN], ['style', 'text-align: left', 'text-align: center', 'text-align: right', 'text-align:left', 'text-align:center', 'text-align:right']],
  },
  protocols: { href: ['http', 'https'] },
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select'],
  // A heading's id is prefixed, so that it never takes a claim's anchor (`## Fig strike` would
  // otherwise be `#fig-strike`, the id of the claim `fig-strike`).
  clobber: ['id'],
  clobberPrefix: ARTICLE_ID_PREFIX,
  allowComments: false,
  allowDoctypes: false,
};

/** Replaces links left without an address by their text, and drops emptied class lists. */
function tidy(node: Root | RootContent) {
  if (!('children' in node)) return;
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    tidy(child);
    if (child.type !== 'element') continue;
    const className = child.properties.className;
    if (Array.isArray(className) && className.length === 0) delete child.properties.className;
    if (child.tagName === 'a' && !child.properties.href) {
      children.splice(i, 1, ...(child.children as RootContent[]));
      i--;
    }
  }
}

/**
 * An article's tree with only the markup {@link ARTICLE_SCHEMA} allows: other elements
 * become their text, and a link whose address was not http(s) becomes its text too.
 *
 * @example
 * cleanArticle(fromHtml('<p>x@y.z <a href="mailto:x@y.z">mail</a></p>', { fragment: true })) // <p>x@y.z mail</p>
 */
export function cleanArticle(tree: Root): Root {
  const clean = sanitize(tree, ARTICLE_SCHEMA) as Root;
  tidy(clean);
  return clean;
}

/** An attribute as an MDX file writes it: a literal string, `true` for a bare name, or `null` for an expression. */
export type WrittenAttribute = string | true | null;

const HTML_NAMES: Record<string, string> = { class: 'className', for: 'htmlFor' };

/**
 * Why an HTML element written in an MDX file may not stand in an article, or `undefined`
 * when {@link ARTICLE_SCHEMA} allows it as written. An MDX file is code: its HTML is checked,
 * never rewritten, so an author learns at build time that `<img onerror>` will not publish.
 * A value computed by an expression cannot be checked, so it is refused too.
 *
 * @example
 * articleMarkupProblem('img', { src: 'x' })                     // 'the element <img> is not allowed in an article'
 * articleMarkupProblem('a', { href: 'javascript:alert(1)' })    // 'the link address "javascript:alert(1)" is not http(s)'
 * articleMarkupProblem('figure', { class: 'photo-caption' })    // undefined
 */
export function articleMarkupProblem(tagName: string, attributes: Readonly<Record<string, WrittenAttribute>>): string | undefined {
  if (!ARTICLE_SCHEMA.tagNames!.includes(tagName)) return `the element <${tagName}> is not allowed in an article`;
  const allowed = [...(ARTICLE_SCHEMA.attributes![tagName] ?? []), ...(ARTICLE_SCHEMA.attributes!['*'] ?? [])];
  for (const [written, value] of Object.entries(attributes)) {
    const name = HTML_NAMES[written] ?? written;
    const rule = allowed.find((a) => (typeof a === 'string' ? a : a[0]) === name);
    if (!rule) return `the attribute "${written}" is not allowed on <${tagName}>`;
    if (typeof value !== 'string') return `the attribute "${written}" on <${tagName}> must be a literal string, not ${value === null ? 'an expression' : 'a bare name'}`;
    if (typeof rule !== 'string') {
      const values = rule.slice(1).map(String);
      const given = name === 'className' ? value.split(/\s+/).filter(Boolean) : [value];
      const bad = given.find((v) => !values.includes(v));
      if (bad !== undefined) return `the value "${bad}" of "${written}" is not allowed on <${tagName}>`;
    }
    if (name === 'href' && !/^https?:\/\//i.test(value.trim())) return `the link address "${value}" is not http(s)`;
  }
  return undefined;
}
