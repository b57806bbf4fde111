import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAgreementModel } from '~/core/agreement/build-model';
import type { AgreementModel } from '~/core/agreement/model';
import type { PdfOutcome } from '~/core/pdf/outcome';
import { ScriptFilesUnavailable } from '~/browser/script-files-unavailable';
import { DocumentActions } from '~/family/agreement/DocumentActions';
import { WIZARD_RESOURCES } from '~/i18n/wizard-resources';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { t } from '../words';

/* What the "Download as a PDF" button says while fonts for other scripts are fetched, and when it cannot make the PDF. */

const words = WIZARD_RESOURCES.en.agreement.page;
const model = buildAgreementModel(completeFamily, agreementInputs());
type CreatePdf = (model: AgreementModel, onFetchingFonts: () => void) => Promise<PdfOutcome>;

function renderActions(createPdf: CreatePdf) {
  render(
    <DocumentActions model={model} t={t} createPdf={createPdf} idPrefix="record" printLabel="Print your record" />,
  );
  return screen.getByRole('button', { name: words.downloadPdf });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the PDF button while it gets the fonts for other scripts', () => {
  it('says it is getting the fonts, in the live region, and ignores presses until the PDF is made', async () => {
    let finish: (outcome: PdfOutcome) => void = () => {};
    const createPdf = vi.fn<CreatePdf>((_model, onFetchingFonts) => {
      onFetchingFonts();
      return new Promise((resolve) => (finish = resolve));
    });
    const button = renderActions(createPdf);
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(words.fetchingFonts));
    expect(words.fetchingFonts).toMatch(/fonts .* a minute or more/);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(createPdf).toHaveBeenCalledTimes(1);
    finish({ ok: true });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(words.pdfReady));
  });

  it('says kindly that the fonts could not be fetched, that nothing is lost and that printing works; it can try again', async () => {
    const createPdf = vi.fn<CreatePdf>((_model, onFetchingFonts) => {
      onFetchingFonts();
      return Promise.reject(new ScriptFilesUnavailable(new TypeError('Failed to fetch')));
    });
    const button = renderActions(createPdf);
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(words.fontsUnavailable));
    expect(words.fontsUnavailable).toMatch(/Nothing you have written is lost.*print this page/);
    expect(screen.getByRole('button', { name: 'Print your record' })).toBeTruthy();
    expect(button.getAttribute('aria-disabled')).toBe('false');
    fireEvent.click(button);
    expect(createPdf).toHaveBeenCalledTimes(2);
  });

  it('names exactly the words it still cannot draw, each isolated, says printing shows them, and offers printing', async () => {
    const button = renderActions(() => Promise.resolve({ ok: false, undrawable: ['สมชาย', 'ใจดี'] }));
    fireEvent.click(button);
    const alert = await screen.findByRole('alert');
    expect([...alert.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual(['สมชาย', 'ใจดี']);
    expect(alert.textContent).toContain('Our PDF cannot show these words from your answers: สมชาย, ใจดี.');
    expect(alert.textContent).toContain(words.undrawableHelp);
    await waitFor(() => expect(document.activeElement).toBe(alert.querySelector('h2')));
    const print = vi.fn();
    vi.stubGlobal('print', print);
    document.body.insertAdjacentHTML('beforeend', '<div class="ltw-agreement" aria-busy="false"></div>');
    fireEvent.click(screen.getByRole('button', { name: words.printPage }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
