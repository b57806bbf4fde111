import { useEffect, useRef, useState } from 'preact/hooks';
import { createFormatter, type Messages } from '../i18n/messages';
import type { Translate } from '../question-types/types';
import { buildLetter, type LetterModel } from '../letter/letter-model';
import type { LetterWording } from '../letter/wording-schema';
import { LetterView } from '../components/letter/LetterView';

export interface Props {
  lang: string;
  messages: string;
  /** Where the family's page is: /en/from-your-team/ */
  familyLinkPath: string;
  /** content/letter/<locale>.yaml, checked at build time, as JSON. */
  wording: string;
  /** The team's area, to go back to the case. */
  casesUrl: string;
}

type State =
  { kind: 'loading' } | { kind: 'error'; error: string } | { kind: 'ready'; letter: LetterModel; qr: string };

/**
 * The letter for a family: the case details come in this page's fragment (as in the family's link), so
 * they never reach a server; the QR code is made here. Printing gives one A4 page.
 */
export default function LetterIsland({ lang, messages, familyLinkPath, wording, casesUrl }: Props) {
  const t: Translate = createFormatter(lang, JSON.parse(messages) as Messages, 'letter');
  const [state, setState] = useState<State>({ kind: 'loading' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    void (async () => {
      const fragment = location.hash.slice(1);
      const [{ decodeCaseLink }, QRCode] = await Promise.all([import('../sharing'), import('qrcode')]);
      const decoded = await decodeCaseLink(fragment);
      if (!decoded.ok) return setState({ kind: 'error', error: decoded.error });
      const familyUrl = new URL(`${familyLinkPath}#${fragment}`, location.origin).href;
      try {
        const qr = await QRCode.toString(familyUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
        const letter = buildLetter({
          details: decoded.details,
          familyUrl,
          wording: JSON.parse(wording) as LetterWording,
          date: new Date(),
          lang,
        });
        setState({ kind: 'ready', letter, qr });
      } catch {
        setState({ kind: 'error', error: 'qr' });
      }
    })();
  }, []);
  useEffect(() => {
    if (state.kind === 'error') headingRef.current?.focus();
  }, [state.kind]);
  return (
    <main class="ltw-main" id="main-content" tabIndex={-1}>
      {state.kind === 'error' ? (
        <>
          <h1 tabIndex={-1} ref={headingRef}>
            {t('problemTitle')}
          </h1>
          <p data-letter-error={state.error}>{t(`errors.${state.error}`)}</p>
          <p>
            <a class="ltw-link" href={casesUrl}>
              {t('backToCases')}
            </a>
          </p>
        </>
      ) : (
        <>
          <div class="ltw-no-print">
            <h1>{t('title')}</h1>
            <p>{t('intro')}</p>
            {state.kind === 'loading' && <p class="ltw-loading">{t('loading')}</p>}
            {state.kind === 'ready' && (
              <>
                <p>{t('writeName', { greeting: state.letter.greeting })}</p>
                <p>
                  <button type="button" class="ltw-button" onClick={() => print()}>
                    {t('print')}
                  </button>
                </p>
              </>
            )}
          </div>
          {state.kind === 'ready' && <LetterView letter={state.letter} t={t} qrSvg={state.qr} />}
        </>
      )}
    </main>
  );
}
