/**
 * The claims plugin for Sätteri, Astro 7's default Markdown processor (`.md` sources, and
 * `.mdx` ones through `@astrojs/mdx`, which inherits the processor): it holds each source
 * to the provenance rule and anchors every quoted claim in the article text as
 * `<mark id="claim-id">`, with the walk it shares with the unified plugin
 * (`claims-tree.ts`). Sätteri's nodes are read-only views: the edits go through `ctx`.
 *
 * Needs `features: { rawHtml: true }`, so that a photo caption's HTML is parsed into
 * elements (and its character references into text) before the plugin reads it.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { cleanArticle } from '../lib/claims';
import { applyEdits, checkMdxMarkup, claimsEdits, hasClaims, headingIds, plainTree, rejectRawHtml, sameTree, type TreeNode } from './claims-tree';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];
/** A Sätteri hast plugin definition (an object with a `name` and hooks). */
export type HastPluginDefinition = Extract<HastPluginEntry, { name: string }>;

/**
 * The plugin, for `satteri({ features: { rawHtml: true }, hastPlugins: [satteriClaims(version)] })`.
 * `version` is kept on the definition as a string: Astro hashes the Markdown settings (but
 * not functions) into the keys of its caches, so a new version re-renders every source.
 *
 * @example
 * satteri({ features: { smartPunctuation: false, rawHtml: true }, hastPlugins: [satteriClaims(claimsPluginVersion())] })
 */
export function satteriClaims(version: string): HastPluginDefinition & { version: string } {
  return {
    name: 'dossier-claims',
    version,
    after(root, ctx) {
      const astro = ctx.data.astro as { frontmatter?: unknown } | undefined;
      const fm = astro?.frontmatter;
      const where = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(unknown file)';
      const view = root as unknown as TreeNode;
      rejectRawHtml(view);
      // Every file this processor renders is an article, claims or none: its text is text.
      // A Markdown article keeps only the markup Markdown makes, the photo caption and
      // http(s) links; an MDX file is code its author wrote, whose HTML is checked instead
      // (its components are its reason to be MDX). Almost every article is clean already,
      // and is edited in place through Sätteri; one that carries other markup is replaced
      // whole by its cleaned, anchored copy.
      if (ctx.sourceFormat !== 'markdown') checkMdxMarkup(view, where);
      const cleaned = ctx.sourceFormat === 'markdown' ? cleanArticle(plainTree(view) as Root) : undefined;
      const changed = cleaned !== undefined && !sameTree(view, cleaned as unknown as TreeNode);
      if (changed) {
        for (const { node, id } of headingIds(cleaned as unknown as TreeNode)) (node as unknown as Element).properties.id = id;
      } else {
        for (const { node, id } of headingIds(view)) ctx.setProperty(node as Parameters<typeof ctx.setProperty>[0], 'id', id);
      }
      if (!hasClaims(fm)) {
        if (changed) ctx.replaceNode(root, cleaned);
        return;
      }
      if (changed) {
        applyEdits(claimsEdits<TreeNode>(cleaned as unknown as TreeNode, fm, where));
        ctx.replaceNode(root, cleaned);
      } else {
        for (const { node, pieces } of claimsEdits(view, fm, where)) ctx.replaceNode(node as Parameters<typeof ctx.replaceNode>[0], pieces);
      }
      // The content layer would keep a second copy of a Markdown source's frontmatter with
      // its HTML, which no page reads: at 5,000 sources, 11 of the 69 MB the build carries.
      // (An MDX file's frontmatter is its module's export, so it stays.)
      if (astro && ctx.sourceFormat === 'markdown') astro.frontmatter = {};
    },
  };
}
