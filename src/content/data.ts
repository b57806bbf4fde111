import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'astro/zod';
import { LOCALES, type Locale } from '~/i18n/locales';
import { pseudoTree } from '~/i18n/pseudo';
import type { Nation } from '~/config/trust-schema';
import {
  glossarySchema,
  investigatorChecklistsSchema,
  routesSchema,
  supportSchema,
  urgentHelpSchema,
  type RouteEntry,
  type ServiceLine,
  type GlossaryEntry,
  type InvestigatorChecklists,
  type SupportOrganisation,
} from './data-schemas';

// Bundled at build time, so a broken file fails the build rather than a page.
const glossaryFiles = import.meta.glob<string>('/content/glossary/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const supportFiles = import.meta.glob<string>('/content/support/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const routeFiles = import.meta.glob<string>('/content/routes/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const investigatorFiles = import.meta.glob<string>('/content/investigator/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const urgentHelpFiles = import.meta.glob<string>('/content/urgent-help/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Data fields that are not words: ids, nations, addresses. Pseudo-locales leave them alone. */
export const isFixedValue = (key: string) =>
  ['id', 'seeAlso', 'nations', 'topics', 'website', 'email', 'checked', 'guidance', 'organisations'].includes(key);

function load<T>(files: Record<string, string>, kind: string, locale: Locale, schema: ZodType<T>): T {
  const path = `/content/${kind}/${locale}.yaml`;
  const fallback = `/content/${kind}/en.yaml`;
  const text = files[path] ?? files[fallback];
  if (text === undefined) throw new Error(`Missing ${fallback}`);
  const result = schema.safeParse(parseYaml(text));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`${path} is not valid:\n${problems}`);
  }
  return LOCALES[locale].pseudo ? pseudoTree(result.data, isFixedValue) : result.data;
}

export const glossary = (locale: Locale): GlossaryEntry[] => load(glossaryFiles, 'glossary', locale, glossarySchema);
export const supportOrganisations = (locale: Locale): SupportOrganisation[] =>
  load(supportFiles, 'support', locale, supportSchema);

/** The investigator's stage checklists, first-call guide and the questions families may ask (content/investigator/). */
export const investigatorChecklists = (locale: Locale): InvestigatorChecklists =>
  load(investigatorFiles, 'investigator', locale, investigatorChecklistsSchema);

/** Where a family can take a question still open (content/routes/). */
export const routesFor = (locale: Locale): RouteEntry[] => load(routeFiles, 'routes', locale, routesSchema);

/** Where to get urgent medical help that is not an emergency, for the trust's nation (content/urgent-help/). */
export const nonEmergencyService = (locale: Locale, nation: Nation): ServiceLine =>
  load(urgentHelpFiles, 'urgent-help', locale, urgentHelpSchema)[nation];
