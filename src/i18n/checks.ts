/*
 * Compile-time checks that the words and the schema agree: every question, notice and stage has
 * words in English, and no words name something that does not exist. A misspelt id fails
 * `npm run check` with a message naming it. (Other locales are checked against English by tests.)
 */
import type enWizard from '~/i18n/resources/en/wizard.json';
import type { NoticeId, QuestionId, StageId } from '~/core/journey/schema';

type Ok<Problems> = [Problems] extends [never] ? true : Problems;
type Questions = keyof (typeof enWizard)['questions'];
type Notices = keyof (typeof enWizard)['notices'];
type Stages = keyof (typeof enWizard)['stages'];

export const everyQuestionHasWords: Ok<Exclude<QuestionId, Questions>> = true;
export const noWordsForUnknownQuestions: Ok<Exclude<Questions, QuestionId>> = true;
export const everyNoticeHasWords: Ok<Exclude<NoticeId, Notices>> = true;
export const noWordsForUnknownNotices: Ok<Exclude<Notices, NoticeId>> = true;
export const everyStageHasWords: Ok<Exclude<StageId, Stages>> = true;
export const noWordsForUnknownStages: Ok<Exclude<Stages, StageId>> = true;
