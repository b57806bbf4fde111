import type { Question } from './types';

/** i18n key builders: the only link between a question's id and its words (namespace "wizard"). */
export const questionKey = (
  q: Pick<Question, 'id'>,
  part: 'label' | 'hint' | 'short' | 'errorRequired' | 'contentNote',
) => `questions.${q.id}.${part}`;
export const optionKey = (q: Pick<Question, 'id'>, option: string) => `questions.${q.id}.options.${option}`;
export const stageKey = (stageId: string, part: 'title' | 'hint' | 'intro' | 'contentNote' | 'later' | 'laterHint') =>
  `stages.${stageId}.${part}`;
