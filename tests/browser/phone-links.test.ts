import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/built-pages';
import { DIST } from '../helpers/paths';
import { PSEUDO_PATH } from '../helpers/pseudo';
import { dialledDigits, phoneNumbersIn } from '../helpers/phone-text';

// Read from the built files, no browser: what every page says before any script runs. The pseudo-locales
// are left out: their numbers are the English ones, and accented letters hide names such as "NHS 111".
const pages = builtPages(DIST).filter((path) => path !== '/' && !PSEUDO_PATH.test(path));
const html = (path: string) => readFileSync(join(DIST, path.endsWith('/') ? path + 'index.html' : path), 'utf8');

describe('every phone number on every built page is a link to tap', () => {
  it.each(pages)('%s', (path) => {
    const numbers = phoneNumbersIn(html(path));
    const notLinks = numbers.filter((n) => n.tel === null).map((n) => n.written);
    expect(notLinks, 'numbers shown as plain text').toEqual([]);
    const misdialled = numbers
      .filter((n) => n.tel !== null && dialledDigits(n.tel) !== dialledDigits(n.written))
      .map((n) => `${n.written} dials ${n.tel}`);
    expect(misdialled).toEqual([]);
  });

  it('finds the numbers it looks for: 999, 111 and Samaritans in every footer, and the trust on its contact page', () => {
    const numbersOn = (path: string) => phoneNumbersIn(html(path)).map((n) => n.written);
    for (const path of pages.filter((p) => p.endsWith('/')))
      expect(numbersOn(path)).toEqual(expect.arrayContaining(['999', '111', '116 123']));
    expect(numbersOn('/en/contact/')).toEqual(expect.arrayContaining(['01632 960 000', '01632 960 001']));
  });
});
