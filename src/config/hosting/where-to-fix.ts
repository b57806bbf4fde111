import { NOT_FOUND_PAGE } from './rules';

/*
 * Where a web team fixes what the deployment check page (src/pages/deployment-check.astro) finds:
 * for each kind of rule, the file the build writes for each host. tests/unit/hosting/where-to-fix.test.ts
 * checks every file named here is one the build writes.
 */

export interface HostFix {
  host: string;
  fix: string;
}

export type FixTopic = 'https' | 'headers' | 'cache' | 'notFound' | 'root';

const APACHE = 'Apache: dist/.htaccess, served with the site (needs mod_headers and AllowOverride FileInfo Indexes)';
const IIS = 'IIS: dist/web.config, served with the site';
const AZURE = 'Azure Static Web Apps: dist/staticwebapp.config.json, deployed with the site';
/** Where every host but CloudFront sets both its headers and its cache rules: the same generated file. */
const HEADER_FILES: readonly HostFix[] = [
  { host: 'nginx', fix: 'include hosting/nginx/learn-together-rules.conf inside your server block' },
  { host: 'Apache', fix: APACHE },
  { host: 'IIS', fix: IIS },
  { host: 'Azure Static Web Apps', fix: AZURE },
  { host: 'Netlify or Cloudflare Pages', fix: 'dist/_headers, deployed with the site' },
];

export const WHERE_TO_FIX: Record<FixTopic, readonly HostFix[]> = {
  https: [
    {
      host: 'nginx',
      fix: 'start from hosting/nginx/learn-together.conf: it serves HTTPS on port 443 and sends plain HTTP there',
    },
    { host: 'Apache', fix: 'a <VirtualHost *:443> with your certificate, and plain HTTP redirected to it' },
    { host: 'IIS', fix: 'an https binding with your certificate, and "Require SSL" on the site' },
    { host: 'Azure Static Web Apps', fix: 'HTTPS is on by itself: open the site at its https:// address' },
    { host: 'Netlify or Cloudflare Pages', fix: 'HTTPS is on by itself: turn on "force HTTPS" / "Always Use HTTPS"' },
    { host: 'S3 with CloudFront', fix: 'viewer protocol policy "Redirect HTTP to HTTPS" on every cache behaviour' },
  ],
  headers: [
    ...HEADER_FILES,
    {
      host: 'S3 with CloudFront',
      fix: 'attach hosting/cloudfront/response-headers-policy.json to every cache behaviour',
    },
  ],
  cache: [
    ...HEADER_FILES,
    {
      host: 'S3 with CloudFront',
      fix: 'upload with hosting/cloudfront/s3-upload.sh (it sets each file’s Cache-Control)',
    },
  ],
  notFound: [
    { host: 'nginx', fix: 'include hosting/nginx/learn-together-rules.conf (error_page 404)' },
    { host: 'Apache', fix: `${APACHE} (ErrorDocument 404)` },
    { host: 'IIS', fix: IIS },
    { host: 'Azure Static Web Apps', fix: AZURE },
    {
      host: 'Netlify or Cloudflare Pages',
      fix: `these hosts serve ${NOT_FOUND_PAGE} by themselves: check it was deployed`,
    },
    {
      host: 'S3 with CloudFront',
      fix: `add custom error responses for 403 and 404: ${NOT_FOUND_PAGE}, response code 404 (see hosting/cloudfront/s3-upload.sh)`,
    },
  ],
  root: [
    { host: 'nginx', fix: 'include hosting/nginx/learn-together-rules.conf (location = /)' },
    { host: 'Apache', fix: `${APACHE} (RedirectMatch)` },
    {
      host: 'IIS',
      fix: 'no redirect is configured (it needs the URL Rewrite module): the root page forwards people itself, so this may stay as it is',
    },
    { host: 'Azure Static Web Apps', fix: AZURE },
    { host: 'Netlify or Cloudflare Pages', fix: 'dist/_redirects, deployed with the site' },
    {
      host: 'S3 with CloudFront',
      fix: 'attach hosting/cloudfront/viewer-request-function.js as a viewer-request function',
    },
  ],
};
