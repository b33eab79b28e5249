/**
 * A change to the claims plugin's code, or to the rule's, must reach Astro's caches: the
 * content store keeps each source's rendered HTML keyed by the file and a JSON of the
 * config (functions dropped), and the incremental build keys its pages the same way.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { claimsPluginVersion } from './claims-version';
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
});
