import {
  CACHE,
  HASHED_ASSETS_PREFIX,
  NOT_FOUND_PAGE,
  ROOT_REDIRECT,
  SECURITY_HEADERS,
  SERVICE_WORKER_PATH,
} from './rules';

const value = (name: string) => SECURITY_HEADERS.find((h) => h.name === name)!.value;
const OWN = new Set([
  'Content-Security-Policy',
  'Strict-Transport-Security',
  'Referrer-Policy',
  'X-Content-Type-Options',
]);

/** A CloudFront response headers policy (for `aws cloudfront create-response-headers-policy`). */
export function cloudFrontHeadersPolicy(): string {
  const hsts = /max-age=(\d+)/.exec(value('Strict-Transport-Security'))!;
  const custom = SECURITY_HEADERS.filter((h) => !OWN.has(h.name));
  const policy = {
    Name: 'learn-together-wizard-security',
    Comment: 'Written by the build from src/config/hosting/rules.ts',
    SecurityHeadersConfig: {
      ContentSecurityPolicy: { Override: true, ContentSecurityPolicy: value('Content-Security-Policy') },
      StrictTransportSecurity: {
        Override: true,
        AccessControlMaxAgeSec: Number(hsts[1]),
        IncludeSubdomains: value('Strict-Transport-Security').includes('includeSubDomains'),
      },
      ReferrerPolicy: { Override: true, ReferrerPolicy: value('Referrer-Policy') },
      ContentTypeOptions: { Override: true },
    },
    CustomHeadersConfig: {
      Quantity: custom.length,
      Items: custom.map((h) => ({ Header: h.name, Value: h.value, Override: true })),
    },
  };
  return `${JSON.stringify(policy, null, 2)}\n`;
}

/**
 * A CloudFront Function (viewer request) for an S3 origin: the root goes to the default language, and a
 * folder address gets its index.html (S3 behind CloudFront has no index documents but the root's).
 */
export function cloudFrontFunction(): string {
  return `// Learn Together Wizard: written by the build from src/config/hosting/rules.ts.
function handler(event) {
  var request = event.request;
  if (request.uri === '/') {
    return { statusCode: 302, statusDescription: 'Found', headers: { location: { value: '${ROOT_REDIRECT}' } } };
  }
  if (request.uri.endsWith('/')) request.uri += 'index.html';
  else if (!request.uri.split('/').pop().includes('.')) request.uri += '/index.html';
  return request;
}
`;
}

/** Uploading to S3 with each file's Cache-Control, and the 404 page as CloudFront's error response. */
export function s3UploadScript(): string {
  return `#!/bin/sh
# Learn Together Wizard: written by the build from src/config/hosting/rules.ts.
# Usage: BUCKET=my-bucket sh s3-upload.sh   (run from the folder that holds dist/)
# In CloudFront, set a custom error response: 403 and 404 -> ${NOT_FOUND_PAGE}, response code 404.
set -eu
aws s3 sync dist "s3://$BUCKET" --delete --exclude "${HASHED_ASSETS_PREFIX.slice(1)}*" --exclude "${SERVICE_WORKER_PATH.slice(1)}" --cache-control "${CACHE.other}"
aws s3 sync dist${HASHED_ASSETS_PREFIX} "s3://$BUCKET${HASHED_ASSETS_PREFIX}" --cache-control "${CACHE.hashed}"
if [ -f dist${SERVICE_WORKER_PATH} ]; then
  aws s3 cp dist${SERVICE_WORKER_PATH} "s3://$BUCKET${SERVICE_WORKER_PATH}" --cache-control "${CACHE.serviceWorker}"
fi
`;
}
