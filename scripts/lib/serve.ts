/**
 * A static server over dist/ on a free loopback port, for browser tests and measurements,
 * serving as a static host does: text compressed with gzip when the browser accepts it,
 * and, when asked, the headers of the site's `_headers` file as hosts that read one send them.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { DIST } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8', '.wasm': 'application/wasm', '.xml': 'application/xml',
};

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg)/;

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** One rule of a `_headers` file: the paths it applies to and the headers it adds. */
export interface HeaderRule {
  path: RegExp;
  headers: [name: string, value: string][];
}

/**
 * The rules of a `_headers` file (Netlify's and Cloudflare Pages' format): a line starting
 * with `/` opens a rule for that path (`*` matches any characters), indented `Name: value`
 * lines add headers to it, `#` starts a comment. Throws on a header line outside a rule.
 *
 * @example
 * parseHeadersFile('/*\n  X-Frame-Options: DENY\n') // [{ path: /^\/.*$/, headers: [['X-Frame-Options', 'DENY']] }]
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (line.startsWith('/')) {
      const pattern = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ path: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const header = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (!header || !rules.length) throw new Error(`_headers, line ${i + 1}: expected a path or an indented "Name: value" under one, got "${line}"`);
    rules.at(-1)!.headers.push([header[1]!, header[2]!.trim()]);
  }
  return rules;
}

/**
 * The headers every rule matching `path` adds; a header two rules give is sent twice (as
 * some hosts do), so the stricter reading of the file is the one tested.
 *
 * @example
 * headersForPath(parseHeadersFile('/*\n  A: 1\n/x/\n  A: 2\n'), '/x/') // { A: ['1', '2'] }
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const rule of rules) if (rule.path.test(path)) for (const [name, value] of rule.headers) (out[name] ??= []).push(value);
  return out;
}

/**
 * Serves `root` (default dist/) until closed; directory URLs serve their index.html. With
 * `headers`, every response carries what `<root>/_headers` gives its path.
 */
export async function serve(root = DIST, { headers = false }: { headers?: boolean } = {}): Promise<Served> {
  const rules = headers ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [name, values] of Object.entries(headersForPath(rules, path))) res.setHeader(name, values);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      return void (existsSync(notFound) ? createReadStream(notFound).pipe(res) : res.end('Not found'));
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Pagefind's index files (.pf_*, .pagefind) are gzipped by Pagefind already.
    const compress = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, { 'Content-Type': type, ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
    if (compress) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
