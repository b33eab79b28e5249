// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import redirects from './redirects.json' with { type: 'json' };
import { siteMarkdownProcessor } from './src/plugins/markdown.ts';
import { pruneOutput } from './src/plugins/prune-output.ts';
import { measureCheck } from './src/plugins/measure-check.ts';
import { siteAddress } from './src/lib/site/dossier.ts';

/**
 * Drafts show in `astro dev` only: decided by Astro's command, not by the environment's
 * mode (a build run with NODE_ENV=test would otherwise count as development).
 */
/** @returns {import('astro').AstroIntegration} */
function showDraftsInDev() {
  return {
    name: 'dossier-drafts-in-dev',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.DOSSIER_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}

export default defineConfig({
  // The public address of the dossier, used in canonical links; set SITE_URL when deploying.
  site: siteAddress(process.env),
  trailingSlash: 'always',
  // 'jsx' (Astro 7's default) drops the white space between inline elements and glues words
  // together in the text readers copy and the search index reads; true keeps one space.
  compressHTML: true,
  // Four pages at a time: writing files is most of a page's cost on a slow disk, and
  // overlapping the writes cut rendering 1,000 sources from 14 s to 8 s (BENCHMARKS.md).
  build: { format: 'directory', concurrency: 4 },
  // The benchmark and the failing-build test build elsewhere; the search index follows.
  outDir: process.env.DOSSIER_DIST_DIR ?? './dist',
  // Lets a test or the benchmark build into its own folders without touching ours.
  ...(process.env.DOSSIER_CACHE_DIR ? { cacheDir: process.env.DOSSIER_CACHE_DIR } : {}),
  // measureCheck warns about published figures the ingest reader would file under another measure.
  // pruneOutput last: it removes from dist/ what this build no longer produces, once the
  // other integrations have written theirs (the search index, written after Astro, aside).
  integrations: [mdx(), sitemap(), showDraftsInDev(), measureCheck(), pruneOutput({ skip: ['pagefind'] })],
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
