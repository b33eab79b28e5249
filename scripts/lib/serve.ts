/**
 * A static server over dist/ on a free loopback port, for browser tests and measurements,
 * serving as a static host does: text compressed with gzip when the browser accepts it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
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

/** Serves `root` (default dist/) until closed; directory URLs serve their index.html. */
export async function serve(root = DIST): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
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
