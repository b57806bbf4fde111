import { useState } from 'preact/hooks';
import type { AgreementModel } from '~/core/agreement/model';
import type { Translate } from '~/core/questions/types';
import type { KeysUnder } from '~/core/words/translate';

type BrailleState = 'idle' | 'creating' | 'ready' | 'failed';

/**
 * "Download a braille-ready file (.brf)": made on this device from the agreement as shown (the family's or
 * the team's copy, one language or two). liblouis and its tables load only when pressed.
 */
export function BrailleDownload(props: { model: AgreementModel; t: Translate }) {
  const [state, setState] = useState<BrailleState>('idle');
  const b = (key: KeysUnder<'agreement:braille.'>) => props.t(`agreement:braille.${key}`);
  const make = async () => {
    setState('creating');
    try {
      const { downloadAgreementBrf } = await import('~/browser/braille-download');
      await downloadAgreementBrf(props.model);
      setState('ready');
    } catch {
      setState('failed');
    }
  };
  return (
    <div class="ltw-braille-download">
      <p>{b('note')}</p>
      {/* Stays enabled while the file is made (a disabled button drops keyboard focus); repeat presses are ignored. */}
      <button
        type="button"
        class="ltw-button ltw-button--secondary"
        id="download-braille"
        onClick={state === 'creating' ? undefined : make}
        aria-disabled={state === 'creating'}
      >
        {b('download')}
      </button>
      <p role="status" class="ltw-braille-download__status">
        {state === 'creating' && b('creating')}
        {state === 'ready' && b('ready')}
        {state === 'failed' && b('failed')}
      </p>
    </div>
  );
}
