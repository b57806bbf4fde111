/*
 * Every locale's words, found by folder: src/i18n/resources/<code>/<namespace>.json. A new language is
 * a new folder (and a line in locales.ts); nothing here changes. Pseudo-locales are made from English.
 */
import { LOCALES, type Locale } from './locales';
import { pseudoTree } from './pseudo';

type Tree = Record<string, unknown>;

const FILES = import.meta.glob<Tree>('./resources/*/*.json', { eager: true, import: 'default' });

// File names stay as they are in pseudo-locales: they are words, but they are also a file's name.
const keepInPseudo = (key: string) => key.startsWith('fileName');

/** One namespace of one locale, shaped like English's (the parity tests prove the shape). */
export function namespaceOf<T>(locale: Locale, namespace: string, english: T): T {
  if (LOCALES[locale].pseudo) return pseudoTree(english, keepInPseudo);
  const words = FILES[`./resources/${locale}/${namespace}.json`];
  if (!words) throw new Error(`Missing src/i18n/resources/${locale}/${namespace}.json`);
  return words as T;
}

/** Namespaces by name ({ familyView: English }) in one locale; each is the file family-view.json. */
export function localeResources<T extends object>(locale: Locale, english: T): T {
  return Object.fromEntries(
    Object.entries(english).map(([namespace, words]) => [
      namespace,
      namespaceOf(
        locale,
        namespace.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
        words,
      ),
    ]),
  ) as T;
}
