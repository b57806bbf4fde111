import { useEffect, useRef, useState } from 'preact/hooks';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import { PageShell } from '~/ui/shell/PageShell';
import { usePageMemory } from '~/ui/shell/page-memory';
import { keepPlaceOnLanguageSwitch } from '~/browser/language-switch';
import { createFormatter } from '~/i18n/messages';
import { copyText } from '~/browser/copy-text';
import { APP_NAMES, inAppBrowser } from '~/browser/in-app-browser';
import {
  CompareView,
  DeclinedView,
  LinkErrorView,
  ReviewView,
  SavedView,
  viewHeading,
  type FamilyLinkView,
  type LinkViewProps,
} from './FamilyLinkViews';
import { InAppNotice } from './InAppNotice';
import type { FamilyLinkContacts } from './TrustContactsPanel';

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
  useEffect(
    () => keepPlaceOnLanguageSwitch(undefined, () => (payload.current ? `#${payload.current}` : window.location.hash)),
    [],
  );
  const [app] = useState(() => inAppBrowser(navigator.userAgent));
  const [hasAnswers, setHasAnswers] = useState(false);
  const memory = usePageMemory();

  useEffect(() => {
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

  const decide = async (step: () => FamilyLinkView | Promise<FamilyLinkView>) => {
    const lib = await import('./family-case');
    const next = await step();
    if (next.kind === 'saved' || next.kind === 'declined') lib.pendingLink.forget();
    setView(next);
  };

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
  const link = `${window.location.origin}${window.location.pathname}#${payload.current}`;
  const notice = app && view.kind === 'review' && (
    <InAppNotice
      t={t}
      app={app === 'webview' ? undefined : APP_NAMES[app]}
      link={link}
      copy={copyText}
      hasAnswers={hasAnswers}
      moveAnswersUrl={`${wizardUrl}?step=hub`}
    />
  );

  // Each view is a page of its own: its heading names it and takes focus (not the first view, the page's own start).
  return (
    <div data-view={view.kind} data-view-id={id} key={id}>
      <PageShell
        memory={memory}
        pageKey={view.kind === 'loading' ? null : String(id)}
        title={view.kind === 'loading' ? undefined : `${viewHeading(t, view, loadingTitle)} - ${titleSuffix}`}
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
    switch (view.kind) {
      case 'loading':
        return (
          <>
            <h1>{loadingTitle}</h1>
            <p class="ltw-loading">{t('ui:familyLink.loading')}</p>
          </>
        );
      case 'error':
        return <LinkErrorView {...props} error={view.error} />;
      case 'review':
        return (
          <>
            {notice}
            <ReviewView
              {...props}
              details={view.details}
              onAnswer={(right) =>
                void decide(async () => {
                  if (!right) return { kind: 'declined' };
                  const lib = await import('./family-case');
                  const saved = lib.readSavedCase();
                  if (saved.ok && lib.sameDetails(saved.details, view.details))
                    return { kind: 'saved', outcome: 'same' };
                  if (saved.ok) return { kind: 'compare', details: view.details, saved: saved.details };
                  return { kind: 'saved', outcome: lib.saveCase(view.details) };
                })
              }
            />
          </>
        );
      case 'compare':
        return (
          <CompareView
            {...props}
            details={view.details}
            saved={view.saved}
            onChoose={(useNew) =>
              void decide(async () => {
                if (!useNew) return { kind: 'saved', outcome: 'kept' };
                const lib = await import('./family-case');
                return { kind: 'saved', outcome: lib.saveCase(view.details) };
              })
            }
          />
        );
      case 'saved':
        return <SavedView {...props} outcome={view.outcome} />;
      case 'declined':
        return <DeclinedView {...props} />;
    }
  }
}
