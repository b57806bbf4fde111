import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSignpostRules, signpostsFor } from '~/content/signposts';
import { matchSignposts } from '~/core/journey/signposts';
import { buildAgreementModel } from '~/core/agreement/build-model';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import type { Answers } from '~/core/journey/schema';
import { completeFamily, completeFamilyOther } from '../../fixtures/answers/complete-family';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { GUIDANCE_SLUGS } from '../../helpers/built-pages';
import { openSansBytes } from '../../helpers/pdf-fonts';
import { pdfText } from '../../helpers/pdf-text';
import { REPO_ROOT } from '../../helpers/paths';

const pages = GUIDANCE_SLUGS.map((path) => ({ path, title: `Title of ${path}` }));
const forNation = (nation: 'england' | 'wales' | 'scotland' | 'northern-ireland') => signpostsFor('en', nation, pages);
const ids = (answers: Answers, nation: Parameters<typeof forNation>[0] = 'england') =>
  matchSignposts(forNation(nation), answers).organisations.map((o) => o.id);

describe('signposting rules (content/signposts.yaml)', () => {
  it('are all valid: every question, option, organisation and guidance page exists', () => {
    expect(forNation('england').length).toBeGreaterThan(10);
  });

  it.each([
    [
      'a misspelt question',
      '- id: x\n  when: { question: other-proceses, includes: inquest }',
      'no question "other-proceses"',
    ],
    [
      'an option the question does not have',
      '- id: x\n  when: { question: other-processes, includes: inqest }',
      'other-processes: no option "inqest"',
    ],
    [
      'an organisation that is not listed',
      '- id: x\n  when: { question: other-processes, includes: inquest }\n  organisations: [nobody]',
      'no support organisation "nobody"',
    ],
    [
      'a guidance page that does not exist',
      '- id: x\n  when: { question: other-processes, includes: inquest }\n  guidance: [nowhere]',
      'no guidance page "nowhere"',
    ],
  ])('stop the build, naming the problem, for %s', (_, yaml, message) => {
    expect(() =>
      loadSignpostRules(yaml, { organisation: (o) => o !== 'nobody', page: (p) => p !== 'nowhere' }),
    ).toThrow(message);
  });

  it.each([
    ['an inquest', { 'other-processes': { choices: ['inquest'] } }, ['inquest', 'avma']],
    ['a complaint', { 'other-processes': { choices: ['complaint'] } }, ['pals', 'nhs-complaints-advocacy']],
    ['a death', { 'patient-alive': { choice: 'no' } }, ['cruse']],
    ['wanting emotional support at stage 5', { 'what-next': { choices: ['emotional-support'] } }, ['samaritans']],
    ['wanting the ombudsman', { 'what-next': { choices: ['ombudsman'] } }, ['phso']],
  ] as [string, Answers, string[]][])(
    'point an English family who mention %s to the right organisations',
    (_, answers, expected) => {
      const found = ids(answers);
      for (const id of expected) expect(found).toContain(id);
    },
  );

  it("show only organisations that cover the trust's nation, its own first", () => {
    const ombudsman: Answers = { 'what-next': { choices: ['ombudsman'] } };
    expect(ids(ombudsman, 'england')).toEqual(['phso']);
    expect(ids(ombudsman, 'wales')).toEqual(['psow']);
    expect(ids(ombudsman, 'scotland')).toEqual(['spso']);
    const complaintInWales = ids({ 'other-processes': { choices: ['complaint'] } }, 'wales');
    expect(complaintInWales.slice(0, 2)).toEqual(['nhs-wales-concerns', 'llais']);
    expect(complaintInWales).not.toContain('pals');
  });

  it('list each organisation and page once, however many rules match', () => {
    const both: Answers = { 'other-processes': { choices: ['inquest'] }, 'what-next': { choices: ['inquest'] } };
    const found = ids(both);
    expect(new Set(found).size).toBe(found.length);
  });

  it('suggest nothing to a family whose answers call for nothing', () => {
    expect(ids({ 'other-processes': { choices: ['none'] }, 'patient-alive': { choice: 'yes' } })).toEqual([]);
  });

  it('are data a trust can edit: the file is plain YAML with a comment saying how', () => {
    expect(readFileSync(join(REPO_ROOT, 'content/signposts.yaml'), 'utf8')).toMatch(/^# .*How to edit this file/ms);
  });
});

describe('matched organisations in the agreement', () => {
  const answers: Answers = { ...completeFamilyOther, 'other-processes': { choices: ['inquest'] } };
  const signposting = matchSignposts(forNation('england'), answers);

  it("are listed in the support section, with each one's website (HTML links) and phone where known", () => {
    const model = buildAgreementModel(answers, agreementInputs({ signposting }));
    const block = model.sections.find((s) => s.id === 'support')!.blocks.find((b) => b.kind === 'organisations');
    expect(block).toMatchObject({ kind: 'organisations' });
    expect(JSON.stringify(block)).toContain('"name":"INQUEST"');
  });

  it('print on paper with their web address, and phone number where one is known', async () => {
    const withSamaritans = matchSignposts(forNation('england'), {
      ...completeFamily,
      'what-next': { choices: ['emotional-support'] },
    });
    const model = buildAgreementModel(completeFamily, agreementInputs({ signposting: withSamaritans }));
    const text = (await pdfText(await buildAgreementPdf(model, openSansBytes()))).map((p) => p.text).join(' ');
    expect(text).toContain('Samaritans');
    expect(text).toContain('116 123');
    expect(text).toContain('www.samaritans.org');
  });
});
