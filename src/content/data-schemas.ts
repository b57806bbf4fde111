import { ROUTE_IDS } from '~/core/questions/open-questions/routes';
import { z } from 'astro/zod';
import { readPhoneNumber } from '~/core/text/phone-number';
import type { Nation } from '~/config/trust-schema';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

export const glossarySchema = z.array(
  z
    .object({
      id,
      term: z.string().min(1),
      // The English term NHS staff may use, for a translated glossary: a line of its own, never brackets in the term.
      english: z.string().min(1).optional(),
      definition: z.string().min(1),
      seeAlso: z.array(id).optional(),
    })
    .strict(),
);
export type GlossaryEntry = z.infer<typeof glossarySchema>[number];

export const SUPPORT_TOPICS = [
  'emotional-support',
  'bereavement',
  'suicide-bereavement',
  'baby-loss',
  'advocacy',
  'complaints',
  'legal-advice',
  'inquests',
  'mental-health',
  'learning-disability',
  'carers',
  'information',
] as const;
export const SUPPORT_REGIONS = ['uk', 'england', 'wales', 'scotland', 'northern-ireland'] as const;

/** A YYYY-MM-DD day that exists: 2026-02-30 does not, though Date rolls it into March. */
const isRealDay = (value: string) => {
  const day = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
};

export const supportSchema = z.array(
  z
    .object({
      id,
      name: z.string().min(1),
      description: z.string().min(1),
      nations: z.array(z.enum(SUPPORT_REGIONS)).min(1),
      topics: z.array(z.enum(SUPPORT_TOPICS)).min(1),
      website: z.string().url().startsWith('https://'),
      phone: z
        .string()
        .refine((value) => readPhoneNumber(value) !== undefined, 'must be one phone number, to tap')
        .optional(),
      phoneHours: z.string().min(1).optional(),
      email: z.string().email().optional(),
      /** A postal address for a family on paper, one line per part ("PO Box 9090\nStirling FK8 2SA"). */
      address: z.string().min(1).optional(),
      /** The day the trust last checked the phone number and address with the organisation (YYYY-MM-DD). */
      checked: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-03-31')
        .refine((value) => isRealDay(value), 'must be a real date')
        .optional(),
    })
    .strict(),
);
export type SupportOrganisation = z.infer<typeof supportSchema>[number];

export {
  investigatorChecklistsSchema,
  type ChecklistStage,
  type InvestigatorChecklists,
} from '~/core/cases/checklists';

export const routesSchema = z.array(
  z
    .object({
      id: z.enum(ROUTE_IDS),
      nations: z.array(z.enum(SUPPORT_REGIONS)).min(1),
      name: z.string().min(1),
      what: z.string().min(1),
      timeLimit: z.string().min(1),
      organisations: z.array(id).optional(),
    })
    .strict(),
);
export type RouteEntry = z.infer<typeof routesSchema>[number];

const serviceLine = z
  .object({
    text: z.string().min(1),
    link: z
      .object({ text: z.string().min(1), website: z.string().url().startsWith('https://') })
      .strict()
      .optional(),
  })
  .strict()
  .refine((line) => line.text.split('{{link}}').length === (line.link ? 2 : 1), {
    message: 'text must hold {{link}} once when there is a link, and not at all without one',
  })
  .refine((line) => !/\{\{(?!link\}\})|(?<!\{\{link)\}\}/.test(line.text), {
    message: 'the only placeholder is {{link}}',
  });
export type ServiceLine = z.infer<typeof serviceLine>;

/** The urgent-help words a trust can edit: the non-emergency service, one line per nation (content/urgent-help/). */
export const urgentHelpSchema = z
  .object({
    england: serviceLine,
    wales: serviceLine,
    scotland: serviceLine,
    'northern-ireland': serviceLine,
  })
  .strict() satisfies z.ZodType<Record<Nation, ServiceLine>>;
