import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { NATIONS } from '~/config/trust-schema';

/** Guidance pages: content/guidance/<locale>/<path>.md, one page each at /<locale>/<path>/. */
const guidance = defineCollection({
  loader: glob({ base: './content/guidance', pattern: '**/*.md' }),
  schema: z
    .object({
      title: z.string().min(1),
      description: z.string().min(1).max(160),
      audience: z.enum(['family', 'investigator', 'everyone']),
      order: z.number().int().min(0),
      stage: z.number().int().min(1).max(5).optional(),
      contentNote: z.string().min(1).optional(),
      urgentHelp: z.boolean().optional(),
    })
    .strict(),
});

/** Duty of candour and complaint routes for one nation: content/rights/<locale>/<nation>.md. */
const rights = defineCollection({
  loader: glob({ base: './content/rights', pattern: '**/*.md' }),
  schema: z.object({ nation: z.enum(NATIONS), title: z.string().min(1) }).strict(),
});

export const collections = { guidance, rights };
