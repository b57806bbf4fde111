import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '~/i18n/create-translator';
import { createFormatter } from '~/i18n/messages';
import { investigatorMessages } from '~/i18n/investigator-resources';
import { easyReadMessages } from '~/i18n/easy-read-resources';
import { LOCALES, OFFERED_LOCALES } from '~/i18n/locales';
import type { Key } from '~/core/words/translate';
import { REPO_ROOT } from '../../helpers/paths';

/*
 * The generated Key union and the translators agree: every key it names says words, at build time
 * (i18next over every namespace) and, for the namespaces the islands carry, in the island's formatter.
 */
const KEYS = [...readFileSync(join(REPO_ROOT, 'src/core/words/keys.ts'), 'utf8').matchAll(/^ {2}\| '([^']+)'/gm)].map(
  (m) => m[1] as Key,
);
const MISSING = '\u0000missing';
const options = { count: 2, returnObjects: true, defaultValue: MISSING };

describe.each(OFFERED_LOCALES)('every Key in %s', (locale) => {
  it('has words at build time', () => {
    expect(KEYS.length).toBeGreaterThan(1000);
    const t = createTranslator(locale);
    expect(KEYS.filter((key) => t(key, options) === MISSING)).toEqual([]);
  });

  it("has words in the islands' formatter (every namespace but the static pages' common)", () => {
    const t = createFormatter(LOCALES[locale].lang, { ...investigatorMessages(locale), ...easyReadMessages(locale) });
    const islandKeys = KEYS.filter((key) => !key.startsWith('common:'));
    expect(KEYS.length - islandKeys.length).toBeGreaterThan(50);
    expect(islandKeys.filter((key) => t(key, options) === MISSING)).toEqual([]);
  });
});
