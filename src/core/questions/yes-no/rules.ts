import { errorMessageOf, requiredError } from '~/core/questions/shared';
import type { QuestionBase, TypeRules } from '~/core/questions/base';

export type YesNoQuestionSpec = QuestionBase<'yesNo'>;
export type YesNoAnswer = 'yes' | 'no';

const isYesNo = (value: unknown): value is YesNoAnswer => value === 'yes' || value === 'no';

export const yesNoRules: TypeRules<YesNoQuestionSpec, YesNoAnswer> = {
  isShape: isYesNo,
  isAnswered: isYesNo,
  validate: (question, value) => requiredError(question, isYesNo(value)),
  normalise: (_question, value) => value,
  bound: (_question, value) => ({ value, capped: false }),
  describe: (question, value, words) => ({ kind: 'text', text: words.yesNo(question, value) }),
  errorTarget: (question) => question.id,
  errorMessage: errorMessageOf(),
};
