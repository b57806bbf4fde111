import { describe, expect, it } from 'vitest';
import { caseFileName, safeFileName } from '~/core/cases/case-file-name';
import { newCase } from '~/core/cases/record';
import type { Translate } from '~/core/questions/types';

const t = ((key: string, options: Record<string, string>) =>
  key.endsWith('caseFileUntitled')
    ? `learn-together-case ${options.date}`
    : `${options.reference} case ${options.date}`) as unknown as Translate;
const withReference = (reference?: string) => {
  const record = newCase(new Date('2026-12-06T10:00:00Z'));
  if (reference !== undefined) record.setup.answers = { reference };
  return record;
};

describe("a case file's name", () => {
  it('is the case reference and the day', () => {
    expect(caseFileName(withReference('PSII-2026-014'), '2026-12-06', t)).toBe('PSII-2026-014 case 2026-12-06.json');
  });

  it('keeps only characters every drive keeps', () => {
    expect(caseFileName(withReference(' PSII/2026:014*? Tŷ  "Gwyn" '), '2026-12-06', t)).toBe(
      'PSII-2026-014-Ty-Gwyn case 2026-12-06.json',
    );
    expect(safeFileName('..\\..\\secret<>|')).toBe('secret');
  });

  it('falls back to the tool and the day without a reference', () => {
    expect(caseFileName(withReference(), '2026-12-06', t)).toBe('learn-together-case 2026-12-06.json');
    expect(caseFileName(withReference('   '), '2026-12-06', t)).toBe('learn-together-case 2026-12-06.json');
  });
});
