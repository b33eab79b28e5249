/**
 * The largest built HTML page of each kind (home, a source, a topic, an archive page…),
 * in bytes and gzipped, against the limit no page may pass at any size (issue 24).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** No built page may be larger than this, at any N. */
export const PAGE_LIMIT = { bytes: 300 * 1024, gzipped: 60 * 1024 };

export interface LargestPage {
  path: string;
  bytes: number;
  gzipped: number;
}

const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The kind of a page by its path in dist/: fixed segments kept, a period, an id or a
 * version replaced by its name.
 *
 * @example
 * pageKind('topics/troops/2025-11/index.html') // 'topics/[topic]/[period]/'
 * pageKind('sources/csactu-2025-05-x/index.html') // 'sources/[id]/'
 */
export function pageKind(path: string): string {
  const parts = path.split(sep).join('/').replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '').split('/').filter(Boolean);
  const named = parts.map((p, i) => {
    if (i === 2 && parts[0] === 'data' && parts[1] === 'releases') return '[version]';
    if (PERIOD.test(p)) return '[period]';
    if (i === 1 && parts[0] === 'topics') return '[topic]';
    if (i === 1 && (parts[0] === 'sources' || parts[0] === 'entities')) return '[id]';
    return p;
  });
  return named.length === 0 ? '/' : `${named.join('/')}/`;
}

/**
 * The largest HTML page of each kind under `dist` (by bytes; its gzipped size alongside).
 *
 * @example
 * largestPages('dist')['topics/[topic]/'] // { path: 'topics/troops/index.html', bytes: 133156, gzipped: 14210 }
 */
export function largestPages(dist: string): Record<string, LargestPage> {
  const largest: Record<string, LargestPage> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name.startsWith('pagefind') || name === '_astro') continue;
      if (statSync(path).isDirectory()) { walk(path); continue; }
      if (!name.endsWith('.html')) continue;
      const rel = relative(dist, path);
      const kind = pageKind(rel);
      const bytes = statSync(path).size;
      if ((largest[kind]?.bytes ?? -1) < bytes) largest[kind] = { path: rel, bytes, gzipped: gzipSync(readFileSync(path)).length };
    }
  };
  walk(dist);
  return largest;
}

/** The pages over the limit, described; empty when every page is within it. */
export function overLimit(largest: Record<string, LargestPage>): string[] {
  return Object.entries(largest)
    .filter(([, p]) => p.bytes > PAGE_LIMIT.bytes || p.gzipped > PAGE_LIMIT.gzipped)
    .map(([kind, p]) => `${kind} ${p.path}: ${(p.bytes / 1024).toFixed(0)} kB (${(p.gzipped / 1024).toFixed(0)} kB gzipped)`);
}
