/** Reads built pages from dist/ for the site tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { DIST } from './content';

/** The built HTML of a site path such as `/sources/x/`, parsed; fails clearly when missing. */
export function page(path: string): CheerioAPI {
  const file = join(DIST, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${path} was not built (no ${file}); run \`npm run build\` first`);
  return load(readFileSync(file, 'utf8'));
}

/** The visible text of a selection with white space collapsed. */
export function text($: CheerioAPI, selector: string): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}

/** Every built HTML page as a site path (`/sources/x/`), excluding Pagefind's bundles. */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!/^(_astro|pagefind(-\w+)?)$/.test(name)) walk(path);
      } else if (name === 'index.html') out.push(`/${relative(DIST, dir).split(sep).join('/')}${dir === DIST ? '' : '/'}`);
    }
  };
  walk(DIST);
  return out.sort();
}

/** Whether a site path (page or file) exists in dist/. */
export function existsInDist(path: string): boolean {
  const file = join(DIST, decodeURIComponent(path));
  return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file);
}

/** Every built file under a site folder (`/data/releases/`) as a site path: pages as `/x/`, files as `/x/y.json`. */
export function builtFiles(under: string): string[] {
  const root = join(DIST, under);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
    .map((d) => `/${relative(DIST, join(d.parentPath, d.name)).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}
