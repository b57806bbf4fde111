import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from '../helpers/chromium';
import { DIST, REPO_ROOT } from '../helpers/paths';
import { serveStatic } from '../tools/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Build the site once, serve dist/ on a free port, and share the address with every browser test. */
export default async function setup(project: TestProject) {
  assertChromiumInstalled();
  if (process.env.LTW_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      // Vitest sets NODE_ENV=test, which would keep libraries' development code in the bundle: build what ships.
      env: {
        ...process.env,
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        LTW_TRUST_FILE: '',
        LTW_OUT_DIR: '',
        // The pseudo-locales' pages too: tests/browser/pseudo-locales.test.ts reads them.
        LTW_PSEUDO_LOCALES: '1',
      },
    });
  }
  const server = await serveStatic(DIST, { testRoutes: true });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
