import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { builtPages } from '../helpers/built-pages';
import { DIST, REPO_ROOT } from '../helpers/paths';
import { PSEUDO_PATH } from '../helpers/pseudo';
import { browserSession } from '../helpers/session';
import { serveStatic } from '../tools/serve.mjs';
import type { Page } from 'playwright-core';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'ltw-trust-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sample = parse(readFileSync(join(REPO_ROOT, 'content/trust.yaml'), 'utf8'));

function build(settings: unknown, outDir: string) {
  const file = join(work, `${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, typeof settings === 'string' ? settings : stringify(settings));
  return run(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ASTRO_TELEMETRY_DISABLED: '1',
      LTW_TRUST_FILE: file,
      LTW_OUT_DIR: outDir,
      // A trust's own build: its languages, not the tests' four.
      LTW_LANGUAGES: '',
      LTW_PSEUDO_LOCALES: '',
    },
  });
}

const read = (dir: string, path: string) =>
  readFileSync(join(dir, path.endsWith('/') ? path + 'index.html' : path), 'utf8');

// Each of these runs a whole site build, which on a busy 2-core machine can take minutes: a guard, not a timing test.
let otherDist = '';

describe('trust settings', { timeout: 300_000 }, () => {
  it('show the sample trust name on every page of the default build', () => {
    const pages = builtPages(DIST).filter((p) => p !== '/');
    const missing = pages.filter((p) => !read(DIST, p).includes(sample.organisationName));
    expect(missing).toEqual([]);
  });

  it('change the name and contacts on every page after a rebuild with another settings file', async () => {
    const outDir = join(work, 'dist-other');
    const other = {
      ...sample,
      organisationName: 'Ysbyty Gwynedd Test Board',
      nation: 'wales',
      patientSafetyTeam: {
        name: 'Tîm Diogelwch',
        phone: '029 2000 0000',
        email: 'safety@test-board.example',
        hours: 'Weekdays',
      },
      exitThisPage: { enabled: true, url: 'https://neutral.example/weather' },
      savedAnswersExpireAfterDays: 45,
      securityContact: 'https://test-board.example/report-a-security-problem',
    };
    await build(other, outDir);
    otherDist = outDir;
    const pages = builtPages(outDir).filter((p) => p !== '/');
    // The tests' own build also has the pseudo-locales, and Urdu and Polish; a trust's build has only the
    // languages it turned on (English and Welsh unless it says otherwise).
    const notOn = (p: string) => PSEUDO_PATH.test(p) || /^\/(ur|pl)\//.test(p);
    expect(pages.length).toBe(builtPages(DIST).filter((p) => !notOn(p)).length - 1);
    expect(pages.filter((p) => /^\/(ur|pl)\//.test(p))).toEqual([]);
    expect(builtPages(DIST).filter((p) => p.startsWith('/ur/')).length).toBe(
      builtPages(DIST).filter((p) => p.startsWith('/en/')).length,
    );
    // Its switcher offers English and Welsh only, as two links (no folded list), and nothing names Urdu or Polish.
    const home = read(outDir, '/en/');
    expect([...home.matchAll(/<a class="ltw-language__link"[^>]*hreflang="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'cy-GB',
    ]);
    expect(home).not.toContain('ltw-language--folded');
    expect(home).not.toMatch(/hreflang="(ur|pl)"|\/ur\/|\/pl\//);
    const worker = readFileSync(join(outDir, 'sw.js'), 'utf8');
    expect(worker).not.toMatch(/"\/(ur|pl)\//);
    expect(pages.filter((p) => !read(outDir, p).includes('Ysbyty Gwynedd Test Board'))).toEqual([]);
    expect(pages.filter((p) => read(outDir, p).includes(sample.organisationName))).toEqual([]);
    const contact = read(outDir, '/en/contact/');
    expect(contact).toContain('029 2000 0000');
    expect(contact).toContain('href="tel:02920000000"');
    expect(contact).toContain('safety@test-board.example');
    // Nation drives which rights come first: Wales's section leads the rights page.
    const rights = read(outDir, '/en/your-rights/');
    expect(rights.indexOf('<h2>In Wales</h2>')).toBeGreaterThan(0);
    expect(rights.indexOf('<h2>In Wales</h2>')).toBeLessThan(rights.indexOf('>In England</summary>'));
    // "Exit this page" is on every page when the trust switches it on, and on none by default.
    expect(pages.filter((p) => !read(outDir, p).includes('data-exit-this-page'))).toEqual([]);
    expect(builtPages(DIST).filter((p) => read(DIST, p).includes('data-exit-this-page'))).toEqual([]);
    // Guidance Markdown says the trust's own number of days, even though its text did not change (no stale cache).
    expect(read(outDir, '/en/start/')).toContain('deleted after 45 days');
    expect(read(DIST, '/en/start/')).toContain(`deleted after ${sample.savedAnswersExpireAfterDays} days`);
    // Nation decides the non-emergency service in every footer: NHS 111 Wales here, NHS 111 online by default.
    expect(read(outDir, '/en/').match(/data-non-emergency="wales"[^]*?<\/li>/)?.[0]).toContain(
      'href="https://111.wales.nhs.uk"',
    );
    expect(read(outDir, '/cy/').match(/data-non-emergency="wales"[^]*?<\/li>/)?.[0]).toContain('GIG 111 Cymru ar-lein');
    expect(read(DIST, '/en/').match(/data-non-emergency="england"[^]*?<\/li>/)?.[0]).toContain(
      'href="https://111.nhs.uk"',
    );
    const support = read(outDir, '/en/support/');
    expect(support.indexOf('<h2>In Wales</h2>')).toBeGreaterThan(0);
    expect(support.indexOf('<h2>In Wales</h2>')).toBeLessThan(support.indexOf('<h2>In other parts of the UK</h2>'));
    // In Welsh too: Wales's rights lead, and the routes for questions still open are the Welsh ones.
    const hawliau = read(outDir, '/cy/your-rights/');
    expect(hawliau.indexOf('<h2>Yng Nghymru</h2>')).toBeGreaterThan(0);
    expect(read(DIST, '/cy/your-rights/')).not.toContain('<h2>Yng Nghymru</h2>');
    expect(read(outDir, '/cy/wizard/')).toContain('Gweithio i Wella (Putting Things Right)');
    expect(read(outDir, '/cy/wizard/')).toContain('Ombwdsmon Gwasanaethau Cyhoeddus Cymru');
    expect(read(outDir, '/en/wizard/')).toContain('Public Services Ombudsman for Wales');
    expect(read(DIST, '/en/wizard/')).not.toContain('Public Services Ombudsman for Wales');
    // A trust in Wales offers the blank paper form in Welsh and English together from its English pages too.
    expect(existsSync(join(outDir, 'en/agreement/blank-bilingual.pdf'))).toBe(true);
    expect(existsSync(join(DIST, 'en/agreement/blank-bilingual.pdf'))).toBe(false);
    expect(existsSync(join(DIST, 'cy/agreement/blank-bilingual.pdf'))).toBe(true);
    // Security researchers find the trust's own contact, dated to expire within a year of the build.
    const securityTxt = read(outDir, '/.well-known/security.txt');
    expect(securityTxt).toContain('Contact: https://test-board.example/report-a-security-problem\n');
    const expires = Date.parse(securityTxt.match(/^Expires: (.+)$/m)?.[1] ?? '');
    expect(expires - Date.now()).toBeGreaterThan(300 * 86_400_000);
    expect(expires - Date.now()).toBeLessThan(365 * 86_400_000);
    expect(read(DIST, '/.well-known/security.txt')).toContain(`Contact: mailto:${sample.securityContact}\n`);
  });

  it('stop the build with a message naming the bad field', async () => {
    const outDir = join(work, 'dist-bad');
    const bad = {
      ...sample,
      pals: { ...sample.pals, email: 'not an email' },
      nation: 'atlantis',
      languages: ['en', 'cy', 'ur', 'fr'],
    };
    const outcome = await build(bad, outDir).then(
      () => ({ built: true, text: '' }),
      (error: { stderr: string; stdout: string }) => ({ built: false, text: error.stderr + error.stdout }),
    );
    expect(outcome.built).toBe(false);
    const text = outcome.text;
    expect(text).toContain('pals.email: must be an email address');
    expect(text).toMatch(/nation: Invalid enum value/);
    expect(text).toContain('languages.3: must be one of en, cy, ur, pl');
  });
});

describe('"Exit this page", when a trust switches it on', { timeout: 300_000 }, () => {
  const session = browserSession();

  it.each([
    ['the button', async (page: Page) => page.click('text=Exit this page')],
    [
      'Shift pressed 3 times',
      async (page: Page) => {
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      },
    ],
  ])('leaves at once with %s, replacing the page in history so Back does not return', async (_, exit) => {
    expect(otherDist, 'the rebuild above ran').not.toBe('');
    const server = await serveStatic(otherDist);
    const page = await session.page({ width: 1280, height: 720 });
    // The neutral page is another site: answer it here, so the test never leaves this machine.
    await page.route('https://neutral.example/**', (route) =>
      route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }),
    );
    await page.goto(server.url + '/en/');
    await page.goto(server.url + '/en/support/');
    await exit(page);
    await page.waitForURL('https://neutral.example/weather');
    await page.goBack();
    expect(page.url()).toBe(server.url + '/en/');
    await server.close();
  });
});
