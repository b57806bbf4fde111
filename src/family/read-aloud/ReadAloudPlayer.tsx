import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '~/core/questions/types';
import type { Key } from '~/core/words/translate';
import { readAloud, type Reading } from '~/browser/read-aloud';
import { showSpoken, spokenBlocks } from '~/browser/read-aloud-text';
import { readingVoice } from '~/browser/read-aloud-voice';

export interface ReadAloudPlayerProps {
  t: Translate;
  /** The page's language: a part in a language the device has no voice for is left out, never misread. */
  lang: string;
  /** "Listen to this page". */
  listen: string;
}

type State = 'idle' | 'reading' | 'paused';

/**
 * Reads the page it is on from its h1, marking the words as they are spoken; it starts when it appears
 * (its button was pressed) and stops when the page changes (it is unmounted) or is left.
 */
export function ReadAloudPlayer({ t, lang, listen }: ReadAloudPlayerProps) {
  const [state, setState] = useState<State>('idle');
  // Announced politely: reading, paused, stopped, finished.
  const [status, setStatus] = useState('');
  const reading = useRef<Reading>();
  const toggle = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const show = useCallback(
    (next: State, status: Key) => {
      setState(next);
      setStatus(t(status));
    },
    [t],
  );
  const end = useCallback(() => {
    reading.current?.stop();
    reading.current = undefined;
    showSpoken();
  }, []);
  const start = useCallback(() => {
    const voices = speechSynthesis.getVoices();
    const parts = spokenBlocks(toggle.current!.closest('main') ?? document.body, lang).flatMap((block) => {
      const voice = readingVoice(voices, block.lang);
      return voice ? [{ block, voice, text: block.text }] : [];
    });
    let finished = false;
    const started = readAloud(speechSynthesis, parts, {
      part: (index) => showSpoken(parts[index]!.block),
      word: (index, from, to) => showSpoken(parts[index]!.block, from, to),
      done: () => {
        finished = true;
        // Stop goes with the reading: keep the keyboard's place.
        if (document.activeElement === stopButton.current) toggle.current?.focus();
        end();
        show('idle', 'ui:readAloud.finished');
      },
    });
    // A page with nothing to read in a voice the device has is finished at once.
    if (finished) return;
    reading.current = started;
    show('reading', 'ui:readAloud.reading');
  }, [lang, show, end]);
  const stop = useCallback(() => {
    end();
    show('idle', 'ui:readAloud.stopped');
  }, [end, show]);
  // Once, as it appears (t and lang do not change on a page).
  useEffect(() => {
    toggle.current?.focus();
    start();
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      end();
    };
  }, [start, stop, end]);
  const press = {
    idle: start,
    reading: () => {
      reading.current?.pause();
      show('paused', 'ui:readAloud.paused');
    },
    paused: () => {
      reading.current?.resume();
      show('reading', 'ui:readAloud.reading');
    },
  }[state];
  return (
    <>
      <button type="button" class="ltw-button ltw-button--secondary ltw-button--small" ref={toggle} onClick={press}>
        {state === 'idle' ? listen : t(state === 'reading' ? 'ui:readAloud.pause' : 'ui:readAloud.resume')}
      </button>
      {state !== 'idle' && (
        <button
          type="button"
          class="ltw-button ltw-button--secondary ltw-button--small"
          ref={stopButton}
          onClick={() => {
            toggle.current?.focus();
            stop();
          }}
        >
          {t('ui:readAloud.stop')}
        </button>
      )}
      <p class="ltw-visually-hidden" aria-live="polite">
        {status}
      </p>
    </>
  );
}
