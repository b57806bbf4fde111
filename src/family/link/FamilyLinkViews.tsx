import type { RefObject } from 'preact';
import type { CaseDetails } from '~/core/formats/case-details';
import type { LinkError } from '~/core/formats/link';
import type { Translate } from '~/core/questions/types';
import { CaseDetailsList } from './CaseDetailsList';
import { RadiosForm } from './RadiosForm';
import { TrustContactsPanel, type FamilyLinkContacts } from './TrustContactsPanel';

/** What the page shows: reading the link, what went wrong, the details to check, or what happened after. */
export type FamilyLinkView =
  | { kind: 'loading' }
  | { kind: 'error'; error: LinkError }
  | { kind: 'review'; details: CaseDetails }
  | { kind: 'compare'; details: CaseDetails; saved: CaseDetails }
  | { kind: 'saved'; outcome: 'device' | 'tab' | 'memory' | 'same' | 'kept' }
  | { kind: 'declined' };

export interface ViewProps {
  t: Translate;
  lang: string;
  contacts: FamilyLinkContacts;
  headingRef: RefObject<HTMLHeadingElement>;
  /** Answers are saved in this browser (they are never touched here). */
  hasAnswers: boolean;
  wizardUrl: string;
  onError: (shown: boolean) => void;
}

const f = (t: Translate, key: string, options?: Record<string, unknown>) => t(`familyLink.${key}`, options);

function Heading({ headingRef, text, panel }: { headingRef: ViewProps['headingRef']; text: string; panel?: boolean }) {
  return (
    <h1 tabIndex={-1} ref={headingRef} class={panel ? 'ltw-panel__title' : undefined}>
      {text}
    </h1>
  );
}

/** Every way a link can fail has its own heading and words, then the same way forward and the trust's details. */
export function LinkErrorView({ t, contacts, headingRef, error }: ViewProps & { error: LinkError }) {
  return (
    <div data-link-error={error}>
      <Heading headingRef={headingRef} text={f(t, `errors.${error}.title`)} />
      <p>{f(t, `errors.${error}.text`)}</p>
      <p>{f(t, 'whatToDo')}</p>
      <div class="ltw-inset">
        <p>{f(t, 'nothingChanged')}</p>
      </div>
      <TrustContactsPanel t={t} contacts={contacts} />
    </div>
  );
}

export function ReviewView(props: ViewProps & { details: CaseDetails; onAnswer: (right: boolean) => void }) {
  const { t, lang, contacts, headingRef, details, hasAnswers } = props;
  return (
    <>
      <Heading headingRef={headingRef} text={f(t, 'title')} />
      <p>{f(t, 'intro')}</p>
      <p>{f(t, 'nothingSent')}</p>
      <div class="ltw-family-link__grid">
        <section aria-labelledby="link-details-title">
          <h2 id="link-details-title">{f(t, 'detailsHeading')}</h2>
          <CaseDetailsList t={t} lang={lang} details={details} />
        </section>
        <TrustContactsPanel t={t} contacts={contacts} />
      </div>
      {hasAnswers && (
        <div class="ltw-inset">
          <p>{f(t, 'answersStay')}</p>
        </div>
      )}
      <RadiosForm
        t={t}
        name="details-right"
        legend={f(t, 'question.legend')}
        hint={f(t, 'question.hint')}
        options={[
          { id: 'yes', label: f(t, 'question.yes'), hint: f(t, 'question.yesHint') },
          { id: 'no', label: f(t, 'question.no') },
        ]}
        errorText={f(t, 'question.error')}
        onError={props.onError}
        onChoose={(id) => props.onAnswer(id === 'yes')}
      />
    </>
  );
}

export function CompareView(
  props: ViewProps & { details: CaseDetails; saved: CaseDetails; onChoose: (useNew: boolean) => void },
) {
  const { t, lang, contacts, headingRef } = props;
  return (
    <>
      <Heading headingRef={headingRef} text={f(t, 'compare.title')} />
      <p>{f(t, 'compare.intro')}</p>
      <div class="ltw-family-link__compare">
        <section aria-labelledby="saved-details-title" data-details="saved">
          <h2 id="saved-details-title">{f(t, 'compare.savedHeading')}</h2>
          <CaseDetailsList t={t} lang={lang} details={props.saved} />
        </section>
        <section aria-labelledby="new-details-title" data-details="new">
          <h2 id="new-details-title">{f(t, 'compare.newHeading')}</h2>
          <CaseDetailsList t={t} lang={lang} details={props.details} />
        </section>
      </div>
      <RadiosForm
        t={t}
        name="which-details"
        legend={f(t, 'compare.legend')}
        options={[
          { id: 'new', label: f(t, 'compare.useNew') },
          { id: 'keep', label: f(t, 'compare.keep') },
        ]}
        errorText={f(t, 'compare.error')}
        onError={props.onError}
        onChoose={(id) => props.onChoose(id === 'new')}
      />
      <TrustContactsPanel t={t} contacts={contacts} />
    </>
  );
}

export function SavedView(props: ViewProps & { outcome: 'device' | 'tab' | 'memory' | 'same' | 'kept' }) {
  const { t, contacts, headingRef, outcome, hasAnswers, wizardUrl } = props;
  const title = outcome === 'same' ? 'saved.sameTitle' : outcome === 'kept' ? 'saved.keptTitle' : 'saved.title';
  const kept = outcome === 'device' || outcome === 'tab' || outcome === 'same';
  return (
    <>
      <div class={outcome === 'memory' ? undefined : 'ltw-panel'} data-saved={outcome}>
        <Heading headingRef={headingRef} text={f(t, title)} panel={outcome !== 'memory'} />
      </div>
      <p>{f(t, `saved.${outcome}`)}</p>
      {hasAnswers && <p>{f(t, 'saved.answersStay')}</p>}
      <p>
        <a class="ltw-button" href={wizardUrl}>
          {hasAnswers ? f(t, 'saved.continue') : f(t, 'saved.start')}
        </a>
      </p>
      {!kept && outcome !== 'kept' && <p>{f(t, 'whatToDo')}</p>}
      <TrustContactsPanel t={t} contacts={contacts} />
    </>
  );
}

export function DeclinedView({ t, contacts, headingRef }: ViewProps) {
  return (
    <>
      <Heading headingRef={headingRef} text={f(t, 'declined.title')} />
      <p>{f(t, 'declined.text')}</p>
      <p>{f(t, 'declined.next')}</p>
      <TrustContactsPanel t={t} contacts={contacts} />
    </>
  );
}
