/**
 * The Content-Security-Policy of every page, in one place: the `<meta http-equiv>` the
 * layout renders (static hosting) and the `_headers` file for hosts that read one. Nothing
 * is inline on any page (no `<script>` that runs, no `<style>`, no `style=`, no `on…=`),
 * so no policy lists `'unsafe-inline'` or a hash: an injected inline script or style is
 * refused by the browser whatever it says.
 */

/** What a page needs that the strictest policy would refuse. */
export interface PageNeeds {
  /**
   * The page runs our own module scripts (the search page: its bundle, Pagefind's
   * pagefind.js and its WebAssembly). Every other page runs none: `script-src 'none'`.
   */
  scripts: boolean;
}

/** How the policy reaches the browser: a `<meta http-equiv>` ignores `frame-ancestors` (and Chromium logs an error for it). */
export type PolicyDelivery = 'meta' | 'header';

/**
 * The policy's directives, in order; a directive absent here falls back to `default-src`.
 *
 * @example
 * policyDirectives({ scripts: false }, 'meta').find(([name]) => name === 'script-src') // ['script-src', ["'none'"]]
 */
export function policyDirectives(needs: PageNeeds, delivery: PolicyDelivery): [string, string[]][] {
  return [
    // Everything the site loads is its own: pages, stylesheets, the favicon, search's index files.
    ['default-src', ["'self'"]],
    // Module scripts from the site; 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly
    // (it permits WebAssembly only, never eval() or new Function()).
    ['script-src', needs.scripts ? ["'self'", "'wasm-unsafe-eval'"] : ["'none'"]],
    // Pagefind runs on the main thread (search-page.ts asks it to): no page starts a worker.
    ['worker-src', ["'none'"]],
    // Stylesheets from the site only: no <style> element and no style attribute apply.
    ['style-src', ["'self'"]],
    // Pagefind fetches its index and WebAssembly from the site (the preloads too). Not 'none'
    // on the other pages, which run no script to fetch anything: Lighthouse fetches
    // robots.txt from the page, and 'none' fails its SEO check (measured: 100 to 92).
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    // No <base> can redirect the site's relative links and scripts elsewhere.
    ['base-uri', ["'none'"]],
    // The only form sends a search to the site's own search page.
    ['form-action', ["'self'"]],
    ...(delivery === 'header' ? [['frame-ancestors', ["'none'"]] as [string, string[]]] : []),
  ];
}

/**
 * The policy as the value of a `<meta http-equiv="Content-Security-Policy">` or of the header.
 *
 * @example
 * contentSecurityPolicy({ scripts: false }) // "default-src 'self'; script-src 'none'; worker-src 'none'; style-src 'self'; …"
 * contentSecurityPolicy({ scripts: true }, 'header') // "…; script-src 'self' 'wasm-unsafe-eval'; …; frame-ancestors 'none'"
 */
export function contentSecurityPolicy(needs: PageNeeds, delivery: PolicyDelivery = 'meta'): string {
  return policyDirectives(needs, delivery).map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages and others read it) with one rule for
 * every path: the policy a page with scripts needs, plus `frame-ancestors`. It is one rule
 * because hosts differ in how they combine two rules that match the same path (one
 * replaces the other, or both are sent and both enforced). A page's own `<meta>` policy
 * is enforced as well, and a browser enforces every policy it gets: a page whose meta says
 * `script-src 'none'` runs nothing, whatever the header allows.
 *
 * @example
 * headersFile() // "# Content-Security-Policy …\n/*\n  Content-Security-Policy: default-src 'self'; …\n"
 */
export function headersFile(): string {
  return [
    '# Written by the build (src/lib/site/csp.ts): the Content-Security-Policy of every path.',
    "# Each page also carries its own, stricter policy in a <meta> (script-src 'none' where no script runs);",
    '# the browser enforces both.',
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy({ scripts: true }, 'header')}`,
    '',
  ].join('\n');
}
