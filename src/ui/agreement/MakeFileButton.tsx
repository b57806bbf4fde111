import { useState } from 'preact/hooks';

/** What the status line says while a file is made, once it is, and if it could not be. */
export interface MakeFileWords {
  label: string;
  creating: string;
  ready: string;
  failed: string;
}

/**
 * A button that makes a file on this device (its code loaded by `make` when pressed), with a status line
 * saying what happened. It stays enabled while the file is made (a disabled button drops keyboard focus);
 * repeat presses are ignored.
 */
export function MakeFileButton(props: {
  id: string;
  words: MakeFileWords;
  make: () => Promise<void>;
  statusClass: string;
}) {
  const { id, words, make, statusClass } = props;
  const [state, setState] = useState<'idle' | 'creating' | 'ready' | 'failed'>('idle');
  const press = async () => {
    setState('creating');
    try {
      await make();
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
        id={id}
        onClick={state === 'creating' ? undefined : press}
        aria-disabled={state === 'creating'}
      >
        {words.label}
      </button>
      <p role="status" class={statusClass}>
        {state === 'idle' ? '' : words[state]}
      </p>
    </>
  );
}
