import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { offlineManifest, serviceWorkerSource } from '~/config/hosting/write-service-worker';

/* The service worker's list of files, from a small built site: what it keeps, and what it never lists. */

const dist = mkdtempSync(join(tmpdir(), 'ltw-sw-'));
const put = (path: string, text = path) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
};
for (const path of [
  '_astro/wizard.abc.js',
  '_astro/OpenSans.def.ttf',
  '_astro/NotoNastaliqUrdu_400Regular.Xy-1.ttf',
  '_astro/build-no-tables-utf16.Dk-9.js',
  '_astro/en-ueb-g2.CCA1.ctb',
  '_astro/cy-cy-g1.D7Zg.utb',
  '_astro/harfbuzz.Bx3q-1.js',
  '_astro/harfbuzz.CODTKW78.wasm',
  '_astro/NotoNaskhArabic_400Regular.Dk_9a.ttf',
  '_astro/NotoSansSC_400Regular.a1b2.ttf',
  '_astro/NotoEmoji_400Regular.c-3d.ttf',
  'en/index.html',
  'en/wizard/index.html',
  'en/agreement/blank.pdf',
  'cy/index.html',
  'ur/index.html',
  'favicon.svg',
  '404.html',
  '.htaccess',
  '_headers',
  'web.config',
  '.well-known/security.txt',
])
  put(path);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the service worker file', () => {
  it('lists the shared files and each language apart, as the addresses pages use', () => {
    const manifest = offlineManifest(dist, 'ltw-offline-');
    expect(manifest.shared).toEqual(['/_astro/OpenSans.def.ttf', '/_astro/wizard.abc.js', '/favicon.svg', '/404.html']);
    expect(manifest.languages).toEqual({
      cy: ['/cy/'],
      en: ['/en/', '/en/agreement/blank.pdf', '/en/wizard/'],
      ur: ['/_astro/NotoNastaliqUrdu_400Regular.Xy-1.ttf', '/ur/'],
    });
  });

  it("keeps Urdu's Nastaliq font (0.5 MB) only for someone reading Urdu, not on every phone", () => {
    const manifest = offlineManifest(dist, 'ltw-offline-');
    expect(manifest.shared.filter((path) => path.includes('Nastaliq'))).toEqual([]);
  });

  it('leaves the braille engine and its tables to be fetched when asked for (1.7 MB a phone need not copy)', () => {
    const listed = JSON.stringify(offlineManifest(dist, 'ltw-offline-'));
    for (const file of ['build-no-tables', '.ctb', '.utb']) expect(listed).not.toContain(file);
  });

  it('leaves HarfBuzz and the fonts for other scripts to be fetched when a PDF needs them (the Chinese one is 10 MB)', () => {
    const manifest = offlineManifest(dist, 'ltw-offline-');
    // Only Urdu's page font (kept for Urdu readers, above) is a Noto file anyone keeps.
    const urduPageFont = /\/NotoNastaliqUrdu_400Regular\./;
    const listed = JSON.stringify([
      ...manifest.shared,
      ...Object.values(manifest.languages)
        .flat()
        .filter((path) => !urduPageFont.test(path)),
    ]);
    for (const file of ['harfbuzz', 'Noto', '.wasm']) expect(listed).not.toContain(file);
    // The PDF's own font stays: a PDF of Latin writing is made offline as before.
    expect(listed).toContain('/_astro/OpenSans.def.ttf');
  });

  it('never lists a host file or the security contact', () => {
    const listed = JSON.stringify(offlineManifest(dist, 'ltw-offline-'));
    for (const file of ['.htaccess', '_headers', 'web.config', 'security.txt']) expect(listed).not.toContain(file);
  });

  it('changes its version, and so its bytes, when any file changes', () => {
    const before = serviceWorkerSource(offlineManifest(dist, 'ltw-offline-'));
    put('en/wizard/index.html', 'a new version of the page');
    const after = serviceWorkerSource(offlineManifest(dist, 'ltw-offline-'));
    expect(after).not.toBe(before);
    expect(serviceWorkerSource(offlineManifest(dist, 'ltw-offline-'))).toBe(after);
  });

  it('is a script that stands on its own (nothing from the build is left out of it)', () => {
    const source = serviceWorkerSource(offlineManifest(dist, 'ltw-offline-'));
    const listeners: string[] = [];
    const self = { addEventListener: (type: string) => listeners.push(type), location: { origin: 'x' } };
    runInNewContext(source, { self });
    expect(listeners.sort()).toEqual(['activate', 'fetch', 'install', 'message']);
  });
});
