/*
 * Compile-time checks that the words and the schema agree: every question, option, notice and stage has
 * words in English, and no words name something that does not exist. A misspelt id fails
 * `npm run check` with a message naming it. (Other locales are checked against English by tests.)
 * They are what lets src/core/journey/schema/keys.ts build keys from ids and take them as Keys.
 */
import type enWizard from '~/i18n/resources/en/wizard.json';
import type { FAMILY_JOURNEY, NoticeId, QuestionId, StageId } from '~/core/journey/schema';
import type { CASE_SETUP_JOURNEY } from '~/core/cases/setup-journey';
import type { Key } from '~/core/words/translate';

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

type StepsOf<J> = J extends { stages: readonly (infer S)[] }
  ? S extends { steps: readonly (infer T)[] }
    ? T
    : never
  : never;
type FamilySteps = StepsOf<typeof FAMILY_JOURNEY> | (typeof FAMILY_JOURNEY)['opening'][number];
/** The keys a journey's question builds that are missing: its label and short, each option's words, a yes/no's own answers. */
type MissingWords<Step, Ns extends string> = Step extends { id: infer Id extends string; type: infer T }
  ? T extends 'notice'
    ? never
    : | Exclude<`${Ns}:questions.${Id}.${'label' | 'short'}`, Key>
      | (Step extends { options: readonly (infer O extends string)[] }
          ? Exclude<`${Ns}:questions.${Id}.options.${O}`, Key>
          : never)
      | (Step extends { note: object } ? Exclude<`${Ns}:questions.${Id}.${'note' | 'noteShort'}`, Key> : never)
      // Welsh answers a yes/no question with its verb ("Hoffech chi…?" "Hoffwn"), so each has its own words.
      | (T extends 'yesNo' ? Exclude<`${Ns}:questions.${Id}.answers.${'yes' | 'no'}`, Key> : never)
  : never;

/** A choice question's note is a sentence of its own in the agreement (agreement.statements.<id>-note). */
type MissingNoteStatements<Step> = Step extends { id: infer Id extends string; note: object }
  ? Exclude<`agreement:statements.${Id}-note`, Key>
  : never;
export const everyNoteHasAnAgreementSentence: Ok<MissingNoteStatements<FamilySteps>> = true;

export const everyFamilyQuestionAndOptionHasWords: Ok<MissingWords<FamilySteps, 'wizard'>> = true;
export const everySetupQuestionAndOptionHasWords: Ok<MissingWords<StepsOf<typeof CASE_SETUP_JOURNEY>, 'investigator'>> =
  true;
export const everyStageHasATitle: Ok<Exclude<`wizard:stages.${StageId}.title`, Key>> = true;
