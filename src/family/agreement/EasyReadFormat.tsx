import { useState } from 'preact/hooks';
import type { AgreementInputs } from '~/core/agreement/build-model';
import type { Answers } from '~/core/journey/schema';
import type { Translate } from '~/core/questions/types';
import type { EasyReadModel } from '~/core/easy-read/model';
import type { SymbolId } from '~/core/easy-read/symbols';
import type { EasyReadView } from '~/ui/agreement/EasyReadView';
import type { Key } from '~/core/words/translate';
import { createFormatter, type Messages } from '~/i18n/messages';
import { ScriptFilesUnavailable } from '~/browser/script-files-unavailable';

interface Loaded {
  t: Translate;
  build: (answers: Answers, inputs: AgreementInputs) => EasyReadModel;
  View: typeof EasyReadView;
  symbolUrl: (id: SymbolId) => string;
}

type Shown = { state: 'off' | 'loading' | 'failed' } | { state: 'shown'; loaded: Loaded };
type PdfState = 'idle' | 'creating' | 'fetchingFonts' | 'ready' | 'failed' | 'fontsUnavailable';

/** Loads the easy read words, model, view and pictures: only when the person asks for easy read. */
async function loadEasyRead(wordsUrl: string, lang: string, t: Translate): Promise<Loaded> {
  const [messages, { buildEasyReadModel }, { EasyReadView: View, EASY_READ_STYLES }, { symbolUrl }] = await Promise.all(
    [
      fetch(wordsUrl).then((response) =>
        response.ok ? (response.json() as Promise<Messages>) : Promise.reject(new Error(`HTTP ${response.status}`)),
      ),
      import('~/core/easy-read/build-easy-read'),
      import('~/ui/agreement/EasyReadView'),
      import('~/browser/easy-read-symbols'),
    ],
  );
  await addStyleSheet(EASY_READ_STYLES);
  const easyRead = createFormatter(lang, messages);
  const both: Translate = (key, options) => (key.startsWith('easyRead:') ? easyRead : t)(key, options);
  return { t: both, build: buildEasyReadModel, View, symbolUrl };
}

/** Links a style sheet of this site into the page once, and waits until it applies. */
function addStyleSheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`style sheet ${href}`));
  });
  document.head.append(link);
  return loaded;
}

/** Prints only the easy read version: the page marks itself while the print dialog is open. */
function printEasyRead() {
  document.body.classList.add('ltw-printing-easy-read');
  window.addEventListener('afterprint', () => document.body.classList.remove('ltw-printing-easy-read'), {
    once: true,
  });
  window.print();
}

/** "Easy read version": the agreement in easy read on this page, to print or download as a PDF. */
export function EasyReadFormat(props: {
  answers: Answers;
  inputs: AgreementInputs;
  /** Where this language's easy read words are: /en/wizard/easy-read.json. */
  wordsUrl: string;
}) {
  const { t } = props.inputs;
  const [shown, setShown] = useState<Shown>({ state: 'off' });
  const [pdf, setPdf] = useState<PdfState>('idle');
  const open = shown.state === 'shown';
  const toggle = () => {
    if (shown.state === 'loading') return;
    if (open) return setShown({ state: 'off' });
    setShown({ state: 'loading' });
    loadEasyRead(props.wordsUrl, props.inputs.lang, t)
      .then((loaded) => setShown({ state: 'shown', loaded }))
      .catch(() => setShown({ state: 'failed' }));
  };
  const model = open ? shown.loaded.build(props.answers, { ...props.inputs, t: shown.loaded.t }) : undefined;
  const e = (key: string) => (open ? shown.loaded.t(`easyRead:page.${key}` as Key) : '');
  const makePdf = async () => {
    if (!model || pdf === 'creating' || pdf === 'fetchingFonts') return;
    setPdf('creating');
    try {
      const { downloadEasyReadPdf } = await import('~/browser/easy-read-pdf-download');
      await downloadEasyReadPdf(model, () => setPdf('fetchingFonts'));
      setPdf('ready');
    } catch (error) {
      setPdf(error instanceof ScriptFilesUnavailable ? 'fontsUnavailable' : 'failed');
    }
  };
  return (
    <div class="ltw-easy-read-format">
      <button
        type="button"
        class="ltw-button ltw-button--secondary"
        aria-expanded={open}
        aria-controls="easy-read-version"
        onClick={toggle}
      >
        {t('agreement:page.easyRead')}
      </button>
      <p role="status" class="ltw-easy-read-format__status">
        {shown.state === 'loading' && t('agreement:page.easyReadLoading')}
        {shown.state === 'failed' && t('agreement:page.easyReadFailed')}
        {open && pdf === 'idle' && e('shown')}
        {open && pdf === 'creating' && e('creatingPdf')}
        {open && pdf === 'ready' && e('pdfReady')}
        {open && pdf === 'fetchingFonts' && e('fetchingFonts')}
        {open && pdf === 'failed' && e('pdfFailed')}
        {open && pdf === 'fontsUnavailable' && e('fontsUnavailable')}
      </p>
      <div id="easy-read-version">
        {open && model && (
          <>
            <div class="ltw-button-group">
              <button type="button" class="ltw-button" onClick={printEasyRead}>
                {e('print')}
              </button>
              <button
                type="button"
                class="ltw-button ltw-button--secondary"
                onClick={makePdf}
                aria-disabled={pdf === 'creating' || pdf === 'fetchingFonts'}
              >
                {e('downloadPdf')}
              </button>
            </div>
            <shown.loaded.View model={model} symbolUrl={shown.loaded.symbolUrl} />
          </>
        )}
      </div>
    </div>
  );
}
