/**
 * A side-by-side anchor for the build's cost (issue 24): the same synthetic sources as a plain
 * Hugo site (each source's title, summary, claim lists with their quotes, and body, on its own
 * page; a list of all of them; a home page), indexed by the same Pagefind. It shows what a
 * static site of these pages costs without the dossier's reading of them (entities,
 * comparisons, archives, exports, citations). Run only where Debian's `hugo` is installed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where Debian puts Hugo; the benchmark skips the comparison when it is not there. */
export const HUGO = '/usr/bin/hugo';

const CONFIG = `baseURL = "http://localhost/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;
// Text is escaped by Hugo's html/template; the Markdown body is rendered by Goldmark (raw HTML off).
const SINGLE = `<!doctype html>
<html lang="{{ .Params.language | default "en" }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main data-pagefind-body>
<h1>{{ .Title }}</h1>
<p>{{ .Params.summary }}</p>
{{ with .Params.figures }}<h2>Figures</h2><ul>{{ range . }}<li id="{{ .id }}">{{ .low }}–{{ .high }} {{ .measure }}: <q>{{ .quote }}</q></li>{{ end }}</ul>{{ end }}
{{ with .Params.transfers }}<h2>Transfers</h2><ul>{{ range . }}<li id="{{ .id }}">{{ .item }}: <q>{{ .quote }}</q></li>{{ end }}</ul>{{ end }}
{{ with .Params.reactions }}<h2>Reactions</h2><ul>{{ range . }}<li id="{{ .id }}">{{ .actor }}, {{ .stance }} <q>{{ .quote }}</q></li>{{ end }}</ul>{{ end }}
{{ with .Params.events }}<h2>Events</h2><ul>{{ range . }}<li id="{{ .id }}">{{ .date }}: {{ .what }} <q>{{ .quote }}</q></li>{{ end }}</ul>{{ end }}
<article>{{ .Content }}</article>
</main></body></html>
`;
const LIST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>
`;
const HOME = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Synthetic dossier</title></head>
<body><main><h1>Synthetic dossier</h1><p>{{ len (where .Site.RegularPages "Section" "sources") }} sources: <a href="/sources/">all of them</a>.</p></main></body></html>
`;

/**
 * Writes into `site` a Hugo site of the sources in `content/sources/` (their files copied as
 * they are: Hugo reads the same YAML frontmatter).
 */
export function writeHugoSite(content: string, site: string): void {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'layouts', '_default'), { recursive: true });
  mkdirSync(join(site, 'content', 'sources'), { recursive: true });
  writeFileSync(join(site, 'hugo.toml'), CONFIG);
  writeFileSync(join(site, 'layouts', '_default', 'single.html'), SINGLE);
  writeFileSync(join(site, 'layouts', '_default', 'list.html'), LIST);
  writeFileSync(join(site, 'layouts', 'index.html'), HOME);
  writeFileSync(join(site, 'content', 'sources', '_index.md'), '---\ntitle: Sources\n---\n');
  for (const name of readdirSync(join(content, 'sources'))) {
    if (name.endsWith('.md')) cpSync(join(content, 'sources', name), join(site, 'content', 'sources', name));
  }
}

export interface HugoTime {
  /** Hugo's build and Pagefind's index, in seconds. */
  totalS: number;
  hugoS: number;
  indexS: number;
  /** HTML pages Hugo wrote. */
  pages: number;
}

function timedRun(cmd: string, args: string[], cwd: string): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) throw new Error(`${cmd} could not run in ${cwd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${(r.stderr || r.stdout).slice(-3000)}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function countHtml(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countHtml(join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}

/**
 * One cold build of the Hugo site in `site` (no resources cache, no public/), then Pagefind
 * (the project's own, `pagefind` in node_modules) over its output.
 */
export function buildHugoSite(site: string, pagefindBin: string): HugoTime {
  pagefindBin = resolve(pagefindBin);
  const out = join(site, 'public');
  rmSync(out, { recursive: true, force: true });
  rmSync(join(site, 'resources'), { recursive: true, force: true });
  const hugoS = timedRun(HUGO, ['--quiet', '--destination', out], site);
  const indexS = timedRun(pagefindBin, ['--site', out, '--silent'], site);
  return { totalS: hugoS + indexS, hugoS, indexS, pages: countHtml(out) };
}

/** Whether the comparison can run here. */
export const hugoAvailable = () => existsSync(HUGO);
