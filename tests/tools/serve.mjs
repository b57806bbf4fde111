// Serves a built site the way a plain static host does (index.html for folders, 404.html when missing),
// on a free port of 127.0.0.1. Plain JavaScript so both the tests and `node` scripts can use it.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Where the test-only files live: no page of the site links there, and tests that count requests leave it out. */
export const TEST_ROUTES = '/__test__/';

/**
 * Astro names what it bundles by its content, so these are cached for a year as the README tells a trust's host
 * to; the browser then keeps their compiled code between pages, as it would for a family.
 */
const HASHED = '/_astro/';
const IMMUTABLE = { 'cache-control': 'public, max-age=31536000, immutable' };

const require = createRequire(import.meta.url);
/** @type {Record<string, { file: string, type: string, headers?: Record<string, string> }>} */
const TEST_FILES = {
  // A page of the site's origin that loads nothing: storage is seeded and cleared here without starting an island.
  'blank.html': { file: fileURLToPath(new URL('./blank.html', import.meta.url)), type: TYPES['.html'] },
  // axe as a same-origin script, so the site's policy (script-src 'self') lets it in as served, and Chromium
  // can keep its compiled code between pages instead of evaluating 500 KB of source in every new document.
  'axe.min.js': {
    file: require.resolve('axe-core/axe.min.js'),
    type: TYPES['.js'],
    headers: IMMUTABLE,
  },
};

/** A path with a broken percent sign is simply not found (decodeURIComponent would throw). */
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * @param {string} dir
 * @param {{ testRoutes?: boolean }} [options] testRoutes: also serve TEST_ROUTES (the tests' server only)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(dir, { testRoutes = false } = {}) {
  const root = normalize(dir.endsWith(sep) ? dir : dir + sep);
  // Compressing on every request cost more than serving the file: each file is read and gzipped once
  // (again only if it changes on disk).
  /** @type {Map<string, { version: string, body: Buffer, gzip?: Buffer }>} */
  const cache = new Map();
  const load = async (path, version) => {
    const hit = cache.get(path);
    if (hit?.version === version) return hit;
    const entry = { version, body: await readFile(path) };
    cache.set(path, entry);
    return entry;
  };
  const send = (request, response, entry, type, headers = {}) => {
    // Text is sent compressed when the browser asks, as any real host does (and as the bench assumes).
    if (/text|javascript|json|svg/.test(type) && /gzip/.test(request.headers['accept-encoding'] ?? '')) {
      entry.gzip ??= gzipSync(entry.body);
      response.writeHead(200, {
        ...headers,
        'content-type': type,
        'content-encoding': 'gzip',
        vary: 'accept-encoding',
      });
      return response.end(entry.gzip);
    }
    response.writeHead(200, { ...headers, 'content-type': type });
    return response.end(entry.body);
  };

  const server = createServer(async (request, response) => {
    const path = safeDecode((request.url ?? '/').split('?')[0]);
    const testFile =
      testRoutes && path?.startsWith(TEST_ROUTES) ? TEST_FILES[path.slice(TEST_ROUTES.length)] : undefined;
    if (testFile) return send(request, response, await load(testFile.file, ''), testFile.type, testFile.headers);
    const candidate = path === undefined ? '' : normalize(join(root, path));
    for (const file of candidate.startsWith(root) ? [candidate, join(candidate, 'index.html')] : []) {
      const info = await stat(file).catch(() => undefined);
      if (info?.isFile()) {
        const entry = await load(file, `${info.mtimeMs}:${info.size}`);
        const headers = path.startsWith(HASHED) ? IMMUTABLE : {};
        return send(request, response, entry, TYPES[extname(file)] ?? 'application/octet-stream', headers);
      }
    }
    response.writeHead(404, { 'content-type': TYPES['.html'] });
    response.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}
