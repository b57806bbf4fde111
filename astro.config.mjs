// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { loadTrustSettings } from './src/config/load-trust.ts';

/** Fail the build at once, naming the field, when content/trust.yaml is wrong. */
const validateTrustSettings = {
  name: 'ltw:validate-trust-settings',
  hooks: {
    'astro:config:setup': () => {
      loadTrustSettings();
    },
  },
};

export default defineConfig({
  output: 'static',
  outDir: process.env.LTW_OUT_DIR || './dist',
  // The site is served at the root of its host; set LTW_SITE to your public address for canonical links.
  site: process.env.LTW_SITE,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [validateTrustSettings, preact({ compat: true })],
  devToolbar: { enabled: false },
  // Source maps only for `npm run bench`, which attributes JavaScript bytes to packages; never shipped.
  vite: { build: { sourcemap: process.env.LTW_SOURCEMAP === '1' ? 'hidden' : false } },
});
