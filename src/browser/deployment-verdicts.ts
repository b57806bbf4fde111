import type { Answer, DeploymentFacts } from './deployment-facts';

/*
 * What the deployment check page says about each rule, in plain words for a trust's web team (the page
 * is in English only: it is for them, not for families). The rules themselves come from
 * src/config/hosting/rules.ts, written into the page at build.
 */

export interface DeploymentRules {
  securityHeaders: { name: string; value: string }[];
  cache: { hashed: string; serviceWorker: string; other: string };
  hashedAssetsPrefix: string;
  serviceWorkerPath: string;
  rootRedirect: string;
  /** The "Page not found" page's title, to know the site's own 404 page from a host's. */
  notFoundTitle: string;
  /** LTW_SITE as the site was built with it, or '' when it was not set. */
  site: string;
}

export type Status = 'passed' | 'fix' | 'notChecked';
export interface Verdict {
  status: Status;
  text: string;
}

const passed = (text: string): Verdict => ({ status: 'passed', text });
const fix = (text: string): Verdict => ({ status: 'fix', text });
const notChecked = (text: string): Verdict => ({ status: 'notChecked', text });
const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.toLowerCase();
const noAnswer = (what: string) => fix(`No answer for ${what}: the request failed. Is the site reachable?`);

/**
 * Pages may also be sent "max-age=0, must-revalidate", the default of hosts that read `_headers` (whose
 * file leaves pages to that default): browsers then check for a new version each time, as with no-cache.
 */
const revalidatedEachTime = (found: string) =>
  same(found, 'no-cache') || (/\bmax-age=0\b/i.test(found) && /\bmust-revalidate\b/i.test(found));

/** A header on `answer` (of `what`) compared with the value the rules give, exactly unless `matches` says. */
function header(
  answer: Answer | undefined,
  what: string,
  name: string,
  wanted: string,
  matches = (found: string) => same(found, wanted),
): Verdict {
  if (!answer) return noAnswer(what);
  const found = answer.headers.get(name);
  if (found === null) return fix(`Missing: ${what} is sent without ${name}. It should be “${name}: ${wanted}”.`);
  return matches(found)
    ? passed(`${what.charAt(0).toUpperCase()}${what.slice(1)} is sent with “${name}: ${found}”.`)
    : fix(`Not as expected: ${what} is sent with “${name}: ${found}”. It should be “${name}: ${wanted}”.`);
}

function headerRule(facts: DeploymentFacts, name: string, value: string): Verdict {
  if (name === 'Strict-Transport-Security' && !facts.https)
    return notChecked('Not on HTTPS: browsers obey this header only on an HTTPS address, so check it there.');
  // The header policy adds to the page's own: it need only contain the rule a <meta> cannot carry.
  const contains = (found: string) => found.toLowerCase().includes(value.toLowerCase());
  return header(facts.page, 'this page', name, value, name === 'Content-Security-Policy' ? contains : undefined);
}

function notFound(answer: Answer | undefined, title: string): Verdict {
  if (!answer) return noAnswer('a missing page');
  const own = answer.text.includes(title);
  if (answer.status === 404 && own) return passed(`A missing address answers 404 with the site’s own “${title}” page.`);
  if (answer.status === 404)
    return fix('A missing address answers 404, but with the host’s page, not the site’s 404.html.');
  return fix(
    `A missing address answers ${answer.status} instead of 404${own ? '' : ', and not with the site’s 404.html'}.`,
  );
}

function root(answer: Answer | undefined, target: string): Verdict {
  if (!answer) return noAnswer('the root address');
  const landed = new URL(answer.url).pathname;
  if (answer.redirected && landed === target) return passed(`The root address redirects to ${target}.`);
  if (answer.redirected) return fix(`The root address redirects to ${landed}, not to ${target}.`);
  return fix(
    `The root address answers with a page instead of a redirect to ${target}. That page forwards people by itself, so families still arrive, but a redirect is quicker.`,
  );
}

function site(built: string, origin: string): Verdict {
  if (!built)
    return fix(
      `The site was built without LTW_SITE. Build again with LTW_SITE=${origin} (its links to itself and security.txt use it).`,
    );
  const builtFor = new URL(built).origin;
  return builtFor === origin
    ? passed(`The site was built for ${builtFor}, where this page is.`)
    : fix(`The site was built for ${builtFor}, but this page is at ${origin}. Build again with LTW_SITE=${origin}.`);
}

function securityTxt(answer: Answer | undefined, now: Date): Verdict {
  if (!answer) return noAnswer('/.well-known/security.txt');
  const setting =
    'set securityContact in the trust settings (content/trust.yaml or your LTW_TRUST_FILE) and build again';
  if (answer.status !== 200)
    return fix(`There is no /.well-known/security.txt (it answers ${answer.status}): ${setting}.`);
  const expires = new Date(/^Expires:\s*(\S+)/m.exec(answer.text)?.[1] ?? '');
  if (Number.isNaN(expires.getTime())) return fix(`/.well-known/security.txt has no Expires date: ${setting}.`);
  const day = expires.toISOString().slice(0, 10);
  return expires > now
    ? passed(`/.well-known/security.txt is there and expires on ${day}. Build and deploy again before then.`)
    : fix(`/.well-known/security.txt expired on ${day}: build again and deploy (each build dates it a year ahead).`);
}

function serviceWorker(facts: DeploymentFacts, path: string): Verdict {
  const { worker } = facts;
  if (!worker.supported)
    return notChecked('Not available: this browser allows service workers only on HTTPS addresses.');
  if (!worker.scope)
    return notChecked(
      `Not registered in this browser yet. Open the site’s home page once (it registers ${path}), then check again.`,
    );
  const wanted = new URL(path, facts.origin).href;
  if (worker.scriptURL !== wanted || worker.scope !== `${facts.origin}/`)
    return fix(
      `A service worker is registered from ${worker.scriptURL ?? 'an unknown file'} for ${worker.scope}, not ${path} for the whole site.`,
    );
  return passed(
    `${path} is registered for the whole site and is ${worker.state ?? 'starting'}${worker.waiting ? '; a new version is waiting' : ''}.`,
  );
}

/** Every check's verdict, by the id its row has on the page. */
export function verdicts(facts: DeploymentFacts, rules: DeploymentRules, now: Date): Map<string, Verdict> {
  const result = new Map<string, Verdict>();
  result.set(
    'https',
    facts.https
      ? passed('This page was served over HTTPS.')
      : fix(`Not on HTTPS: this page was opened at ${facts.origin}. A live site must be served over HTTPS only.`),
  );
  for (const { name, value } of rules.securityHeaders) result.set(`header:${name}`, headerRule(facts, name, value));
  result.set(
    'meta-policy',
    facts.metaPolicy?.includes("default-src 'none'")
      ? passed('This page carries its own Content-Security-Policy in a <meta> tag, as built.')
      : fix('This page has no <meta> Content-Security-Policy: deploy dist/ exactly as npm run build wrote it.'),
  );
  const pageCache = rules.cache.other === 'no-cache' ? revalidatedEachTime : undefined;
  result.set('page-cache', header(facts.page, 'this page', 'Cache-Control', rules.cache.other, pageCache));
  result.set(
    'asset-cache',
    facts.assetPath
      ? header(facts.asset, facts.assetPath, 'Cache-Control', rules.cache.hashed)
      : fix(`This page loads no file from ${rules.hashedAssetsPrefix}: deploy dist/ exactly as built.`),
  );
  const workerFile = facts.serviceWorkerFile;
  result.set(
    'worker-cache',
    workerFile?.status === 404
      ? notChecked(
          `There is no ${rules.serviceWorkerPath} on this site, so its cache rule cannot be checked. If dist/ has one, deploy all of dist/.`,
        )
      : header(workerFile, rules.serviceWorkerPath, 'Cache-Control', rules.cache.serviceWorker),
  );
  result.set('not-found', notFound(facts.missingPage, rules.notFoundTitle));
  result.set('root', root(facts.root, rules.rootRedirect));
  result.set('site', site(rules.site, facts.origin));
  result.set('security-txt', securityTxt(facts.securityTxt, now));
  result.set('service-worker', serviceWorker(facts, rules.serviceWorkerPath));
  return result;
}
