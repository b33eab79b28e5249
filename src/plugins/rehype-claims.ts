/**
 * The claims plugin for unified (rehype): `rehypePlugins: [rehypeClaims]`. The site renders
 * through Sätteri (`satteri-claims.ts`); this one runs the same walk (`claims-tree.ts`) on
 * unified's tree, for the processor comparison in `npm run bench` and the test that both
 * anchor every claim alike.
 *
 * Cleans every Markdown file and checks every MDX file's HTML, as the Sätteri plugin does;
 * holds those whose frontmatter carries claim lists (the sources) to the rule. A source that breaks the rule throws, which stops
 * the build with a message naming the file, the claim and what did not match.
 */
import { relative } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import remarkGfm from 'remark-gfm';
import { cleanArticle } from '../lib/claims';
import { applyEdits, checkMdxMarkup, claimsEdits, hasClaims, headingIds, type TreeNode } from './claims-tree';

const hasRaw = (node: TreeNode): boolean => node.type === 'raw' || (node.children ?? []).some(hasRaw);

/**
 * The plugin, for `unified({ rehypePlugins: [rehypeClaims] })`.
 *
 * @example
 * unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeClaims], smartypants: false })
 */
export default function rehypeClaims() {
  return (parsed: Root, file: { path?: string; data: { astro?: { frontmatter?: unknown } } }) => {
    const fm = file.data.astro?.frontmatter;
    // In Markdown, HTML in the body (a photo's <figcaption>) is still a raw string here;
    // parse it so a quote from a caption is found and anchored like any other.
    const parsedHtml = hasRaw(parsed) ? (raw(parsed) as Root) : parsed;
    // Every article's text is text, claims or none: a Markdown article keeps only the markup
    // Markdown makes, the photo caption and http(s) links; an MDX file is code its author
    // wrote, whose HTML is checked instead.
    const isMarkdown = String(file.path ?? '').endsWith('.md');
    const where = file.path ? relative(process.cwd(), file.path) : '(unknown file)';
    if (!isMarkdown) checkMdxMarkup(parsedHtml as unknown as TreeNode, where);
    const tree = isMarkdown ? cleanArticle(parsedHtml) : parsedHtml;
    for (const { node, id } of headingIds(tree as unknown as TreeNode)) (node as unknown as Element).properties.id = id;
    if (!hasClaims(fm)) return tree;
    applyEdits(claimsEdits<TreeNode>(tree, fm, where));
    // The content layer would keep a second copy of a Markdown source's frontmatter with
    // its HTML, which no page reads. (An MDX file's frontmatter is its module's export.)
    if (file.data.astro && isMarkdown) file.data.astro.frontmatter = {};
    return tree;
  };
}

/**
 * The unified processor the site used before Sätteri, with this plugin: for the
 * benchmark's comparison and the test that both processors anchor every claim alike.
 *
 * @example
 * const renderer = await unifiedMarkdownProcessor().createRenderer(markdownConfigDefaults);
 */
export function unifiedMarkdownProcessor() {
  return unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeClaims], smartypants: false });
}
