import type { Key } from './keys';

export type { Key };

/**
 * Values for a word's {{placeholders}}, a count (plurals), a context ("self"), a default, or
 * returnObjects for a list of paragraphs. Never a namespace: the key names its own.
 */
export type TranslateOptions = { readonly [name: string]: unknown; readonly ns?: never };

/**
 * Puts a key into words in one language. The core is given one (it never imports the translator):
 * i18next at build time, the island's formatter in the browser.
 */
export type Translate = (key: Key, options?: TranslateOptions) => string;

/**
 * The rest of every key that starts with `Prefix`: KeysUnder<'ui:nextUpdate.ask.'> is 'title' | ...,
 * so a helper that adds the prefix back (`` t(`ui:nextUpdate.ask.${part}`) ``) is checked against Key.
 */
export type KeysUnder<Prefix extends string, K extends string = Key> = K extends `${Prefix}${infer Rest}`
  ? Rest
  : never;
