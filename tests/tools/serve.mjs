// Serves a built site the way a plain static host does (index.html for folders, 404.html when missing),
// on a free port of 127.0.0.1. Plain JavaScript so both the tests and `node` scripts can use it.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.json': 'application/json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.mjs': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.ttf': 'font/ttf',
};

/** @param {string} dir @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export async function serveStatic(dir) {
  const root = normalize(dir.endsWith(sep) ? dir : dir + sep);
  const server = createServer(async (request, response) => {
    const candidate = normalize(join(root, decodeURIComponent((request.url ?? '/').split('?')[0])));
    for (const path of candidate.startsWith(root) ? [candidate, join(candidate, 'index.html')] : []) {
      if ((await stat(path).catch(() => undefined))?.isFile()) {
        const type = TYPES[extname(path)] ?? 'application/octet-stream';
        const body = await readFile(path);
        // Text is sent compressed when the browser asks, as any real host does (and as the bench assumes).
        if (/text|javascript|json|svg/.test(type) && /gzip/.test(request.headers['accept-encoding'] ?? '')) {
          response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
          return response.end(gzipSync(body));
        }
        response.writeHead(200, { 'content-type': type });
        return response.end(body);
      }
    }
    response.writeHead(404, { 'content-type': TYPES['.html'] });
    response.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}
