import type { Translate } from '~/core/questions/types';
import type { QuestionWords } from '~/core/questions/question-words';
import { optionKey, questionKey } from '~/core/journey/schema/keys';

/** Words for the team's case setup questions: the same shape as the family's, from the "investigator" namespace. */
export function caseSetupWords(t: Translate, locale: string): QuestionWords {
  const options = { ns: 'investigator', defaultValue: '' };
  return {
    t,
    locale,
    answers: {},
    label: (q) => t(questionKey(q, 'label'), options),
    hint: (q) => t(questionKey(q, 'hint'), options),
    short: (q) => t(questionKey(q, 'short'), options),
    contentNote: () => '',
    option: (q, option) => t(optionKey(q, option), options),
    required: (q) => t(questionKey(q, 'errorRequired'), options),
    notice: () => '',
  };
}
