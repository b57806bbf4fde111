import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTrustSettings, type TrustSettings } from '~/config/trust-schema';
import { securityTxt } from '~/site/security-txt';
import { REPO_ROOT } from '../../helpers/paths';

const sampleText = readFileSync(join(REPO_ROOT, 'content/trust.yaml'), 'utf8');
const sample = (() => {
  const parsed = parseTrustSettings(sampleText);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.settings;
})();
const withContact = (securityContact?: string): TrustSettings => ({ ...sample, securityContact });
const builtAt = new Date('2026-12-06T12:00:00.000Z');

describe('security.txt (RFC 9116)', () => {
  it('gives an email contact as a mailto: address and expires just under a year after the build', () => {
    const text = securityTxt(withContact('security@trust.example'), builtAt)!;
    expect(text).toContain('Contact: mailto:security@trust.example\n');
    expect(text).toContain('Expires: 2027-12-05T12:00:00Z\n');
    expect(text).not.toContain('Canonical:');
  });

  it('gives a web page contact as it is, and its canonical address when the site has one', () => {
    const text = securityTxt(withContact('https://trust.example/security'), builtAt, 'https://family.trust.example/')!;
    expect(text).toContain('Contact: https://trust.example/security\n');
    expect(text).toContain('Canonical: https://family.trust.example/.well-known/security.txt\n');
  });

  it('is not published without a contact', () => {
    expect(securityTxt(withContact(undefined), builtAt)).toBeUndefined();
  });

  it('accepts an email or an https address as the trust setting, and nothing else', () => {
    const setting = (value: string) =>
      parseTrustSettings(
        `${sampleText}\nsecurityContact: "${value}"\n`.replace(/^securityContact: security@example.nhs.uk\n/m, ''),
      );
    expect(setting('security@trust.example').ok).toBe(true);
    expect(setting('https://trust.example/security').ok).toBe(true);
    const plain = setting('http://trust.example/security');
    expect(plain.ok ? [] : plain.problems).toEqual([
      'securityContact: must be an email address or a web address starting with https://',
    ]);
  });
});
