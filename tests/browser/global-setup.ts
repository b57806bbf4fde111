import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from '../helpers/chromium';
import { NGINX, startNginx } from '../helpers/nginx';
import { DIST, REPO_ROOT } from '../helpers/paths';
import { TEST_ROUTES, serveStatic } from '../tools/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The same built site served by Debian's nginx with the rules the build writes (headers and all). */
    nginxUrl: string;
  }
}

function assertNginxInstalled() {
  if (spawnSync(NGINX, ['-v']).error)
    throw new Error(
      'nginx is not installed: the browser tests serve the built site through it, with the rules the build writes. ' +
        '.ci/run installs it (apt-get install nginx); on your own machine run: sudo apt-get install nginx',
    );
}

/**
 * The build's nginx rules, as a trust includes them, and one test-only file beside them: axe, at the path the
 * test server gives it, so the accessibility checks load it from the page's own origin (its policy allows
 * 'self' only) and Chromium keeps it compiled between pages. Nothing else is added to what a trust installs.
 */
function rulesWithAxe(folder: string): string {
  const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const file = join(folder, 'rules-with-axe.conf');
  writeFileSync(
    file,
    `include ${join(REPO_ROOT, 'hosting/nginx/learn-together-rules.conf')};
location = ${TEST_ROUTES}axe.min.js {
  alias ${axe};
  default_type text/javascript;
  add_header Cache-Control "public, max-age=31536000, immutable";
}
`,
  );
  return file;
}

/**
 * Build the site once, serve dist/ on free ports, from the Node test server and from nginx, and share both
 * addresses with every browser test.
 */
export default async function setup(project: TestProject) {
  assertChromiumInstalled();
  assertNginxInstalled();
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
        // Every language, whatever content/trust.yaml turns on: Urdu and Polish pages are tested too.
        LTW_LANGUAGES: 'en,cy,ur,pl',
      },
    });
  }
  const server = await serveStatic(DIST, { testRoutes: true });
  project.provide('baseUrl', server.url);
  const folder = mkdtempSync(join(tmpdir(), 'ltw-nginx-rules-'));
  const nginx = await startNginx(DIST, rulesWithAxe(folder));
  project.provide('nginxUrl', nginx.url);
  return async () => {
    await Promise.all([server.close(), nginx.close()]);
    rmSync(folder, { recursive: true, force: true });
  };
}
