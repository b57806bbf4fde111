import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { localised, parseTrustSettings } from '~/config/trust-schema';
import { REPO_ROOT } from '../../helpers/paths';

const sampleText = readFileSync(join(REPO_ROOT, 'content/trust.yaml'), 'utf8');
const sample = parse(sampleText);
const withChange = (change: Record<string, unknown>) => stringify({ ...sample, ...change });

describe('trust settings', () => {
  it('accepts the sample trust that ships as the default', () => {
    const result = parseTrustSettings(sampleText);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.settings.nation).toBe('england');
  });

  it('names a missing required field', () => {
    const { psirfPolicyUrl: _removed, ...rest } = sample;
    expect(parseTrustSettings(stringify(rest))).toEqual({ ok: false, problems: ['psirfPolicyUrl: Required'] });
  });

  it('names an unknown field, so a typo is not silently ignored', () => {
    const result = parseTrustSettings(withChange({ organisationNmae: 'Typo Trust' }));
    expect(result).toEqual({ ok: false, problems: ['(top level): unknown field(s) organisationNmae'] });
  });

  it('names each bad nested field with a message a trust can act on', () => {
    const result = parseTrustSettings(
      withChange({ pals: { name: 'PALS', email: 'pals at example' }, psirfPolicyUrl: 'http://example.nhs.uk/policy' }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContain('pals.email: must be an email address');
      expect(result.problems).toContain('psirfPolicyUrl: must start with https://');
    }
  });

  it('needs at least one way to reach each team', () => {
    const result = parseTrustSettings(withChange({ pals: { name: 'PALS' } }));
    expect(result).toEqual({ ok: false, problems: ['pals: needs at least one of phone, email or website'] });
  });

  it('rejects a phone number with letters in it', () => {
    const result = parseTrustSettings(withChange({ pals: { name: 'PALS', phone: 'call us' } }));
    expect(result.ok).toBe(false);
  });

  it.each(['01632 960 000', '+44 (0)1632 960 000', '(01632) 960000', '01632 960 000 ext 56', '01632 960 000 x56'])(
    'takes %s as a phone number',
    (phone) => {
      expect(parseTrustSettings(withChange({ pals: { name: 'PALS', phone } })).ok).toBe(true);
    },
  );

  it.each(['ask at reception', '01632 960 000 or 01632 960 001', '01632 960 000 ext'])(
    'turns away "%s", naming the field',
    (phone) => {
      const result = parseTrustSettings(withChange({ pals: { name: 'PALS', phone } }));
      expect(result.ok === false && result.problems[0]).toMatch(/^pals\.phone: must be a phone number/);
    },
  );

  it('explains YAML that cannot be read at all, without throwing', () => {
    const result = parseTrustSettings('organisationName: [unclosed');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^the file is not valid YAML/);
  });

  it('fills in the 180-day expiry of saved answers when a trust leaves it out', () => {
    const { savedAnswersExpireAfterDays: _removed, ...rest } = sample;
    const result = parseTrustSettings(stringify(rest));
    expect(result.ok && result.settings.savedAnswersExpireAfterDays).toBe(180);
  });

  it('names the product in Welsh on Welsh pages unless a trust names it itself', () => {
    const { productName: _removed, ...rest } = sample;
    const result = parseTrustSettings(stringify(rest));
    expect(result.ok && localised(result.settings.productName, 'cy')).toBe("Dysgu Gyda'n Gilydd");
    expect(result.ok && localised(result.settings.productName, 'en')).toBe('Learn Together Wizard');
    const own = parseTrustSettings(withChange({ productName: { en: 'Working Together', cy: 'Gweithio Gyda Ni' } }));
    expect(own.ok && localised(own.settings.productName, 'cy')).toBe('Gweithio Gyda Ni');
  });

  it('lets a trust give text in several languages, falling back to English', () => {
    const name = { en: 'Example Health Board', cy: 'Bwrdd Iechyd Enghreifftiol' };
    const result = parseTrustSettings(withChange({ organisationName: name }));
    expect(result.ok).toBe(true);
    expect(localised(name, 'cy')).toBe('Bwrdd Iechyd Enghreifftiol');
    expect(localised(name, 'pl')).toBe('Example Health Board');
    expect(localised('One name', 'cy')).toBe('One name');
  });
});
