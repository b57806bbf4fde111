import { useEffect, useRef, useState } from 'preact/hooks';
import { keepPlaceOnLanguageSwitch } from '~/browser/language-switch';
import { createFormatter, type Messages } from '~/i18n/messages';
import type { Translate } from '~/core/questions/types';
import { buildLetter, LETTER_QR_OPTIONS, type LetterModel } from '~/core/letter/letter-model';
import type { LetterWording } from '~/core/letter/wording-schema';
import { LetterView } from './LetterView';
import { Checkbox } from '~/ui/form/Checkbox';
import { PageShell } from '~/ui/shell/PageShell';
import { usePageMemory } from '~/ui/shell/page-memory';
import type { Key } from '~/core/words/translate';
import type { LinkError } from '~/core/formats/link';
import type { CaseDetails } from '~/core/formats/case-details';

export interface LetterIslandProps {
  lang: string;
  messages: string;
  /** Where the family's page is: /en/from-your-team/ */
  familyLinkPath: string;
  /** content/letter/<locale>.yaml, checked at build time, as JSON. */
  wording: string;
  /** The team's area, to go back to the case. */
  casesUrl: string;
  /** The site's public address (astro.config.mjs `site`), when set: the letter points there, not at this computer's copy. */
  site?: string;
  /** The other language the letter can also be printed in (Welsh and English): its words and family page. */
  second?: Omit<LetterIslandProps, 'casesUrl' | 'second' | 'site'> & { label: string; goesFirst: boolean };
}

interface Letter {
  letter: LetterModel;
  qr: string;
  t: Translate;
  lang: string;
}

const NO_ERRORS: readonly [] = [];

/** Why there is no letter: the link could not be read, or the QR code could not be made. */
type Problem = LinkError | 'qr';
const PROBLEM_WORDS = {
  empty: 'letter:errors.empty',
  'not-base64': 'letter:errors.not-base64',
  changed: 'letter:errors.changed',
  truncated: 'letter:errors.truncated',
  'unknown-version': 'letter:errors.unknown-version',
  'bad-compression': 'letter:errors.bad-compression',
  'too-long': 'letter:errors.too-long',
  'not-json': 'letter:errors.not-json',
  'wrong-kind': 'letter:errors.wrong-kind',
  'wrong-shape': 'letter:errors.wrong-shape',
  unsupported: 'letter:errors.unsupported',
  qr: 'letter:errors.qr',
} as const satisfies Record<Problem, Key>;

type State = { kind: 'loading' } | { kind: 'error'; error: Problem } | { kind: 'ready'; letters: Letter[] };

/**
 * The letter for a family: the case details come in this page's fragment (as in the family's link), so
 * they never reach a server; the QR code is made here. Printing gives one A4 page.
 */
export default function LetterIsland({
  lang,
  messages,
  familyLinkPath,
  wording,
  casesUrl,
  site,
  second,
}: LetterIslandProps) {
  // The header's language links take this page's place (?view=, #...) along.
  useEffect(() => keepPlaceOnLanguageSwitch(), []);
  const [t] = useState<Translate>(() => createFormatter(lang, JSON.parse(messages) as Messages));
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [bilingual, setBilingual] = useState(false);
  const memory = usePageMemory();
  // The letter that is shown is always the one for the address as it is now: pasting another case's
  // address changes only the part after '#', and a slower earlier letter must not land after it.
  const latest = useRef(0);
  useEffect(() => {
    const show = async (fragment: string, ticket: number) => {
      const [{ decodeCaseLink }, QRCode] = await Promise.all([import('~/core/formats'), import('qrcode')]);
      const decoded = await decodeCaseLink(fragment);
      const next = decoded.ok ? await letters(decoded.details, fragment, QRCode) : decoded.error;
      if (ticket === latest.current) setState(typeof next === 'string' ? { kind: 'error', error: next } : next);
    };
    const letters = async (
      details: CaseDetails,
      fragment: string,
      QRCode: typeof import('qrcode'),
    ): Promise<State | Problem> => {
      // Each language's letter points at the family's page in that language.
      const make = async (words: Omit<LetterIslandProps, 'casesUrl' | 'second' | 'site'>): Promise<Letter> => {
        const familyUrl = new URL(`${words.familyLinkPath}#${fragment}`, site ?? location.origin).href;
        const qr = await QRCode.toString(familyUrl, { type: 'svg', ...LETTER_QR_OPTIONS });
        const letter = buildLetter({
          details,
          familyUrl,
          wording: JSON.parse(words.wording) as LetterWording,
          date: new Date(),
          lang: words.lang,
        });
        const tl = createFormatter(words.lang, JSON.parse(words.messages) as Messages);
        return { letter, qr, t: tl, lang: words.lang };
      };
      try {
        const own = await make({ lang, messages, familyLinkPath, wording });
        return { kind: 'ready', letters: second ? [own, await make(second)] : [own] };
      } catch {
        return 'qr';
      }
    };
    const open = () => {
      const ticket = ++latest.current;
      setState({ kind: 'loading' });
      void show(location.hash.slice(1), ticket);
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
  // A problem is a page of its own, whose heading takes focus; the letter loading and ready is one page.
  return (
    <PageShell
      memory={memory}
      pageKey={state.kind === 'error' ? 'problem' : 'letter'}
      errorPrefix={t('ui:errorPrefix')}
      errorSummaryTitle={t('ui:errorSummaryTitle')}
      errors={NO_ERRORS}
    >
      {state.kind === 'error' ? (
        <>
          <h1 tabIndex={-1} ref={memory.headingRef}>
            {t('letter:problemTitle')}
          </h1>
          <p data-letter-error={state.error}>{t(PROBLEM_WORDS[state.error])}</p>
          <p>
            <a class="ltw-link" href={casesUrl}>
              {t('letter:backToCases')}
            </a>
          </p>
        </>
      ) : (
        <>
          <div class="ltw-no-print">
            <h1>{t('letter:title')}</h1>
            <p>{t('letter:intro')}</p>
            <p>{t('letter:whatTheLinkHolds')}</p>
            {state.kind === 'loading' && <p class="ltw-loading">{t('letter:loading')}</p>}
            {state.kind === 'ready' && (
              <>
                <p>{t('letter:writeName', { greeting: state.letters[0]!.letter.greeting })}</p>
                {second && (
                  <div class="ltw-choices ltw-choices--small ltw-form-group">
                    <Checkbox
                      id="letter-bilingual"
                      label={t('letter:bilingual', { language: second.label })}
                      checked={bilingual}
                      onChange={setBilingual}
                    />
                  </div>
                )}
                <p>
                  <button type="button" class="ltw-button" onClick={() => print()}>
                    {t('letter:print')}
                  </button>
                </p>
              </>
            )}
          </div>
          {state.kind === 'ready' && <Letters letters={state.letters} bilingual={bilingual} second={second} />}
        </>
      )}
    </PageShell>
  );
}

/** The letter, and with it the letter in the other language when asked for: the nation's language first. */
function Letters({
  letters,
  bilingual,
  second,
}: {
  letters: Letter[];
  bilingual: boolean;
  second?: LetterIslandProps['second'];
}) {
  const [own, other] = letters;
  const shown = bilingual && other ? (second?.goesFirst ? [other, own!] : [own!, other]) : [own!];
  return (
    <>
      {shown.map((l) => (
        <div key={l.lang} lang={l.lang === own!.lang ? undefined : l.lang} class="ltw-letter-language">
          <LetterView letter={l.letter} t={l.t} qrSvg={l.qr} idPrefix={l === own ? '' : `${l.lang}-`} />
        </div>
      ))}
    </>
  );
}
