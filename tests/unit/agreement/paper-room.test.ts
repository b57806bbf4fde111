import { describe, expect, it } from 'vitest';
import { buildBlankModel } from '~/core/agreement/build-model';
import { questionById } from '~/core/journey/family';
import type { AgreementBlock } from '~/core/agreement/model';
import { agreementInputs } from '../../helpers/agreement-inputs';

type Space = Extract<AgreementBlock, { kind: 'writingSpace' }> & { question: string };
const spaces = (largePrint: boolean) =>
  buildBlankModel(agreementInputs({ largePrint }))
    .sections.flatMap((s) => s.blocks)
    .filter((b): b is Space => b.kind === 'writingSpace' && b.question !== undefined);
const maxLength = (id: string) => {
  const q = questionById(id as never);
  return 'maxLength' in q ? (q.maxLength ?? 0) : 0;
};

describe('room to write on the blank paper form', () => {
  it.each([false, true])('grows with the longest answer the question takes (large print: %s)', (largePrint) => {
    const sized = spaces(largePrint)
      .filter((s) => maxLength(s.question) > 0)
      .sort((a, b) => maxLength(a.question) - maxLength(b.question));
    expect(sized.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < sized.length; i++) expect(sized[i]!.lines).toBeGreaterThanOrEqual(sized[i - 1]!.lines);
    expect(sized.at(-1)!.lines).toBeGreaterThan(sized[0]!.lines * 3);
    const name = sized.find((s) => s.question === 'patient-name')!;
    expect(name.lines).toBeLessThanOrEqual(2);
  });

  it('gives more lines in large print, where handwriting is larger too', () => {
    const large = new Map(spaces(true).map((s) => [s.question, s.lines]));
    const standard = spaces(false);
    for (const s of standard) expect(large.get(s.question)).toBeGreaterThanOrEqual(s.lines);
    expect(standard.filter((s) => large.get(s.question)! > s.lines).length).toBeGreaterThan(standard.length / 2);
  });

  it('says where to carry on when a long answer could run past its lines', () => {
    const accounts = spaces(false).filter((s) => questionById(s.question as never).type === 'longText');
    expect(accounts.length).toBeGreaterThan(0);
    for (const s of accounts)
      expect(s.hint).toMatch(/carry on on the last page of this form and write “Question\u00a0\d+” beside it\.$/);
  });
});
