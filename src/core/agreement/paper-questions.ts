import type { Question } from '~/core/questions/types';
import { maxLengthOf } from '~/core/questions/long-text/rules';
import type { QuestionWords } from '~/core/questions/question-words';
import { questionById } from '~/core/journey/family';
import type { QuestionId } from '~/core/journey/schema';
import type { AgreementBlock } from './model';
import { AGREEMENT_SECTIONS, type SectionPlan } from './sections';
import { skipInstruction } from './paper-skips';

/** Lines for answers with no maximum length of their own (lists, people, contact details), in standard print. */
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

/** About how many handwritten characters fit on one ruled line, and the most lines an answer gets on the form. */
const HANDWRITING = { standard: { perLine: 50, most: 8 }, large: { perLine: 35, most: 12 } };

/**
 * Room to write, from the answer's maximum length: its square root in lines, since few people write up to the
 * limit, so a name gets one line and a long account several; more in large print, where handwriting is
 * larger too. An answer that could run past the most lines says to carry on on a separate sheet.
 */
function writingRoom(question: Question, largePrint: boolean, maxLength?: number) {
  const { perLine, most } = HANDWRITING[largePrint ? 'large' : 'standard'];
  const fallback = (WRITING_LINES[question.type] ?? 1) * (largePrint ? 1.5 : 1);
  const wanted = maxLength ? Math.max(1, Math.round(Math.sqrt(maxLength / perLine))) : Math.ceil(fallback);
  return { lines: Math.min(wanted, most), more: wanted > most || question.type === 'longText' };
}

/**
 * Questions that on screen only choose what is asked next, printed on paper just before the first question
 * they decide, so its "Only answer this if …" can point at them.
 */
const DECIDES: Partial<Record<string, readonly QuestionId[]>> = {
  'patient-name': ['who-is-filling-in'],
  'patient-can-take-part': ['patient-alive'],
  'your-contact-details': ['main-contact-who'],
};

/** The questions the paper form prints in a section, in order: the agreement's own, private ones left out. */
export const paperQuestionIds = (plan: SectionPlan): QuestionId[] =>
  plan.questions.flatMap((id) => [...(DECIDES[id] ?? []), id]).filter((id) => !questionById(id).sensitive);

/**
 * The number each question has on the paper form: 1, 2, 3 … in the form's order, straight through its
 * sections, so a skip instruction or a phone call can name one.
 */
export function paperNumbers(): Map<QuestionId, number> {
  const printed = AGREEMENT_SECTIONS.flatMap(paperQuestionIds);
  return new Map(printed.map((id, index) => [id, index + 1]));
}

/**
 * A question on paper, numbered: its options with boxes to tick, or lines to write on; a choice question's
 * note gets lines of its own after the boxes, and a list of people says what to write of each person.
 */
export function paperQuestion(
  words: QuestionWords,
  question: Question,
  numbers: ReadonlyMap<string, number>,
  largePrint = false,
): AgreementBlock[] {
  const block = paperBlock(words, question, numbers, largePrint);
  if (question.type === 'multiChoice' && question.note) {
    // The line under a question is for those who ticked the option that opens it on screen, as on paper.
    const { revealedBy } = question.note;
    const only = revealedBy
      ? skipInstruction(words, numbers, { question: question.id, includes: revealedBy })
      : undefined;
    return [
      block,
      {
        kind: 'writingSpace',
        label: words.note(question),
        ...(only ? { hint: only } : {}),
        lines: writingRoom(question, largePrint, question.note.maxLength).lines,
      },
    ];
  }
  if (question.type === 'people' && question.asks?.length && block.kind === 'writingSpace')
    return [{ ...block, hint: joined(block.hint, words.t('ui:people.paperHint')) }];
  return [block];
}

/** A hint in parts, each on a line of its own: when to answer, then how ("Tick one"). */
const joined = (...hints: (string | undefined)[]) => hints.filter(Boolean).join('\n') || undefined;

/** The question's own block, its hint starting with when to answer it ("Only answer this if …") where that depends. */
function paperBlock(
  words: QuestionWords,
  question: Question,
  numbers: ReadonlyMap<string, number>,
  largePrint: boolean,
): AgreementBlock {
  const label = words.t('agreement:paper.numbered', {
    number: numbers.get(question.id)!,
    label: words.label(question),
  });
  const skip = skipInstruction(words, numbers, question.showIf);
  const asked = { label, question: question.id, ...(skip ? { hint: skip } : {}) };
  // A single answer says "Tick one" as plainly as several say "Tick all that apply": paper cannot stop a second tick.
  if (question.type === 'yesNo')
    return {
      kind: 'tickBoxes',
      ...asked,
      hint: joined(skip, words.t('agreement:paper.tickOne')),
      options: [words.yesNo(question, 'yes'), words.yesNo(question, 'no')],
    };
  if (question.type === 'singleChoice' || question.type === 'multiChoice') {
    const tick = words.t(question.type === 'multiChoice' ? 'agreement:paper.tickAll' : 'agreement:paper.tickOne');
    const hint = joined(skip, tick);
    return {
      kind: 'tickBoxes',
      ...asked,
      ...(hint ? { hint } : {}),
      options: question.options.map((o) => words.option(question, o)),
    };
  }
  const maxLength =
    question.type === 'longText' ? maxLengthOf(question) : question.type === 'text' ? question.maxLength : undefined;
  const room = writingRoom(question, largePrint, maxLength);
  const hint = joined(
    skip,
    room.more ? words.t('agreement:paper.moreRoom', { number: numbers.get(question.id)! }) : undefined,
  );
  return { kind: 'writingSpace', ...asked, ...(hint ? { hint } : {}), lines: room.lines };
}
