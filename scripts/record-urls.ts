/**
 * Adds the URLs of the built site to the manifest of published URLs, which must keep
 * resolving forever (tests/site/permanence.test.ts). Run after `npm run build` when
 * sources, pages or claims were added:
 *
 *   npm run urls:record
 *
 * Records pages, claim anchors (`/sources/<id>/#<claim-id>`), correction anchors
 * (`/sources/<id>/#correction-<date>`, and the anchors of claims they removed), data exports,
 * data releases, citation files and the feed. Never removes a URL; writes atomically;
 * prints what it added.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST, URL_MANIFEST as MANIFEST } from './lib/paths.ts';

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`record-urls: ${DIST}/ has no built site; run \`npm run build\` first`);
  process.exit(1);
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!/^(_astro|pagefind(-\w+)?|scripts)$/.test(name)) yield* files(path);
    } else yield path;
  }
}

const found = new Set<string>();
for (const file of files(DIST)) {
  const path = `/${relative(DIST, file).split(sep).join('/')}`;
  if (path.endsWith('/index.html')) {
    const url = path.replace(/index\.html$/, '');
    found.add(url);
    // Claim anchors (the highlighted quotes and the extra anchors beside them), corrections and removed claims.
    const html = readFileSync(file, 'utf8');
    for (const [tag] of html.matchAll(/<(?:mark|span|li)\b[^>]*>/g)) {
      const id = /\bid="([^"]+)"/.exec(tag)?.[1];
      if (id && /\bclass="(?:claim|claim-anchor|correction|removed-claim)"/.test(tag)) found.add(`${url}#${id}`);
    }
  } else if (/\.(json|csv|bib|ris|xml)$/.test(path) && !/^\/sitemap/.test(path)) {
    found.add(path);
  }
}

const manifest: string[] = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : [];
const known = new Set(manifest);
const added = [...found].filter((u) => !known.has(u)).sort();
const next = [...new Set([...manifest, ...added])].sort();
writeFileSync(`${MANIFEST}.tmp`, `${JSON.stringify(next, null, 1)}\n`);
renameSync(`${MANIFEST}.tmp`, MANIFEST);
console.log(`record-urls: ${added.length} new URL(s) recorded, ${next.length} in ${MANIFEST}`);
for (const u of added.slice(0, 20)) console.log(`  + ${u}`);
if (added.length > 20) console.log(`  … and ${added.length - 20} more`);
