/**
 * A version of the claims plugin for Astro's cache keys: a hash of the code that decides
 * what a source renders to (the plugins, the provenance rule in `src/lib/claims`) and of
 * every package on the render path. Astro keeps each source's rendered HTML in its content
 * store (and its pages in the incremental-build cache) keyed by the file and the config,
 * which it hashes without functions: without this, a change to the rule, to the plugin or
 * to a package it loads (an upgrade of `hast-util-sanitize`, say) would leave every
 * unchanged source as it was rendered before.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const claimsLib = join(here, '..', 'lib', 'claims');
const projectRoot = join(here, '..', '..');

/**
 * The processors that render a source without our code importing them by name: Sätteri
 * (through Astro's adapter) for `.md`, and `@astrojs/mdx` for `.mdx`.
 */
export const PROCESSOR_PACKAGES = ['@astrojs/markdown-satteri', 'satteri', '@astrojs/mdx'] as const;

interface PackageJson {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The folder of package `name` as Node finds it from `from`: the nearest `node_modules/<name>` up the tree. */
function packageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === dirname(dir)) return undefined;
  }
}

/**
 * The packages a source file imports at run time (type-only imports and Node's own modules
 * aside), by package name.
 *
 * @example
 * importedPackages("import { sanitize } from 'hast-util-sanitize';\nimport type { Root } from 'hast';") // ['hast-util-sanitize']
 */
export function importedPackages(code: string): string[] {
  const names = new Set<string>();
  const specifiers = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of code.matchAll(specifiers)) {
    const spec = m[1] ?? m[2]!;
    if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:') || spec.startsWith('astro:')) continue;
    const parts = spec.split('/');
    names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
  }
  return [...names].sort();
}

/**
 * Every package that `roots` load, directly or through their dependencies, with its
 * installed version, as `name@version` sorted: what the render path runs. A root that is not
 * installed is reported as `name@missing`, so that installing it changes the key too.
 *
 * @example
 * renderPathPackages(['hast-util-sanitize']) // ['@types/hast@3.0.4', …, 'hast-util-sanitize@5.0.2', …]
 */
export function renderPathPackages(roots: readonly string[], from = projectRoot): string[] {
  const seen = new Map<string, string>();
  const visit = (name: string, fromDir: string) => {
    const dir = packageDir(name, fromDir);
    if (!dir) {
      if (!seen.has(`${name}@missing`)) seen.set(`${name}@missing`, '');
      return;
    }
    if (seen.has(dir)) return;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
    seen.set(dir, `${pkg.name ?? name}@${pkg.version ?? ''}`);
    // Peers too: `@astrojs/mdx` renders with the `@astrojs/markdown-remark` it is given.
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies })) visit(dep, dir);
  };
  for (const root of roots) visit(root, from);
  return [...new Set([...seen].map(([key, id]) => id || key))].sort();
}

const codeFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort();

/**
 * Sixteen hex digits that change whenever the code in `dirs` (by default the plugins and
 * `src/lib/claims`, tests aside) changes, or the installed version of any package that code
 * imports, of the processors, or of anything those depend on.
 *
 * @example
 * claimsPluginVersion() // 'c3a1…' (16 hex digits)
 */
export function claimsPluginVersion(dirs: readonly string[] = [here, claimsLib], from = projectRoot): string {
  const hash = createHash('sha256');
  const imported = new Set<string>(PROCESSOR_PACKAGES);
  dirs.forEach((dir, k) => {
    for (const f of codeFiles(dir)) {
      const code = readFileSync(join(dir, f), 'utf8');
      hash.update(`${k}/${f}\0`).update(code).update('\0');
      for (const name of importedPackages(code)) imported.add(name);
    }
  });
  for (const id of renderPathPackages([...imported].sort(), from)) hash.update(id).update('\0');
  return hash.digest('hex').slice(0, 16);
}
