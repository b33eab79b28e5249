import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, policyDirectives } from './csp';

/** A policy string back as directive → values. */
const parse = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe('contentSecurityPolicy', () => {
  it('runs no script on a page without scripts, and allows nothing inline anywhere', () => {
    const p = parse(contentSecurityPolicy({ scripts: false }));
    expect(p.get('script-src')).toEqual(["'none'"]);
    expect(p.get('connect-src')).toEqual(["'self'"]);
    expect(p.get('style-src')).toEqual(["'self'"]);
    expect(p.get('default-src')).toEqual(["'self'"]);
    expect(p.get('object-src')).toEqual(["'none'"]);
    expect(p.get('base-uri')).toEqual(["'none'"]);
    expect(p.get('form-action')).toEqual(["'self'"]);
    expect(p.get('worker-src')).toEqual(["'none'"]);
  });

  it('lets the search page run the site’s own scripts and Pagefind’s WebAssembly, and fetch its index', () => {
    const p = parse(contentSecurityPolicy({ scripts: true }));
    expect(p.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(p.get('connect-src')).toEqual(["'self'"]);
    expect(p.get('style-src')).toEqual(["'self'"]);
  });

  it('never allows inline code, eval, hashes, nonces or another origin', () => {
    for (const scripts of [true, false]) for (const delivery of ['meta', 'header'] as const) {
      const policy = contentSecurityPolicy({ scripts }, delivery);
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'sha(256|384|512)-|'nonce-|'strict-dynamic'|https?:|\*|data:|blob:/);
      expect(parse(policy).size).toBe(policyDirectives({ scripts }, delivery).length);
    }
  });

  it('puts frame-ancestors in the header only (a <meta> policy ignores it, and Chromium logs an error)', () => {
    expect(parse(contentSecurityPolicy({ scripts: true }, 'header')).get('frame-ancestors')).toEqual(["'none'"]);
    expect(parse(contentSecurityPolicy({ scripts: true })).has('frame-ancestors')).toBe(false);
    expect(parse(contentSecurityPolicy({ scripts: false }, 'meta')).has('frame-ancestors')).toBe(false);
  });
});

describe('headersFile', () => {
  it('has one rule for every path, with the search page’s policy and frame-ancestors', () => {
    const lines = headersFile().split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual(['/*', `  Content-Security-Policy: ${contentSecurityPolicy({ scripts: true }, 'header')}`]);
    expect(headersFile().endsWith('\n')).toBe(true);
  });
});
