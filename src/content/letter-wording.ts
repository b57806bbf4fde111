import { parse as parseYaml } from 'yaml';
import { LOCALES, type Locale } from '~/i18n/locales';
import { pseudoTree } from '~/i18n/pseudo';
import { parseLetterWording, type LetterWording } from '~/core/letter/wording-schema';

// Bundled at build time, so a broken file fails the build rather than a letter.
const files = import.meta.glob<string>('/content/letter/*.yaml', { query: '?raw', import: 'default', eager: true });

/** The letter's wording for a locale (English when a locale has no file of its own), checked. */
export function letterWording(locale: Locale): LetterWording {
  const path = `/content/letter/${locale}.yaml`;
  const fallback = '/content/letter/en.yaml';
  const text = files[path] ?? files[fallback];
  if (text === undefined) throw new Error(`Missing ${fallback}`);
  const result = parseLetterWording(parseYaml(text));
  if (!result.ok)
    throw new Error(
      `${files[path] ? path : fallback} is not valid:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  return LOCALES[locale].pseudo ? pseudoTree(result.wording) : result.wording;
}
