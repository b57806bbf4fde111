import { fireEvent, render, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FileOpenForm } from '~/team/case/FileOpenForm';
import { familyPreview } from '~/team/case/family-preview';
import { readFamilyFile } from '~/team/case-files';
import { createFormatter } from '~/i18n/messages';
import { investigatorMessages } from '~/i18n/investigator-resources';
import { createAnswersFile } from '~/core/formats';
import { writeCommentsFile } from '~/core/formats/draft-exchange';
import { newCase, type CaseRecord } from '~/core/cases/record';
import { completeFamily } from '../../fixtures/answers/complete-family';

const t = createFormatter('en-GB', investigatorMessages('en'));
const made = new Date('2026-11-20T10:00:00.000Z');
const when = () => '20 November 2026';
const NAME = 'سارة أحمد';

const familyFile = (answers: Record<string, unknown>, reference?: string) =>
  createAnswersFile({
    saved: { answers, skipped: [], stageMarks: {}, position: 'hub' },
    role: 'family',
    ...(reference ? { details: { organisation: 'Ysbyty Glan y Môr', reference } } : {}),
    now: made,
  });

/** The team's form for a family member's answers, on a case with this reference and these members. */
function renderForm(record: CaseRecord, caseReference: string, use = vi.fn(() => true)) {
  const view = render(
    <FileOpenForm
      t={t}
      id="family-file"
      title="Add a family member's answers"
      useLabel={t('investigator:home.addFamilyUse')}
      usedText={t('investigator:home.addFamilyUsed')}
      check={async (text, passphrase) => {
        const result = await readFamilyFile(text, passphrase);
        return result.ok ? familyPreview(result, record, caseReference, t, when) : result;
      }}
      use={use}
    />,
  );
  return { ...view, use };
}

async function choose(container: Element, text: string) {
  const input = container.querySelector<HTMLInputElement>('#family-file-file')!;
  Object.defineProperty(input, 'files', { value: [new File([text], 'file.json')], configurable: true });
  fireEvent.change(input);
  fireEvent.submit(container.querySelector('form')!);
}

/** The element once the check has drawn it. */
const found = (container: Element, selector: string) =>
  waitFor(() => {
    const el = container.querySelector(selector);
    if (!el) throw new Error(`no ${selector} yet`);
    return el;
  });
const plain = (el: Element | null) => (el?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');

describe("a family member's answers file, before it is added", () => {
  it('names the person, the case reference and the date, each name in its own <bdi>', async () => {
    const { container } = renderForm(newCase(made), 'PSII-2026-0142');
    await choose(container, await familyFile({ ...completeFamily, 'your-name': NAME }, 'PSII-2026-0142'));
    const preview = await found(container, '[data-file-preview]');
    expect(plain(preview)).toContain(`Answers from ${NAME}, in a file made on 20 November 2026.`);
    expect(plain(preview)).toContain('For the case with reference PSII-2026-0142.');
    expect([...preview.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual([NAME, 'PSII-2026-0142']);
    expect(preview.querySelector('[data-file-warning]')).toBeNull();
    expect(preview.querySelector('button')!.textContent).toBe(t('investigator:home.addFamilyUse'));
  });

  it("for another case's reference: a warning naming both, and only a deliberate 'add anyway' adds it", async () => {
    const { container, use } = renderForm(newCase(made), 'PSII-2026-0142');
    await choose(container, await familyFile(completeFamily, 'PSII-2026-0999'));
    const warning = await found(container, '[data-file-warning]');
    expect(plain(warning)).toContain(
      'This file says it is for the case with reference PSII-2026-0999, but this case’s reference is PSII-2026-0142.',
    );
    const button = container.querySelector<HTMLButtonElement>('[data-file-preview] button')!;
    expect(button.textContent).toBe('Add them to this case anyway');
    expect(use).not.toHaveBeenCalled();
    fireEvent.click(button);
    expect(use).toHaveBeenCalledOnce();
  });

  it('added twice: says whose answers are already there, and offers nothing to add', async () => {
    const text = await familyFile({ ...completeFamily, 'your-name': NAME });
    const first = await readFamilyFile(text, '');
    if (!first.ok) throw new Error(first.error);
    const record = { ...newCase(made), families: [first.member] };
    const { container, use } = renderForm(record, '');
    await choose(container, text);
    const error = await found(container, '#family-file-file-error');
    expect(plain(error)).toContain(`These answers from ${NAME} are already on this case`);
    expect(error.querySelector('bdi')?.textContent).toBe(NAME);
    expect(container.querySelector('[data-file-preview]')).toBeNull();
    expect(use).not.toHaveBeenCalled();
  });

  it('a comments file in this form is named for what it is and where it belongs', async () => {
    const { container } = renderForm(newCase(made), '');
    const comments = await writeCommentsFile({
      createdAt: made.toISOString(),
      exchange: 'abc123',
      number: 1,
      comments: [],
      questions: [],
    });
    await choose(container, comments);
    const error = await found(container, '#family-file-file-error');
    expect(plain(error)).toContain(
      'These are a family member’s comments on the draft report. Add them from the case’s “Comments on the draft report” page.',
    );
  });

  it('an answer longer than the app shows is named by its question, and kept whole', async () => {
    const { container } = renderForm(newCase(made), '');
    await choose(container, await familyFile({ ...completeFamily, 'where-it-happened': 'Ward 7. '.repeat(60) }));
    const preview = await found(container, '[data-file-preview]');
    expect(plain(preview)).toContain('is longer than this tool shows. The case keeps the whole answer');
    expect(plain(preview)).toMatch(/The answer to “[^”]+” is longer/);
    expect(plain(preview)).not.toContain('“where-it-happened”');
  });
});
