import type { FunctionComponent } from 'preact';
import { dateFormat } from '~/core/text/text';
import { errorTarget, loadQuestionRules } from '~/core/questions/rules';
import { errorText } from '~/core/questions/question-words';
import type { Page } from '~/core/journey/pages';
import type { Question } from '~/core/journey/schema';
import { LazyPage } from '~/ui/shell/LazyPage';
import { QuestionPage } from '~/ui/questions/QuestionPage';
import type { PageView, ViewInput } from './view-types';
import type { Key } from '~/core/words/translate';

/*
 * The family's side of the page registry (src/core/journey/pages.ts): what each page shows and its
 * heading. Pages a first question does not need load on demand, and are fetched ahead when the
 * browser is idle so they still work offline; that keeps the wizard's first load small.
 */

/**
 * What every page loaded on demand is given: the page's props and everything from the island (each
 * takes what it needs; one object, so the first load carries no table of which page needs what).
 */
const shared = ({ page, app, stage, caption }: ViewInput) => ({
  ...app,
  ...page,
  ...app.agreement,
  stage: stage!,
  caption,
});

/** A page loaded when first shown, given these props; its heading is a key of the page's words, or worked out. */
function lazyView<P extends object>(
  loadPage: () => Promise<FunctionComponent<P>>,
  heading: Key | PageView['heading'],
  props: (input: ViewInput) => P,
  view: Omit<PageView, 'heading' | 'render' | 'loads'> = {},
): PageView {
  // Every page loaded on demand shows or checks answers of any type: their rules come with it.
  const load = () => Promise.all([loadPage(), loadQuestionRules()]).then(([page]) => page);
  return {
    ...view,
    heading: typeof heading === 'function' ? heading : ({ page }) => page.t(heading),
    loads: [load],
    render: (input) => <LazyPage key={input.pageKey} {...input.lazy} load={load} props={props(input)} />,
  };
}

/** A setting's problem (nothing chosen) in the summary, linking to its first choice. */
const settingErrors =
  (id: string, required: Key) =>
  ({ page }: ViewInput) =>
    page.context.errors.map(() => ({ href: `#${id}`, text: page.t(required) }));
const settingPage = () => import('./SettingPage');
const loadNotice = () => import('~/family/pages/NoticePage').then((m) => m.NoticePage);
/** For the settings' pages, which are this registry's own: everything a view is made from. */
const asInput = (input: ViewInput) => input;

export const PAGE_VIEWS = {
  // A new visitor's second page.
  'save-choice': lazyView(
    () => settingPage().then((m) => m.SaveChoicePage),
    ({ page, app }) => page.t(app.canSave.device ? 'ui:saveChoice.title' : 'ui:saveChoice.titleBlocked'),
    asInput,
    { errors: settingErrors('save-mode', 'ui:saveChoice.errorRequired') },
  ),
  // A returning visitor's first page.
  'task-list': lazyView(
    () => import('~/family/pages/TaskListPage').then((m) => m.TaskListPage),
    'ui:hub.title',
    shared,
  ),
  'stage-intro': lazyView(
    () => import('~/family/pages/StageIntroPage').then((m) => m.StageIntroPage),
    ({ stageTitle }) => stageTitle,
    shared,
    { namesStage: true, taskList: true },
  ),
  step: {
    heading: ({ page, question, position }) =>
      question ? page.words.label(question) : page.words.notice((position as { step: string }).step, 'title'),
    taskList: true,
    readAloud: true,
    errors: ({ page, question }) =>
      question
        ? page.context.errors.map((e) => ({
            href: `#${errorTarget(question, e.field)}`,
            text: errorText(page.words, question, e),
          }))
        : [],
    loads: [loadNotice],
    render: (input) =>
      input.question ? <QuestionView {...input} question={input.question} /> : <NoticeView {...input} />,
  },
  'stage-check': lazyView(
    () => import('~/family/pages/CheckAnswersPage').then((m) => m.CheckAnswersPage),
    'ui:check.heading',
    shared,
    { taskList: true },
  ),
  'all-answers': lazyView(
    () => import('~/family/pages/AllAnswersPage').then((m) => m.AllAnswersPage),
    'agreement:confirm.title',
    shared,
  ),
  confirmation: lazyView(
    () => import('~/family/pages/ConfirmationPage').then((m) => m.ConfirmationPage),
    'ui:confirmation.title',
    shared,
  ),
  'ask-for-update': lazyView(
    () => import('~/family/pages/AskForUpdatePage').then((m) => m.AskForUpdatePage),
    'ui:nextUpdate.ask.title',
    shared,
  ),
  agreement: lazyView(
    () => import('~/family/agreement/AgreementPage').then((m) => m.AgreementPage),
    'agreement:title',
    shared,
    { readAloud: true },
  ),
  comments: lazyView(
    () => import('~/family/agreement/CommentsPage').then((m) => m.CommentsPage),
    'agreement:documents.comments.title',
    shared,
  ),
  record: lazyView(
    () => import('~/family/agreement/RecordPage').then((m) => m.RecordPage),
    'agreement:documents.record.title',
    shared,
  ),
} satisfies Record<Page, PageView>;

function QuestionView({ page, app, question, caption, lazy, pageKey }: ViewInput & { question: Question }) {
  const draft = app.draftFor?.(question.id);
  const when = (at: Date) => dateFormat(page.locale, { dateStyle: 'long', timeStyle: 'short' }).format(at);
  return (
    <QuestionPage
      key={pageKey}
      {...page}
      question={question}
      caption={caption}
      lazy={lazy}
      draft={draft && { value: draft.value, when: when(draft.at), typed: draft.typed }}
      onInput={(value) => app.onInput?.(question.id, value)}
      onDiscardDraft={() => app.onDiscardDraft?.(question.id)}
      offer={
        question.id === 'when-it-happened'
          ? () =>
              import('~/family/link/IncidentDateOffer').then((m) =>
                m.incidentDateOffer(page.t, page.locale, question.id),
              )
          : undefined
      }
    />
  );
}

function NoticeView({ page, app, caption, lazy, position, pageKey }: ViewInput) {
  const props = {
    ...page,
    noticeId: (position as { step: string }).step,
    caption,
    guidance: { href: `${app.siteBase}situations/when-someone-has-died/`, text: page.t('ui:notice.diedGuidance') },
  };
  return <LazyPage key={pageKey} {...lazy} load={loadNotice} props={props} />;
}
