/**
 * A version of the claims plugin for Astro's cache keys: a hash of the code that decides
 * what a source renders to (the plugins, the provenance rule in `src/lib/claims`) and of
 * the Markdown processor's version. Astro keeps each source's rendered HTML in its content
 * store (and its pages in the incremental-build cache) keyed by the file and the config,
 * which it hashes without functions: without this, a change to the rule or the plugin
 * would leave every unchanged source as it was rendered before.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const claimsLib = join(here, '..', 'lib', 'claims');
const require = createRequire(import.meta.url);

/** The installed version of a package that does not export its package.json. */
function versionOf(name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? '';
    } catch {
      // no package.json at this level
    }
  }
  throw new Error(`claims-version: cannot find the version of ${name}`);
}

/**
 * Sixteen hex digits that change whenever the code in `dirs` (by default the plugins and
 * `src/lib/claims`, tests aside) or the installed Sätteri changes.
 *
 * @example
 * claimsPluginVersion() // 'c3a1…' (16 hex digits)
 */
export function claimsPluginVersion(dirs: readonly string[] = [here, claimsLib]): string {
  const hash = createHash('sha256');
  dirs.forEach((dir, k) => {
    for (const f of readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort()) {
      hash.update(`${k}/${f}\0`).update(readFileSync(join(dir, f))).update('\0');
    }
  });
  for (const pkg of ['satteri', '@astrojs/markdown-satteri']) hash.update(pkg).update(versionOf(pkg));
  return hash.digest('hex').slice(0, 16);
}
