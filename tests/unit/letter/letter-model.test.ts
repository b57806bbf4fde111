import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { buildLetter, fillPlaceholders, LETTER_QR_OPTIONS, shortAddress } from '~/core/letter/letter-model';
import { parseLetterWording, type LetterWording } from '~/core/letter/wording-schema';
import { REPO_ROOT } from '../../helpers/paths';

const wordingFile = () => parse(readFileSync(join(REPO_ROOT, 'content/letter/en.yaml'), 'utf8'));
const wording = (): LetterWording => {
  const result = parseLetterWording(wordingFile());
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.wording;
};
const url = 'https://trust.example/en/from-your-team/#AYFpbVHBbsIwDP0VK';
const letter = (details: Parameters<typeof buildLetter>[0]['details']) =>
  buildLetter({ details, familyUrl: url, wording: wording(), date: new Date('2026-12-02T12:00:00Z'), lang: 'en-GB' });

describe('the letter', () => {
  it("the trust's wording file is valid", () => {
    expect(parseLetterWording(wordingFile()).ok).toBe(true);
  });

  it('names a wrong placeholder in the wording, and a stray brace', () => {
    const bad = { ...wordingFile(), greeting: 'Dear {{familyName}}', signOff: 'Best {wishes' };
    const result = parseLetterWording(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join('\n')).toMatch(/greeting: \{\{familyName\}\} cannot be used here/);
    expect(!result.ok && result.problems.join('\n')).toMatch(/signOff: has a \{ or \}/);
  });

  it('fills in what the case gives, and leaves out a paragraph whose detail is missing', () => {
    const full = letter({
      organisation: 'Example Trust',
      reference: 'PSII-1',
      engagementLead: { name: 'Sam Lewis', phone: '0161 496 0002' },
    });
    expect(full.closing.join(' ')).toContain('PSII-1');
    expect(full.sender).toEqual(['Sam Lewis', 'Example Trust']);
    expect(full.details.contacts).toEqual([
      {
        id: 'engagementLead',
        rows: [
          { key: 'name', value: 'Sam Lewis' },
          { key: 'phone', value: '0161 496 0002' },
        ],
      },
    ]);
    const bare = letter({ organisation: 'Example Trust' });
    expect(JSON.stringify(bare)).not.toContain('{{');
    expect(bare.closing.join(' ')).not.toContain('reference');
    expect(bare.details.contacts).toEqual([]);
    expect(bare.details.facts).toEqual([]);
    expect(bare.sender).toEqual(['The review team at Example Trust']);
    expect(bare.date.text).toBe('2 December 2026');
  });

  it('carries nothing that is not in the details: blank fields leave no label', () => {
    const out = letter({ organisation: 'T', leadInvestigator: { name: ' ', role: 'Lead', email: '' } });
    expect(out.details.contacts).toEqual([{ id: 'leadInvestigator', rows: [{ key: 'role', value: 'Lead' }] }]);
  });

  it('never prints the long link: the QR code holds it, the letter gives the short address and how to ask for it', () => {
    const full = letter({ organisation: 'T', engagementLead: { name: 'Sam Lewis' } });
    expect(full.url).toBe(url);
    expect(JSON.stringify({ ...full, url: undefined })).not.toContain('AYFpbVHBbsIwDP0VK');
    expect(full.howToOpen.address).toBe('trust.example/en/from-your-team/');
    expect(full.howToOpen.ask).toContain('ask Sam Lewis to text or email it to you');
    // Without an engagement lead, the wording's other words: the team's own.
    expect(letter({ organisation: 'T' }).howToOpen.ask).toContain('call or email us');
    expect(shortAddress('https://learn.example.nhs.uk:8443/cy/from-your-team/#Ag')).toBe(
      'learn.example.nhs.uk:8443/cy/from-your-team/',
    );
  });

  it("makes the letter's QR code as small as the link allows: level L, 85 modules a side for a full case, not 97", () => {
    const address = (name: string) => readFileSync(join(REPO_ROOT, 'tests/fixtures/formats', name), 'utf8').trim();
    const size = (text: string, options: QRCode.QRCodeOptions) => QRCode.create(text, options).modules.size;
    // Before: version 1 of the link at level M. After: version 2 (4 bytes of checksum more) at level L.
    expect(size(address('family-link.v1.txt'), { errorCorrectionLevel: 'M' })).toBe(97);
    expect(size(address('family-link.v2.txt'), LETTER_QR_OPTIONS)).toBe(85);
  });

  it('fills placeholders', () => {
    expect(fillPlaceholders('Ref {{reference}}', {})).toBeUndefined();
    expect(fillPlaceholders('From {{ organisation }}', { organisation: 'T' })).toBe('From T');
  });
});
