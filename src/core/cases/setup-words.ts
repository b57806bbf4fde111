import type { Translate } from '~/core/questions/types';
import type { QuestionWords } from '~/core/questions/question-words';
import { contactFieldKey, optionKey, ownContactFieldKey, questionKey, yesNoKey } from '~/core/journey/schema/keys';

/** Words for the team's case setup questions: the same shape as the family's, from the "investigator" namespace. */
export function caseSetupWords(t: Translate, locale: string): QuestionWords {
  const options = { defaultValue: '' };
  return {
    t,
    locale,
    answers: {},
    label: (q) => t(questionKey(q, 'label', 'investigator'), options),
    hint: (q) => t(questionKey(q, 'hint', 'investigator'), options),
    short: (q) => t(questionKey(q, 'short', 'investigator'), options),
    contentNote: () => '',
    note: (q) => t(questionKey(q, 'note', 'investigator'), options),
    noteShort: (q) => t(questionKey(q, 'noteShort', 'investigator'), options),
    option: (q, option) => t(optionKey(q, option, 'investigator'), options),
    yesNo: (q, answer) => t(yesNoKey(q, answer, 'investigator'), { defaultValue: t(`ui:values.${answer}`) }),
    contactField: (q, field) => t(ownContactFieldKey(q, field, 'investigator'), options) || t(contactFieldKey(field)),
    required: (q) => t(questionKey(q, 'errorRequired', 'investigator'), options),
    notice: () => '',
    // The team is told what the family is told, in words for the team.
    skip: t('investigator:setup.skip'),
    skipped: t('investigator:setup.skipped'),
  };
}
