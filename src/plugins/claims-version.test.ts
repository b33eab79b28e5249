/**
 * A change to the claims plugin's code, or to the rule's, must reach Astro's caches: the
 * content store keeps each source's rendered HTML keyed by the file and a JSON of the
 * config (functions dropped), and the incremental build keys its pages the same way.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { claimsPluginVersion, importedPackages, renderPathPackages } from './claims-version';
import { siteMarkdownProcessor } from './markdown';

const work = mkdtempSync(join(tmpdir(), 'dossier-claims-version-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the claims plugin version', () => {
  it('is in the JSON Astro hashes its Markdown settings into', () => {
    const version = claimsPluginVersion();
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(siteMarkdownProcessor())).toContain(`"version":"${version}"`);
  });

  it('changes when the code of the plugin or of the rule changes, and only then', () => {
    const plugins = join(work, 'plugins');
    const claims = join(work, 'claims');
    cpSync(new URL('.', import.meta.url).pathname, plugins, { recursive: true });
    cpSync(new URL('../lib/claims', import.meta.url).pathname, claims, { recursive: true });
    const before = claimsPluginVersion([plugins, claims]);
    expect(claimsPluginVersion([plugins, claims])).toBe(before);
    writeFileSync(join(plugins, 'claims-version.test.ts'), '// tests do not render anything\n');
    expect(claimsPluginVersion([plugins, claims])).toBe(before);
    writeFileSync(join(claims, 'numbers.ts'), '// another rule\n', { flag: 'a' });
    const afterRule = claimsPluginVersion([plugins, claims]);
    expect(afterRule).not.toBe(before);
    writeFileSync(join(plugins, 'claims-tree.ts'), '// another walk\n', { flag: 'a' });
    expect(claimsPluginVersion([plugins, claims])).not.toBe(afterRule);
  });

  it('changes when a package on the render path changes version, however deep it sits', () => {
    const project = join(work, 'project');
    const code = join(project, 'src');
    mkdirSync(code, { recursive: true });
    writeFileSync(join(code, 'plugin.ts'), "import type { Root } from 'hast';\nimport { clean } from 'sanitizer/lib';\n");
    const pkg = (name: string, version: string, dependencies: Record<string, string> = {}) => {
      mkdirSync(join(project, 'node_modules', name), { recursive: true });
      writeFileSync(join(project, 'node_modules', name, 'package.json'), JSON.stringify({ name, version, dependencies }));
    };
    pkg('sanitizer', '5.0.2', { 'deep-clone': '^1.0.0' });
    pkg('deep-clone', '1.0.0');
    pkg('hast', '1.0.0');
    expect(renderPathPackages(['sanitizer'], project)).toEqual(['deep-clone@1.0.0', 'sanitizer@5.0.2']);
    const before = claimsPluginVersion([code], project);
    pkg('hast', '2.0.0'); // imported for its types only: renders nothing
    expect(claimsPluginVersion([code], project)).toBe(before);
    pkg('deep-clone', '1.0.1');
    const afterDeep = claimsPluginVersion([code], project);
    expect(afterDeep).not.toBe(before);
    pkg('@astrojs/markdown-satteri', '0.5.0'); // a processor, not imported by our code
    expect(claimsPluginVersion([code], project)).not.toBe(afterDeep);
  });

  it('reads the packages a file imports at run time, not its types or relative modules', () => {
    const code = [
      "import type { Root } from 'hast';",
      "import { sanitize, type Schema } from 'hast-util-sanitize';",
      "import { x } from '../lib/claims';",
      "import { readFileSync } from 'node:fs';",
      "import remarkGfm from 'remark-gfm';",
      "export { satteri } from '@astrojs/markdown-satteri/plugin';",
      "const later = await import('@scope/pkg/sub');",
    ].join('\n');
    expect(importedPackages(code)).toEqual(['@astrojs/markdown-satteri', '@scope/pkg', 'hast-util-sanitize', 'remark-gfm']);
  });

  it('covers the packages the site renders with: the sanitiser and the processors', () => {
    const packages = renderPathPackages(['hast-util-sanitize', '@astrojs/markdown-satteri', '@astrojs/mdx']).map((p) => p.replace(/@[^@]*$/, ''));
    expect(packages).toEqual(expect.arrayContaining(['hast-util-sanitize', 'satteri', '@astrojs/mdx', '@astrojs/markdown-remark', 'astro']));
  });
});
