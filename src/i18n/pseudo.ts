/*
 * Pseudo-localisation for tests. "Accented" English swaps each letter for an accented look-alike and
 * grows each string by about 40%, so a word that was never translated stands out and layouts meet longer
 * text. "Mirrored" is the same words for a right-to-left page. Placeholders ({{name}}), HTML tags and
 * entities are left as they are, so the strings still work.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'áƀçđéƒğĥíĵķļɱñóþǫŕšŧúṽŵẋýžÁƁÇĐÉƑĞĤÍĴĶĻṀÑÓÞǪŔŠŦÚṼŴẊÝŽ'][i]!,
  ]),
);

/** Every character pseudo text is made of that English text is not: how tests recognise it. */
export const PSEUDO_MARK = /[áƀçđéƒğĥíĵķļɱñóþǫŕšŧúṽŵẋýžÁƁÇĐÉƑĞĤÍĴĶĻṀÑÓÞǪŔŠŦÚṼŴẊÝŽ⟦⟧]/;

const PROTECTED = /(\{\{[^}]*\}\}|<[^>]*>|&[a-z]+;|&#\d+;|\]\([^)]*\))/i;

const accent = (text: string) => text.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter] ?? letter);

export function pseudoText(text: string): string {
  if (!/[a-zA-Z]/.test(text)) return text;
  const parts = text.split(PROTECTED).map((part, i) => (i % 2 === 1 ? part : accent(part)));
  const letters = text.replace(PROTECTED, '').replace(/[^a-zA-Z]/g, '').length;
  const padding = '·'.repeat(Math.max(1, Math.round(letters * 0.4)));
  return `⟦${parts.join('')} ${padding}⟧`;
}

/** A whole resource tree (or YAML data) made pseudo, keys and ids untouched. */
export function pseudoTree<T>(value: T, keepKey: (key: string) => boolean = () => false): T {
  if (typeof value === 'string') return pseudoText(value) as T;
  if (Array.isArray(value)) return (value as unknown[]).map((item) => pseudoTree(item, keepKey)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, keepKey(key) ? inner : pseudoTree(inner, keepKey)]),
    ) as T;
  return value;
}
