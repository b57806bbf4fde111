import { describePosition } from '../../wizard/journey';
import { STAGES } from '../../wizard/schema';
import type { WizardContext, WizardEvent } from '../../wizard/machine';
import type { WizardT } from '../../i18n/create-wizard-translator';
import { ErrorSummary } from '../form/ErrorSummary';
import { errorTargetId } from '../questions';
import { usePageFocus } from '../hooks/use-page-focus';
import { AllAnswersPage } from './AllAnswersPage';
import { LazyAgreementPage } from '../agreement/LazyAgreementPage';
import type { AgreementModel } from '../../agreement/model';
import type { AgreementPageProps } from '../agreement/AgreementPage';
import { CheckAnswersPage } from './CheckAnswersPage';
import { ChoicePage } from './ChoicePage';
import { QuestionPage } from './QuestionPage';
import { TaskListPage } from './TaskListPage';
import { errorText, questionWords } from '../../i18n/wizard-words';
import type { ComponentChildren } from 'preact';

export interface WizardAppProps {
  context: WizardContext;
  position: string;
  send: (event: WizardEvent) => void;
  /** Where Back goes, or null when there is no back link on this page. */
  backTo: string | null;
  t: WizardT;
  locale: string;
  hrefFor: (position: string) => string;
  expireDays: number;
  deleteUrl: string;
  welcomeBack?: { savedAt: string };
  /** Messages about saving (shown at the top of the page). */
  notices: ComponentChildren;
  agreement: {
    details: AgreementPageProps['details'];
    createPdf: (model: AgreementModel) => Promise<void>;
    blankLinks: { pdf: string; pdfLarge: string; html: string };
  };
}

/** Renders the page for the machine's current position: back link before <main>, error summary first inside it. */
export function WizardApp(props: WizardAppProps) {
  const { context, position, send, backTo, t, locale, hrefFor } = props;
  const words = questionWords(t, context.answers);
  const page = describePosition(position);
  const stageNumber = page.stage ? STAGES.indexOf(page.stage) + 1 : 0;
  const stageTitle = page.stage ? t(`stages.${page.stage.id}.title`, { ns: 'wizard' }) : '';
  const caption = page.stage
    ? t('stageCaption', { number: stageNumber, total: STAGES.length, title: stageTitle })
    : t('beforeYouStart');

  const heading = {
    question: () => words.label(page.question!),
    saveChoice: () => t('saveChoice.title'),
    hub: () => t('hub.title'),
    check: () => t('check.heading'),
    complete: () => t('complete.title'),
    answers: () => t('confirm.title', { ns: 'agreement' }),
    agreement: () => t('title', { ns: 'agreement' }),
  }[page.kind]();
  // The stage name keeps titles unique where the heading repeats across stages ("Check your answers").
  const title = [heading, page.stage ? stageTitle : '', t('titleSuffix')].filter(Boolean).join(' - ');
  const { headingRef, summaryRef, focusHeading } = usePageFocus(position, context.errors, title, t('errorPrefix'));

  const summary =
    page.kind === 'question'
      ? context.errors.map((e) => ({
          href: `#${errorTargetId(page.question!, e.field)}`,
          text: errorText(t, words, page.question!, e),
        }))
      : context.errors.map(() => ({
          href: `#${page.kind === 'saveChoice' ? 'save-mode' : 'completed'}`,
          text: page.kind === 'saveChoice' ? t('saveChoice.errorRequired') : t('complete.errorRequired'),
        }));
  const pageProps = { context, position, send, t, words, locale, headingRef, hrefFor };

  return (
    <>
      {backTo !== null && (
        // Before <main>, so the skip link passes it; in a small nav so it still sits in a landmark.
        <nav class="ltw-back-nav" aria-label={t('backNav')}>
          <a
            class="ltw-back-link"
            href={hrefFor(backTo)}
            onClick={(event) => {
              event.preventDefault();
              send({ type: 'BACK' });
            }}
          >
            {t('back')}
          </a>
        </nav>
      )}
      <main class="ltw-main" id="main-content" tabIndex={-1} data-position={position}>
        <ErrorSummary title={t('errorSummaryTitle')} errors={summary} summaryRef={summaryRef} />
        {props.notices}
        {page.kind === 'question' && (
          <QuestionPage key={position} {...pageProps} question={page.question!} caption={caption} />
        )}
        {page.kind === 'saveChoice' && (
          <ChoicePage
            key={position}
            {...pageProps}
            name="save-mode"
            caption={t('beforeYouStart')}
            title={t('saveChoice.title')}
            hint={t('saveChoice.hint')}
            errorText={t('saveChoice.errorRequired')}
            initial={context.saveMode ?? undefined}
            options={[
              {
                id: 'device',
                label: t('saveChoice.device'),
                hint: t('saveChoice.deviceHint', { days: props.expireDays }),
              },
              { id: 'tab', label: t('saveChoice.tab'), hint: t('saveChoice.tabHint') },
            ]}
          />
        )}
        {page.kind === 'hub' && (
          <TaskListPage
            {...pageProps}
            welcomeBack={props.welcomeBack}
            expireDays={props.expireDays}
            deleteUrl={props.deleteUrl}
          />
        )}
        {page.kind === 'check' && <CheckAnswersPage {...pageProps} stage={page.stage!} caption={caption} />}
        {page.kind === 'complete' && (
          <ChoicePage
            key={position}
            {...pageProps}
            name="completed"
            caption={caption}
            title={t('complete.title')}
            errorText={t('complete.errorRequired')}
            initial={context.stageMarks[page.stage!.id] === 'completed' ? 'yes' : undefined}
            options={[
              { id: 'yes', label: t('complete.yes') },
              { id: 'no', label: t('complete.no') },
            ]}
          />
        )}
        {page.kind === 'answers' && <AllAnswersPage {...pageProps} />}
        {page.kind === 'agreement' && (
          <LazyAgreementPage
            {...pageProps}
            details={props.agreement.details}
            createPdf={props.agreement.createPdf}
            blankLinks={props.agreement.blankLinks}
            loadingText={t('page.loading', { ns: 'agreement' })}
            focusHeading={focusHeading}
          />
        )}
      </main>
    </>
  );
}
