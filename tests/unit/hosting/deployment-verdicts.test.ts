import { describe, expect, it } from 'vitest';
import type { Answer, DeploymentFacts } from '~/browser/deployment-facts';
import { verdicts, type DeploymentRules } from '~/browser/deployment-verdicts';
import {
  CACHE,
  HASHED_ASSETS_PREFIX,
  ROOT_REDIRECT,
  SECURITY_HEADERS,
  SERVICE_WORKER_PATH,
} from '~/config/hosting/rules';

/*
 * The deployment check page's verdicts on what a live HTTPS host sends, which the browser test (over plain
 * HTTP on nginx and on the test server) cannot show: HSTS, LTW_SITE matching, other hosts' page caching.
 */

const ORIGIN = 'https://learn-together.example.nhs.uk';
const RULES: DeploymentRules = {
  securityHeaders: [...SECURITY_HEADERS],
  cache: CACHE,
  hashedAssetsPrefix: HASHED_ASSETS_PREFIX,
  serviceWorkerPath: SERVICE_WORKER_PATH,
  rootRedirect: ROOT_REDIRECT,
  notFoundTitle: 'Page not found',
  site: `${ORIGIN}/`,
};
const NOW = new Date('2026-12-07T00:00:00Z');

const answer = (headers: Record<string, string>, more: Partial<Answer> = {}): Answer => ({
  status: 200,
  headers: new Headers(headers),
  url: `${ORIGIN}/deployment-check/`,
  redirected: false,
  text: '',
  ...more,
});
const security = Object.fromEntries(SECURITY_HEADERS.map((h) => [h.name, h.value]));

/** A host doing everything right, over HTTPS, with the service worker registered. */
function liveSite(pageCache: string = CACHE.other): DeploymentFacts {
  return {
    origin: ORIGIN,
    https: true,
    metaPolicy: "default-src 'none'; script-src 'self'",
    page: answer({ ...security, 'Cache-Control': pageCache }),
    assetPath: '/_astro/index.abc123.css',
    asset: answer({ ...security, 'Cache-Control': CACHE.hashed }),
    serviceWorkerFile: answer({ 'Cache-Control': CACHE.serviceWorker }),
    missingPage: answer({}, { status: 404, text: '<title>Page not found - Learn Together</title>' }),
    root: answer({}, { url: `${ORIGIN}/en/`, redirected: true }),
    securityTxt: answer({}, { text: 'Contact: mailto:security@example.nhs.uk\nExpires: 2027-12-06T03:10:51Z\n' }),
    worker: { supported: true, scope: `${ORIGIN}/`, scriptURL: `${ORIGIN}/sw.js`, state: 'activated' },
  };
}

const statuses = (facts: DeploymentFacts, rules = RULES) =>
  Object.fromEntries([...verdicts(facts, rules, NOW)].map(([id, v]) => [id, v.status]));

describe('the deployment check page’s verdicts', () => {
  it('passes every check on an HTTPS host that sends every rule, built for its own address', () => {
    const all = statuses(liveSite());
    expect(Object.keys(all)).toHaveLength(10 + SECURITY_HEADERS.length);
    expect(Object.entries(all).filter(([, status]) => status !== 'passed')).toEqual([]);
  });

  it('takes "max-age=0, must-revalidate" for pages (the _headers hosts’ default), but not a page kept 10 minutes', () => {
    expect(statuses(liveSite('public, max-age=0, must-revalidate'))['page-cache']).toBe('passed');
    const tenMinutes = verdicts(liveSite('max-age=600'), RULES, NOW).get('page-cache')!;
    expect(tenMinutes).toEqual({
      status: 'fix',
      text: `Not as expected: this page is sent with “Cache-Control: max-age=600”. It should be “Cache-Control: ${CACHE.other}”.`,
    });
  });

  it('on HTTPS, names a missing HSTS header; a site built for another address; an expired security.txt', () => {
    const facts = liveSite();
    facts.page!.headers.delete('Strict-Transport-Security');
    facts.securityTxt!.text = 'Expires: 2026-01-01T00:00:00Z\n';
    const found = verdicts(facts, { ...RULES, site: 'https://old.example.nhs.uk/' }, NOW);
    expect(found.get('header:Strict-Transport-Security')!.status).toBe('fix');
    expect(found.get('site')!.text).toBe(
      `The site was built for https://old.example.nhs.uk, but this page is at ${ORIGIN}. Build again with LTW_SITE=${ORIGIN}.`,
    );
    expect(found.get('security-txt')!.text).toBe(
      '/.well-known/security.txt expired on 2026-01-01: build again and deploy (each build dates it a year ahead).',
    );
  });
});
