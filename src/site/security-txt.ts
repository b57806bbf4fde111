import type { TrustSettings } from '~/config/trust-schema';

/** Security.txt should not be trusted for longer than a year (RFC 9116 section 2.5.5). */
const VALID_DAYS = 364;

/**
 * The trust's /.well-known/security.txt (RFC 9116), or undefined when the trust gives no security
 * contact. It expires a year after the build, so a site left unbuilt for a year stops claiming a
 * contact that may be out of date.
 */
export function securityTxt(settings: TrustSettings, builtAt: Date, siteUrl?: string): string | undefined {
  const contact = settings.securityContact;
  if (!contact) return undefined;
  const expires = new Date(builtAt.getTime() + VALID_DAYS * 24 * 60 * 60 * 1000);
  const lines = [
    `Contact: ${contact.startsWith('https://') ? contact : `mailto:${contact}`}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: en, cy',
  ];
  if (siteUrl) lines.push(`Canonical: ${new URL('/.well-known/security.txt', siteUrl).href}`);
  return `${lines.join('\n')}\n`;
}
