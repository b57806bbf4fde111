import type { AnswerWords, FieldError, Question, Translate } from './types';
import { errorWording } from './rules';
import { cleanText, isolate } from '~/core/text/text';
import { wordingVariant } from '~/core/journey/family';
import { contactFieldKey, noticeKey, optionKey, questionKey, yesNoKey } from '~/core/journey/schema/keys';
import type { Answers } from '~/core/journey/schema';

/** Words for questions, with the names the person already gave reused (WCAG 3.3.7) and the right variant. */
export function questionWords(t: Translate, answers: Answers, locale: string) {
  // A name made only of invisible characters is no name: "the person" reads better than an empty gap.
  const patient = cleanText(answers['patient-name']);
  const you = cleanText(answers['your-name']);
  const patientName = patient ? isolate(patient) : t('ui:thePerson');
  const yourName = you ? isolate(you) : '';
  const options = { context: wordingVariant(answers), patientName, yourName, defaultValue: '' };
  const words = {
    t,
    locale,
    answers: answers as Readonly<Record<string, unknown>>,
    label: (q: Pick<Question, 'id'>) => t(questionKey(q, 'label'), options),
    hint: (q: Pick<Question, 'id'>) => t(questionKey(q, 'hint'), options),
    /** The key on check answers and in the agreement: never reworded, so it reads the same everywhere. */
    short: (q: Pick<Question, 'id'>) => t(questionKey(q, 'short'), { ...options, context: undefined }),
    contentNote: (q: Pick<Question, 'id'>) => t(questionKey(q, 'contentNote'), options),
    /** The label of a choice question's note box, and its key on check answers. */
    note: (q: Pick<Question, 'id'>) => t(questionKey(q, 'note'), options),
    noteShort: (q: Pick<Question, 'id'>) => t(questionKey(q, 'noteShort'), { ...options, context: undefined }),
    option: (q: Pick<Question, 'id'>, option: string) => t(optionKey(q, option), options),
    yesNo: (q: Pick<Question, 'id'>, answer: 'yes' | 'no') =>
      t(yesNoKey(q, answer), { ...options, defaultValue: t(`ui:values.${answer}`) }),
    contactField: (_q: Pick<Question, 'id'>, field: string) => t(contactFieldKey(field)),
    /** A question's own "required" message, or '' for the shared one. */
    required: (q: Pick<Question, 'id'>) => t(questionKey(q, 'errorRequired'), { ...options, context: undefined }),
    notice: (id: string, part: 'title' | 'body') => t(noticeKey(id, part), options),
    /** "I'd rather not answer now", and what check answers says of a question so answered. */
    skip: t('ui:skip'),
    skipped: t('ui:check.skipped'),
  };
  return words satisfies AnswerWords;
}
export type QuestionWords = ReturnType<typeof questionWords>;

/** One error's words; a question's own "required" message wins over the shared one. */
export function errorText(words: QuestionWords, question: Question, error: FieldError): string {
  const { t } = words;
  const skip = words.skip;
  if (error.code === 'required' && words.required(question)) return words.required(question);
  const { key, params } = errorWording(question, error, words);
  return t(`errors:${key}`, { skip, what: words.short(question), ...params });
}
