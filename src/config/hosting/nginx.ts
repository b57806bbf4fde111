import {
  CACHE,
  HASHED_ASSETS_PREFIX,
  NOT_FOUND_PAGE,
  ROOT_REDIRECT,
  SECURITY_HEADERS,
  SERVICE_WORKER_PATH,
} from './rules';

const quote = (value: string) => `"${value.replace(/"/g, '\\"')}"`;

/**
 * nginx repeats headers in every location: a location with its own add_header drops the server's.
 * `always` sends them on the 404 page too.
 */
const headers = (cache: string, indent: string) =>
  [...SECURITY_HEADERS, { name: 'Cache-Control', value: cache }]
    .map((h) => `${indent}add_header ${h.name} ${quote(h.value)} always;`)
    .join('\n');

/**
 * The rules, for `include` inside a server block whose `root` is the built site. They set no `types`:
 * nginx would then forget every type its mime.types gives (the PDF fonts' .ttf go out as
 * application/octet-stream, which is all the PDF code needs).
 */
export function nginxRules(): string {
  return `# Learn Together Wizard: headers, cache rules, missing pages and the root redirect.
# Written by the build from src/config/hosting/rules.ts; include it inside your server block.
index index.html;
error_page 404 ${NOT_FOUND_PAGE};
server_tokens off;
charset utf-8;
charset_types text/css text/plain text/javascript application/json image/svg+xml;

location = / {
${headers(CACHE.other, '  ')}
  return 302 ${ROOT_REDIRECT};
}
location ^~ ${HASHED_ASSETS_PREFIX} {
${headers(CACHE.hashed, '  ')}
  try_files $uri =404;
}
location = ${SERVICE_WORKER_PATH} {
${headers(CACHE.serviceWorker, '  ')}
  try_files $uri =404;
}
location / {
${headers(CACHE.other, '  ')}
  try_files $uri $uri/ =404;
}
`;
}

/** A whole server block for a trust to start from: HTTPS only, the rules above included. */
export function nginxServer(): string {
  return `# Learn Together Wizard on nginx. Replace the server name, the certificate paths and the root,
# and put learn-together-rules.conf in nginx's own folder (/etc/nginx/): a relative include is read from
# there, wherever this file is. Step by step: docs/deploy/nginx.md.
server {
  listen 80;
  listen [::]:80;
  server_name learn-together.example.nhs.uk;
  return 301 https://$host$request_uri;
}
server {
  # "listen … http2" works on every nginx still supported by a distribution (Debian 12 has 1.22, which does
  # not know "http2 on;"); nginx 1.25.1 and later accept it with a warning and prefer "http2 on;".
  listen 443 ssl http2;
  listen [::]:443 ssl http2;
  server_name learn-together.example.nhs.uk;
  ssl_certificate     /etc/ssl/certs/learn-together.pem;
  ssl_certificate_key /etc/ssl/private/learn-together.key;
  root /var/www/learn-together/dist;
  gzip on;
  gzip_types text/css text/javascript application/javascript application/json image/svg+xml;
  include learn-together-rules.conf;
}
`;
}
