/**
 * A static file server for tests and benchmarks, as a CDN would serve `dist/`:
 * under a base path, `index.html` for folders, the site's `404.html` with a
 * 404 status, and gzip for text when the client accepts it.
 *
 *   node tests/support/static-server.ts --dir dist --base /news/ --port 4412
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip, gzipSync } from 'node:zlib';
import type { PageObserver } from './page-observer.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
// Pagefind's own files are already compressed.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/**
 * Serve `dir` at `base`. With an `observer`, every page also reports its
 * errors and CSP violations back to this server (see page-observer.ts).
 */
export function serveStatic(
  dir: string,
  base = '/',
  port = 0,
  host = '127.0.0.1',
  observer?: PageObserver,
): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (observer?.handle(request, response, url.pathname)) return;
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return void response.writeHead(400).end();
    }
    let file: string | undefined;
    if (path.startsWith(base) || `${path}/` === base) {
      path = normalize(path.slice(base.length - 1) || '/');
      const candidate = join(root, path);
      if (candidate.startsWith(root)) {
        file = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
        if (!existsSync(file)) file = undefined;
      }
    }
    const status = file ? 200 : 404;
    file ??= join(root, '404.html');
    const type = extname(file);
    const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const headers: Record<string, string> = {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    };
    if (request.method === 'HEAD' || !existsSync(file)) return void response.writeHead(status, headers).end();
    if (observer && type === '.html') {
      const observed = observer.page(readFileSync(file, 'utf8'));
      response.writeHead(status, { ...headers, ...observed.headers });
      return void response.end(gzip ? gzipSync(observed.html) : observed.html);
    }
    response.writeHead(status, headers);
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      port: { type: 'string', default: '4321' },
    },
  });
  const server = await serveStatic(values.dir, values.base, Number(values.port), 'localhost');
  const address = server.address();
  console.log(
    `Serving ${values.dir} at http://localhost:${typeof address === 'object' ? address?.port : values.port}${values.base}`,
  );
}
