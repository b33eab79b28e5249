// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import redirects from './redirects.json' with { type: 'json' };
import { siteMarkdownProcessor } from './src/plugins/markdown.ts';
import { pruneOutput } from './src/plugins/prune-output.ts';
import { measureCheck } from './src/plugins/measure-check.ts';
import { translationCheck } from './src/plugins/translation-check.ts';
import { securityPolicy } from './src/plugins/security-policy.ts';
import { isLocalPreview, SITE_SETTINGS_FILE } from './src/lib/site/dossier.ts';
import { readSiteAddress } from './src/plugins/site-settings.ts';

// The public address, from its one committed place (site.json), which releases read too.
const site = readSiteAddress();

/**
 * A build without a public address is a local preview: say so where nobody can miss it,
 * last, since every canonical link, citation, export and feed entry points at this computer.
 */
/** @returns {import('astro').AstroIntegration} */
function warnLocalPreview() {
  return {
    name: 'dossier-local-preview',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!isLocalPreview(site)) return;
        const rule = '='.repeat(78);
        logger.warn([
          rule,
          `LOCAL PREVIEW: no public address is set ("address" in ${SITE_SETTINGS_FILE} is null).`,
          `Canonical links, citations, exports, the feed and the sitemap point at ${site},`,
          'and every Cite section says it is a local preview. Do not publish this dist/: set the address first.',
          rule,
        ].join('\n'));
      },
    },
  };
}

/**
 * Drafts show in `astro dev` only, and there pages carry no Content-Security-Policy (it
 * would refuse the dev server's own scripts: live reload, the error overlay). Decided by
 * Astro's command, not by the environment's mode (a build run with NODE_ENV=test would
 * otherwise count as development).
 */
/** @returns {import('astro').AstroIntegration} */
function showDraftsInDev() {
  return {
    name: 'dossier-drafts-in-dev',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const dev = JSON.stringify(command === 'dev');
        updateConfig({ vite: { define: { 'import.meta.env.DOSSIER_SHOW_DRAFTS': dev, 'import.meta.env.DOSSIER_DEV_SERVER': dev } } });
      },
    },
  };
}

export default defineConfig({
  // The public address of the dossier (site.json), used in canonical links and citations.
  site,
  trailingSlash: 'always',
  // 'jsx' (Astro 7's default) drops the white space between inline elements and glues words
  // together in the text readers copy and the search index reads; true keeps one space.
  compressHTML: true,
  // Four pages at a time: writing files is most of a page's cost on a slow disk, and
  // overlapping the writes cut rendering 1,000 sources from 14 s to 8 s (BENCHMARKS.md).
  // Stylesheets are always files, never an inline <style>: the pages' Content-Security-Policy
  // (src/lib/site/csp.ts) refuses inline styles and applies the site's stylesheet files only.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // The benchmark and the failing-build test build elsewhere; the search index follows.
  outDir: process.env.DOSSIER_DIST_DIR ?? './dist',
  // Lets a test or the benchmark build into its own folders without touching ours.
  ...(process.env.DOSSIER_CACHE_DIR ? { cacheDir: process.env.DOSSIER_CACHE_DIR } : {}),
  // securityPolicy writes _headers and gives Astro's redirect pages their policy; measureCheck
  // warns about published figures the ingest reader would file under another measure, and
  // translationCheck about published claims in another language without a translation.
  // pruneOutput last: it removes from dist/ what this build no longer produces, once the
  // other integrations have written theirs (the search index, written after Astro, aside).
  // warnLocalPreview writes nothing: it comes after, so that its warning is the last word.
  integrations: [mdx(), sitemap(), showDraftsInDev(), securityPolicy(), measureCheck(), translationCheck(), pruneOutput({ skip: ['pagefind'] }), warnLocalPreview()],
  // Rebuild only what changed: a page whose getStaticPaths() cacheKey and template are
  // unchanged is kept from the previous build (src/data/dossier.ts says what each key
  // covers); pages without getStaticPaths are rendered every time. dist/ is kept between
  // builds, so a kept page is left in place rather than copied back from the cache.
  experimental: { incrementalBuild: true },
  vite: { build: { emptyOutDir: false } },
  // Published URLs never break: when a page moves, add "old path": "new path" to
  // redirects.json (the permanence test in tests/site/permanence.test.ts checks this).
  redirects,
  markdown: {
    // Sätteri, with our claims plugin (src/plugins/markdown.ts says how it is set up).
    processor: siteMarkdownProcessor(),
  },
});
