/*
 * Pages that are not needed to answer the first question load on demand, and are fetched ahead when
 * the browser is idle so they still work offline. Keeps the wizard's first load small.
 */
import { COMPONENT_LOADERS } from '~/ui/questions/components';
import { loadMoveAnswers, loadNextUpdate } from '~/family/pages/task-list-parts';

/** The task list: a returning visitor's first page, fetched ahead on a first visit. */
export const loadTaskList = () => import('~/family/pages/TaskListPage').then((m) => m.TaskListPage);
export const loadCheckAnswers = () => import('~/family/pages/CheckAnswersPage').then((m) => m.CheckAnswersPage);
export const loadAllAnswers = () => import('~/family/pages/AllAnswersPage').then((m) => m.AllAnswersPage);
export const loadConfirmation = () => import('~/family/pages/ConfirmationPage').then((m) => m.ConfirmationPage);
export const loadAgreement = () => import('~/family/agreement/AgreementPage').then((m) => m.AgreementPage);
export const loadNotice = () => import('~/family/pages/NoticePage').then((m) => m.NoticePage);
export const loadStageIntro = () => import('~/family/pages/StageIntroPage').then((m) => m.StageIntroPage);
export const loadComments = () => import('~/family/agreement/CommentsPage').then((m) => m.CommentsPage);
export const loadRecord = () => import('~/family/agreement/RecordPage').then((m) => m.RecordPage);
/** The page about asking for an update. */
export const loadAskForUpdate = () => import('~/family/pages/AskForUpdatePage').then((m) => m.AskForUpdatePage);
/** Only when two tabs changed the same answer. */
export const loadConflictPanel = () => import('./ConflictPanel').then((m) => m.ConflictPanel);

export const LAZY_PAGES = [
  loadTaskList,
  loadCheckAnswers,
  loadAllAnswers,
  loadConfirmation,
  loadAgreement,
  loadComments,
  loadRecord,
  loadNotice,
  loadStageIntro,
  loadConflictPanel,
  loadMoveAnswers,
  loadNextUpdate,
  loadAskForUpdate,
  ...COMPONENT_LOADERS,
];
