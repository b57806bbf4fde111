import { useState } from 'preact/hooks';
import type { AgreementModel } from '~/core/agreement/model';
import type { Translate } from '~/core/questions/types';
import type { KeysUnder } from '~/core/words/translate';

type WordState = 'idle' | 'creating' | 'ready' | 'failed';

/**
 * "Download as a Word document": the same model the page shows (its copy, large print and languages), made
 * on this device by `download`, which loads the Word code only when pressed. Repeat presses while it is made
 * are ignored (a disabled button would drop keyboard focus).
 */
export function WordDownload(props: {
  model: AgreementModel;
  t: Translate;
  download: (model: AgreementModel) => Promise<void>;
}) {
  const { model, t, download } = props;
  const [state, setState] = useState<WordState>('idle');
  const a = (key: KeysUnder<'agreement:page.'>) => t(`agreement:page.${key}`);
  const make = async () => {
    setState('creating');
    try {
      await download(model);
      setState('ready');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button
        type="button"
        class="ltw-button ltw-button--secondary"
        id="download-word"
        onClick={state === 'creating' ? undefined : make}
        aria-disabled={state === 'creating'}
      >
        {a('downloadWord')}
      </button>
      <p role="status" class="ltw-other-formats__status">
        {state === 'creating' && a('creatingWord')}
        {state === 'ready' && a('wordReady')}
        {state === 'failed' && a('wordFailed')}
      </p>
    </>
  );
}
