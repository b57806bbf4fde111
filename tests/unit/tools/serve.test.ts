import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { serveStatic, TEST_ROUTES } from '../../tools/serve.mjs';

const site = mkdtempSync(join(tmpdir(), 'ltw-serve-'));
writeFileSync(join(site, 'index.html'), '<h1>First</h1>');
writeFileSync(join(site, '404.html'), 'Not here');
const servers: { close: () => Promise<void> }[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

async function serve(options?: { testRoutes?: boolean }) {
  const server = await serveStatic(site, options);
  servers.push(server);
  return server.url;
}

/** A GET as a browser makes it (asking for gzip), with the body unzipped when it came zipped. */
function get(url: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) =>
    request(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: response.statusCode!, headers: response.headers, body: body.toString('utf8') });
      });
    })
      .on('error', reject)
      .end(),
  );
}

describe('the test server', () => {
  it('sends a file again once it changes on disk, though it compresses each file only once', async () => {
    const url = await serve();
    expect((await get(url + '/')).body).toBe('<h1>First</h1>');
    writeFileSync(join(site, 'index.html'), '<h1>Second, and longer</h1>');
    const again = await get(url + '/');
    expect(again.headers['content-encoding']).toBe('gzip');
    expect(again.body).toBe('<h1>Second, and longer</h1>');
  });

  it('serves the blank page and axe only to the tests, axe with a cache header', async () => {
    const plain = await serve();
    expect((await get(plain + TEST_ROUTES + 'blank.html')).status).toBe(404);
    const tests = await serve({ testRoutes: true });
    const blank = await get(tests + TEST_ROUTES + 'blank.html');
    expect(blank.status).toBe(200);
    expect(blank.body).not.toMatch(/<script/);
    const axe = await get(tests + TEST_ROUTES + 'axe.min.js');
    expect(axe.headers['cache-control']).toMatch(/max-age=\d{6,}/);
    expect(axe.body).toContain('axe');
  });

  it('answers an address with a broken percent sign with its not-found page', async () => {
    expect(await get((await serve()) + '/%E0%A4%A')).toMatchObject({ status: 404, body: 'Not here' });
  });
});
