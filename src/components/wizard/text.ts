import type { WizardT } from '../../i18n/create-wizard-translator';
import { optionKey, questionKey } from '../../wizard/schema/keys';
import type { Answers, Question } from '../../wizard/schema';
import type { FieldError } from '../../wizard/questions';

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
    return question.type === 'date' ? t('date.required', { ns: 'errors', skip }) : t('required', { ns: 'errors', skip });
  }
  const params = { ns: 'errors', ...error.params, skip, none: question.type === 'multiChoice' && question.exclusiveOption ? words.option(question, question.exclusiveOption) : '', what: words.short(question) };
  const dateCodes = ['missingYear', 'yearFormat', 'missingMonth', 'monthRange', 'dayRange', 'tooEarly', 'inFuture'];
  const message = dateCodes.includes(error.code) ? t(`date.${error.code}`, params) : t(error.code, params);
  if (error.field.startsWith('entry-') && error.code !== 'noteMissing') return t('entryDate', { ns: 'errors', number: error.params?.number, message });
  return message;
}
