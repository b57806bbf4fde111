import type { Translate } from '../question-types/types';

/**
 * The family link page's `t`: {{interpolation}} and plurals (key_one, key_other) over its flat table,
 * which is all its strings use. Not src/i18n/messages.ts's createFormatter, on purpose: a module this
 * page shares with the wizard is split out of the wizard's first load into a chunk of its own, and
 * that load has a budget (tests/browser/first-load.test.ts). Lookups match createFormatter's for these
 * strings (tests/browser/family-link.test.ts reads them on the page).
 */
export function familyLinkFormatter(lang: string, messages: Readonly<Record<string, string>>): Translate {
  const plurals = new Intl.PluralRules(lang);
  return (key, options = {}) => {
    const base = `ui:${key}`;
    const count = typeof options.count === 'number' ? options.count : undefined;
    const found = (count !== undefined ? messages[`${base}_${plurals.select(count)}`] : undefined) ?? messages[base];
    if (found === undefined) return key;
    return found.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
      Object.hasOwn(options, name) ? String(options[name] ?? '') : whole,
    );
  };
}
