/**
 * The site's Markdown processor, set up once for `astro.config.mjs` and for the tools and
 * tests that must render exactly as the site does. (The unified one it replaced, with the
 * same claims walk, is `unifiedMarkdownProcessor` in `rehype-claims.ts`.)
 */
import { satteri } from '@astrojs/markdown-satteri';
import { claimsPluginVersion } from './claims-version';
import { satteriClaims } from './satteri-claims';

/**
 * The site's processor: Sätteri, Astro 7's default (GFM on by default), with the claims
 * plugin. Smart punctuation off: the article text is verbatim, so no quote or dash is
 * rewritten. `rawHtml`: a photo caption's HTML is parsed into elements (and its character
 * references into text), so the plugin finds the quotes in it, and it is written back
 * escaped, as text.
 *
 * @example
 * defineConfig({ markdown: { processor: siteMarkdownProcessor() } })
 */
export function siteMarkdownProcessor() {
  return satteri({
    features: { smartPunctuation: false, rawHtml: true },
    hastPlugins: [satteriClaims(claimsPluginVersion())],
  });
}
