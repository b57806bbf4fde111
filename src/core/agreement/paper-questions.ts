import type { Question } from '~/core/questions/types';
import type { QuestionWords } from '~/core/questions/question-words';
import { questionById } from '~/core/journey/family';
import type { QuestionId } from '~/core/journey/schema';
import type { AgreementBlock } from './model';
import { AGREEMENT_SECTIONS } from './sections';

const WRITING_LINES: Partial<Record<Question['type'], number>> = {
  longText: 3,
  ledger: 6,
  openQuestions: 4,
  draftComments: 6,
  list: 4,
  people: 6,
  log: 4,
  contact: 2,
};

/**
 * The number each question has on the paper form: 1, 2, 3 … in the form's order, straight through its
 * sections, so a skip instruction or a phone call can name one. Private questions are never printed.
 */
export function paperNumbers(): Map<QuestionId, number> {
  const printed = AGREEMENT_SECTIONS.flatMap((plan) => plan.questions).filter((id) => !questionById(id).sensitive);
  return new Map(printed.map((id, index) => [id, index + 1]));
}

/**
 * A question on paper, numbered: its options with boxes to tick, or lines to write on; a choice question's
 * note gets lines of its own after the boxes, and a list of people says what to write of each person.
 */
export function paperQuestion(words: QuestionWords, question: Question, number: number): AgreementBlock[] {
  const block = paperBlock(words, question, number);
  if (question.type === 'multiChoice' && question.note)
    return [block, { kind: 'writingSpace', label: words.note(question), lines: 2 }];
  if (question.type === 'people' && question.asks?.length && block.kind === 'writingSpace')
    return [{ ...block, hint: words.t('ui:people.paperHint') }];
  return [block];
}

function paperBlock(words: QuestionWords, question: Question, number: number): AgreementBlock {
  const label = words.t('agreement:paper.numbered', { number, label: words.label(question) });
  const asked = { label, question: question.id };
  // A single answer says "Tick one" as plainly as several say "Tick all that apply": paper cannot stop a second tick.
  if (question.type === 'yesNo')
    return {
      kind: 'tickBoxes',
      ...asked,
      hint: words.t('agreement:paper.tickOne'),
      options: [words.t('ui:values.yes'), words.t('ui:values.no')],
    };
  if (question.type === 'singleChoice' || question.type === 'multiChoice') {
    const hint = words.t(question.type === 'multiChoice' ? 'agreement:paper.tickAll' : 'agreement:paper.tickOne');
    return { kind: 'tickBoxes', ...asked, hint, options: question.options.map((o) => words.option(question, o)) };
  }
  return { kind: 'writingSpace', ...asked, lines: WRITING_LINES[question.type] ?? 1 };
}
