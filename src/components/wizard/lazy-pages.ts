/*
 * Pages that are not needed to answer the first question load on demand, and are fetched ahead when
 * the browser is idle so they still work offline. Keeps the wizard's first load small.
 */
import { COMPONENT_LOADERS } from '../../question-types/components';

/** The task list: a returning visitor's first page, fetched ahead on a first visit. */
export const loadTaskList = () => import('./TaskListPage').then((m) => m.TaskListPage);
export const loadCheckAnswers = () => import('./CheckAnswersPage').then((m) => m.CheckAnswersPage);
export const loadAllAnswers = () => import('./AllAnswersPage').then((m) => m.AllAnswersPage);
export const loadConfirmation = () => import('./ConfirmationPage').then((m) => m.ConfirmationPage);
export const loadAgreement = () => import('../agreement/AgreementPage').then((m) => m.AgreementPage);
export const loadNotice = () => import('./NoticePage').then((m) => m.NoticePage);
export const loadStageIntro = () => import('./StageIntroPage').then((m) => m.StageIntroPage);
export const loadComments = () => import('./CommentsPage').then((m) => m.CommentsPage);
export const loadRecord = () => import('./RecordPage').then((m) => m.RecordPage);
export const loadMoveAnswers = () => import('./MoveAnswers').then((m) => m.MoveAnswers);
/** The next update and the dates agreed, on the task list; and the page about asking for an update. */
export const loadNextUpdate = () => import('./NextUpdatePanel').then((m) => m.NextUpdatePanel);
export const loadAskForUpdate = () => import('./AskForUpdatePage').then((m) => m.AskForUpdatePage);
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
