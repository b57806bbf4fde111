import type { ComponentChildren } from 'preact';
import { dateFormat } from '~/core/text/text';
import { FAMILY } from '~/core/journey/family';
import { previousPosition, stageOfPosition } from '~/core/journey/journey';
import { modeOf, type WizardContext, type WizardEvent } from '~/core/journey/machine';
import { encodePosition, type Position } from '~/core/journey/position';
import { STAGES } from '~/core/journey/schema';
import { stageKey } from '~/core/journey/schema/keys';
import { errorTarget } from '~/core/questions/rules';
import type { AnswerValue, Translate } from '~/core/questions/types';
import { errorText, questionWords } from '~/core/questions/question-words';
import type { AgreementPageProps } from '~/family/agreement/AgreementPage';
import type { ExpiryNoteProps } from './ExpiryNote';
import { ErrorSummary } from '~/ui/form/ErrorSummary';
import { usePageFocus } from '~/ui/shell/use-page-focus';
import { ChoicePage } from './ChoicePage';
import type { TrustContacts } from '~/family/pages/ConfirmationPage';
import { LazyPage } from '~/ui/shell/LazyPage';
import {
  loadAgreement,
  loadComments,
  loadRecord,
  loadTaskList,
  loadAllAnswers,
  loadAskForUpdate,
  loadCheckAnswers,
  loadConfirmation,
  loadNotice,
  loadStageIntro,
} from './lazy-pages';
import type { PageProps } from '~/ui/page-props';
import type { Signpost } from '~/core/journey/signposts';
import { QuestionPage } from '~/ui/questions/QuestionPage';
import type { MoveAnswersActions } from './MoveAnswers';

export interface WizardAppProps {
  context: WizardContext;
  send: (event: WizardEvent) => void;
  t: Translate;
  locale: string;
  siteBase: string;
  hrefFor: (position: Position) => string;
  expireDays: number;
  deleteUrl: string;
  savedOnDevice: boolean;
  /** True when reloading the page loses nothing (answers are saved): a second "Try again" may reload. */
  reloadKeepsAnswers: boolean;
  /** Which ways of saving work in this browser: the save choice offers only those. */
  canSave: { device: boolean; tab: boolean };
  /** Messages about saving, shown at the top of the page. */
  notices: ComponentChildren;
  /** Shown on the task list only (welcome back, expiry). */
  /** When a returning visitor's answers were saved, for the task list's welcome back. */
  welcomeBack?: string;
  /** When saved answers will be deleted, shown on the task list (which loads the note with itself). */
  expiry?: Omit<ExpiryNoteProps, 't'>;
  contacts: TrustContacts;
  signposts: readonly Signpost[];
  supportHref: string;
  agreement: Pick<AgreementPageProps, 'details' | 'createPdf' | 'blankLinks' | 'secondLanguage'>;
  /** Download the answers as a file, or open one (on the task list). */
  moveAnswers?: MoveAnswersActions;
  /** A draft of the question on screen, typed earlier and not yet saved. */
  draftFor?: (questionId: string) => { value: AnswerValue; at: Date } | undefined;
  onInput?: (questionId: string, value: AnswerValue | undefined) => void;
  onDiscardDraft?: (questionId: string) => void;
}

/** Renders the page for the machine's current position: back link before <main>, error summary first inside it. */
export function WizardApp(props: WizardAppProps) {
  const { context, send, t, locale, hrefFor } = props;
  const { position } = context;
  const words = questionWords(t, context.answers, locale);
  const mode = modeOf(FAMILY, position);
  const stage = stageOfPosition(FAMILY, position);
  const stageTitle = stage ? t(stageKey(stage.id, 'title'), { ns: 'wizard' }) : '';
  const caption = stage
    ? t('stageCaption', { number: STAGES.indexOf(stage) + 1, total: STAGES.length, title: stageTitle })
    : t('beforeYouStart');
  const question = position.page === 'step' ? FAMILY.question(position.step) : undefined;
  const step = position.page === 'step' ? position.step : '';

  const heading: Record<typeof mode, () => string> = {
    question: () => words.label(question!),
    notice: () => words.notice(step, 'title'),
    saveChoice: () => t(props.canSave.device ? 'saveChoice.title' : 'saveChoice.titleBlocked'),
    taskList: () => t('hub.title'),
    stageIntro: () => stageTitle,
    stageCheck: () => t('check.heading'),
    stageComplete: () => t('complete.title'),
    allAnswers: () => t('confirm.title', { ns: 'agreement' }),
    confirmation: () => t('confirmation.title'),
    agreement: () => t('title', { ns: 'agreement' }),
    comments: () => t('documents.comments.title', { ns: 'agreement' }),
    record: () => t('documents.record.title', { ns: 'agreement' }),
    askForUpdate: () => t('nextUpdate.ask.title'),
  };
  // The stage name keeps titles unique where the heading repeats across stages ("Check your answers").
  const title = [heading[mode](), mode === 'stageIntro' ? '' : stageTitle, t('titleSuffix')]
    .filter(Boolean)
    .join(' - ');
  const { headingRef, summaryRef, focusHeading } = usePageFocus(
    encodePosition(position),
    context.errors,
    title,
    t('errorPrefix'),
  );

  const summary = question
    ? context.errors.map((e) => ({ href: `#${errorTarget(question, e.field)}`, text: errorText(words, question, e) }))
    : context.errors.map(() => ({
        href: `#${mode === 'saveChoice' ? 'save-mode' : 'completed'}`,
        text: mode === 'saveChoice' ? t('saveChoice.errorRequired') : t('complete.errorRequired'),
      }));
  const pageProps: PageProps = {
    context,
    send,
    t,
    words,
    locale,
    headingRef,
    hrefFor,
    siteBase: props.siteBase,
    savedOnDevice: props.savedOnDevice,
    signposts: props.signposts,
    supportHref: props.supportHref,
  };
  const back = previousPosition(FAMILY, context, context);
  const key = encodePosition(position);
  const lazy = {
    loadingText: t('lazy.loading'),
    failedText: t('lazy.failed'),
    retryText: t('lazy.retry'),
    onShown: focusHeading,
    reloadKeepsAnswers: props.reloadKeepsAnswers,
    heading: heading[mode](),
  };

  return (
    <>
      {back && mode !== 'confirmation' && (
        // Before <main>, so the skip link passes it; in a small nav so it still sits in a landmark.
        <nav class="ltw-back-nav" aria-label={t('backNav')}>
          <a
            class="ltw-back-link"
            href={hrefFor(back)}
            onClick={(event) => {
              event.preventDefault();
              send({ type: 'BACK' });
            }}
          >
            {t('back')}
          </a>
        </nav>
      )}
      <main class="ltw-main" id="main-content" tabIndex={-1} data-position={key}>
        <ErrorSummary title={t('errorSummaryTitle')} errors={summary} summaryRef={summaryRef} />
        {props.notices}
        {mode === 'question' && (
          <QuestionPage
            key={key}
            {...pageProps}
            question={question!}
            caption={caption}
            lazy={lazy}
            draft={draftOf(props.draftFor?.(question!.id), locale)}
            onInput={(value) => props.onInput?.(question!.id, value)}
            onDiscardDraft={() => props.onDiscardDraft?.(question!.id)}
          />
        )}
        {mode === 'notice' && (
          <LazyPage
            key={key}
            {...lazy}
            load={loadNotice}
            props={{
              ...pageProps,
              noticeId: step,
              caption,
              guidance: { href: `${props.siteBase}situations/when-someone-has-died/`, text: t('notice.diedGuidance') },
            }}
          />
        )}
        {mode === 'saveChoice' && (
          <ChoicePage
            key={key}
            {...pageProps}
            name="save-mode"
            caption={t('beforeYouStart')}
            title={t(props.canSave.device ? 'saveChoice.title' : 'saveChoice.titleBlocked')}
            hint={t(props.canSave.device ? 'saveChoice.hint' : 'saveChoice.deviceBlocked')}
            errorText={t('saveChoice.errorRequired')}
            initial={context.saveMode ?? (props.canSave.device ? undefined : 'tab')}
            options={[
              ...(props.canSave.device
                ? [
                    {
                      id: 'device',
                      label: t('saveChoice.device'),
                      hint: t('saveChoice.deviceHint', { days: props.expireDays }),
                    },
                  ]
                : []),
              props.canSave.tab
                ? {
                    id: 'tab',
                    label: t(props.canSave.device ? 'saveChoice.tab' : 'saveChoice.tabOnly'),
                    hint: t('saveChoice.tabHint'),
                  }
                : { id: 'tab', label: t('saveChoice.page'), hint: t('saveChoice.pageHint') },
            ]}
          />
        )}
        {mode === 'taskList' && (
          <LazyPage
            key={key}
            {...lazy}
            load={loadTaskList}
            props={{
              ...pageProps,
              deleteUrl: props.deleteUrl,
              moveAnswers: props.moveAnswers,
              welcomeBack: props.welcomeBack,
              expiry: props.expiry,
            }}
          />
        )}
        {mode === 'stageIntro' && (
          <LazyPage key={key} {...lazy} load={loadStageIntro} props={{ ...pageProps, stage: stage!, caption }} />
        )}
        {mode === 'stageCheck' && (
          <LazyPage key={key} {...lazy} load={loadCheckAnswers} props={{ ...pageProps, stage: stage!, caption }} />
        )}
        {mode === 'stageComplete' && (
          <ChoicePage
            key={key}
            {...pageProps}
            name="completed"
            caption={caption}
            title={t('complete.title')}
            errorText={t('complete.errorRequired')}
            initial={context.stageMarks[stage!.id] === 'completed' ? 'yes' : undefined}
            options={[
              { id: 'yes', label: t('complete.yes') },
              { id: 'no', label: t('complete.no') },
            ]}
          />
        )}
        {mode === 'allAnswers' && <LazyPage key={key} {...lazy} load={loadAllAnswers} props={pageProps} />}
        {mode === 'confirmation' && (
          <LazyPage key={key} {...lazy} load={loadConfirmation} props={{ ...pageProps, contacts: props.contacts }} />
        )}
        {mode === 'askForUpdate' && (
          <LazyPage key={key} {...lazy} load={loadAskForUpdate} props={{ ...pageProps, contacts: props.contacts }} />
        )}
        {mode === 'agreement' && (
          <LazyPage key={key} {...lazy} load={loadAgreement} props={{ ...pageProps, ...props.agreement }} />
        )}
        {mode === 'comments' && (
          <LazyPage key={key} {...lazy} load={loadComments} props={{ ...pageProps, ...props.agreement }} />
        )}
        {mode === 'record' && (
          <LazyPage key={key} {...lazy} load={loadRecord} props={{ ...pageProps, ...props.agreement }} />
        )}
      </main>
    </>
  );
}

const draftOf = (draft: { value: AnswerValue; at: Date } | undefined, locale: string) =>
  draft && { value: draft.value, when: dateFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(draft.at) };
