import type { LazyPageSettings } from '~/ui/shell/LazyPage';
import type { ComponentChildren, JSX } from 'preact';
import type { WizardContext, WizardEvent } from '~/core/journey/machine';
import type { Position } from '~/core/journey/position';
import type { Signpost } from '~/core/journey/signposts';
import type { Question, Stage } from '~/core/journey/schema';
import type { AnswerValue, Translate } from '~/core/questions/types';
import type { AgreementPageProps } from '~/family/agreement/AgreementPage';
import type { TrustContacts } from '~/family/pages/ConfirmationPage';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import type { PageProps } from '~/ui/page-props';
import type { ExpiryNoteProps } from './ExpiryNote';
import type { MoveAnswersActions } from './MoveAnswers';

/** What the session gives the wizard's pages: state in, events out, and what the island knows. */
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
  draftFor?: (questionId: string) => { value: AnswerValue; at: Date; typed: boolean } | undefined;
  onInput?: (questionId: string, value: AnswerValue | undefined) => void;
  onDiscardDraft?: (questionId: string) => void;
  /** Questions whose saved answer could not be used (see PageProps). */
  couldNotRead?: readonly string[];
}

/** Everything a page's view is made from: the page's props, the island's, and where the person is. */
export interface ViewInput {
  page: PageProps;
  app: WizardAppProps;
  position: Position;
  /** The position's text form: a new one is a new page. */
  pageKey: string;
  /** The step's question (a step that asks nothing is a notice). */
  question?: Question;
  stage?: Stage;
  stageTitle: string;
  /** Above the h1: the stage ("Stage 2 of 5: ..."), or "Before you start". */
  caption: string;
  /** How a page loaded on demand says it is loading, or could not load. */
  lazy: LazyPageSettings & { heading: string };
}

export interface PageView {
  /** The page's h1, and the start of its document title. */
  heading(input: ViewInput): string;
  /** The heading is the stage's own name, so the title does not repeat it. */
  namesStage?: true;
  /** "Listen to this page" at the top, where the device has a voice for the language. */
  readAloud?: true;
  /** "Return to your task list" under the page. */
  taskList?: true;
  /** The error summary's links, for the problems the last Continue found. */
  errors?(input: ViewInput): SummaryError[];
  render(input: ViewInput): JSX.Element;
  /** What it loads on demand, fetched ahead when idle. */
  loads?: readonly (() => Promise<unknown>)[];
}
