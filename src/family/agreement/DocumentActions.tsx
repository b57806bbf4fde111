import { useState } from 'preact/hooks';
import type { AgreementModel } from '~/core/agreement/model';
import type { Translate } from '~/core/questions/types';
import type { PdfOutcome } from '~/core/pdf/outcome';
import type { KeysUnder } from '~/core/words/translate';

/** Prints once every section is on the page (they are drawn a few at a time as the page opens). */
export function printWhenComplete() {
  if (document.querySelector('.ltw-agreement[aria-busy="false"]')) window.print();
  else requestAnimationFrame(printWhenComplete);
}

/** Print and "Download as PDF" for a document in the agreement's model, with what happened said aloud. */
export function DocumentActions(props: {
  model: AgreementModel;
  t: Translate;
  createPdf: (model: AgreementModel) => Promise<PdfOutcome>;
  idPrefix: string;
  /** "Print your comments": says what is printed. */
  printLabel: string;
}) {
  const [state, setState] = useState<'idle' | 'creating' | 'ready' | 'failed' | 'undrawable'>('idle');
  const a = (key: KeysUnder<'agreement:page.'>) => props.t(`agreement:page.${key}`);
  const make = async () => {
    setState('creating');
    try {
      const outcome = await props.createPdf(props.model);
      setState(outcome.ok ? 'ready' : 'undrawable');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <div class="ltw-button-group">
        <button type="button" class="ltw-button" id={`${props.idPrefix}-print`} onClick={printWhenComplete}>
          {props.printLabel}
        </button>
        <button
          type="button"
          class="ltw-button ltw-button--secondary"
          id={`${props.idPrefix}-pdf`}
          onClick={state === 'creating' ? undefined : make}
          aria-disabled={state === 'creating'}
        >
          {a('downloadPdf')}
        </button>
      </div>
      <p role="status" class="ltw-agreement-actions__status">
        {state === 'creating' && a('creatingPdf')}
        {state === 'ready' && a('pdfReady')}
        {state === 'failed' && a('pdfFailed')}
        {state === 'undrawable' && a('undrawableHelp')}
      </p>
    </>
  );
}
