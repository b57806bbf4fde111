import type { RefObject } from 'preact';
import type { CaseDetails } from '~/core/formats/case-details';
import type { LinkError } from '~/core/formats/link';
import { singleChoiceRules, type SingleChoiceQuestionSpec } from '~/core/questions/single-choice/rules';
import type { Translate } from '~/core/questions/types';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import { SettingForm, type SettingWording } from '~/ui/questions/SettingForm';
import { CaseDetailsList } from './CaseDetailsList';
import { DETAILS_RIGHT, WHICH_DETAILS } from './link-questions';
import { TrustContactsPanel, type FamilyLinkContacts } from './TrustContactsPanel';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';

/** What the page shows: reading the link, what went wrong, the details to check, or what happened after. */
export type FamilyLinkView =
  | { kind: 'loading' }
  | { kind: 'error'; error: LinkError }
  | { kind: 'review'; details: CaseDetails }
  | { kind: 'compare'; details: CaseDetails; saved: CaseDetails }
  | { kind: 'saved'; outcome: 'device' | 'tab' | 'memory' | 'same' | 'kept' }
  | { kind: 'declined' };

export interface LinkViewProps {
  t: Translate;
  lang: string;
  contacts: FamilyLinkContacts;
  headingRef: RefObject<HTMLHeadingElement>;
  /** Answers are saved in this browser (they are never touched here). */
  hasAnswers: boolean;
  wizardUrl: string;
  /** The problems of the last Continue: the page shell shows their summary. */
  errors: readonly SummaryError[];
  onErrors: (errors: readonly SummaryError[]) => void;
}

const f = (t: Translate, key: KeysUnder<'ui:familyLink.'>, options?: TranslateOptions) =>
  t(`ui:familyLink.${key}`, options);

/** Each view's h1, which also names the page in the document title. */
export function viewHeading(t: Translate, view: FamilyLinkView, loadingTitle: string): string {
  switch (view.kind) {
    case 'loading':
      return loadingTitle;
    case 'error':
      return f(t, `errors.${view.error}.title`);
    case 'review':
      return f(t, 'title');
    case 'compare':
      return f(t, 'compare.title');
    case 'saved':
      return f(
        t,
        view.outcome === 'same' ? 'saved.sameTitle' : view.outcome === 'kept' ? 'saved.keptTitle' : 'saved.title',
      );
    case 'declined':
      return f(t, 'declined.title');
  }
}

/** One of the page's questions: checked by the single-choice rules; a choice made moves the page on. */
function LinkQuestion(
  props: LinkViewProps & {
    question: SingleChoiceQuestionSpec;
    wording: SettingWording;
    onChoose: (id: string) => void;
  },
) {
  const { t, question, wording, errors } = props;
  return (
    <SettingForm
      question={question}
      wording={wording}
      t={t}
      heading={{ partClass: 'ltw-family-link__question' }}
      failed={errors.length > 0}
      onSubmit={(answer) => {
        if (singleChoiceRules.validate(question, answer, new Date()).length === 0 && answer)
          return props.onChoose(answer.choice);
        props.onErrors([{ href: `#${question.id}`, text: wording.required }]);
      }}
    />
  );
}

function Heading({
  headingRef,
  text,
  panel,
}: {
  headingRef: LinkViewProps['headingRef'];
  text: string;
  panel?: boolean;
}) {
  return (
    <h1 tabIndex={-1} ref={headingRef} class={panel ? 'ltw-panel__title' : undefined}>
      {text}
    </h1>
  );
}

/** Every way a link can fail has its own heading and words, then the same way forward and the trust's details. */
export function LinkErrorView({ t, contacts, headingRef, error }: LinkViewProps & { error: LinkError }) {
  return (
    <div data-link-error={error}>
      <Heading headingRef={headingRef} text={viewHeading(t, { kind: 'error', error }, '')} />
      <p>{f(t, `errors.${error}.text`)}</p>
      <p>{f(t, 'whatToDo')}</p>
      <div class="ltw-inset">
        <p>{f(t, 'nothingChanged')}</p>
      </div>
      <TrustContactsPanel t={t} contacts={contacts} />
    </div>
  );
}

export function ReviewView(props: LinkViewProps & { details: CaseDetails; onAnswer: (right: boolean) => void }) {
  const { t, lang, contacts, headingRef, details, hasAnswers } = props;
  return (
    <>
      <Heading headingRef={headingRef} text={f(t, 'title')} />
      <p>{f(t, 'intro')}</p>
      <p>{f(t, 'notLocked')}</p>
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
      <LinkQuestion
        {...props}
        question={DETAILS_RIGHT}
        wording={{
          label: f(t, 'question.legend'),
          hint: f(t, 'question.hint'),
          options: {
            yes: { label: f(t, 'question.yes'), hint: f(t, 'question.yesHint') },
            no: { label: f(t, 'question.no') },
          },
          required: f(t, 'question.error'),
        }}
        onChoose={(id) => props.onAnswer(id === 'yes')}
      />
    </>
  );
}

export function CompareView(
  props: LinkViewProps & { details: CaseDetails; saved: CaseDetails; onChoose: (useNew: boolean) => void },
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
      <LinkQuestion
        {...props}
        question={WHICH_DETAILS}
        wording={{
          label: f(t, 'compare.legend'),
          options: { new: { label: f(t, 'compare.useNew') }, keep: { label: f(t, 'compare.keep') } },
          required: f(t, 'compare.error'),
        }}
        onChoose={(id) => props.onChoose(id === 'new')}
      />
      <TrustContactsPanel t={t} contacts={contacts} />
    </>
  );
}

export function SavedView(props: LinkViewProps & { outcome: 'device' | 'tab' | 'memory' | 'same' | 'kept' }) {
  const { t, contacts, headingRef, outcome, hasAnswers, wizardUrl } = props;
  const kept = outcome === 'device' || outcome === 'tab' || outcome === 'same';
  return (
    <>
      <div class={outcome === 'memory' ? undefined : 'ltw-panel'} data-saved={outcome}>
        <Heading
          headingRef={headingRef}
          text={viewHeading(t, { kind: 'saved', outcome }, '')}
          panel={outcome !== 'memory'}
        />
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

export function DeclinedView({ t, contacts, headingRef }: LinkViewProps) {
  return (
    <>
      <Heading headingRef={headingRef} text={f(t, 'declined.title')} />
      <p>{f(t, 'declined.text')}</p>
      <p>{f(t, 'declined.next')}</p>
      <TrustContactsPanel t={t} contacts={contacts} />
    </>
  );
}
