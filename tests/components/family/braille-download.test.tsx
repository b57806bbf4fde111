import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAgreementModel } from '~/core/agreement/build-model';
import { BrailleDownload } from '~/family/agreement/BrailleDownload';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { WIZARD_RESOURCES } from '~/i18n/wizard-resources';
import { t } from '../words';

const make = vi.hoisted(() => vi.fn((_model: unknown) => Promise.resolve()));
vi.mock('~/browser/braille-download', () => ({ downloadAgreementBrf: make }));

const braille = WIZARD_RESOURCES.en.agreement.braille;
const model = buildAgreementModel(completeFamily, agreementInputs());

afterEach(() => {
  cleanup();
  make.mockReset();
});

describe('the braille download on the agreement page', () => {
  it('says a transcriber should check the file, makes it from the agreement shown, and says when it is ready', async () => {
    make.mockResolvedValue(undefined);
    render(<BrailleDownload model={model} t={t} />);
    expect(screen.getByText(braille.note)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: braille.download }));
    expect(screen.getByRole('status').textContent).toBe(braille.creating);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(braille.ready));
    expect(make).toHaveBeenCalledWith(model);
  });

  it('says kindly what to do when the file cannot be made, and ignores presses while it is being made', async () => {
    let fail: (error: Error) => void = () => {};
    make.mockReturnValue(new Promise((_, reject) => (fail = reject)));
    render(<BrailleDownload model={model} t={t} />);
    const button = screen.getByRole('button', { name: braille.download });
    fireEvent.click(button);
    await waitFor(() => expect(make).toHaveBeenCalledTimes(1));
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    // A second press would have loaded the braille code by the time this import (started after it) has.
    await import('~/browser/braille-download');
    expect(make).toHaveBeenCalledTimes(1);
    fail(new Error('no liblouis'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(braille.failed));
    expect(make).toHaveBeenCalledTimes(1);
  });
});

describe('the braille download in a language with no braille code here', () => {
  it.each(['ur', 'pl'])('in %s, says plainly a file is made only in English or Welsh, and offers none', (lang) => {
    render(<BrailleDownload model={{ ...model, lang }} t={t} />);
    expect(screen.getByText(braille.notInThisLanguage)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('still makes one for Welsh', () => {
    render(<BrailleDownload model={{ ...model, lang: 'cy-GB' }} t={t} />);
    expect(screen.getByRole('button', { name: braille.download })).toBeTruthy();
  });
});
