// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { fileURLToPath } from 'node:url';
import { loadTrustSettings } from './src/config/load-trust.ts';
import { builtLanguages } from './src/config/built-languages.ts';
import { remarkTrustValues } from './src/config/remark-trust-values.ts';
import { remarkPhoneLinks } from './src/core/text/remark-phone-links.ts';
import { securityTxt } from './src/site/security-txt.ts';
import { writeHostFiles } from './src/config/hosting/write-host-files.ts';
import { writeSbom } from './src/config/sbom/write-sbom.ts';
import { writeServiceWorker } from './src/config/hosting/write-service-worker.ts';
import { STORAGE_KEYS } from './src/core/store/types.ts';
import { mkdirSync, writeFileSync } from 'node:fs';

const BUILT_AT = new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000 || Date.now()).toISOString();

/** Fail the build at once, naming the field, when content/trust.yaml is wrong. */
const validateTrustSettings = {
  name: 'ltw:validate-trust-settings',
  hooks: {
    'astro:config:setup': () => {
      builtLanguages(loadTrustSettings());
    },
  },
};

/**
 * What the host needs besides the pages: every host's configuration from one list (src/config/hosting/),
 * the files a host reads into dist/, the ones its administrator installs into hosting/ beside it; and
 * /sw.js, the service worker that keeps the site for use offline; and
 * /.well-known/security.txt with the trust's security contact, dated at build (none without a contact).
 */
const writeHostingFiles = {
  name: 'ltw:hosting-files',
  hooks: {
    'astro:build:done': (/** @type {{ dir: URL }} */ { dir }) => {
      writeHostFiles(fileURLToPath(dir), fileURLToPath(new URL('../hosting/', dir)));
      // The service worker, listing every file it may keep (README "Works offline").
      writeServiceWorker(fileURLToPath(dir), STORAGE_KEYS.offlineCachePrefix);
      const text = securityTxt(loadTrustSettings(), new Date(), process.env.LTW_SITE);
      if (!text) return;
      const folder = new URL('.well-known/', dir);
      mkdirSync(folder, { recursive: true });
      writeFileSync(new URL('security.txt', folder), text);
    },
  },
};

/** The CycloneDX software bill of materials (dist/sbom.cdx.json), from package-lock.json, for a trust's reviewers. */
const writeBillOfMaterials = {
  name: 'ltw:sbom',
  hooks: {
    'astro:build:done': (/** @type {{ dir: URL }} */ { dir }) => {
      writeSbom(fileURLToPath(new URL('.', import.meta.url)), fileURLToPath(dir));
    },
  },
};

/**
 * The trust values guidance Markdown may use ({{days}}). They go into the config as plain data, so a
 * changed trust file changes Astro's config digest and the cached Markdown is rendered again.
 */
function markdownTrustValues() {
  try {
    return { days: String(loadTrustSettings().savedAnswersExpireAfterDays) };
  } catch {
    return {}; // The integration above reports what is wrong with the file.
  }
}

/** The languages turned on (trust `languages`, or LTW_LANGUAGES): only these are built and offered. */
function languagesToBuild() {
  try {
    return builtLanguages(loadTrustSettings());
  } catch {
    return ['en']; // The integration above stops the build, saying what is wrong.
  }
}

/**
 * The family's first load in one chunk. The other islands (the team's pages, the family link, the letter)
 * reuse much of the wizard: its machine, question types, error summary. Left alone, Rollup would split
 * everything they share into chunks of their own, and the wizard's first load would grow by the cost of
 * those extra files. So every module the wizard's island imports statically goes into one "wizard" chunk,
 * which those islands load too. Preact stays out, and what the plain pages' small scripts share with it
 * (the storage code that "Delete everything" uses) goes into a "storage" chunk of its own, so those
 * pages stay light. (Rollup puts a manual chunk's unassigned dependencies into it, hence two names.) What loads on demand is chunked as before.
 * What the family's link page needs from the wizard's modules, to paint and to read the link, is a third chunk,
 * "page-shell" (the shell, the store, the questions; not the machine): the wizard loads it as a second file.
 */
function wizardFirstLoadChunk() {
  // One set per build: the server and the client builds each call this with their own module graph.
  /** @type {WeakMap<object, Map<string, string>>} */
  const perBuild = new WeakMap();
  /** @type {import('rollup').GetManualChunk} */
  return (id, { getModuleIds, getModuleInfo }) => {
    let chunks = perBuild.get(getModuleInfo);
    if (!chunks) {
      const ids = [...getModuleIds()];
      const closure = (/** @type {string[]} */ roots) => {
        const seen = new Set();
        const visit = (/** @type {string} */ m) => {
          if (seen.has(m) || /node_modules\/preact\/|^\0|vite\/preload-helper/.test(m)) return;
          seen.add(m);
          for (const next of getModuleInfo(m)?.importedIds ?? []) visit(next);
        };
        roots.forEach(visit);
        return seen;
      };
      const wizard = ids.filter((m) => m.endsWith('/src/family/wizard/WizardIsland.tsx'));
      const familyLink = ids.filter((m) => m.endsWith('/src/family/link/FamilyLinkIsland.tsx'));
      const plainPageScripts = ids.filter((m) => getModuleInfo(m)?.isEntry && /\.astro\?astro&type=script/.test(m));
      const light = closure(plainPageScripts);
      // What the family's link page shares with the wizard gets a chunk of its own, so opening the link
      // does not parse and run the whole wizard (long tasks on a phone after the first paint).
      const linkLoads = familyLink.flatMap((m) => getModuleInfo(m)?.dynamicallyImportedIds ?? []);
      const shared = closure([...familyLink, ...linkLoads]);
      const chunkOf = (/** @type {string} */ m) => (light.has(m) ? 'storage' : shared.has(m) ? 'page-shell' : 'wizard');
      chunks = new Map([...closure(wizard)].map((m) => [m, chunkOf(m)]));
      perBuild.set(getModuleInfo, chunks);
    }
    // Vite's helper for dynamic imports is used by both islands; left unassigned, it would follow the wizard.
    if (id.includes('vite/preload-helper')) return 'page-shell';
    // HarfBuzz's code by a name of its own, so the offline worker can leave it to be fetched when a PDF needs it.
    // Not the `?url` of its WebAssembly: that is a string the loader imports up front, and in HarfBuzz's chunk
    // it would run HarfBuzz (which fetches and compiles the WebAssembly) for every PDF, Latin ones too.
    if (id.includes('/node_modules/harfbuzzjs/') && !id.includes('?')) return 'harfbuzz';
    return chunks.get(id);
  };
}

export default defineConfig({
  output: 'static',
  outDir: process.env.LTW_OUT_DIR || './dist',
  // The site is served at the root of its host; set LTW_SITE to your public address for canonical links.
  site: process.env.LTW_SITE,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [validateTrustSettings, preact(), writeHostingFiles, writeBillOfMaterials],
  devToolbar: { enabled: false },
  markdown: { remarkPlugins: [[remarkTrustValues, { values: markdownTrustValues() }], remarkPhoneLinks] },
  // A strict Content Security Policy on every page, as a <meta> tag: Astro hashes its own inline scripts
  // and styles; everything else must come from this site. Nothing may be framed, posted elsewhere or
  // fetched from another origin. (frame-ancestors needs an HTTP header: see the README's deployment notes.)
  // The pages that make PDFs (the wizard, the team's area) add 'wasm-unsafe-eval' to script-src for HarfBuzz,
  // in their own frontmatter (src/site/pdf-shaping-policy.ts); no other page has it.
  experimental: {
    csp: {
      directives: [
        "default-src 'none'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Source maps only for `npm run bench`, which attributes JavaScript bytes to packages; never shipped.
  vite: {
    // Test-only pseudo-locales (src/i18n/locales.ts): the browser tests build with LTW_PSEUDO_LOCALES=1.
    define: {
      __LTW_PSEUDO_LOCALES__: JSON.stringify(process.env.LTW_PSEUDO_LOCALES === '1'),
      // The trust's languages (content/trust.yaml `languages`); the browser tests build all with LTW_LANGUAGES.
      __LTW_LANGUAGES__: JSON.stringify(languagesToBuild()),
      // When this was built, stamped on what the store saves (src/core/store/build.ts); SOURCE_DATE_EPOCH fixes it.
      __LTW_BUILD__: JSON.stringify(BUILT_AT),
    },
    // @xstate/react imports "react": give it Preact's hooks (see src/ui/react-hooks.ts).
    resolve: {
      alias: [{ find: /^react$/, replacement: fileURLToPath(new URL('./src/ui/react-hooks.ts', import.meta.url)) }],
    },
    build: {
      sourcemap: process.env.LTW_SOURCEMAP === '1' ? 'hidden' : false,
      // Vite's preload helper only matters for CSS split by route; this site has one stylesheet.
      modulePreload: false,
      minify: process.env.LTW_NO_MINIFY === '1' ? false : 'terser',
      terserOptions: { compress: { passes: 2 }, format: { comments: false } },
      rollupOptions: { output: { manualChunks: wizardFirstLoadChunk() } },
    },
  },
});
