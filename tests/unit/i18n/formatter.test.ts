import { describe, expect, it } from 'vitest';
import { createFormatter, flattenResources } from '~/i18n/messages';
import { WIZARD_RESOURCES, createWizardTranslator, wizardMessages } from '~/i18n/wizard-resources';
import { INVESTIGATOR_RESOURCES, investigatorMessages } from '~/i18n/investigator-resources';
import { LOCALE_CODES, LOCALES } from '~/i18n/locales';
import { WORDING_VARIANTS } from '~/core/journey/schema/wording';
import type { Key } from '~/core/words/translate';

/**
 * The island's small formatter must say exactly what i18next says, for every key of every namespace
 * of every locale, in every wording variant and plural form, or the browser and the build disagree.
 */
const VALUES = {
  patientName: 'Rhys',
  yourName: 'Siân',
  number: 3,
  max: 500,
  over: 2,
  date: '1 March',
  days: 90,
  organisation: 'Trust',
  name: 'Siân',
  reference: 'PSII-1',
  families: 2,
  total: 3,
  title: 'Next steps',
  numbers: '2, 3',
};
const COUNTS = [undefined, 0, 1, 2, 3, 6, 10, 21];

describe.each(LOCALE_CODES)('the wizard formatter in %s', (locale) => {
  const lang = LOCALES[locale].lang;
  const i18next = createWizardTranslator(locale);
  const ours = createFormatter(lang, wizardMessages(locale));
  const keys = Object.keys(flattenResources(WIZARD_RESOURCES[locale] as never))
    // Each base key once: "ns:path.key" without its variant or plural suffix.
    .map((k) => k.replace(/_(self|bereaved|zero|one|two|few|many|other)$/, '').replace(/_(self|bereaved)$/, ''));

  it.each([...new Set(keys)])('%s', (full) => {
    const key = full as Key;
    for (const context of [undefined, ...WORDING_VARIANTS.map((v) => v.id)]) {
      for (const count of COUNTS) {
        const options = { context, count, returnObjects: true, ...VALUES };
        if (count === undefined) delete (options as { count?: number }).count;
        expect(ours(key, options), JSON.stringify({ context, count })).toEqual(i18next(key, options));
      }
    }
  });

  it('falls back like i18next for a key that does not exist, with or without a default', () => {
    const missing = 'ui:no.such.key' as Key;
    expect(ours(missing)).toBe(i18next(missing));
    expect(ours(missing, { defaultValue: '' })).toBe('');
  });
});

describe.each(LOCALE_CODES)("the investigator pages' formatter in %s", (locale) => {
  const lang = LOCALES[locale].lang;
  const i18next = createWizardTranslator(locale, {
    ...WIZARD_RESOURCES[locale],
    ...INVESTIGATOR_RESOURCES[locale],
  });
  const ours = createFormatter(lang, investigatorMessages(locale));
  const keys = Object.keys(flattenResources(INVESTIGATOR_RESOURCES[locale] as never)).map((k) =>
    k.replace(/_(zero|one|two|few|many|other|patient)$/, ''),
  );
  it.each([...new Set(keys)])('%s', (full) => {
    const key = full as Key;
    for (const count of COUNTS) {
      const options = { count, returnObjects: true, ...VALUES };
      if (count === undefined) delete (options as { count?: number }).count;
      expect(ours(key, options), JSON.stringify({ count })).toEqual(i18next(key, options));
    }
  });
});
