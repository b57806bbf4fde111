import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgreementModel } from '~/core/agreement/model';
import type { Translate } from '~/core/questions/types';
import type { PdfOutcome } from '~/core/pdf/outcome';
import type { KeysUnder } from '~/core/words/translate';
import { ScriptFilesUnavailable } from '~/browser/script-files-unavailable';
import { UndrawableWarning } from './UndrawableWarning';

/** Prints once every section is on the page (they are drawn a few at a time as the page opens). */
export function printWhenComplete() {
  if (document.querySelector('.ltw-agreement[aria-busy="false"]')) window.print();
  else requestAnimationFrame(printWhenComplete);
}

type Made =
  | { state: 'idle' | 'creating' | 'fetchingFonts' | 'ready' | 'failed' | 'fontsUnavailable' }
  | { state: 'undrawable'; words: string[] };

/** Print and "Download as PDF" for a document in the agreement's model, with what happened said aloud. */
export function DocumentActions(props: {
  model: AgreementModel;
  t: Translate;
  createPdf: (model: AgreementModel, onFetchingFonts: () => void) => Promise<PdfOutcome>;
  idPrefix: string;
  /** "Print your comments": says what is printed. */
  printLabel: string;
}) {
  const [made, setMade] = useState<Made>({ state: 'idle' });
  const warningRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (made.state === 'undrawable') warningRef.current?.focus();
  }, [made.state]);
  const a = (key: KeysUnder<'agreement:page.'>) => props.t(`agreement:page.${key}`);
  const making = made.state === 'creating' || made.state === 'fetchingFonts';
  const make = async () => {
    setMade({ state: 'creating' });
    try {
      const outcome = await props.createPdf(props.model, () => setMade({ state: 'fetchingFonts' }));
      setMade(outcome.ok ? { state: 'ready' } : { state: 'undrawable', words: outcome.undrawable });
    } catch (error) {
      setMade({ state: error instanceof ScriptFilesUnavailable ? 'fontsUnavailable' : 'failed' });
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
          onClick={making ? undefined : make}
          aria-disabled={making}
        >
          {a('downloadPdf')}
        </button>
      </div>
      <p role="status" class="ltw-agreement-actions__status">
        {made.state === 'creating' && a('creatingPdf')}
        {made.state === 'fetchingFonts' && a('fetchingFonts')}
        {made.state === 'ready' && a('pdfReady')}
        {made.state === 'failed' && a('pdfFailed')}
        {made.state === 'fontsUnavailable' && a('fontsUnavailable')}
      </p>
      {made.state === 'undrawable' && (
        <UndrawableWarning
          t={props.t}
          lang={props.model.lang}
          words={made.words}
          headingRef={warningRef}
          onPrint={printWhenComplete}
        />
      )}
    </>
  );
}
