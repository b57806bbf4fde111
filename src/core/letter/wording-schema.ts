import { z } from 'astro/zod';

/*
 * The letter's wording, as a trust writes it in content/letter/<locale>.yaml. Checked at build time, so a
 * misspelt placeholder or a missing section stops the build with the line's name rather than printing
 * "{{organsation}}" on a letter to a family.
 */

/** The case details a paragraph may name, as {{organisation}}. Filled in by src/letter/letter-model.ts. */
export const LETTER_PLACEHOLDERS = [
  'organisation',
  'reference',
  'reviewType',
  'engagementLead',
  'leadInvestigator',
] as const;
export type LetterPlaceholder = (typeof LETTER_PLACEHOLDERS)[number];

/** A paragraph's length limit: a letter is one printed page, and a paragraph this long is already a lot. */
export const PARAGRAPH_MAX = 800;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders a text uses, as written (known or not). */
export const placeholdersIn = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);

/** Words that may name the given placeholders. */
const words = (allowed: readonly string[], why: string) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(PARAGRAPH_MAX, `must be at most ${PARAGRAPH_MAX} characters`)
    .superRefine((value, ctx) => {
      for (const name of placeholdersIn(value)) {
        if (!allowed.includes(name))
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            message: `{{${name}}} cannot be used here (${why}: ${allowed.map((a) => `{{${a}}}`).join(', ')})`,
          });
      }
      // What is left once the placeholders are out must not hold a brace: "{{reference}" would print as it is.
      if (/[{}]/.test(value.replace(PLACEHOLDER, '')))
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'has a { or } that is not part of a {{placeholder}}' });
    });

/** Paragraphs may name any detail: a paragraph whose detail is not given is left out. */
const text = words(LETTER_PLACEHOLDERS, 'a paragraph can use');
/**
 * Headings and single lines are never left out, so they may only name what every case has. Otherwise a
 * case without a reference would print an empty heading.
 */
const line = words(['organisation'], 'a heading or single line can only use');

/** A paragraph: words, or words with others to use when a detail they name is not given for the case. */
const paragraph = z.union([text, z.object({ text, otherwise: text.optional() }).strict()]);
export type LetterParagraph = z.infer<typeof paragraph>;

export const letterWordingSchema = z
  .object({
    greeting: line,
    opening: z.array(paragraph).min(1, 'needs at least one paragraph'),
    /**
     * The QR code, then the short way in: the site's own address (printed by the letter) and how to ask
     * the team for the link. No family is asked to type the link itself.
     */
    howToOpen: z.object({ heading: line, scan: line, visit: line, ask: paragraph }).strict(),
    details: z.object({ heading: line, intro: line }).strict(),
    closing: z.array(paragraph),
    signOff: line,
    senderFallback: line,
  })
  .strict();

export type LetterWording = z.infer<typeof letterWordingSchema>;

export type WordingParseResult = { ok: true; wording: LetterWording } | { ok: false; problems: string[] };

/** Validates parsed YAML; every problem is named by its path ("opening.1: ..."). */
export function parseLetterWording(data: unknown): WordingParseResult {
  const result = letterWordingSchema.safeParse(data);
  if (result.success) return { ok: true, wording: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(the file)'}: ${issue.message}`),
  };
}
