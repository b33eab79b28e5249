import { describe, expect, it } from 'vitest';
// Astro's own template for the pages of redirects.json (internal: the package does not export it).
import { redirectTemplate } from '../../node_modules/astro/dist/core/routing/3xx.js';
import { contentSecurityPolicy } from '../lib/site/csp';
import { withPolicyMeta } from './security-policy';

const META = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ scripts: false })}">`;

describe('withPolicyMeta', () => {
  it('puts the no-script policy first in Astro’s redirect page, before anything it could cover', () => {
    const html = redirectTemplate({ status: 301, absoluteLocation: 'https://d.example/new/', relativeLocation: '/new/', from: '/old/' });
    const secured = withPolicyMeta(html);
    expect(secured.startsWith(`<!doctype html>\n${META}\n<title>`)).toBe(true);
    expect(secured.replace(`${META}\n`, '')).toBe(html);
  });

  it('goes first in an explicit head, and leaves a page that has a policy alone', () => {
    expect(withPolicyMeta('<!DOCTYPE html><html><head lang="en"><title>t</title>')).toBe(`<!DOCTYPE html><html><head lang="en">${META}<title>t</title>`);
    const page = '<head><meta http-equiv="content-security-policy" content="script-src \'self\'"></head>';
    expect(withPolicyMeta(page)).toBe(page);
  });
});
