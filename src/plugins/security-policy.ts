/**
 * An Astro integration that gives the pages the layout does not render their
 * Content-Security-Policy, and writes the `_headers` file. The layout puts the policy in
 * each page's head (src/layouts/Base.astro); Astro writes the pages of `redirects.json`
 * from its own template, without it, so this adds the strict policy to them. And hosts
 * that read a `_headers` file (Netlify, Cloudflare Pages…) send the policy as a header,
 * with `frame-ancestors`, which a `<meta>` cannot carry.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, headersFile } from '../lib/site/csp';

const META_NAME = /<meta\s+http-equiv=["']?content-security-policy/i;

/**
 * A page's HTML with the no-script policy as the first element of its head, or unchanged
 * when it has a policy already. The policy covers only what follows it, so it goes first.
 *
 * @example
 * withPolicyMeta('<!doctype html>\n<title>Redirecting…') // '<!doctype html>\n<meta http-equiv="Content-Security-Policy" content="…">\n<title>Redirecting…'
 */
export function withPolicyMeta(html: string): string {
  if (META_NAME.test(html)) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ scripts: false })}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return `${html.slice(0, head.index + head[0].length)}${meta}${html.slice(head.index + head[0].length)}`;
  const doctype = /^\s*<!doctype[^>]*>\s*/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}${meta}\n${html.slice(at)}`;
}

/** Writes a file whole or not at all: a reader never sees it half-written. */
function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/**
 * The integration, for `integrations: [..., securityPolicy(), pruneOutput(…)]`.
 *
 * @example
 * defineConfig({ integrations: [securityPolicy()] })
 */
export function securityPolicy(): AstroIntegration {
  const redirects = new Set<string>();
  return {
    name: 'dossier:security-policy',
    hooks: {
      'astro:routes:resolved': ({ routes }) => {
        redirects.clear();
        for (const r of routes) if (r.type === 'redirect') redirects.add(r.pattern);
      },
      'astro:build:done': ({ dir, assets }) => {
        const out = fileURLToPath(dir);
        writeAtomic(join(out, '_headers'), headersFile());
        for (const pattern of redirects) {
          for (const url of assets.get(pattern) ?? []) {
            const file = fileURLToPath(url);
            if (!file.endsWith('.html')) continue;
            const html = readFileSync(file, 'utf8');
            const secured = withPolicyMeta(html);
            if (secured !== html) writeAtomic(file, secured);
          }
        }
      },
    },
  };
}
