/**
 * An Astro integration that removes from the output folder what the build no longer
 * produces. The incremental build keeps `dist/` between builds (`vite.build.emptyOutDir:
 * false`: a page it skips stays where it is, instead of being copied back from the cache),
 * so a deleted source's pages, or a stylesheet under an old hash, would otherwise stay
 * published. After a build, `dist/` holds exactly what a build from scratch would write.
 */
import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The files of `dir` to remove: not among `kept` (every file a route produced or kept this
 * build) and not written since `since` (assets and public files, rewritten every build),
 * leaving alone the top-level folders in `skip` (written after Astro, by other steps).
 *
 * @example
 * staleFiles('/site/dist', new Set(['/site/dist/index.html']), buildStart, ['pagefind'])
 * // ['/site/dist/sources/removed/index.html']
 */
export function staleFiles(dir: string, kept: ReadonlySet<string>, since: number, skip: readonly string[] = []): string[] {
  const stale: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (folder !== dir || !skip.some((s) => entry.name === s || entry.name.startsWith(`${s}-`))) walk(path);
      } else if (!kept.has(path) && statSync(path).mtimeMs < since) stale.push(path);
    }
  };
  walk(dir);
  return stale;
}

/** Removes the empty folders left under `dir` (not `dir` itself). */
function removeEmptyFolders(dir: string, folder = dir): boolean {
  let empty = true;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory() || !removeEmptyFolders(dir, join(folder, entry.name))) empty = false;
  }
  if (empty && folder !== dir) rmdirSync(folder);
  return empty;
}

/**
 * The integration, for `integrations: [..., pruneOutput({ skip: ['pagefind'] })]` (last, so
 * files other integrations write at the end of the build count as written).
 *
 * @example
 * defineConfig({ integrations: [sitemap(), pruneOutput({ skip: ['pagefind'] })] })
 */
export function pruneOutput({ skip = [] }: { skip?: readonly string[] } = {}): AstroIntegration {
  let started = 0;
  return {
    name: 'dossier:prune-output',
    hooks: {
      'astro:build:start': () => {
        // Whole seconds: a file system that keeps coarse times still dates this build's files after it.
        started = Math.floor(Date.now() / 1000) * 1000;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const stale = staleFiles(out, kept, started, skip);
        for (const file of stale) rmSync(file);
        if (stale.length) {
          removeEmptyFolders(out);
          const shown = stale.slice(0, 5).map((f) => relative(out, f).split(sep).join('/'));
          logger.info(`removed ${stale.length} file(s) the build no longer produces: ${shown.join(', ')}${stale.length > 5 ? ', …' : ''}`);
        }
      },
    },
  };
}
