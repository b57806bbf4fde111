import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import signpostsYaml from '/content/signposts.yaml?raw';
import type { Locale } from '~/i18n/locales';
import type { Nation } from '~/config/trust-schema';
import { conditionProblems } from '~/core/journey/conditions';
import { FAMILY } from '~/core/journey/family';
import type { Condition } from '~/core/journey/schema/condition';
import type { Signpost } from '~/core/journey/signposts';
import { supportOrganisations } from './data';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');
const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ question: id, equals: z.string() }).strict(),
    z.object({ question: id, includes: z.string() }).strict(),
    z.object({ question: id, answered: z.literal(true) }).strict(),
    z.object({ all: z.array(condition).min(1) }).strict(),
    z.object({ any: z.array(condition).min(1) }).strict(),
    z.object({ not: condition }).strict(),
  ]),
);
const rulesSchema = z.array(
  z
    .object({ id, when: condition, organisations: z.array(id).default([]), guidance: z.array(z.string()).default([]) })
    .strict(),
);
export type SignpostRule = z.infer<typeof rulesSchema>[number];

/** The rules in content/signposts.yaml, checked: every question, option, organisation and page must exist. */
export function loadSignpostRules(
  text: string,
  known: { organisation(id: string): boolean; page(path: string): boolean },
): SignpostRule[] {
  const parsed = rulesSchema.safeParse(parseYaml(text));
  if (!parsed.success) {
    throw new Error(
      `content/signposts.yaml is not valid:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  }
  const problems = parsed.data.flatMap((rule) => [
    ...conditionProblems(rule.when, FAMILY.question).map((p) => `${rule.id}: ${p}`),
    ...rule.organisations
      .filter((o) => !known.organisation(o))
      .map((o) => `${rule.id}: no support organisation "${o}"`),
    ...rule.guidance.filter((g) => !known.page(g)).map((g) => `${rule.id}: no guidance page "${g}"`),
  ]);
  if (problems.length)
    throw new Error(`content/signposts.yaml is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return parsed.data;
}

/**
 * The rules resolved for a locale and the trust's nation: organisations that cover that nation or the
 * whole UK, the trust's own nation first (the support page lists the others).
 */
export function signpostsFor(
  locale: Locale,
  nation: Nation,
  pages: { path: string; title: string; lang?: string }[],
  rules: SignpostRule[] = loadSignpostRules(signpostsYaml, {
    organisation: (o) => supportOrganisations('en').some((s) => s.id === o),
    page: (p) => pages.some((page) => page.path === p),
  }),
): Signpost[] {
  const organisations = supportOrganisations(locale);
  return rules.map((rule) => {
    const found = rule.organisations
      .map((o) => organisations.find((s) => s.id === o)!)
      .filter((o) => o.nations.includes(nation) || o.nations.includes('uk'));
    const own = found.filter((o) => o.nations.includes(nation));
    return {
      id: rule.id,
      when: rule.when,
      organisations: [...own, ...found.filter((o) => !own.includes(o))].map(
        ({ id, name, description, phone, phoneHours, website, email, address, checked }) => ({
          id,
          name,
          description,
          website,
          ...(phone ? { phone } : {}),
          ...(phoneHours ? { phoneHours } : {}),
          ...(email ? { email } : {}),
          ...(address ? { address } : {}),
          ...(checked ? { checked } : {}),
        }),
      ),
      guidance: rule.guidance.map((path) => {
        const page = pages.find((p) => p.path === path)!;
        return { title: page.title, href: `/${locale}/${path}/`, ...(page.lang ? { lang: page.lang } : {}) };
      }),
    };
  });
}
