import { useEffect, useRef, useState } from 'preact/hooks';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import { PageShell } from '~/ui/shell/PageShell';
import { usePageMemory } from '~/ui/shell/page-memory';
import { createFormatter } from '~/i18n/messages';
import type { FamilyLinkView, LinkViewProps } from './FamilyLinkViews';
import type { FamilyLinkContacts } from './TrustContactsPanel';

/** The views, loaded with the decoding (src/family/link/FamilyLinkShown.tsx): not needed for the first paint. */
type Shown = typeof import('./FamilyLinkShown');

export interface FamilyLinkIslandProps {
  lang: string;
  /** The familyLink strings (and the few shared ones they use), flat, as JSON (see src/i18n/messages.ts). */
  messages: string;
  /** The page's heading while the link is read: the same as the fallback, so nothing moves. */
  loadingTitle: string;
  titleSuffix: string;
  contacts: FamilyLinkContacts;
  wizardUrl: string;
}

/** The fragment as it arrived, taken out of the address bar at once so it is not kept in history or shared. */
function takeFragment(): string {
  const payload = window.location.hash.replace(/^#/, '');
  // A bare '#' too: the address bar should show the page's own address only.
  if (window.location.href.includes('#')) {
    try {
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
    } catch {
      // Some embedded browsers refuse; the payload is still only ever read here.
    }
  }
  return payload;
}

/**
 * The family opens the link their investigation team sent: the details are read from the part after
 * '#' (never sent to the server), shown beside the trust's own contact details, and saved only when
 * the family says they are right. Saved answers are never read or changed here.
 */
export default function FamilyLinkIsland({
  lang,
  messages,
  loadingTitle,
  titleSuffix,
  contacts,
  wizardUrl,
}: FamilyLinkIslandProps) {
  const [t] = useState(() => createFormatter(lang, JSON.parse(messages) as Record<string, string>));
  // Each view shown gets its own id: a second link opened in this tab starts a fresh form and moves focus.
  const [{ id, view }, setShown] = useState<{ id: number; view: FamilyLinkView }>({ id: 0, view: { kind: 'loading' } });
  const [errors, setErrors] = useState<readonly SummaryError[]>([]);
  const setView = (next: FamilyLinkView) => {
    setErrors([]);
    setShown((current) => ({ id: current.id + 1, view: next }));
  };
  const payload = useRef('');
  // The header's language links take the team's link along (this page takes it out of the address).
  useEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    void import('~/browser/language-switch').then(({ keepPlaceOnLanguageSwitch }) => {
      if (!gone)
        stop = keepPlaceOnLanguageSwitch(undefined, () =>
          payload.current ? `#${payload.current}` : window.location.hash,
        );
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, []);
  const [hasAnswers, setHasAnswers] = useState(false);
  const memory = usePageMemory();
  const [shown, setShownModule] = useState<Shown>();

  useEffect(() => {
    // Fetched while the link is decoded, so the details appear no later than before.
    void import('./FamilyLinkShown').then(setShownModule);
    const open = async (fromAddress: string) => {
      const lib = await import('./family-case');
      const { decodeCaseLink } = await import('~/core/formats');
      setHasAnswers(lib.hasSavedAnswers());
      const text = fromAddress || lib.pendingLink.read() || '';
      const result = await decodeCaseLink(text);
      if (!result.ok) {
        // Nothing from a broken link is kept, not even for a reload.
        lib.pendingLink.forget();
        payload.current = '';
        setView({ kind: 'error', error: result.error });
        return;
      }
      payload.current = text;
      lib.pendingLink.keep(text);
      setView({ kind: 'review', details: result.details });
    };
    const read = (fromAddress: string) =>
      open(fromAddress).catch(() => setView({ kind: 'error', error: 'unsupported' }));
    void read(takeFragment());
    // Another link opened in this tab while the page is open changes only the part after '#'.
    const onHashChange = () => {
      const fragment = takeFragment();
      if (fragment !== '') void read(fragment);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const props: LinkViewProps = {
    t,
    lang,
    contacts,
    headingRef: memory.headingRef,
    hasAnswers,
    wizardUrl,
    errors,
    onErrors: setErrors,
  };
  // Until both the link and the views are in, the page keeps the heading, introduction and line it was served with.
  const ready = view.kind === 'loading' || !shown ? undefined : { view, shown };

  // Each view is a page of its own: its heading names it and takes focus (not the first view, the page's own start).
  return (
    <div data-view={ready ? view.kind : 'loading'} data-view-id={id} key={id}>
      <PageShell
        memory={memory}
        pageKey={ready ? String(id) : null}
        title={ready ? `${ready.shown.viewHeading(t, ready.view, loadingTitle)} - ${titleSuffix}` : undefined}
        errorPrefix={t('ui:errorPrefix')}
        errorSummaryTitle={t('ui:errorSummaryTitle')}
        errors={errors}
        inLayoutMain
      >
        {render()}
      </PageShell>
    </div>
  );

  function render() {
    if (!ready)
      return (
        <>
          <h1>{loadingTitle}</h1>
          <p>{t('ui:familyLink.intro')}</p>
          <p class="ltw-loading">{t('ui:familyLink.loading')}</p>
        </>
      );
    const { FamilyLinkShown } = ready.shown;
    return <FamilyLinkShown view={ready.view} setView={setView} viewProps={props} payload={payload.current} />;
  }
}
