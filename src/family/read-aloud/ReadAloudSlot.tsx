import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '~/core/questions/types';
import { localVoices } from '~/browser/local-voices';

/** The player, loaded when first pressed (and fetched ahead when idle, so it works offline). */
export const loadReadAloudPlayer = () => import('./ReadAloudPlayer');

const speech = () => window.speechSynthesis as SpeechSynthesis | undefined;
const hasVoice = (lang: string) => !!localVoices(speech()?.getVoices() ?? [], lang).length;

/**
 * "Listen to this page" (the same words on every page it is on): shown only where the device has a
 * voice of its own for the page's language (voices arrive a moment after the page, with
 * `voiceschanged`). All the rest loads on press, so the wizard's first load carries only this.
 */
export function ReadAloudSlot({ t, lang }: { t: Translate; lang: string }) {
  const [voiced, setVoiced] = useState(() => hasVoice(lang));
  const [player, setPlayer] = useState<Awaited<ReturnType<typeof loadReadAloudPlayer>>>();
  useEffect(() => {
    const synth = speech();
    const check = () => setVoiced(hasVoice(lang));
    synth?.addEventListener('voiceschanged', check);
    return () => synth?.removeEventListener('voiceschanged', check);
  }, [lang]);
  if (!voiced) return null;
  const listen = t('ui:readAloud.listenPage');
  return (
    <div class="ltw-read-aloud">
      {player ? (
        <player.ReadAloudPlayer t={t} lang={lang} listen={listen} />
      ) : (
        <button
          type="button"
          class="ltw-button ltw-button--secondary ltw-button--small"
          onClick={() => void loadReadAloudPlayer().then(setPlayer)}
        >
          {listen}
        </button>
      )}
    </div>
  );
}
