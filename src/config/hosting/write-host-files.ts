import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apacheHtaccess } from './apache';
import { azureStaticWebAppConfig } from './azure';
import { cloudFrontFunction, cloudFrontHeadersPolicy, s3UploadScript } from './cloudfront';
import { iisWebConfig } from './iis';
import { headersFile, redirectsFile } from './netlify';
import { nginxRules, nginxServer } from './nginx';

/** What each host reads from the site's own folder. */
export const SITE_FILES: Record<string, () => string> = {
  '.htaccess': apacheHtaccess,
  'web.config': iisWebConfig,
  'staticwebapp.config.json': azureStaticWebAppConfig,
  _headers: headersFile,
  _redirects: redirectsFile,
};

/** What a host's administrator installs elsewhere: kept beside the site, never served with it. */
export const ADMIN_FILES: Record<string, () => string> = {
  'nginx/learn-together-rules.conf': nginxRules,
  'nginx/learn-together.conf': nginxServer,
  'cloudfront/response-headers-policy.json': cloudFrontHeadersPolicy,
  'cloudfront/viewer-request-function.js': cloudFrontFunction,
  'cloudfront/s3-upload.sh': s3UploadScript,
};

/** Writes every host's configuration: site files into `siteDir`, administrators' files into `hostingDir`. */
export function writeHostFiles(siteDir: string, hostingDir: string): void {
  for (const [name, make] of Object.entries(SITE_FILES)) writeFileSync(join(siteDir, name), make());
  for (const [name, make] of Object.entries(ADMIN_FILES)) {
    const path = join(hostingDir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, make());
  }
}
