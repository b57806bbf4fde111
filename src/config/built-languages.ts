import { languagesSchema, type TrustSettings } from './trust-schema';

/**
 * The languages a build makes pages for: the trust's `languages`, or LTW_LANGUAGES (a comma-separated list,
 * such as the browser tests' en,cy,ur,pl) when it is set. A bad list stops the build, naming where it came from.
 */
export function builtLanguages(settings: Pick<TrustSettings, 'languages'>, override = process.env.LTW_LANGUAGES) {
  if (!override) return settings.languages;
  const codes = override.split(',').map((code) => code.trim());
  const result = languagesSchema.safeParse(codes);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  - LTW_LANGUAGES ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`The languages to build are not valid:\n${problems.join('\n')}`);
}
