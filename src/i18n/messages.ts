/*
 * The wizard island's translations. At build time i18next resolves nothing here; instead each
 * locale's resources are flattened into one table ("ns:path.to.key" -> text) and handed to the
 * island, where `createFormatter` reads it. The formatter implements only what our resources use
 * (context, plurals, {{interpolation}}, arrays), and tests/unit/i18n/formatter-parity.test.ts proves
 * it answers exactly as i18next does for every key of every locale, so the browser need not ship
 * i18next's 16 KB.
 */
import type { Translate } from '~/core/words/translate';
import { setMonthNames } from '~/core/text/text';

export type Messages = Readonly<Record<string, string | readonly string[]>>;
type Tree = { readonly [key: string]: string | readonly string[] | Tree };

/** { ui: { back: "Back" } } -> { "ui:back": "Back" }; arrays stay whole (for returnObjects). */
export function flattenResources(namespaces: Readonly<Record<string, Tree>>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const walk = (prefix: string, tree: Tree) => {
    for (const [key, value] of Object.entries(tree)) {
      const path = prefix.endsWith(':') ? prefix + key : `${prefix}.${key}`;
      if (typeof value === 'string') out[path] = value;
      else if (Array.isArray(value)) out[path] = [...(value as string[])];
      else walk(path, value as Tree);
    }
  };
  for (const [ns, tree] of Object.entries(namespaces)) walk(`${ns}:`, tree);
  return out;
}

// As i18next: a value not given at all leaves the placeholder; one given as undefined or null is empty.
const interpolate = (text: string, values: Record<string, unknown>) =>
  text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name] ?? '') : whole,
  );

/**
 * A `t` over one locale's flat table, with i18next's lookup order: key_context_plural, key_context,
 * key_plural, key; then the defaultValue, then the key itself. Keys name their namespace ("ui:back").
 */
export function createFormatter(lang: string, messages: Messages): Translate {
  const plurals = new Intl.PluralRules(lang);
  setMonthNames(lang, messages['ui:dates.months']);
  return (base, options = {}) => {
    const context = typeof options.context === 'string' && options.context ? options.context : undefined;
    const count = typeof options.count === 'number' ? options.count : undefined;
    const plural = count === undefined ? undefined : plurals.select(count);
    const candidates = [
      context && plural && `${base}_${context}_${plural}`,
      context && `${base}_${context}`,
      plural && `${base}_${plural}`,
      base,
    ].filter((c): c is string => Boolean(c));
    const found = candidates.map((c) => messages[c]).find((m) => m !== undefined);
    // As i18next, a word that is missing shows its key without the namespace.
    if (found === undefined)
      return typeof options.defaultValue === 'string' ? options.defaultValue : base.slice(base.indexOf(':') + 1);
    // Arrays come back whole when asked for (lists of paragraphs); callers cast, as with i18next.
    if (typeof found !== 'string')
      return (options.returnObjects
        ? found.map((s) => interpolate(s, options))
        : found.join('\n')) as unknown as string;
    return interpolate(found, options);
  };
}
