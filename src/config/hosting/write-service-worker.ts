import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HASHED_ASSETS_PREFIX, NOT_FOUND_PAGE, ROOT_REDIRECT, SERVICE_WORKER_PATH } from './rules';
import { offlineWorker, type OfflineManifest } from './offline-worker';

/** How long a page waits for the network before the kept copy is shown (a phone with patchy signal). */
const WAIT_FOR_NETWORK_MS = 4000;
/** Top-level files every page may use; the rest of the top level is for hosts (.htaccess, _headers...), not pages. */
const SHARED_FILES = ['/favicon.svg', NOT_FOUND_PAGE];
/**
 * Built files fetched only when someone asks for their format, and too large to copy onto every phone on a
 * first visit: the braille engine (1.7 MB) and its tables; HarfBuzz (its code and WebAssembly, 200 KB gzip)
 * and the Noto fonts for other scripts (the Chinese one is 10 MB), which a PDF fetches only for writing
 * Open Sans cannot draw. These downloads need a signal; without one the page says so and offers printing.
 */
const ONLY_ON_REQUEST = new RegExp(
  [
    /\/build-no-tables-utf(16|32)\.[\w-]+\.js$|\.(ctb|utb|uti|cti|dis|tbl)$/,
    /\/harfbuzz\.[\w-]+\.(js|wasm)$/,
    /\/Noto[A-Za-z]+(_\w+)?\.[\w-]+\.ttf$/,
  ]
    .map((pattern) => pattern.source)
    .join('|'),
);
/** Built files only one language's pages use: kept for those who read it (Urdu's Nastaliq font, 0.5 MB). */
const LANGUAGE_ASSETS: Record<string, RegExp> = { ur: /\/NotoNastaliqUrdu_400Regular\.[\w-]+\.ttf$/ };
const languageAsset = (path: string) => Object.values(LANGUAGE_ASSETS).some((pattern) => pattern.test(path));
/** Top-level folders that are not a language's pages. */
const NOT_A_LANGUAGE = new Set([HASHED_ASSETS_PREFIX.slice(1, -1), '.well-known']);

function filesUnder(dir: string, root: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, root);
    const path = '/' + relative(root, full).split(sep).join('/');
    return [path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path];
  });
}

/** What the worker keeps, read from the built site: `dist` after the build. */
export function offlineManifest(dist: string, cachePrefix: string): OfflineManifest {
  const folders = readdirSync(dist, { withFileTypes: true }).filter((e) => e.isDirectory());
  // A language's own files are kept for its readers even where only-on-request would leave them out (Nastaliq is
  // both Urdu's page font and the Urdu PDF's).
  const assets = filesUnder(join(dist, HASHED_ASSETS_PREFIX), dist).filter(
    (path) => !ONLY_ON_REQUEST.test(path) || languageAsset(path),
  );
  const shared = [...assets.filter((path) => !languageAsset(path)).sort(), ...SHARED_FILES];
  const languages: Record<string, string[]> = {};
  for (const { name } of folders)
    if (!NOT_A_LANGUAGE.has(name))
      languages[name] = [
        ...assets.filter((path) => LANGUAGE_ASSETS[name]?.test(path)),
        ...filesUnder(join(dist, name), dist).sort(),
      ];
  const hash = createHash('sha256');
  for (const path of [...shared, ...Object.values(languages).flat()]) {
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    hash.update(path).update(readFileSync(file));
  }
  const version = hash.digest('hex').slice(0, 16);
  return {
    version,
    cachePrefix,
    shared,
    languages,
    root: ROOT_REDIRECT,
    notFound: NOT_FOUND_PAGE,
    hashedPrefix: HASHED_ASSETS_PREFIX,
    waitForNetworkMs: WAIT_FOR_NETWORK_MS,
  };
}

/** The worker's text: its code, started with the list of files (which carries the build's version). */
export function serviceWorkerSource(manifest: OfflineManifest): string {
  return `// Learn Together Wizard: keeps this site's own pages and files for use offline. Never answers.\n(${offlineWorker.toString()})(${JSON.stringify(manifest)});\n`;
}

/** Writes /sw.js into the built site. */
export function writeServiceWorker(dist: string, cachePrefix: string): OfflineManifest {
  const manifest = offlineManifest(dist, cachePrefix);
  writeFileSync(join(dist, SERVICE_WORKER_PATH), serviceWorkerSource(manifest));
  return manifest;
}
