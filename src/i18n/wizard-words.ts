import type { WizardT } from './create-wizard-translator';
import { optionKey, questionKey } from '../wizard/schema/keys';
import type {
  Answers,
  AnswerValue,
  ChoiceAnswer,
  ContactAnswer,
  DateAnswer,
  ListAnswer,
  LogAnswer,
  MultiChoiceAnswer,
  Question,
} from '../wizard/schema';
import type { FieldError } from '../wizard/questions';

/** Which wording fits this person: talking to the patient, to someone bereaved, or the default. */
export function wordingContext(answers: Answers): 'self' | 'bereaved' | undefined {
  const who = answers['who-is-filling-in'];
  if (who && typeof who === 'object' && 'choice' in who && who.choice === 'patient') return 'self';
  const alive = answers['patient-alive'];
  if (alive && typeof alive === 'object' && 'choice' in alive && alive.choice === 'no') return 'bereaved';
  return undefined;
}

/** Words for questions, with the names the person already gave reused (WCAG 3.3.7) and the right variant. */
export function questionWords(t: WizardT, answers: Answers) {
  const patientName = typeof answers['patient-name'] === 'string' ? answers['patient-name'] : t('thePerson');
  const yourName = typeof answers['your-name'] === 'string' ? answers['your-name'] : '';
  const options = { ns: 'wizard', context: wordingContext(answers), patientName, yourName, defaultValue: '' };
  return {
    label: (q: Question) => t(questionKey(q, 'label'), options),
    hint: (q: Question) => t(questionKey(q, 'hint'), options),
    short: (q: Question) => t(questionKey(q, 'short'), { ...options, context: undefined }),
    option: (q: Question, option: string) => t(optionKey(q, option), options),
    required: (q: Question) => t(questionKey(q, 'errorRequired'), { ...options, context: undefined }),
  };
}
export type QuestionWords = ReturnType<typeof questionWords>;

/** The id of the input an error points at: the question id, or question id + field. */
export const fieldId = (questionId: string, field: string) => (field ? `${questionId}-${field}` : questionId);

/** One error's words; a question's own "required" message wins over the generic one. */
export function errorText(t: WizardT, words: QuestionWords, question: Question, error: FieldError): string {
  const skip = t('skip');
  if (error.code === 'required') {
    const own = words.required(question);
    if (own) return own;
    return question.type === 'date'
      ? t('date.required', { ns: 'errors', skip })
      : t('required', { ns: 'errors', skip });
  }
  const params = {
    ns: 'errors',
    ...error.params,
    skip,
    none:
      question.type === 'multiChoice' && question.exclusiveOption
        ? words.option(question, question.exclusiveOption)
        : '',
    what: words.short(question),
  };
  const dateCodes = ['missingYear', 'yearFormat', 'missingMonth', 'monthRange', 'dayRange', 'tooEarly', 'inFuture'];
  const message = dateCodes.includes(error.code) ? t(`date.${error.code}`, params) : t(error.code, params);
  if (error.field.startsWith('entry-') && error.code !== 'noteMissing')
    return t('entryDate', { ns: 'errors', number: error.params?.number, message });
  return message;
}

const MONTHS = (locale: string) =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2020, m, 1))),
  );

/** "12 March 2026", or "around March 2026" when the person was not sure. */
export function formatDate(value: DateAnswer, t: WizardT, locale: string): string {
  const month = value.month ? MONTHS(locale)[Number(value.month) - 1] : undefined;
  const text = [value.day, month, value.year].filter(Boolean).join(' ');
  return value.approximate ? t('values.around', { date: text }) : text;
}

/**
 * An answer as lines of plain text, the way the person would say it back. One formatter for check
 * answers, the agreement page and the PDF, so they never disagree.
 */
export function answerLines(
  question: Question,
  value: AnswerValue,
  words: QuestionWords,
  t: WizardT,
  locale: string,
): string[] {
  switch (question.type) {
    case 'text':
    case 'longText':
      return [value as string];
    case 'yesNo':
      return [t(`values.${value as string}`)];
    case 'singleChoice': {
      const answer = value as ChoiceAnswer;
      return [`${words.option(question, answer.choice)}${answer.other ? `: ${answer.other}` : ''}`];
    }
    case 'multiChoice': {
      const answer = value as MultiChoiceAnswer;
      return answer.choices.map(
        (c) => `${words.option(question, c)}${c === question.otherOption && answer.other ? `: ${answer.other}` : ''}`,
      );
    }
    case 'date':
      return [formatDate(value as DateAnswer, t, locale)];
    case 'contact':
      return question.fields
        .filter((f) => (value as ContactAnswer)[f])
        .map((f) => `${t(`contact.${f}`)}: ${(value as ContactAnswer)[f]}`);
    case 'list':
      return (value as ListAnswer).items.map((item) =>
        typeof item === 'string' ? item : Object.values(item).filter(Boolean).join(', '),
      );
    case 'log':
      return (value as LogAnswer).entries.map((entry) =>
        [formatDate(entry.date, t, locale), entry.note].filter(Boolean).join(': '),
      );
  }
}

/** Whether an answer reads best as a list (several separate items) rather than one paragraph. */
export const isListAnswer = (question: Question) => ['multiChoice', 'list', 'log', 'contact'].includes(question.type);
