/**
 * Which outlet profile an article belongs to: by the site name the page gives, or by its
 * address against the profile's home page, host for host (a prefix of the address would
 * let `https://trusted.example.evil.net/` pass for `https://trusted.example`).
 */

/** An outlet profile as ingest reads it. */
export interface OutletProfile {
  id: string;
  name: string;
  homepage?: string | undefined;
}

const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
const parse = (s: string): URL | null => { try { return new URL(s); } catch { return null; } };

/**
 * Whether an article's address is on an outlet's home page's site: the same host (a
 * leading `www.` aside), and under the home page's path when it has one, segment by segment.
 *
 * @example
 * onSite('https://www.trusted.example/2025/a', 'https://trusted.example/') // true
 * onSite('https://trusted.example.evil.net/a', 'https://trusted.example') // false
 * onSite('https://blogs.example/outletx/a', 'https://blogs.example/outlet') // false
 */
export function onSite(url: string, homepage: string): boolean {
  const u = parse(url);
  const h = parse(homepage);
  if (!u || !h || !/^https?:$/.test(u.protocol) || !/^https?:$/.test(h.protocol)) return false;
  if (hostOf(u) !== hostOf(h) || (u.port || '') !== (h.port || '')) return false;
  const base = h.pathname.replace(/\/+$/, '');
  return base === '' || u.pathname === base || u.pathname.startsWith(`${base}/`);
}

/**
 * The outlet whose name is the page's site name (case aside), or whose home page's site the
 * address is on; undefined when none.
 *
 * @example
 * outletOf([{ id: 'csactu', name: 'CSactu', homepage: 'https://csactu.fr' }], undefined, 'https://csactu.fr/a')?.id // 'csactu'
 */
export function outletOf(outlets: readonly OutletProfile[] | undefined, siteName: string | undefined, url: string | undefined): OutletProfile | undefined {
  return outlets?.find((o) => (siteName && o.name.toLowerCase() === siteName.toLowerCase()) || (url && o.homepage && onSite(url, o.homepage)));
}
