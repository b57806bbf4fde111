import { useState } from 'preact/hooks';
import { copyText } from '~/browser/copy-text';
import { APP_NAMES, inAppBrowser } from '~/browser/in-app-browser';
import {
  CompareView,
  DeclinedView,
  LinkErrorView,
  ReviewView,
  SavedView,
  type FamilyLinkView,
  type LinkViewProps,
} from './FamilyLinkViews';
import { InAppNotice } from './InAppNotice';

export { viewHeading } from './FamilyLinkViews';

export interface FamilyLinkShownProps {
  view: Exclude<FamilyLinkView, { kind: 'loading' }>;
  setView: (next: FamilyLinkView) => void;
  viewProps: LinkViewProps;
  /** The link as read, to copy into the phone's usual browser. */
  payload: string;
}

/**
 * What the family link page shows once the link is read: loaded with the decoding, not before, so the
 * page's first paint (its heading and "Reading the link") needs only the island's small shell.
 */
export function FamilyLinkShown({ view, setView, viewProps: props, payload }: FamilyLinkShownProps) {
  const [app] = useState(() => inAppBrowser(navigator.userAgent));
  const { t, hasAnswers, wizardUrl } = props;

  const decide = async (step: () => FamilyLinkView | Promise<FamilyLinkView>) => {
    const lib = await import('./family-case');
    const next = await step();
    if (next.kind === 'saved' || next.kind === 'declined') lib.pendingLink.forget();
    setView(next);
  };

  const link = `${window.location.origin}${window.location.pathname}#${payload}`;
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

  switch (view.kind) {
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
                if (saved.ok && lib.sameDetails(saved.details, view.details)) return { kind: 'saved', outcome: 'same' };
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
