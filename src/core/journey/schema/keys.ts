import type { Key } from '~/core/words/translate';
import type { Question } from './types';

/*
 * i18n key builders: the only link between a question's id and its words. This is the one place a
 * built string is taken as a Key: ids come from the schema, and src/i18n/checks.ts proves at compile
 * time that every question, option and stage has its words (and no words name one that does not
 * exist). A part some questions leave out (hint, contentNote, errorRequired...) is read with a default.
 */

/** Where a journey's question words live: the family's in "wizard", the team's case setup in "investigator". */
export type QuestionNamespace = 'wizard' | 'investigator';

export const questionKey = (
  q: Pick<Question, 'id'>,
  part: 'label' | 'hint' | 'short' | 'errorRequired' | 'contentNote' | 'note' | 'noteShort',
  ns: QuestionNamespace = 'wizard',
) => `${ns}:questions.${q.id}.${part}` as Key;
/** A yes/no question's own answer words ("Hoffwn" / "Na hoffwn" in Welsh, which answers with the question's verb). */
export const yesNoKey = (q: Pick<Question, 'id'>, answer: 'yes' | 'no', ns: QuestionNamespace = 'wizard') =>
  `${ns}:questions.${q.id}.answers.${answer}` as Key;
export const optionKey = (q: Pick<Question, 'id'>, option: string, ns: QuestionNamespace = 'wizard') =>
  `${ns}:questions.${q.id}.options.${option}` as Key;
/** The shared label of a contact question's box ("Full name", "Phone number"). */
export const contactFieldKey = (field: string) => `ui:contact.${field}` as Key;
/** A question's own label for a contact box, where its boxes are not a person's (the team's out-of-hours service). */
export const ownContactFieldKey = (q: Pick<Question, 'id'>, field: string, ns: QuestionNamespace = 'wizard') =>
  `${ns}:questions.${q.id}.fields.${field}` as Key;
/** The agreement's sentence for a question's answer, or for one choice of a choice question. */
export const statementKey = (q: Pick<Question, 'id'>, choice?: string) =>
  (choice ? `agreement:statements.${q.id}.${choice}` : `agreement:statements.${q.id}`) as Key;
/** The agreement's sentence for an answer that says there is nothing to list ("None of these"). */
export const noneStatementKey = (q: Pick<Question, 'id'>) => `agreement:statements.${q.id}-none` as Key;
export const noticeKey = (noticeId: string, part: 'title' | 'body') => `wizard:notices.${noticeId}.${part}` as Key;
/** The team's own words for a question or a stage in a family's answers, where it has them (else a default). */
export const familyViewKey = (part: 'questions' | 'stages', id: string) => `familyView:${part}.${id}` as Key;
export const stageKey = (stageId: string, part: 'title' | 'hint' | 'intro' | 'contentNote' | 'later' | 'laterHint') =>
  `wizard:stages.${stageId}.${part}` as Key;
