/**
 * Checks that a locale's strings match English: the same keys (plural keys expanded to each
 * language's own CLDR categories, so Welsh needs _zero, _one, _two, _few, _many and _other), no empty
 * strings, and the same {{placeholders}}. Returns one line per problem.
 */
type Tree = { [key: string]: unknown };

const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'];

function flatten(tree: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) {
    out.set(prefix, tree);
    return out;
  }
  for (const [key, value] of Object.entries(tree as Tree)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

/** "a.b_one" -> "a.b" when the suffix is a plural category; undefined for any other key. */
const pluralBase = (key: string) => {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return match ? match[1] : undefined;
};

const placeholders = (value: unknown) =>
  [...new Set([...JSON.stringify(value ?? '').matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]))].sort();

export function parityProblems(english: Tree, other: Tree, lang: string): string[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  const englishKeys = flatten(english);
  const otherKeys = flatten(other);
  // What the other locale must have: each English key, with plural keys as that language's categories.
  const expected = new Map<string, string>();
  for (const key of englishKeys.keys()) {
    const base = pluralBase(key);
    if (base) for (const category of categories) expected.set(`${base}_${category}`, key);
    else expected.set(key, key);
  }
  const problems: string[] = [];
  for (const [key, source] of expected) {
    if (!otherKeys.has(key)) problems.push(`missing ${key}`);
    else if (placeholders(otherKeys.get(key)).join() !== placeholders(englishKeys.get(source)).join())
      problems.push(
        `placeholders differ in ${key}: ${placeholders(otherKeys.get(key)).join()} vs ${placeholders(englishKeys.get(source)).join()}`,
      );
  }
  for (const [key, value] of otherKeys) {
    if (!expected.has(key)) {
      const base = pluralBase(key);
      problems.push(
        base && PLURAL_SUFFIXES.some((s) => expected.has(`${base}_${s}`))
          ? `${key}: not a plural form of ${lang}`
          : `unknown ${key}`,
      );
    }
    if (value === '' || (Array.isArray(value) && value.some((v) => v === ''))) problems.push(`empty ${key}`);
  }
  return problems;
}
