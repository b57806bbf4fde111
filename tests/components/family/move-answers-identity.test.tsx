import { fireEvent, render, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { MoveAnswers } from '~/family/wizard/MoveAnswers';
import { moveAnswersActions } from '~/family/wizard/move-answers';
import { createAnswersFile } from '~/core/formats';
import { writeReplyFile } from '~/core/formats/draft-exchange';
import type { SavedCase } from '~/core/store';
import { t } from '../words';
import { completeFamily } from '../../fixtures/answers/complete-family';

const saved = (answers: Record<string, unknown>): SavedCase => ({
  answers,
  skipped: [],
  stageMarks: {},
  position: 'hub',
});
const made = new Date('2026-11-20T10:00:00.000Z');

function renderMove(here: SavedCase) {
  const importCase = vi.fn();
  const actions = moveAnswersActions({ current: () => here, lang: 'en-GB', fileName: 'answers', importCase });
  const view = render(<MoveAnswers t={t} actions={actions} />);
  return { ...view, importCase };
}

async function choose(container: Element, text: string) {
  const input = container.querySelector<HTMLInputElement>('#answers-file')!;
  Object.defineProperty(input, 'files', { value: [new File([text], 'file.json')], configurable: true });
  fireEvent.change(input);
  fireEvent.submit(input.closest('form')!);
}
const found = (container: Element, selector: string) =>
  waitFor(
    () => {
      const el = container.querySelector(selector);
      if (!el) throw new Error(`no ${selector} yet`);
      return el;
    },
    { timeout: 5000 },
  );
const plain = (el: Element) => (el.textContent ?? '').replace(/[\u2066-\u2069]/g, '');

describe('the family opening an answers file', () => {
  it("someone else's answers by name: both names shown in <bdi>, and only 'use anyway' uses them", async () => {
    const { container, importCase } = renderMove(saved({ 'your-name': 'Rhys Dŵr' }));
    await choose(container, await createAnswersFile({ saved: saved(completeFamily), role: 'family', now: made }));
    const warning = await found(container, '[data-file-warning]');
    expect(plain(warning)).toContain(
      `These are the answers of ${String(completeFamily['your-name'])}, but the answers here are of Rhys Dŵr.`,
    );
    expect([...warning.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual([
      completeFamily['your-name'],
      'Rhys Dŵr',
    ]);
    const preview = container.querySelector('[data-file-preview]')!;
    expect(plain(preview)).toContain(`The answers of ${String(completeFamily['your-name'])}.`);
    expect(plain(preview)).toContain('The file does not say which case it is for.');
    const button = preview.querySelector<HTMLButtonElement>('button')!;
    expect(button.textContent).toBe('Use these answers anyway');
    fireEvent.click(button);
    expect(importCase).toHaveBeenCalledOnce();
  });

  it('the same answers as here: says so and adds nothing', async () => {
    const { container, importCase } = renderMove(saved(completeFamily));
    await choose(container, await createAnswersFile({ saved: saved(completeFamily), role: 'family', now: made }));
    const error = await found(container, '#answers-file-error');
    expect(plain(error)).toContain(
      'Every answer in this file is already here, exactly the same. Nothing has been added.',
    );
    expect(container.querySelector('[data-file-preview]')).toBeNull();
    expect(importCase).not.toHaveBeenCalled();
  });

  it("the team's reply chosen here: named for what it is and where it goes", async () => {
    const { container } = renderMove(saved({}));
    const reply = await writeReplyFile({
      createdAt: made.toISOString(),
      exchange: 'abc123',
      number: 1,
      toVersion: 1,
      responses: [],
      ledger: [],
      contacts: [],
    });
    await choose(container, reply);
    const error = await found(container, '#answers-file-error');
    expect(plain(error)).toContain(
      'This is your team’s reply to your comments. Add it from “Our comments on the draft report”',
    );
  });

  it('an answer longer than the app keeps: named, and the file is to be kept', async () => {
    const { container } = renderMove(saved({}));
    const long = { ...completeFamily, 'where-it-happened': 'Ward 7. '.repeat(60) };
    await choose(container, await createAnswersFile({ saved: saved(long), role: 'family', now: made }));
    const preview = await found(container, '[data-file-preview]');
    expect(plain(preview)).toMatch(
      /Your answer to “Where it happened” in the file is longer than this tool keeps: only its first part will be added\. The file still has the whole answer, so keep the file\./,
    );
  });
});
