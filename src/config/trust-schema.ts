import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/**
 * The languages the site has words for (src/i18n/locales.ts has the same codes: a test compares them).
 * Config reads no i18n code, so the list is kept here too.
 */
export const LANGUAGE_CODES = ['en', 'cy', 'ur', 'pl'] as const;

/** Which languages are built and offered: English always, then those the trust has had reviewed. */
export const languagesSchema = z
  .array(
    z.string().refine((code) => (LANGUAGE_CODES as readonly string[]).includes(code), {
      message: `must be one of ${LANGUAGE_CODES.join(', ')}`,
    }),
  )
  .refine((codes) => codes.includes('en'), { message: 'must include en (English is always built)' })
  .refine((codes) => new Set(codes).size === codes.length, { message: 'names a language twice' });

/** Text a trust writes itself: one string, or one per locale with English required. */
const localisedText = z.union([
  z.string().trim().min(1, 'must not be empty'),
  z.object({ en: z.string().trim().min(1, 'must not be empty') }).catchall(z.string().trim().min(1)),
]);
export type LocalisedText = z.infer<typeof localisedText>;

// UK numbers are written many ways (spaces, brackets, +44, an extension after them); accept them all,
// reject words. Where one still does not read as a number (src/core/text/phone-number.ts), pages show it
// as written instead of a link to tap.
const phone = z
  .string()
  .trim()
  .regex(
    /^\+?[0-9 ()-]{3,20}(\s*,?\s*(ext\.?|extension|estyniad|x)\s*[0-9]{1,6})?$/i,
    'must be a phone number made of digits, spaces, brackets or +, perhaps with "ext 56" after it',
  );
const httpsUrl = z.string().trim().url('must be a full web address').startsWith('https://', 'must start with https://');

const contactSchema = z
  .object({
    name: localisedText,
    phone: phone.optional(),
    email: z.string().trim().email('must be an email address').optional(),
    hours: localisedText.optional(),
    website: httpsUrl.optional(),
  })
  .strict()
  .refine((c) => Boolean(c.phone || c.email || c.website), {
    message: 'needs at least one of phone, email or website',
  });
export type TrustContact = z.infer<typeof contactSchema>;

export const trustSchema = z
  .object({
    organisationName: localisedText,
    /** The tool's name in titles, the header and the footer, in each language (Welsh pages name it in Welsh). */
    productName: localisedText.default({
      en: 'Learn Together Wizard',
      cy: "Dysgu Gyda'n Gilydd",
      ur: 'مل کر سیکھیں',
      pl: 'Uczmy się razem',
    }),
    nation: z.enum(NATIONS),
    /** The languages built and offered in the switcher; the others' pages are not made at all. */
    languages: languagesSchema.default(['en', 'cy']),
    patientSafetyTeam: contactSchema,
    pals: contactSchema,
    psirfPolicyUrl: httpsUrl,
    logo: z
      .object({
        src: z.string().regex(/^\/[\w./-]+\.(svg|png)$/, 'must be a path under public/, such as /trust-logo.svg'),
        alt: localisedText,
      })
      .strict()
      .optional(),
    /**
     * Where security researchers report a problem with this deployment (RFC 9116 security.txt):
     * an email address or an https web address. Without it the site publishes no security.txt.
     */
    securityContact: z
      .string()
      .trim()
      .refine((v) => z.string().email().safeParse(v).success || httpsUrl.safeParse(v).success, {
        message: 'must be an email address or a web address starting with https://',
      })
      .optional(),
    savedAnswersExpireAfterDays: z.number().int().min(1).max(365).default(180),
    /** "Exit this page" (GOV.UK pattern) on every page, for people who may be overlooked at home. */
    exitThisPage: z
      .object({ enabled: z.boolean(), url: httpsUrl.default('https://www.bbc.co.uk/weather') })
      .strict()
      .default({ enabled: false, url: 'https://www.bbc.co.uk/weather' }),
  })
  .strict();

export type TrustSettings = z.infer<typeof trustSchema>;

export type TrustParseResult = { ok: true; settings: TrustSettings } | { ok: false; problems: string[] };

/** Parses and validates a trust settings YAML document; never throws. */
export function parseTrustSettings(yamlText: string): TrustParseResult {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    return { ok: false, problems: [`the file is not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const result = trustSchema.safeParse(data);
  if (result.success) return { ok: true, settings: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const field = issue.path.join('.') || '(top level)';
      const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
      return `${field}: ${message}`;
    }),
  };
}

/** Picks the text for a locale, falling back to English. */
export function localised(text: LocalisedText, locale: string): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text.en;
}
