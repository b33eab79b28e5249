/** Reads built pages from dist/ for the site tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
